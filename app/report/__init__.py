"""The advice report: a case rendered for a manager, as PDF (Qt's own text engine) or CSV.

May use PySide6.QtGui (QTextDocument, QPdfWriter); never the interface in ``ui/``.
"""

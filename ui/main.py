"""Entry point of the ``methodewijzer`` desktop app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv if argv is None else argv)
    app.setApplicationName("Methodewijzer")
    window = QMainWindow()
    window.setWindowTitle(app.translate("main", "Methodewijzer"))
    window.setCentralWidget(QLabel(app.translate("main", "Methodewijzer wordt geladen…")))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

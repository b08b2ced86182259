"""Methodewijzer's domain core: vocabulary, methods, matcher and advice.

Nothing in this package imports Qt, SQLAlchemy or Whoosh; it works on plain
Python objects so it can be tested and reasoned about on its own.
"""

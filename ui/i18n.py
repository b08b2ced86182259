"""Translation for the interface: one context for our own texts, vocabulary labels included.

Dutch is the source language. Texts built at run time (vocabulary labels,
the matcher's reasons) go through the same ``tr`` so a translation file can
cover them, though ``lupdate`` cannot find them in the code by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from advisor.vocabulary import label

CONTEXT = "Methodewijzer"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def term(vocabulary: str, key: str) -> str:
    """The label of a vocabulary key in the user's language."""
    return tr(label(vocabulary, key))

"""The method detail pane: escaped text, and links that go only where they may.

Links open in the system browser only for http and https; links to our own
background knowledge open the knowledge dialog; anything else does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

KNOWLEDGE_SCHEME = "kennis"


class DetailView(QTextBrowser):
    knowledgeRequested = Signal(str)

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Beschrijving van de methode"))
        # Always there: a page that showed and hid its scroll bar on every re-rank laid itself out twice.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.anchorClicked.connect(self.follow)
        self.show_placeholder()

    def show_placeholder(self) -> None:
        self.setPlainText(self.tr("Kies een methode in de lijst om haar beschrijving te lezen."))

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        """Tab leaves the page instead of walking its links, so the keyboard moves on to the next pane."""
        return QWidget.focusNextPrevChild(self, forward)

    def loadResource(self, kind: int, url: QUrl):  # noqa: ANN201 - Qt's signature
        """Never fetch anything a page refers to (images, style sheets): the app stays offline."""
        return None

    def follow(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == KNOWLEDGE_SCHEME:
            self.knowledgeRequested.emit(url.path())
        elif scheme in ("http", "https") and url.isValid() and url.host():
            QDesktopServices.openUrl(url)

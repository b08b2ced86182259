"""The method detail pane: escaped text, and links that go only where they may.

Links open in the system browser only for http and https; links to our own
background knowledge open the knowledge dialog; anything else does nothing.
Tab and Shift+Tab walk the page's links as in a browser, Enter opens the one
chosen; past the last (or before the first) link Tab goes on to the next pane,
so the page is no keyboard trap.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.kept import Kept
from ui.kept_drawing import KeptScrollBar

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

# The text classes (QTextCursor, QTextDocument, QTextCharFormat, QUrl) are imported where they are used: the
# placeholder in the window's first frame needs none of them, and each makes PySide build its enums.

KNOWLEDGE_SCHEME = "kennis"
OPENING_TAGS = re.compile(r"(?:<[^>]*>)*")
COUNTED_KEPT = 64  # html pieces whose blocks are kept counted
_COUNTED: Kept[int] = Kept(COUNTED_KEPT)  # blocks by the html making them, for every view: a heading, pieces
_OPENINGS: dict[str, tuple] = {}  # the first block's formats, by the tags a part opens with


class DetailView(QTextBrowser):
    knowledgeRequested = Signal(str)

    def __init__(self, parent=None, placeholder: bool = True):  # noqa: ANN001
        """Showing the placeholder, or (*placeholder* false: a view made for a page) nothing yet."""
        super().__init__(parent)
        self._html: str | None = None  # the page shown, as it was given
        self._rich = False  # rich text was written since the last plain text
        self._parts: tuple | None = None  # and in parts: head, live's pieces, rest, where live starts, their blocks
        self.answers_for_visibility: Callable[[bool], bool] | None = None  # see setVisible
        self.setVerticalScrollBar(KeptScrollBar(Qt.Orientation.Vertical))  # a new page's bar: copied when seen
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Beschrijving van de methode"))
        # Always there: a page that showed and hid its scroll bar on every re-rank laid itself out twice.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setUndoRedoEnabled(False)  # parts replaced on every re-rank are no edits to undo
        self.anchorClicked.connect(self.follow)
        if placeholder:
            self.show_placeholder()

    def show_placeholder(self) -> None:
        self.setPlainText(self.tr("Kies een methode in de lijst om haar beschrijving te lezen."))

    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """*text* as plain text, in the view's own font: Qt would type it in the format its cursor last had
        (after a method page, the page's title: large and bold)."""
        self._html = self._parts = None
        if self._rich:
            from PySide6.QtGui import QTextCharFormat

            self.setCurrentCharFormat(QTextCharFormat())
            self._rich = False
        super().setPlainText(text)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        """Shown or hidden as asked, unless a holder answers for it (``ui.detail_pane``: the pane of kept pages
        is shown or hidden in its place when the page it shows is)."""
        answer = self.answers_for_visibility
        if answer is None or not answer(visible):
            super().setVisible(visible)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        """The next or previous link while there is one, else the next pane."""
        link = self._link_beside(forward) if self.hasFocus() else None
        if link is not None:
            from PySide6.QtGui import QTextCursor

            cursor = self.textCursor()
            cursor.setPosition(link[0])
            cursor.setPosition(link[1], QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            return True
        self._leave_links()
        return QWidget.focusNextPrevChild(self, forward)

    def links(self) -> list[tuple[int, int, str]]:
        """(start, end, address) of every link on the page, in reading order."""
        found: list[tuple[int, int, str]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                href = fragment.charFormat().anchorHref() if fragment.charFormat().isAnchor() else ""
                if href:
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    if found and found[-1][2] == href and found[-1][1] == start:  # one link in two fragments
                        start = found.pop()[0]
                    found.append((start, end, href))
                it += 1
            block = block.next()
        return found

    def _link_beside(self, forward: bool) -> tuple[int, int, str] | None:
        cursor = self.textCursor()
        if forward:
            return next((link for link in self.links() if link[0] >= cursor.selectionEnd()), None)
        return next((link for link in reversed(self.links()) if link[1] <= cursor.selectionStart()), None)

    def chosen_link(self) -> str | None:
        cursor = self.textCursor()
        return next((href for start, end, href in self.links()
                     if cursor.hasSelection() and (start, end) == (cursor.selectionStart(), cursor.selectionEnd())),
                    None)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        """Enter opens the link chosen with Tab."""
        href = self.chosen_link() if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) else None
        if href:
            from PySide6.QtCore import QUrl

            self.anchorClicked.emit(QUrl(href))
            return
        super().keyPressEvent(event)

    def _leave_links(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def setHtml(self, text: str) -> None:  # noqa: N802 - Qt's name
        """The page *text*; the same page again (a re-rank that changed nothing on it) is left as it is,
        where the reader has scrolled to, rather than laid out anew."""
        if text == self._html:
            return
        self._write(text)

    def _write(self, text: str) -> None:
        self._html, self._parts, self._rich = text, None, True
        super().setHtml(text)
        self._laid_out()

    def _laid_out(self) -> None:
        self.lay_out_now()
        self._leave_links()

    def lay_out_now(self) -> None:
        """Laid out whole and its height told now: Qt lays a new page out in steps on a timer, so the scroll bar
        showed a guessed range with the new page and was put right a turn of the event loop later."""
        layout = self.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())

    def to_top(self) -> None:
        """At the page's start, as a page set anew: its text cursor there too, no link chosen (Qt would scroll the
        page to a cursor left further down)."""
        cursor = self.textCursor()
        if cursor.position() or cursor.hasSelection():
            from PySide6.QtGui import QTextCursor

            self.setTextCursor(QTextCursor(self.document()))
        for bar in (self.verticalScrollBar(), self.horizontalScrollBar()):
            bar.setValue(bar.minimum())

    def show_parts(self, head: str, live: str | tuple[str, ...], rest: str) -> None:
        """The page head + live + rest, *live* whole or in pieces. When only *live* differs from the page shown
        (a re-rank of the same method: its place and numbers), only the pieces that differ are replaced;
        parsing and laying out the whole page again cost most of a re-rank's time in this pane, and a piece
        left in place (the caveats, long paragraphs) is neither laid out nor repainted again."""
        pieces = (live,) if isinstance(live, str) else tuple(live)
        whole = "".join(pieces)
        parts = self._parts
        if parts is not None and parts[0] == head and parts[2] == rest and sum(parts[4]) and whole \
                and len(parts[1]) == len(pieces):
            if parts[1] != pieces:
                self._html = head + whole + rest
                self._parts = (head, pieces, rest, parts[3], self._replace_pieces(pieces, parts[1], parts[3],
                                                                                   parts[4]))
                if self.textCursor().hasSelection():  # a link chosen; else nothing to leave, and Qt would scroll
                    self._leave_links()  # the page to its cursor, away from where the reader is
            return
        self._write(head + whole + rest)
        self._parts = (head, pieces, rest, _count(head), tuple(_count(piece) for piece in pieces))

    def _replace_pieces(self, pieces: tuple[str, ...], shown: tuple[str, ...], start: int,
                        counts: tuple[int, ...]) -> tuple[int, ...]:
        """Put each of *pieces* that differs from the one *shown* in its place (the live part's blocks begin at
        block *start*, *counts* blocks per piece); the blocks per piece after."""
        changed = [i for i, (new, old) in enumerate(zip(pieces, shown, strict=True)) if new != old]
        if any(not pieces[i] or not counts[i] for i in changed):  # a piece comes or goes: the live part whole
            self._replace("".join(pieces), start, sum(counts))
            return tuple(_count(piece) for piece in pieces)
        made = list(counts)
        for i in reversed(changed):  # from the last, so that the blocks before each stay where they are
            made[i] = self._replace(pieces[i], start + sum(counts[:i]), counts[i])
        return tuple(made)

    def _replace(self, live: str, start: int, count: int) -> int:
        """Put *live* in place of the *count* blocks from block *start*; the number of blocks it made."""
        from PySide6.QtGui import QTextCursor

        self._rich = True
        document = self.document()
        first, last = document.findBlockByNumber(start), document.findBlockByNumber(start + count - 1)
        cursor = QTextCursor(document)
        cursor.setPosition(first.position())
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertHtml(live)
        made = cursor.blockNumber() - start + 1  # the cursor stands at the end of what it put in
        # Text put in over a selection takes the block it starts in as it is; give it the heading it is.
        block_format, char_format = self._opening_format(live)
        opening = QTextCursor(document.findBlockByNumber(start))
        opening.setBlockFormat(block_format)
        opening.setBlockCharFormat(char_format)
        cursor.endEditBlock()
        return made

    def _opening_format(self, html: str) -> tuple:
        """The block and character format *html*'s first block has on a page of its own; they follow from the
        tags it opens with (a heading, a paragraph), so they are worked out once per opening."""
        opening = OPENING_TAGS.match(html).group()
        formats = _OPENINGS.get(opening)
        if formats is None:
            from PySide6.QtGui import QTextDocument

            alone = QTextDocument()
            alone.setHtml(html)
            formats = _OPENINGS[opening] = (alone.begin().blockFormat(), alone.begin().charFormat())
        return formats

    def focusInEvent(self, event) -> None:  # noqa: ANN001
        """Entering by Tab starts before the first link, by Shift+Tab after the last one."""
        from PySide6.QtGui import QTextCursor

        if event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.moveCursor(QTextCursor.MoveOperation.End)
        elif event.reason() == Qt.FocusReason.TabFocusReason:
            self.moveCursor(QTextCursor.MoveOperation.Start)
        super().focusInEvent(event)

    def loadResource(self, kind: int, url: QUrl):  # noqa: ANN201 - Qt's signature
        """Never fetch anything a page refers to (images, style sheets): the app stays offline."""
        return None

    def follow(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == KNOWLEDGE_SCHEME:
            self.knowledgeRequested.emit(url.path())
        elif scheme in ("http", "https") and url.isValid() and url.host():
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)


def _count(html: str) -> int:
    """How many blocks *html* makes (none when empty); a page's heading is counted once."""
    if not html:
        return 0
    return _COUNTED.made(html, lambda: _blocks(html))


def _blocks(html: str) -> int:
    """How many blocks *html* makes."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return document.blockCount()

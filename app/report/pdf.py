"""Paginating the report with Qt's text engine: A4, a footer with page numbers, the case attached.

``paint_pages`` draws onto any paged device, so the PDF writer and the
printer (with its preview) print the very same pages.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from app.report.content import REPORT_TITLE, STYLE

ATTACHMENT_NAME = "casus.methodewijzer.json"
MARGINS_MM = QMarginsF(18, 16, 18, 14)
FOOTER_PT = 9


def ensure_gui_application() -> None:
    """Qt's text engine needs a QGuiApplication; the CLI has none, so make one without a screen."""
    if QGuiApplication.instance() is None:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_gui_application.app = QGuiApplication([])  # kept alive for the process


def a4_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


def _document(html: str, device: QPagedPaintDevice) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultStyleSheet(STYLE)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def _page(y: float, page_height: float) -> int:
    return int(y // page_height)


def _break_before(cursor: QTextCursor) -> None:
    block_format = cursor.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(block_format)


def _straddling_table(doc: QTextDocument, page_height: float) -> bool:
    layout = doc.documentLayout()
    for frame in doc.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        if not isinstance(frame, QTextTable) or rect.height() >= page_height or \
                _page(rect.top(), page_height) == _page(rect.bottom() - 1, page_height):
            continue
        before = doc.findBlock(frame.firstPosition() - 1)
        for _ in range(3):  # the table's heading, perhaps with an empty block or one short paragraph between
            if not before.isValid() or before.blockFormat().headingLevel() or not before.previous().isValid():
                break
            before = before.previous()
        if before.isValid() and before.blockFormat().headingLevel():
            _break_before(QTextCursor(before))
        else:
            table_format = frame.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFormat(table_format)
        return True
    return False


def _orphaned_heading(doc: QTextDocument, page_height: float) -> bool:
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid() and \
                block.blockFormat().pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto:
            top = layout.blockBoundingRect(block).top()
            below = layout.blockBoundingRect(following)
            line = below.top() + min(below.height(), 30 * doc.documentLayout().paintDevice().logicalDpiY() / 72)
            if not following.blockFormat().headingLevel() and following.text().strip() and \
                    doc.rootFrame() == QTextCursor(following).currentFrame() and \
                    _page(top, page_height) != _page(line - 1, page_height):
                _break_before(QTextCursor(block))
                return True
        block = following
    return False


def keep_together(doc: QTextDocument, page_height: float) -> None:
    """Start a new page before a table that would straddle a break, and before a heading left alone at a page foot.

    Qt splits a table at a page break without closing its borders; our tables are
    shorter than a page, so none needs splitting. One move shifts what follows,
    hence the repeated passes.
    """
    for _ in range(100):
        if not (_straddling_table(doc, page_height) or _orphaned_heading(doc, page_height)):
            return


def paint_pages(html: str, device: QPagedPaintDevice, footer_title: str = REPORT_TITLE,
                page_label: str = "Pagina {0} van {1}") -> int:
    """Draw the report on *device* page by page; returns the number of pages."""
    doc = _document(html, device)
    painter = QPainter(device)
    try:
        area = device.pageLayout().paintRectPixels(device.resolution())
        footer_font = QFont(doc.defaultFont())
        footer_font.setPointSizeF(FOOTER_PT - 1)
        painter.setFont(footer_font)
        footer_h = painter.fontMetrics().height() * 2
        body = QSizeF(area.width(), area.height() - footer_h)
        doc.setPageSize(body)
        keep_together(doc, body.height())
        pages = doc.pageCount()
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(footer_font)
            line_y = area.height() - footer_h * 0.75
            painter.drawLine(0, int(line_y), int(area.width()), int(line_y))
            text_rect = QRectF(0, line_y, area.width(), area.height() - line_y)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, footer_title)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             page_label.format(page + 1, pages))
        return pages
    finally:
        painter.end()


def render_pdf(html: str, case_file: bytes, title: str = REPORT_TITLE,
               page_label: str = "Pagina {0} van {1}") -> bytes:
    """The report as PDF bytes with *case_file* attached (the caller writes them atomically)."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(a4_layout())
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Methodewijzer")
    writer.addFileAttachment(ATTACHMENT_NAME, case_file, "application/json")
    paint_pages(html, writer, title, page_label)
    del writer  # flushes the PDF's trailer into the buffer
    return bytes(buffer.data())

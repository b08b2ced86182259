"""Background knowledge from the report: concepts, criteria, dilemmas, findings, caveats."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from advisor.model import KnowledgeItem
from advisor.vocabulary import KNOWLEDGE_KINDS
from ui.i18n import term


class KnowledgeDialog(QDialog):
    def __init__(self, items: list[KnowledgeItem], parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Achtergrondkennis"))
        self.resize(900, 560)
        self._items = {item.id: item for item in items}
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Onderwerpen"))
        for kind in KNOWLEDGE_KINDS:
            for item in items:
                if item.kind == kind:
                    row = QListWidgetItem(f"{term('knowledge_kind', kind).capitalize()}: {item.title}")
                    row.setData(Qt.ItemDataRole.UserRole, item.id)
                    self.list.addItem(row)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        split = QHBoxLayout()
        self.list.setWordWrap(True)
        split.addWidget(self.list, 1)
        split.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(split)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _show(self, current: QListWidgetItem | None, _previous=None) -> None:  # noqa: ANN001
        item = self._items.get(current.data(Qt.ItemDataRole.UserRole)) if current else None
        if item is None:
            self.text.clear()
            return
        from ui.method_page import text_html

        self.text.setHtml(f"<h3>{escape(item.title)}</h3><p><i>§ {escape(item.section)}</i></p>"
                          f"{text_html(item.text)}")

    def select(self, item_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.setCurrentRow(row)
                return True
        return False

"""The floor under ``bench.window`` at 19 methods: plain PySide6 making the same screen changes, until painted.

``bench.window`` records, after each of its steps, what the window shows: the
list's visible rows (the text of each cell), its hidden columns and row
height, and which method's page is shown. This module builds a window of the
same shape in plain PySide6 (the startup bench's "shape": menus, a panel of
group boxes with check boxes and sliders, a search line, a QTableView over a
QStandardItemModel, the page as QTextBrowsers) and replays those changes with
Qt's own widgets and no project code in the loop: the slider moved or the
box ticked, every cell that reads otherwise set anew, rows hidden and columns
shown as the search left them, and the page switched or its part about the
place replaced. Each method's page is laid out before the timing starts
(one QTextBrowser each, shown by a QStackedWidget): that is the least Qt can
do to show it, less than the window does, which keeps six. What the window
computes (ranking, robust advice, search, snippets) is not replayed.

The pages and texts are made from the catalogue with the window's own page
builder beforehand (data, not timed). The numbers say how fast this machine
and PySide6 show these changes at best, in the same minutes as the window's
run: the floor the window's 16 ms goal is measured against.
"""

from __future__ import annotations

import time

COLUMNS = 6
SNIPPET_TEXT = ("… samen met bewoners van de buurt een plan maken en uitvoeren, met de wijk en de "
                "gemeente als partners; vrijwilligers nemen taken over en leren van elkaar …")


def replay(steps: list[dict]) -> dict[str, list[float]]:
    """Times each recorded step (its kind: "slider", "vinkje", "toets"; its screen) on a plain window."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel, QTextCursor, QTextDocument
    from PySide6.QtWidgets import (
        QApplication,
        QCheckBox,
        QGridLayout,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QMainWindow,
        QScrollArea,
        QSlider,
        QSplitter,
        QStackedWidget,
        QTableView,
        QTextBrowser,
        QVBoxLayout,
        QWidget,
    )

    import resources
    from advisor.catalogue_reader import read_catalogue, read_knowledge
    from advisor.context import Context
    from app.advice import Advisor
    from ui.i18n import tr
    from ui.method_page import method_parts, robust_page

    app = QApplication.instance() or QApplication([])
    methods = read_catalogue(resources.CATALOGUE)
    result = Advisor(methods, read_knowledge(resources.KNOWLEDGE)).advise(Context(settings=frozenset({"district"})))
    parts = {}
    for ranked in result.advice.results:
        head, live, rest = method_parts(ranked.method, ranked, tr, robust_page(result, ranked.method.id, ranked.rank))
        parts[ranked.method.name] = (head, "".join(live) if isinstance(live, tuple) else live, rest)

    window = QMainWindow()
    for title in ("&Bestand", "B&ewerken", "&Catalogus", "Bee&ld", "&Help"):
        window.menuBar().addMenu(title)
    body = QWidget()
    column = QVBoxLayout(body)
    sliders, boxes = [], []
    for group in range(9):
        box = QGroupBox(f"Groep {group}")
        grid = QGridLayout(box)
        for i in range(10 if group < 3 else 2):
            boxes.append(QCheckBox(f"keuze nummer {i}"))
            grid.addWidget(boxes[-1], i, 0)
        sliders.append(QSlider(Qt.Orientation.Horizontal))
        sliders[-1].setRange(0, 5)
        sliders[-1].setTickPosition(QSlider.TickPosition.TicksBelow)
        grid.addWidget(sliders[-1], 20, 0)
        grid.addWidget(QCheckBox("moet"), 20, 1)
        column.addWidget(box)
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    middle = QWidget()
    middle_column = QVBoxLayout(middle)
    search = QLineEdit()
    middle_column.addWidget(search)
    middle_column.addWidget(QLabel("notitie"))
    model = QStandardItemModel(len(parts), COLUMNS)
    for row in range(len(parts)):
        for col in range(COLUMNS):
            model.setItem(row, col, QStandardItem(""))
    table = QTableView()
    table.setModel(model)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setStretchLastSection(True)
    middle_column.addWidget(table)
    def length(html: str) -> int:
        document = QTextDocument()
        document.setHtml(html)
        return document.characterCount() - 1

    stack = QStackedWidget()
    pages, live_at, live_length = {}, {}, {}
    for name, (head, live, rest) in parts.items():
        page = pages[name] = QTextBrowser()
        page.setHtml(head + live + rest)
        live_at[name], live_length[name] = length(head), length(live)  # where the part about the place lies
        stack.addWidget(page)
    split = QSplitter()
    for part in (area, middle, stack):
        split.addWidget(part)
    window.setCentralWidget(split)
    window.resize(1400, 860)
    window.show()
    lives = [(live, length(live)) for _head, live, _rest in parts.values()]

    def show(screen: dict, step: int) -> None:
        cells = screen["cells"]
        for row in range(len(parts)):
            if table.isRowHidden(row) != (row >= len(cells)):
                table.setRowHidden(row, row >= len(cells))
            for col in range(COLUMNS):
                text = cells[row][col] if row < len(cells) else ""
                if col == COLUMNS - 1 and text:
                    text = SNIPPET_TEXT
                item = model.item(row, col)
                if item.text() != text:
                    item.setText(text)
        for col in range(COLUMNS):
            hidden = col in screen["hidden"]
            if table.isColumnHidden(col) != hidden:
                table.setColumnHidden(col, hidden)
        if table.verticalHeader().defaultSectionSize() != screen["row_height"]:
            table.verticalHeader().setDefaultSectionSize(screen["row_height"])
        name = screen["page"]
        if name in pages:
            if stack.currentWidget() is not pages[name]:
                stack.setCurrentWidget(pages[name])
            elif screen["kind"] != "toets":  # the same page: its part about the place replaced in place
                live, new_length = lives[step % len(lives)]
                cursor = QTextCursor(pages[name].document())
                cursor.setPosition(live_at[name])
                cursor.setPosition(live_at[name] + live_length[name], QTextCursor.MoveMode.KeepAnchor)
                cursor.insertHtml(live)
                live_length[name] = new_length

    show(steps[0], 0)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    times: dict[str, list[float]] = {}
    for step, screen in enumerate(steps):
        kind = screen["kind"]

        def action(kind: str = kind, screen: dict = screen, step: int = step) -> None:
            if kind == "slider":
                slider = sliders[step % 4]
                slider.setValue((slider.value() + 1) % 6)
            elif kind == "vinkje":
                boxes[step % len(boxes)].click()
            else:
                search.setText(screen["query"])
            show(screen, step)

        start = time.perf_counter()
        action()
        app.processEvents()
        times.setdefault(kind, []).append((time.perf_counter() - start) * 1000)
    times["baseline"] = []
    for _ in range(len(steps) // 3):
        start = time.perf_counter()
        window.update()
        app.processEvents()
        times["baseline"].append((time.perf_counter() - start) * 1000)
    window.hide()
    return times

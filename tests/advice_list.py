"""The ranked list as the window builds it (model, search filter, view), shown at a given size, for tests
that look at its cells without the rest of the window."""

from __future__ import annotations

from ui.advice_filter import AdviceFilter
from ui.advice_model import AdviceModel
from ui.advice_table import AdviceTable


def advice_list(qtbot, width: int, height: int) -> tuple[AdviceModel, AdviceFilter, AdviceTable]:  # noqa: ANN001
    model = AdviceModel()
    proxy = AdviceFilter()
    proxy.setSourceModel(model)
    table = AdviceTable(proxy)
    qtbot.addWidget(table)
    table.resize(width, height)
    return model, proxy, table

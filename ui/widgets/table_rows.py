"""Selecting a whole row of a table view in either layout direction.

``QTableView.selectRow`` picks the row's column from the viewport's edge: the left edge left to
right, the right edge right to left. On a table not laid out yet (a hidden tab or page, or just
filled), the right edge holds no column, so in Arabic and Persian it selected nothing at all.
``select_row`` selects through the selection model instead, the same in both directions.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

_SELECT_ROW = (QItemSelectionModel.SelectionFlag.ClearAndSelect
               | QItemSelectionModel.SelectionFlag.Rows
               | QItemSelectionModel.SelectionFlag.Current)


def select_row(view: QTableView, row: int) -> bool:
    """Make ``row`` the only selected row and the current one; False if there is no such row."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None:
        return False
    index = model.index(row, 0, view.rootIndex())
    if not index.isValid():
        return False
    selection.setCurrentIndex(index, _SELECT_ROW)
    return True

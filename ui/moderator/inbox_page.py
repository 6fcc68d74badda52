"""The inbox: search, filters (category, urgency, status, tag, dates), the sortable list, actions.

A second tab lists the flagged files (ui.moderator.flagged): different files that reuse the id of
a report in the inbox, kept apart by import and never listed among the reports.

Fixed row heights and fixed column widths keep the view fast at 10,000 rows (no per-row
measuring); filtering and sorting are done in one pass over the list (ui.moderator.inbox_model).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.moderator_store import IndexEntry
from app.report import CATEGORIES, URGENCY
from app.triage import InboxQuery
from ui.editor.labels import choice_labels
from ui.moderator.controls import field_label, push
from ui.moderator.flagged import FlaggedList, flagged_pairs
from ui.moderator.inbox_model import COLUMNS, InboxFilter, InboxModel
from ui.moderator.labels import STATUSES, status_labels
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.style import DANGER, make_primary
from ui.widgets.table_rows import select_row

ANY_DATE = QDate(2000, 1, 1)
_WIDTHS = {"status": 90, "urgency": 84, "category": 150, "sealed_on": 100, "imported_at": 140,
           "attachments": 56, "tags": 110, "demo": 72}


class InboxPage(QWidget):
    """Emits ``openRequested(report_id)``, ``exportRequested(list of report ids)`` and
    ``openFlaggedRequested(FlaggedPair)``."""

    openRequested = Signal(str)
    exportRequested = Signal(object)
    openFlaggedRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxPage")
        self.model = InboxModel(self)
        self.proxy = InboxFilter(self.model, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filters)
        reports = QWidget()
        column = QVBoxLayout(reports)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(self._filter_row())
        column.addWidget(self._table(), 1)
        self.count_label = label("", "hint", object_name="inboxCount")
        self.message = MessageBar("inboxMessage")
        column.addWidget(self.message)
        column.addLayout(self._action_row())
        self.flagged = FlaggedList()
        self.flagged.openRequested.connect(self.openFlaggedRequested.emit)
        self.tabs = named(QTabWidget(), "inboxTabs", self.tr("Reports and flagged files"))
        self.tabs.addTab(reports, "")
        self.tabs.addTab(self.flagged, "")
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Inbox"), "title", wrap=False))
        layout.addWidget(self.tabs, 1)
        self._update_count()

    # ----------------------------------------------------------------- build

    def _combo(self, name: str, accessible: str, any_text: str,
               items: Iterable[tuple[str, str]]) -> QComboBox:
        combo = named(QComboBox(), name, accessible)
        combo.addItem(any_text, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        return combo

    def _date(self, name: str, accessible: str) -> QDateEdit:
        edit = named(QDateEdit(), name, accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(ANY_DATE)
        edit.dateChanged.connect(lambda _d: self.apply_filters())
        return edit

    def _filter_row(self) -> QVBoxLayout:
        choices = choice_labels()
        self.search = named(QLineEdit(), "inboxSearch", self.tr("Search titles, tags and notes"))
        self.search.setPlaceholderText(self.tr("Search titles, tags and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.category = self._combo("filterCategory", self.tr("Category filter"),
                                    self.tr("Any category"),
                                    ((c, choices["category"][c]) for c in CATEGORIES))
        self.urgency = self._combo("filterUrgency", self.tr("Urgency filter"),
                                   self.tr("Any urgency"),
                                   ((u, choices["urgency"][u]) for u in reversed(URGENCY)))
        self.status = self._combo("filterStatus", self.tr("Status filter"), self.tr("Any status"),
                                  ((s, status_labels()[s]) for s in STATUSES))
        self.tag = self._combo("filterTag", self.tr("Tag filter"), self.tr("Any tag"), ())
        self.date_from = self._date("filterFrom", self.tr("Sealed on or after"))
        self.date_to = self._date("filterTo", self.tr("Sealed on or before"))
        clear = push(self.tr("Clea&r filters"), "clearFiltersButton", self.tr("Clear filters"),
                     self.clear_filters)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(field_label(self.tr("&Search:"), self.search))
        first.addWidget(self.search, 1)
        first.addWidget(clear)
        for widget in (self.category, self.urgency, self.status, self.tag):
            second.addWidget(widget)
        second.addWidget(field_label(self.tr("Sealed &from:"), self.date_from))
        second.addWidget(self.date_from)
        second.addWidget(field_label(self.tr("&to:"), self.date_to))
        second.addWidget(self.date_to)
        second.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(first)
        column.addLayout(second)
        return column

    def _table(self) -> QTableView:
        self.view = named(QTableView(), "inboxTable", self.tr("Reports"))
        self.view.setModel(self.proxy)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, name in enumerate(COLUMNS):
            if name in _WIDTHS:
                header.resizeSection(column, _WIDTHS[name])
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)
        return self.view

    def _action_row(self) -> QHBoxLayout:
        self._open = push(self.tr("&Open report"), "openReportButton", self.tr("Open report"),
                          self.open_selected)
        make_primary(self._open)
        export = push(self.tr("E&xport selected for case work…"), "exportCasesButton",
                      self.tr("Export selected for case work"), self.export_selected)
        row = QHBoxLayout()
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(export)
        row.addWidget(self._open)
        return row

    # ---------------------------------------------------------------- content

    def set_entries(self, entries: Iterable[IndexEntry],
                    flagged: Iterable[IndexEntry] = ()) -> None:
        """Show these reports (sort and filters stay) and these flagged files."""
        header = self.view.horizontalHeader()
        self.model.set_entries(entries)
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._refresh_tags()
        self.proxy.refilter()
        self.flagged.set_pairs(flagged_pairs(flagged, self.model.entries()))
        self._update_count()

    def show_reports(self) -> None:
        """The "Reports" tab."""
        self.tabs.setCurrentIndex(0)

    def show_flagged(self) -> None:
        """The "Flagged" tab."""
        self.tabs.setCurrentIndex(1)

    def showing_flagged(self) -> bool:
        """True when the "Flagged" tab is on screen."""
        return self.tabs.currentIndex() == 1

    def focus_search(self) -> None:
        """Ctrl+F: the reports tab, cursor in the search field."""
        self.show_reports()
        self.search.setFocus()

    def update_entry(self, entry: IndexEntry) -> None:
        """One report changed (triage)."""
        self.model.update_entry(entry)
        self._refresh_tags()
        self.proxy.refilter()
        self._update_count()

    def _refresh_tags(self) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        while self.tag.count() > 1:
            self.tag.removeItem(1)
        for tag in self.model.known_tags():
            self.tag.addItem(tag, tag)
        found = self.tag.findData(current) if current is not None else 0
        self.tag.setCurrentIndex(max(0, found))
        self.tag.blockSignals(False)

    # ---------------------------------------------------------------- filters

    def query(self) -> InboxQuery:
        """The filters as set on screen."""
        def day(edit: QDateEdit) -> str | None:
            return None if edit.date() == ANY_DATE else edit.date().toString("yyyy-MM-dd")

        return InboxQuery(text=self.search.text(), category=self.category.currentData(),
                          urgency=self.urgency.currentData(), status=self.status.currentData(),
                          tag=self.tag.currentData(), sealed_from=day(self.date_from),
                          sealed_to=day(self.date_to))

    def apply_filters(self) -> None:
        """Filter the list now."""
        self._search_timer.stop()
        self.proxy.set_query(self.query())
        self._update_count()

    def clear_filters(self) -> None:
        """Show every report."""
        for widget in (self.search, self.category, self.urgency, self.status, self.tag,
                       self.date_from, self.date_to):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.category, self.urgency, self.status, self.tag):
            combo.setCurrentIndex(0)
        self.date_from.setDate(ANY_DATE)
        self.date_to.setDate(ANY_DATE)
        for widget in (self.search, self.category, self.urgency, self.status, self.tag,
                       self.date_from, self.date_to):
            widget.blockSignals(False)
        self.apply_filters()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (self.tr("%1 reports").replace("%1", str(total)) if shown == total else
                self.tr("Showing %1 of %2 reports").replace("%1", str(shown))
                .replace("%2", str(total)))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        flagged = self.flagged.count()
        self.tabs.setTabText(0, self.tr("Re&ports (%1)").replace("%1", str(total)))
        self.tabs.setTabText(1, self.tr("Fla&gged (%1)").replace("%1", str(flagged)))
        self.tabs.setTabToolTip(1, self.flagged.explanation.text())
        self.tabs.tabBar().setTabTextColor(1, QColor(DANGER) if flagged else QColor())

    # ---------------------------------------------------------------- actions

    def visible_ids(self) -> list[str]:
        """Report ids in the order shown."""
        return [self.proxy.entry(row).report_id for row in range(self.proxy.rowCount())]

    def selected_ids(self) -> list[str]:
        """The selected reports, in the order shown."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.proxy.entry(row).report_id for row in rows]

    def select_report(self, report_id: str) -> bool:
        """Select (and scroll to) one report, if it is shown."""
        row = self.model.row_of(report_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        select_row(self.view, index.row())
        self.view.scrollTo(index)
        return True

    def _activated(self, index: QModelIndex) -> None:
        self.openRequested.emit(self.proxy.entry(index.row()).report_id)

    def open_selected(self) -> None:
        """"Open report"."""
        ids = self.selected_ids()
        if not ids:
            self.message.show_message("info", self.tr("Select a report first."))
            return
        self.message.clear()
        self.openRequested.emit(ids[0])

    def export_selected(self) -> None:
        """"Export selected for case work…"."""
        ids = self.selected_ids()
        if not ids:
            self.message.show_message("info", self.tr("Select one or more reports first."))
            return
        self.message.clear()
        self.exportRequested.emit(ids)

"""The meetings list: filter by year, series, status and text; open or create a meeting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import Meeting, Series
from app.domain.values import MeetingStatus
from app.storage import queries
from app.ui.models.meetings import MeetingsModel, status_label
from app.ui.numbers import counted, number
from app.ui.ops import Ops
from app.ui.plain_text import shown_line
from app.ui.screens.table import make_table_view
from app.ui.zoom import DATE_SAMPLES, column_widths


class MeetingsScreen(QWidget):
    meeting_requested = Signal(str)
    meeting_created = Signal(str)  # a new meeting, to open ready for its title

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.model = MeetingsModel(ops, self)
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.series_combo = QComboBox(self)
        self.series_combo.setAccessibleName(self.tr("Series"))
        self.series_combo.setMinimumContentsLength(18)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in MeetingStatus:
            self.status_combo.addItem(status_label(status.value), status.value)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Filter by title or place"))
        self.text_edit.setAccessibleName(self.tr("Filter meetings by title or place"))
        self.text_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New meeting"), self)
        self.count_label = QLabel(self)
        self._reset_choices()
        filters = QHBoxLayout()
        for widget in (self.year_combo, self.series_combo, self.status_combo):
            filters.addWidget(widget)
        filters.addWidget(self.text_edit, 1)
        filters.addWidget(self.new_button)
        self.view = make_table_view(self.model, self, stretch=1)
        self.view.setAccessibleName(self.tr("Meetings"))
        ranges = tuple(f"{d} – {d}" for d in DATE_SAMPLES)
        column_widths(self.view, {0: ranges, 2: 10.5, 3: 6})
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(250)
        self._text_timer.timeout.connect(self._apply_filter)
        self.text_edit.textChanged.connect(self._text_timer.start)
        for combo in (self.year_combo, self.series_combo, self.status_combo):
            combo.activated.connect(self._apply_filter)
        self.view.activated.connect(self._activated)
        self.new_button.clicked.connect(self.new_meeting)
        self.model.loaded.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)

    # --- Screen ------------------------------------------------------------------------------
    def on_vault_opened(self) -> None:
        self.model.activate()
        self.refresh_choices()

    def clear_vault_data(self) -> None:
        self._text_timer.stop()
        self.model.clear()
        self.text_edit.setText("")  # clear() would keep it in the undo history
        self._reset_choices()
        self.count_label.clear()

    # --- filters -----------------------------------------------------------------------------
    def _reset_choices(self) -> None:
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        self.series_combo.clear()
        self.series_combo.addItem(self.tr("All series"), None)
        self.status_combo.setCurrentIndex(0)

    def refresh_choices(self) -> None:
        def task(vault: Any) -> tuple[list[int], list[tuple[str, str]]]:
            series = vault.store.select(Series, order_by="name COLLATE NOCASE")
            return queries.meeting_years(vault.conn), [(s.id, s.name) for s in series]

        self._ops.run(task, on_done=self._show_choices)

    def _show_choices(self, choices: tuple[list[int], list[tuple[str, str]]]) -> None:
        years, series = choices
        year, series_id = self.year_combo.currentData(), self.series_combo.currentData()
        self._reset_choices()
        for y in years:
            self.year_combo.addItem(number(y), y)  # Khmer digits in Khmer
        for sid, name in series:
            self.series_combo.addItem(shown_line(name), sid)  # maybe a partner's name
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
        self.series_combo.setCurrentIndex(max(0, self.series_combo.findData(series_id)))

    def filter_by_series(self, series_id: str) -> None:
        index = self.series_combo.findData(series_id)
        if index >= 0:
            self.series_combo.setCurrentIndex(index)
            self._apply_filter()

    def _apply_filter(self) -> None:
        self.model.set_query(
            queries.MeetingFilter(
                year=self.year_combo.currentData(),
                series_id=self.series_combo.currentData(),
                status=self.status_combo.currentData(),
                text=self.text_edit.text(),
            )
        )

    def language_changed(self) -> None:
        if self.count_label.text():  # nothing is counted while locked
            self._show_count()

    def _show_count(self) -> None:
        if self.model.is_loading:
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(counted(self.tr("%n meeting(s)", "", self.model.total)))

    # --- opening and creating ----------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.meeting_requested.emit(self.model.row_at(index.row()).id)

    def new_meeting(self) -> None:
        title = self.tr("New meeting")
        today = dt.date.today().isoformat()

        def task(vault: Any) -> str:
            meeting = Meeting(title=title, start_date=today, end_date=today)
            return vault.store.add(meeting).id

        def created(meeting_id: str) -> None:
            self.model.reload()
            self.refresh_choices()
            self.meeting_created.emit(meeting_id)

        self._ops.run(task, on_done=created)

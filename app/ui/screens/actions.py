"""Action items across all meetings: filter, mark done, carry over (both undoable)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.values import ActionStatus
from app.storage import queries
from app.ui.models.actions import ActionsModel
from app.ui.numbers import counted
from app.ui.ops import Ops
from app.ui.plain_text import plain_label, tooltip
from app.ui.screens import action_changes
from app.ui.screens.owner_filter import OwnerFilter
from app.ui.screens.table import make_table_view
from app.ui.undo import VaultCommand
from app.ui.zoom import DATE_SAMPLES, column_widths

OPEN = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


class ActionsScreen(QWidget):
    meeting_requested = Signal(str)
    changed = Signal()  # an action item changed (other screens may refresh)

    def __init__(
        self, ops: Ops, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._fixed_today = today  # tests pin the date; otherwise it is read at each filter
        self.undo_stack = QUndoStack(self)
        self.model = ActionsModel(ops, self, today=today)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for label, statuses in (
            (self.tr("Open and in progress"), OPEN),
            (self.tr("Open"), (ActionStatus.OPEN.value,)),
            (self.tr("In progress"), (ActionStatus.IN_PROGRESS.value,)),
            (self.tr("Done"), (ActionStatus.DONE.value,)),
            (self.tr("Dropped"), (ActionStatus.DROPPED.value,)),
            (self.tr("Any status"), ()),
        ):
            self.status_combo.addItem(label, statuses)
        self.owner_filter = OwnerFilter(ops, self)
        self.due_combo = QComboBox(self)
        self.due_combo.setAccessibleName(self.tr("Due date"))
        for label, key in (
            (self.tr("Any due date"), ""),
            (self.tr("Overdue"), "overdue"),
            (self.tr("Due within 7 days"), "7"),
            (self.tr("Due within 30 days"), "30"),
        ):
            self.due_combo.addItem(label, key)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Filter by text"))
        self.text_edit.setAccessibleName(self.tr("Filter action items by text"))
        self.text_edit.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for widget in (self.status_combo, self.owner_filter, self.due_combo):
            filters.addWidget(widget)
        filters.addWidget(self.text_edit, 1)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.carry_button = QPushButton(self.tr("Carry open items to next meeting"), self)
        self.open_button = QPushButton(self.tr("Open meeting"), self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda t: self.undo_button.setToolTip(tooltip(t)))
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.carry_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        self.view = make_table_view(self.model, self, stretch=1)
        self.view.setAccessibleName(self.tr("Action items"))
        # Wide enough for "(overdue)" too (bold): the words say what the red says.
        overdue = QCoreApplication.translate("ActionsModel", "{date} (overdue)")
        dates = tuple(overdue.format(date=d) + "  " for d in DATE_SAMPLES)
        column_widths(self.view, {0: dates, 2: 9.5, 3: 5.5, 4: 13.5})
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.status_label = plain_label(QLabel(self))
        self.notice_label = plain_label(QLabel(self))  # the outcome of the last change
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.status_label)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(250)
        self._text_timer.timeout.connect(self.apply_filter)
        self.text_edit.textChanged.connect(self._text_timer.start)
        for combo in (self.status_combo, self.due_combo):
            combo.activated.connect(self.apply_filter)
        self.owner_filter.changed.connect(self.apply_filter)
        self.view.activated.connect(self._activated)
        self.done_button.clicked.connect(self.mark_done)
        self.carry_button.clicked.connect(self.carry_over)
        self.open_button.clicked.connect(self._open_current)
        self.model.loaded.connect(self._show_count)
        for key, slot in (("Ctrl+Z", self.undo_stack.undo), ("Ctrl+Shift+Z", self.undo_stack.redo)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- Screen ------------------------------------------------------------------------------
    def on_vault_opened(self) -> None:
        self.model.activate()

    def clear_vault_data(self) -> None:
        self._text_timer.stop()
        self.undo_stack.clear()  # commands hold record ids and old values
        self.model.clear()
        self.text_edit.setText("")  # clear() would keep it in the undo history
        self.owner_filter.clear()
        self.status_label.clear()
        self.notice_label.clear()

    # --- filters -----------------------------------------------------------------------------
    def current_filter(self) -> queries.ActionFilter:
        due = self.due_combo.currentData()
        today = self._fixed_today or dt.date.today()
        self.model.set_today(today)
        return queries.ActionFilter(
            statuses=tuple(self.status_combo.currentData() or ()),
            owner_person_id=self.owner_filter.person_id,
            owner_org_id=self.owner_filter.org_id,
            overdue_on=today.isoformat() if due == "overdue" else None,
            due_before=(today + dt.timedelta(days=int(due))).isoformat()
            if due in ("7", "30")
            else None,
            text=self.text_edit.text(),
        )

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def language_changed(self) -> None:
        if self.status_label.text():  # nothing is counted while locked
            self._show_count()

    def _show_count(self) -> None:
        overdue = sum(1 for row in self.model.rows() if self.model.is_overdue(row))
        text = counted(self.tr("%n action item(s)", "", self.model.total))
        if overdue:
            text += " · " + counted(self.tr("%n overdue among those shown", "", overdue))
        self.status_label.setText(text)

    # --- changes -----------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def _changed(self) -> None:
        self.model.reload()
        self.changed.emit()

    def mark_done(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.notice_label.setText(self.tr("Select the action items to mark done."))
            return
        text = counted(self.tr("Mark %n action item(s) done", "", len(ids)))

        def done(change: action_changes.StatusChange) -> None:
            self.undo_stack.push(
                VaultCommand(self._ops, text, change.undo, change.redo, self._changed)
            )
            self._changed()

        self._ops.run(
            partial(action_changes.apply_status, item_ids=ids, status=ActionStatus.DONE.value),
            on_done=done,
        )

    def carry_over(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.status_label.setText(
                self.tr("Select an action item of the meeting to carry from.")
            )
            return

        def done(change: action_changes.CarryChange) -> None:
            text = counted(self.tr("Carry %n item(s) to “%1”", "", len(change.before))).replace(
                "%1", change.to_title
            )
            self.undo_stack.push(
                VaultCommand(self._ops, text, change.undo, change.redo, self._changed)
            )
            self.notice_label.setText(
                counted(
                    self.tr("%n open item(s) carried to “%1”.", "", len(change.before))
                ).replace("%1", change.to_title)
            )
            self.model.reload()
            self.changed.emit()

        self._ops.run(partial(action_changes.apply_carry_over, item_id=ids[0]), on_done=done)

    # --- opening -----------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.meeting_requested.emit(self.model.row_at(index.row()).origin_meeting_id)

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._activated(index)

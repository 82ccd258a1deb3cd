"""Action items of this meeting (raised here or followed up here); overdue ones stand out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.records import ActionItem
from app.domain.values import ActionStatus
from app.i18n import N_
from app.storage.lookups import ORGANISATION, PERSON, Choice, find_owners
from app.ui.date_edit import DateEdit, shown_date
from app.ui.meeting.delegates import ChoiceDelegate, DateDelegate
from app.ui.meeting.editor import MeetingEditor
from app.ui.meeting.pickers import Picker
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.section import DATE_HINT, Loaded, Section, check_date
from app.ui.meeting.widgets import (
    button,
    choices,
    current_row,
    fit_columns,
    row_of_buttons,
    select_id,
    shortcut,
    table_view,
)
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import plain_label

STATUSES = [
    (QT_TRANSLATE_NOOP("ActionsTab", "Open"), "open"),
    (QT_TRANSLATE_NOOP("ActionsTab", "In progress"), "in_progress"),
    (QT_TRANSLATE_NOOP("ActionsTab", "Done"), "done"),
    (QT_TRANSLATE_NOOP("ActionsTab", "Dropped"), "dropped"),
]
_STATUS_LABEL = {v: k for k, v in STATUSES}


_CLOSED = frozenset(s.value for s in ActionStatus if s.is_closed)


def is_overdue(item: ActionItem, today: str) -> bool:
    # Asked for every cell Qt measures or paints: a set lookup, not an enum conversion.
    return bool(item.due_date) and item.due_date < today and item.status not in _CLOSED


class ActionsTab(Section):
    TABLES = ("action_items",)

    def __init__(self, editor: MeetingEditor, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(editor, ops, parent)
        self._owner: Choice | None = None
        self._owner_for: ActionItem | None = None
        lay = QVBoxLayout(self)
        self.legend = QLabel()
        lay.addWidget(self.legend)
        self.model = RowsModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Action"),
                    lambda a: a.text,
                    edit_key="text",
                    tooltip=QT_TRANSLATE_NOOP("MeetingWorkspace", "Double-click to edit"),
                ),
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Owner"), self._owner_name),
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Due"),
                    self._due_text,
                    edit_key="due_date",
                    edit_value=lambda a: a.due_date,
                    tooltip=QT_TRANSLATE_NOOP(
                        "MeetingWorkspace", "Double-click to change the date (Alt+Down: calendar)"
                    ),
                ),
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Status"),
                    lambda a: QCoreApplication.translate(
                        "ActionsTab", _STATUS_LABEL.get(a.status, a.status)
                    ),
                    edit_key="status",
                    tooltip=QT_TRANSLATE_NOOP(
                        "MeetingWorkspace", "Double-click to change the status"
                    ),
                ),
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Here"), self._origin),
            ],
            self,
            on_edit=self._edit,
            highlight=self._overdue,
        )
        self.view = table_view(self.model)
        self.view.setObjectName("actions")
        self.view.setAccessibleName(self.tr("Action items"))
        self.view.setItemDelegateForColumn(2, DateDelegate(self.view))
        self.view.setItemDelegateForColumn(
            3, ChoiceDelegate(lambda: choices("ActionsTab", STATUSES), self.view)
        )
        fit_columns(self.view, [0], wrap_rows=True)
        shortcut("Delete", self.view, self._remove)
        lay.addWidget(self.view, 1)

        row = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("New action item… (Enter adds)"))
        self.text.setAccessibleName(self.tr("New action item"))
        self.text.returnPressed.connect(self._add)
        self.owner = Picker(
            ops,
            lambda v, t: find_owners(v.conn, t),
            self.tr("Owner (person or organisation)…"),
            create=(PERSON, ORGANISATION),
        )
        self.owner.setToolTip(
            self.tr("Owner of the new item; with an item selected, 'Set owner' changes its owner")
        )
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.picked.connect(self._owner_picked)
        self.owner_label = plain_label(QLabel())
        self.due = DateEdit()
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.returnPressed.connect(self._add)
        row.addWidget(self.text, 3)
        row.addWidget(self.owner, 2)
        row.addWidget(self.owner_label, 1)
        row.addWidget(self.due)
        lay.addLayout(row)
        set_owner = button(
            self.tr("Set owner of selected"), self.tr("Pick the owner of the selected action item")
        )
        set_owner.clicked.connect(self._set_owner_of_selected)
        rm = button(self.tr("Remove"), self.tr("Remove the selected action item (Delete)"))
        rm.clicked.connect(self._remove)
        lay.addLayout(row_of_buttons(set_owner, rm))

    # --- showing -----------------------------------------------------------------------------
    def _today(self) -> str:
        return self.loaded.today if self.loaded else dt.date.today().isoformat()

    def _overdue(self, a: ActionItem) -> bool:
        return is_overdue(a, self._today())

    def _due_text(self, a: ActionItem) -> str:
        if not self._overdue(a):
            return shown_date(a.due_date)
        return QCoreApplication.translate("MeetingWorkspace", "{date} (overdue)").format(
            date=shown_date(a.due_date)
        )

    def _owner_name(self, a: ActionItem) -> str:
        d = self.detail
        if d is None:
            return ""
        return d.person_name(a.owner_person_id) or d.org_name(a.owner_org_id)

    def _origin(self, a: ActionItem) -> str:
        d = self.detail
        if d is None:
            return ""
        if a.origin_meeting_id == d.meeting.id:
            return QCoreApplication.translate("MeetingWorkspace", "Raised here")
        return QCoreApplication.translate("MeetingWorkspace", "Followed up here")

    def show_loaded(self, loaded: Loaded) -> None:
        super().show_loaded(loaded)
        row = current_row(self.view)
        keep = self.model.row_at(row).id if row >= 0 else ""
        self.model.set_rows(loaded.detail.actions)
        if keep:
            select_id(self.view, keep)
        overdue = sum(self._overdue(a) for a in loaded.detail.actions)
        self.legend.setText(
            self.tr("{n} action items, {o} overdue (shown in red)").format(
                n=number(len(loaded.detail.actions)), o=number(overdue)
            )
        )

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        for w in (self.text, self.due, self.owner_label, self.legend):
            w.clear()
        self.owner.clear_choices()
        self._owner = self._owner_for = None

    def select(self, table: str, record_id: str) -> bool:
        return table == "action_items" and select_id(self.view, record_id)

    # --- editing -----------------------------------------------------------------------------
    def _owner_picked(self, choice: Choice) -> None:
        target, self._owner_for = self._owner_for, None
        if target is not None:
            self._save_owner(target, choice)
            return
        self._owner = choice
        self.owner_label.setText(choice.label)

    def _save_owner(self, item: ActionItem, choice: Choice) -> None:
        person = choice.kind == "person"
        self.editor.update(
            item,
            QT_TRANSLATE_NOOP("UndoSteps", "Change owner"),
            owner_person_id=choice.id if person else "",
            owner_org_id="" if person else choice.id,
        )

    def _set_owner_of_selected(self) -> None:
        row = current_row(self.view)
        if row < 0:
            self.complain(N_("Errors", "Select an action item first."))
            return
        self._owner_for = self.model.row_at(row)
        self.owner.setFocus()

    def _add(self) -> None:
        d = self.detail
        text = self.text.text().strip()
        if d is None or not text:
            return
        due = check_date(self.due.text())
        if due is None:
            self.complain(DATE_HINT)
            return
        owner = self._owner
        person = owner is not None and owner.kind == "person"
        self.editor.add(
            ActionItem(
                text=text,
                origin_meeting_id=d.meeting.id,
                owner_person_id=owner.id if owner and person else "",
                owner_org_id=owner.id if owner and not person else "",
                due_date=due,
            ),
            text=QT_TRANSLATE_NOOP("UndoSteps", "Add action item"),
        )
        self.text.clear()
        self.due.clear()
        self.owner_label.clear()
        self._owner = None
        self.text.setFocus()

    def _edit(self, a: ActionItem, key: str, value: str) -> None:
        value = value.strip()
        if key == "due_date":
            checked = check_date(value)
            if checked is None:
                self.complain(DATE_HINT)
                return
            self.editor.update(
                a, QT_TRANSLATE_NOOP("UndoSteps", "Change due date"), due_date=checked
            )
        elif key == "status" and value in _STATUS_LABEL:
            closed = ActionStatus(value).is_closed
            completed = (a.completed_on or self._today()) if closed else ""
            self.editor.update(
                a,
                QT_TRANSLATE_NOOP("UndoSteps", "Change status"),
                status=value,
                completed_on=completed,
            )
        elif key == "text" and value:
            self.editor.update(a, QT_TRANSLATE_NOOP("UndoSteps", "Edit action item"), text=value)

    def _remove(self) -> None:
        row = current_row(self.view)
        if row >= 0:
            self.editor.delete(
                self.model.row_at(row), text=QT_TRANSLATE_NOOP("UndoSteps", "Remove action item")
            )

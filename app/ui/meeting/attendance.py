"""Attendance of one session: picked from the directory, with quick-add of a new person or
organisation right here (no trip to the directory screen in the middle of a meeting)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.meeting_detail import AttendeeDetail, MeetingDetail, SessionDetail
from app.domain.records import Attendance, Organisation, Person
from app.domain.values import OrgKind
from app.errors import InvalidInput
from app.i18n import N_
from app.storage.lookups import ORGANISATION, PERSON, Choice, find_organisations, find_people
from app.ui.meeting.attendance_import import AttendanceImportDialog
from app.ui.meeting.balance import kind_text, summary_text
from app.ui.meeting.commands import AddStep
from app.ui.meeting.editor import MeetingEditor
from app.ui.meeting.pickers import Picker
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.session_roles import ROLES, role_key, role_label
from app.ui.meeting.widgets import (
    button,
    choices,
    current_row,
    fill_combo,
    fit_columns,
    row_of_buttons,
    select_id,
    shortcut,
    table_view,
)
from app.ui.models.directory import kind_label
from app.ui.ops import Ops
from app.ui.plain_text import plain_label

GENDERS = [
    (QT_TRANSLATE_NOOP("AttendancePanel", "Gender (optional)"), ""),
    (QT_TRANSLATE_NOOP("AttendancePanel", "Woman"), "woman"),
    (QT_TRANSLATE_NOOP("AttendancePanel", "Man"), "man"),
    (QT_TRANSLATE_NOOP("AttendancePanel", "Non-binary"), "non_binary"),
    (QT_TRANSLATE_NOOP("AttendancePanel", "Prefers not to say"), "undisclosed"),
]
_GENDER_LABEL = {v: k for k, v in GENDERS if v}


def _org_of(a: AttendeeDetail) -> str:
    return a.organisation.name if a.organisation else ""


class AttendancePanel(QWidget):
    def __init__(self, editor: MeetingEditor, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.session: SessionDetail | None = None
        self.detail: MeetingDetail | None = None
        self._new_person_org: Choice | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

        self.stats = plain_label(QLabel())
        self.stats.setWordWrap(True)
        self.stats.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.stats)

        self.model = RowsModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Name"),
                    lambda a: a.person.name if a.person else "",
                ),
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Organisation"), _org_of),
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Role"),
                    lambda a: role_label(a.attendance.role),
                    edit_key="role",
                    tooltip=QT_TRANSLATE_NOOP(
                        "MeetingWorkspace", "Double-click to change the role"
                    ),
                ),
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Gender"),
                    lambda a: (
                        QCoreApplication.translate(
                            "AttendancePanel", _GENDER_LABEL.get(a.person.gender, "")
                        )
                        if a.person and a.person.gender in _GENDER_LABEL
                        else ""
                    ),
                ),
            ],
            self,
            on_edit=self._edit_role,
            row_id=lambda a: a.attendance.id,
        )
        self.view = table_view(self.model)
        self.view.setObjectName("attendance")
        self.view.setAccessibleName(self.tr("Attendance"))
        fit_columns(self.view, [0, 1])
        lay.addWidget(self.view, 1)
        shortcut("Delete", self.view, self._remove)

        add_row = QHBoxLayout()
        self.person = Picker(
            ops,
            lambda v, t: find_people(v.conn, t),
            self.tr("Add an attendee by name…"),
            create=(PERSON,),
        )
        self.person.setToolTip(self.tr("Type part of a name, then Enter"))
        self.person.setAccessibleName(self.tr("Add an attendee"))
        self.person.picked.connect(self._add_attendee)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setAccessibleName(self.tr("Role in the session"))
        self.role.addItems([self.tr(label) for label, _key in ROLES])
        self.role.setToolTip(self.tr("Role in this session"))
        remove = button(self.tr("Remove"), self.tr("Remove the selected attendee (Delete)"))
        remove.clicked.connect(self._remove)
        add_row.addWidget(self.person, 3)
        add_row.addWidget(self.role, 1)
        self.copy_previous = button(
            self.tr("Same as previous session"),
            self.tr("Add everyone who attended the previous session, with their roles"),
        )
        self.copy_previous.clicked.connect(self._copy_previous)
        self.import_button = button(
            self.tr("Import sign-in sheet…"),
            self.tr("Add attendees from a CSV or XLSX sheet, with a preview first"),
        )
        self.import_button.clicked.connect(self.import_sheet)
        lay.addLayout(add_row)
        lay.addLayout(row_of_buttons(remove, self.copy_previous, self.import_button))
        lay.addWidget(self._quick_add_box())

    def _quick_add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Not in the directory yet?"))
        lay = QVBoxLayout(box)
        person_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(
            self.tr("New person's name — Enter adds them and marks them present")
        )
        self.new_name.returnPressed.connect(self._quick_add_person)
        self.new_gender = QComboBox()
        fill_combo(self.new_gender, choices("AttendancePanel", GENDERS))
        self.new_name.setAccessibleName(self.tr("New person's name"))
        self.new_gender.setAccessibleName(self.tr("Gender of the new person"))
        self.new_org = Picker(
            self.editor.ops,
            lambda v, t: find_organisations(v.conn, t),
            self.tr("Their organisation…"),
            create=(ORGANISATION,),
        )
        self.new_org.setAccessibleName(self.tr("Organisation of the new person"))
        self.new_org.picked.connect(self._org_for_new_person)
        self.new_org_label = plain_label(QLabel())
        add_person = button(self.tr("Add person"), self.tr("Add to the directory and mark present"))
        add_person.clicked.connect(self._quick_add_person)
        person_row.addWidget(self.new_name, 3)
        person_row.addWidget(self.new_gender, 1)
        lay.addLayout(person_row)
        org_of_person = QHBoxLayout()
        org_of_person.addWidget(self.new_org, 2)
        org_of_person.addWidget(self.new_org_label, 2)
        org_of_person.addWidget(add_person)
        lay.addLayout(org_of_person)

        org_row = QHBoxLayout()
        self.new_org_name = QLineEdit()
        self.new_org_name.setPlaceholderText(self.tr("New organisation's name (Enter adds)"))
        self.new_org_name.returnPressed.connect(self._quick_add_org)
        self.new_org_kind = QComboBox()
        fill_combo(self.new_org_kind, [(kind_label(k.value), k.value) for k in OrgKind])
        self.new_org_name.setAccessibleName(self.tr("New organisation's name"))
        self.new_org_kind.setAccessibleName(self.tr("Kind of the new organisation"))
        add_org = button(self.tr("Add organisation"))
        add_org.clicked.connect(self._quick_add_org)
        org_row.addWidget(self.new_org_name, 3)
        org_row.addWidget(self.new_org_kind, 1)
        org_row.addWidget(add_org)
        lay.addLayout(org_row)
        return box

    # --- showing -----------------------------------------------------------------------------
    def show_session(self, detail: MeetingDetail, session: SessionDetail | None) -> None:
        self.detail = detail
        self.session = session
        selected = current_row(self.view)
        keep = self.model.row_at(selected).attendance.id if selected >= 0 else ""
        self.model.set_rows(session.attendees if session else [])
        if keep:
            select_id(self.view, keep)
        self.setEnabled(session is not None)
        self.copy_previous.setEnabled(self._previous_session() is not None)
        if session is None:
            self.stats.setText(self.tr("Add a day or session first."))
            return
        balance = detail.gender_balance(session)
        by_kind = kind_text(detail.attendance_by_kind(session))
        self.stats.setText(
            f"{summary_text(balance)}"
            + (
                "\n" + self.tr("By kind of organisation: {kinds}").format(kinds=by_kind)
                if by_kind
                else ""
            )
        )

    def clear(self) -> None:
        self.detail = self.session = None
        self._new_person_org = None
        self.model.clear()
        self.stats.clear()
        for w in (self.new_name, self.new_org_name, self.new_org_label):
            w.clear()
        self.person.clear_choices()
        self.new_org.clear_choices()

    # --- editing -----------------------------------------------------------------------------
    def _role(self) -> str:
        return role_key(self.role.currentText()) or "participant"

    def _add_attendee(self, choice: Choice) -> None:
        s = self.session
        if s is None:
            return
        if any(a.attendance.person_id == choice.id for a in s.attendees):
            self.editor.failed.emit(
                InvalidInput(
                    N_("Errors", "This person is already on the attendance list of this session.")
                )
            )
            return
        self.editor.add(
            Attendance(
                session_id=s.session.id,
                person_id=choice.id,
                organisation_id=choice.org_id,
                role=self._role(),
            ),
            text=QT_TRANSLATE_NOOP("UndoSteps", "Add attendee"),
        )

    def _edit_role(self, row: AttendeeDetail, key: str, value: str) -> None:
        self.editor.update(
            row.attendance, QT_TRANSLATE_NOOP("UndoSteps", "Change role"), role=role_key(value)
        )

    def _remove(self) -> None:
        row = current_row(self.view)
        if row >= 0:
            self.editor.delete(
                self.model.row_at(row).attendance,
                text=QT_TRANSLATE_NOOP("UndoSteps", "Remove attendee"),
            )

    def _previous_session(self) -> SessionDetail | None:
        d, s = self.detail, self.session
        if d is None or s is None:
            return None
        ids = [x.session.id for x in d.sessions]
        i = ids.index(s.session.id) if s.session.id in ids else 0
        return d.sessions[i - 1] if i > 0 else None

    def _copy_previous(self) -> None:
        s, prev = self.session, self._previous_session()
        if s is None or prev is None:
            self.editor.failed.emit(
                InvalidInput(N_("Errors", "There is no previous session to copy from."))
            )
            return
        present = {a.attendance.person_id for a in s.attendees}
        copies = [
            Attendance(
                session_id=s.session.id,
                person_id=a.attendance.person_id,
                organisation_id=a.attendance.organisation_id,
                role=a.attendance.role,
            )
            for a in prev.attendees
            if a.attendance.person_id not in present
        ]
        self.editor.add(*copies, text=QT_TRANSLATE_NOOP("UndoSteps", "Copy attendance"))

    def import_sheet(self) -> AttendanceImportDialog | None:
        s = self.session
        if s is None:
            return None
        dialog = AttendanceImportDialog(self.editor.ops, s.session.id, self)
        dialog.records_ready.connect(
            lambda records: self.editor.push(
                QT_TRANSLATE_NOOP("UndoSteps", "Import attendance"), [AddStep(r) for r in records]
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _org_for_new_person(self, choice: Choice) -> None:
        self._new_person_org = choice
        self.new_org_label.setText(choice.label)

    def _quick_add_person(self) -> None:
        s = self.session
        name = self.new_name.text().strip()
        if s is None or not name:
            return
        org_id = self._new_person_org.id if self._new_person_org else ""
        person = Person(
            name=name, gender=self.new_gender.currentData() or "", organisation_id=org_id
        )
        attendance = Attendance(
            session_id=s.session.id, person_id=person.id, organisation_id=org_id, role=self._role()
        )
        self.editor.push(
            QT_TRANSLATE_NOOP("UndoSteps", "Add new person"), [AddStep(person), AddStep(attendance)]
        )
        self.new_name.clear()
        self.new_org_label.clear()
        self._new_person_org = None

    def _quick_add_org(self) -> None:
        name = self.new_org_name.text().strip()
        if not name:
            return
        org = Organisation(name=name, kind=self.new_org_kind.currentData() or OrgKind.OTHER)
        self.editor.add(org, text=QT_TRANSLATE_NOOP("UndoSteps", "Add organisation"))
        self.new_org_name.clear()
        self._org_for_new_person(Choice(org.id, org.name, "organisation"))

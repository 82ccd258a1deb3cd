"""People and organisations: lists, add/edit, attendance history, members."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import Organisation, Person
from app.storage import directory
from app.ui.date_edit import shown_date
from app.ui.meeting.session_roles import role_label
from app.ui.models.directory import (
    DirectoryQuery,
    OrganisationsModel,
    PeopleModel,
    gender_label,
    kind_label,
)
from app.ui.models.paged import PagedTableModel
from app.ui.ops import Ops
from app.ui.plain_text import shown
from app.ui.screens.organisation_dialog import OrganisationDialog
from app.ui.screens.person_dialog import PersonDialog
from app.ui.screens.table import make_table_view
from app.ui.typing_state import capture, restore


class _ListPane(QWidget):
    """Filter field, Add/Edit buttons and a lazy table."""

    def __init__(
        self, model: PagedTableModel, title: str, placeholder: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(placeholder)
        self.filter_edit.setAccessibleName(placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        self.view = make_table_view(model, self, stretch=0)
        self.view.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._timer.start)

    def apply_filter(self) -> None:
        self.model.set_query(DirectoryQuery(text=self.filter_edit.text()))

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def clear(self) -> None:
        self._timer.stop()
        self.filter_edit.setText("")  # clear() would keep it in the undo history
        self.model.clear()


class DirectoryScreen(QWidget):
    meeting_requested = Signal(str)
    changed = Signal()  # a person or organisation was saved here

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._person_id: str | None = None
        self._org_id: str | None = None
        self.tabs = QTabWidget(self)
        # People
        self.people = _ListPane(
            PeopleModel(ops, self), self.tr("People"), self.tr("Filter people by name"), self
        )
        self.person_details = QLabel(self)
        self.person_details.setWordWrap(True)
        self.person_details.setTextFormat(Qt.TextFormat.RichText)
        self.person_details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("Attendance history"))
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        people_side = QWidget(self)
        side = QVBoxLayout(people_side)
        side.addWidget(self.person_details)
        side.addWidget(QLabel(self.tr("Attended:"), self))
        side.addWidget(self.history, 1)
        people_split = QSplitter(self)
        people_split.addWidget(self.people)
        people_split.addWidget(people_side)
        people_split.setSizes([600, 320])
        self.tabs.addTab(people_split, self.tr("People"))
        # Organisations
        self.orgs = _ListPane(
            OrganisationsModel(ops, self),
            self.tr("Organisations"),
            self.tr("Filter organisations by name"),
            self,
        )
        self.org_details = QLabel(self)
        self.org_details.setWordWrap(True)
        self.org_details.setTextFormat(Qt.TextFormat.RichText)
        self.members_model = PeopleModel(ops, self)
        self.members_view = make_table_view(self.members_model, self, stretch=0)
        self.members_view.setAccessibleName(self.tr("Members"))
        org_side = QWidget(self)
        oside = QVBoxLayout(org_side)
        oside.addWidget(self.org_details)
        oside.addWidget(QLabel(self.tr("Members:"), self))
        oside.addWidget(self.members_view, 1)
        org_split = QSplitter(self)
        org_split.addWidget(self.orgs)
        org_split.addWidget(org_side)
        org_split.setSizes([600, 360])
        self.tabs.addTab(org_split, self.tr("Organisations"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # Wiring
        self.people.view.activated.connect(self._person_clicked)
        self.people.add_button.clicked.connect(lambda: self.edit_person(None))
        self.people.edit_button.clicked.connect(
            lambda: self.edit_person(self._person_id) if self._person_id else None
        )
        self.people.view.selectionModel().currentRowChanged.connect(self._person_clicked)
        self.history.itemActivated.connect(self._history_activated)
        self.orgs.view.selectionModel().currentRowChanged.connect(self._org_clicked)
        self.orgs.add_button.clicked.connect(lambda: self.edit_organisation(None))
        self.orgs.edit_button.clicked.connect(
            lambda: self.edit_organisation(self._org_id) if self._org_id else None
        )
        self.members_view.activated.connect(self._member_activated)

    # --- Screen ------------------------------------------------------------------------------
    def on_vault_opened(self) -> None:
        self.people.model.activate()
        self.orgs.model.activate()

    def clear_vault_data(self) -> None:
        self.people.clear()
        self.orgs.clear()
        self.members_model.clear()
        self._clear_person()
        self._clear_org()

    def _clear_person(self) -> None:
        self._person_id = None
        self.person_details.clear()
        self.history.clear()

    def _clear_org(self) -> None:
        self._org_id = None
        self.org_details.clear()

    # --- typing kept across a lock ------------------------------------------------------------
    def typing_state(self) -> dict:
        """The filters and any open person or organisation dialog with what was typed in it."""
        state = capture(self)
        dialogs = []
        for dialog in self.findChildren(PersonDialog) + self.findChildren(OrganisationDialog):
            if dialog.isVisible():
                kind = "person" if isinstance(dialog, PersonDialog) else "organisation"
                dialogs.append({"kind": kind, "id": dialog.record_id, **capture(dialog)})
        if dialogs:
            state["dialogs"] = dialogs
        return state

    def restore_typing(self, state: dict) -> None:
        restore(self, state)
        for d in state.get("dialogs") or []:
            if not isinstance(d, dict) or not isinstance(d.get("id"), str | None):
                continue
            opener = self.edit_person if d.get("kind") == "person" else self.edit_organisation
            dialog = opener(d.get("id") or None)
            dialog.when_ready(lambda dialog=dialog, d=d: restore(dialog, d))

    # --- people ------------------------------------------------------------------------------
    def _person_clicked(self, index: QModelIndex, *_: object) -> None:
        if index.isValid():
            self.show_person(self.people.model.row_at(index.row()).id)

    def show_person(self, person_id: str, *, switch: bool = True) -> None:
        """Show one person's details and attendance history (also from search results)."""
        if switch:
            self.tabs.setCurrentIndex(0)
        self._person_id = person_id

        def task(vault: Any) -> tuple[Person, str, list[directory.AttendanceRow]]:
            person = vault.store.get(Person, person_id)
            org = vault.store.find(Organisation, person.organisation_id)
            return (
                person,
                org.name if org else "",
                directory.attendance_history(vault.conn, person_id),
            )

        self._ops.run(task, on_done=self._show_person)

    def _show_person(self, result: tuple[Person, str, list[directory.AttendanceRow]]) -> None:
        person, org_name, history = result
        if person.id != self._person_id:
            return
        lines = [f"<b>{html.escape(shown(person.name))}</b>"]
        if person.anonymous:
            lines.append(html.escape(self.tr("Anonymous: never named outside this vault")))
        for label, value in (
            (self.tr("Code name"), person.code_name),
            (self.tr("Role"), person.role_title),
            (self.tr("Organisation"), org_name),
            (self.tr("Gender"), gender_label(person.gender)),
        ):
            if value:
                lines.append(f"{html.escape(label)}: {html.escape(shown(value))}")
        if person.contact:
            lines.append(html.escape(self.tr("Contact details recorded (open Edit to see them).")))
        self.person_details.setText("<br>".join(lines))
        self.history.clear()
        for row in history:
            text = f"{shown_date(row.session_date)}  {row.meeting_title}"
            if row.session_title:
                text += f" — {row.session_title}"
            if row.role:
                text += f" ({role_label(row.role)})"
            item = QListWidgetItem(shown(text))
            item.setData(Qt.ItemDataRole.UserRole, row.meeting_id)
            self.history.addItem(item)
        if not history:
            self.history.addItem(self.tr("No recorded attendance."))

    def _history_activated(self, item: QListWidgetItem) -> None:
        meeting_id = item.data(Qt.ItemDataRole.UserRole)
        if meeting_id:
            self.meeting_requested.emit(meeting_id)

    def edit_person(self, person_id: str | None) -> PersonDialog:
        dialog = PersonDialog(self._ops, person_id, self)
        dialog.saved.connect(self._person_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def reload(self) -> None:
        """People or organisations may have been added or renamed elsewhere (a meeting's
        programme, an import): show them without waiting for a filter to be typed."""
        self.people.model.reload()
        self.orgs.model.reload()
        if self._org_id:
            self.members_model.reload()
            self.show_organisation(self._org_id, switch=False)
        if self._person_id:
            self.show_person(self._person_id, switch=False)

    def _person_saved(self, person_id: str) -> None:
        self.changed.emit()
        self.people.model.reload()
        self.orgs.model.reload()
        if self._org_id:
            self.members_model.reload()
        self.show_person(person_id)

    # --- organisations -----------------------------------------------------------------------
    def _org_clicked(self, index: QModelIndex, *_: object) -> None:
        if index.isValid():
            self.show_organisation(self.orgs.model.row_at(index.row()).id)

    def show_organisation(self, org_id: str, *, switch: bool = True) -> None:
        if switch:
            self.tabs.setCurrentIndex(1)
        self._org_id = org_id
        self.members_model.query = DirectoryQuery(organisation_id=org_id)
        self.members_model.activate()
        self._ops.run(lambda v: v.store.get(Organisation, org_id), on_done=self._show_org)

    def _show_org(self, org: Organisation) -> None:
        if org.id != self._org_id:
            return
        lines = [f"<b>{html.escape(shown(org.name))}</b>"]
        for value in (org.acronym, kind_label(org.kind), org.country):
            if value:
                lines.append(html.escape(shown(value)))
        if any((org.address, org.phone, org.email, org.website)):
            lines.append(
                html.escape(
                    self.tr("Contact details recorded, published by the organisation.")
                    if not org.contact_private
                    else self.tr("Contact details recorded (open Edit to see them).")
                )
            )
        self.org_details.setText("<br>".join(lines))

    def _member_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_person(self.members_model.row_at(index.row()).id)

    def edit_organisation(self, org_id: str | None) -> OrganisationDialog:
        dialog = OrganisationDialog(self._ops, org_id, self)
        dialog.saved.connect(self._org_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _org_saved(self, org_id: str) -> None:
        self.changed.emit()
        self.orgs.model.reload()
        self.show_organisation(org_id)

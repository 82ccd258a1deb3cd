"""Adding or editing a person; contact details are hidden until asked for."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import Person
from app.domain.values import Gender
from app.errors import RoundtableError
from app.storage import directory
from app.ui.a11y import ErrorLabel
from app.ui.messages import error_text
from app.ui.models.directory import gender_label
from app.ui.ops import Ops
from app.ui.plain_text import shown_line
from app.ui.zoom import height_in_lines


class PersonDialog(QDialog):
    saved = Signal(str)  # person id

    def __init__(self, ops: Ops, person_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._person_id = person_id
        self.setWindowTitle(self.tr("Edit person") if person_id else self.tr("Add a person"))
        self.name_edit = QLineEdit(self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("Used instead of the name in shared reports"))
        self.role_edit = QLineEdit(self)
        self.org_combo = QComboBox(self)
        self.org_combo.addItem(self.tr("(none)"), "")
        self.gender_combo = QComboBox(self)
        for gender in Gender:
            self.gender_combo.addItem(gender_label(gender.value), gender.value)
        self.anonymous_check = QCheckBox(self.tr("Anonymous: never named outside this vault"), self)
        self.contact_edit = QPlainTextEdit(self)
        height_in_lines(self.contact_edit, 2, 3)
        self.contact_edit.setVisible(False)
        self.show_contact = QCheckBox(self.tr("Show contact details (sensitive)"), self)
        self.show_contact.toggled.connect(self.contact_edit.setVisible)
        self.notes_edit = QPlainTextEdit(self)
        height_in_lines(self.notes_edit, 2, 3)
        self.error_label = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Code name:"), self.code_edit)
        form.addRow(self.tr("Role or title:"), self.role_edit)
        form.addRow(self.tr("Organisation:"), self.org_combo)
        form.addRow(self.tr("Gender:"), self.gender_combo)
        form.addRow("", self.anonymous_check)
        form.addRow(self.tr("Contact:"), self.show_contact)
        form.addRow("", self.contact_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setEnabled(False)
        self._load()

    def _load(self) -> None:
        person_id = self._person_id

        def task(vault: Any) -> tuple[list[tuple[str, str]], Person | None]:
            person = vault.store.get(Person, person_id) if person_id else None
            return directory.organisation_choices(vault.conn), person

        self._ops.run(task, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, result: tuple[list[tuple[str, str]], Person | None]) -> None:
        orgs, person = result
        for oid, name in orgs:
            self.org_combo.addItem(shown_line(name), oid)
        if person is not None:
            self.name_edit.setText(person.name)
            self.code_edit.setText(person.code_name)
            self.role_edit.setText(person.role_title)
            self.org_combo.setCurrentIndex(max(0, self.org_combo.findData(person.organisation_id)))
            self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(person.gender)))
            self.anonymous_check.setChecked(person.anonymous)
            self.contact_edit.setPlainText(person.contact)
            self.notes_edit.setPlainText(person.notes)
        self.setEnabled(True)
        self.name_edit.setFocus()
        self._run_when_ready()

    @property
    def record_id(self) -> str | None:
        return self._person_id

    def when_ready(self, fn: Callable[[], None]) -> None:
        """Run `fn` once the dialog shows its record (at once if it already does)."""
        self._ready_callbacks = [*getattr(self, "_ready_callbacks", []), fn]
        if self.isEnabled():
            self._run_when_ready()

    def _run_when_ready(self) -> None:
        callbacks, self._ready_callbacks = getattr(self, "_ready_callbacks", []), []
        for fn in callbacks:
            fn()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text().strip(),
            "code_name": self.code_edit.text().strip(),
            "role_title": self.role_edit.text().strip(),
            "organisation_id": self.org_combo.currentData() or "",
            "gender": self.gender_combo.currentData() or "",
            "anonymous": self.anonymous_check.isChecked(),
            "contact": self.contact_edit.toPlainText().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
        }

    def save(self) -> None:
        values = self.values()
        if not values["name"]:
            self.error_label.setText(self.tr("A name is needed (or a description if anonymous)."))
            return
        person_id = self._person_id

        def task(vault: Any) -> str:
            if person_id is None:
                return vault.store.add(Person(**values)).id
            person = vault.store.get(Person, person_id)
            return vault.store.update(person, **values).id

        self.setEnabled(False)
        self._ops.run(task, on_done=self._saved, on_error=self._failed)

    def _saved(self, person_id: str) -> None:
        self.saved.emit(person_id)
        self.accept()

    def _failed(self, error: RoundtableError) -> None:
        self.setEnabled(True)
        self.error_label.setText(error_text(error))

    def done(self, result: int) -> None:
        # Nothing typed here outlives the dialog.
        for edit in (self.name_edit, self.code_edit, self.role_edit):
            edit.setText("")  # clear() would keep the text in the undo history
        self.contact_edit.clear()
        self.notes_edit.clear()
        super().done(result)

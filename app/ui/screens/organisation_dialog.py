"""Adding or editing an organisation."""

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

from app.domain.records import Organisation
from app.domain.values import OrgKind
from app.errors import RoundtableError
from app.ui.a11y import ErrorLabel
from app.ui.messages import error_text
from app.ui.models.directory import kind_label
from app.ui.ops import Ops
from app.ui.zoom import height_in_lines


class OrganisationDialog(QDialog):
    saved = Signal(str)

    def __init__(self, ops: Ops, org_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._org_id = org_id
        self.setWindowTitle(
            self.tr("Edit organisation") if org_id else self.tr("Add an organisation")
        )
        self.name_edit = QLineEdit(self)
        self.acronym_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        for kind in OrgKind:
            self.kind_combo.addItem(kind_label(kind.value), kind.value)
        self.country_edit = QLineEdit(self)
        self.notes_edit = QPlainTextEdit(self)
        height_in_lines(self.notes_edit, 2, 3)
        # Contact details are sensitive like a person's: partner and public exports leave them
        # out unless the organisation publishes them itself (an organiser's office).
        self.address_edit = QPlainTextEdit(self)
        height_in_lines(self.address_edit, 2, 3)
        self.address_edit.setTabChangesFocus(True)
        self.phone_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.website_edit = QLineEdit(self)
        self.contact_public = QCheckBox(
            self.tr("Published by the organisation: may appear in partner and public reports"),
            self,
        )
        self.contact_public.setToolTip(
            self.tr(
                "Leave unticked for contact details that must stay in this vault "
                "(they are then left out of everything shared)"
            )
        )
        self.error_label = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Acronym:"), self.acronym_edit)
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Country:"), self.country_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        form.addRow(self.tr("Address:"), self.address_edit)
        form.addRow(self.tr("Phone:"), self.phone_edit)
        form.addRow(self.tr("E-mail:"), self.email_edit)
        form.addRow(self.tr("Website:"), self.website_edit)
        form.addRow("", self.contact_public)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if org_id:
            self.setEnabled(False)
            ops.run(
                lambda v: v.store.get(Organisation, org_id),
                on_done=self._loaded,
                on_error=self._failed,
            )

    def _loaded(self, org: Organisation) -> None:
        self.name_edit.setText(org.name)
        self.acronym_edit.setText(org.acronym)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(org.kind)))
        self.country_edit.setText(org.country)
        self.notes_edit.setPlainText(org.notes)
        self.address_edit.setPlainText(org.address)
        self.phone_edit.setText(org.phone)
        self.email_edit.setText(org.email)
        self.website_edit.setText(org.website)
        self.contact_public.setChecked(not org.contact_private)
        self.setEnabled(True)
        self._run_when_ready()

    @property
    def record_id(self) -> str | None:
        return self._org_id

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
            "acronym": self.acronym_edit.text().strip(),
            "kind": self.kind_combo.currentData(),
            "country": self.country_edit.text().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
            "address": self.address_edit.toPlainText().strip(),
            "phone": self.phone_edit.text().strip(),
            "email": self.email_edit.text().strip(),
            "website": self.website_edit.text().strip(),
            "contact_private": not self.contact_public.isChecked(),
        }

    def save(self) -> None:
        values = self.values()
        if not values["name"]:
            self.error_label.setText(self.tr("A name is needed."))
            return
        org_id = self._org_id

        def task(vault: Any) -> str:
            if org_id is None:
                return vault.store.add(Organisation(**values)).id
            return vault.store.update(vault.store.get(Organisation, org_id), **values).id

        self.setEnabled(False)
        self._ops.run(task, on_done=self._saved, on_error=self._failed)

    def _saved(self, org_id: str) -> None:
        self.saved.emit(org_id)
        self.accept()

    def _failed(self, error: RoundtableError) -> None:
        self.setEnabled(True)
        self.error_label.setText(error_text(error))

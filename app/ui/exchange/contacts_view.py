"""Contacts: partner organisations, their fingerprints (text and QR code), verification, and
this organisation's own card."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.exchange.contacts import (
    Contact,
    add_contact,
    key_history,
    list_contacts,
    own_card,
    verify_contact,
)
from app.i18n import N_
from app.storage.files import write_private_atomic
from app.ui.exchange.common import ErrorLine, qr_pixmap
from app.ui.file_dialogs import open_file, save_file
from app.ui.ops import Ops
from app.ui.zoom import relative_font

MAX_CARD_BYTES = 64 * 1024


def _read_card(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_CARD_BYTES + 1)
    except OSError:
        raise InvalidInput(N_("Errors", "The card file could not be read.")) from None
    return data


class ContactsView(QWidget):
    """List of contacts; details with fingerprint and QR; add, verify, export own card."""

    changed = Signal()  # a contact was added or verified

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._contacts: list[Contact] = []
        self._own: Any = None
        # Asked before marking a contact verified; tests replace it.
        self.confirm: Callable[[Contact], bool] = self._ask_compared

        self.own_box = QGroupBox(self.tr("Your organisation"))
        self.own_name = QLabel()
        self.own_fingerprint = QLabel()
        self.own_fingerprint.setObjectName("ownFingerprint")
        relative_font(self.own_fingerprint, 1.3, fixed=True)
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_qr = QLabel()
        self.export_card_button = QPushButton(self.tr("Save my contact card…"))
        own_text = QVBoxLayout()
        own_text.addWidget(self.own_name)
        own_text.addWidget(self.own_fingerprint)
        own_text.addWidget(self.export_card_button)
        own_text.addStretch()
        own_layout = QHBoxLayout(self.own_box)
        own_layout.addLayout(own_text, 1)
        own_layout.addWidget(self.own_qr)

        self.list = QListWidget()
        self.list.setObjectName("contactList")
        self.add_button = QPushButton(self.tr("Add from card file…"))
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)

        self.name = QLabel()
        self.name.setObjectName("contactName")
        # A card's org name is anyone's text until verified: never rendered as rich text (a
        # name like "Org<br><b>Verified</b>" would forge a status line next to it).
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setObjectName("contactStatus")
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("contactFingerprint")
        relative_font(self.fingerprint, 1.3, fixed=True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel()
        self.qr.setObjectName("contactQr")
        self.history = QLabel()
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("I compared it: mark verified"))
        self.verify_button.setObjectName("verifyButton")
        hint = QLabel(
            self.tr(
                "Compare these digits with your partner in person or on a call you trust. "
                "Only then mark the contact verified."
            )
        )
        hint.setWordWrap(True)
        right = QVBoxLayout()
        for w in (self.name, self.status, self.fingerprint, self.qr, hint, self.verify_button):
            right.addWidget(w)
        right.addWidget(self.history)
        right.addStretch()

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        self.error = ErrorLine()
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_box)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)

        self.list.currentRowChanged.connect(self._show_selected)
        self.add_button.clicked.connect(self._choose_card)
        self.export_card_button.clicked.connect(self._choose_card_target)
        self.verify_button.clicked.connect(self.verify_selected)
        self._show_selected(-1)

    # --- Screen protocol --------------------------------------------------------------------
    def on_vault_opened(self) -> None:
        self.reload()

    def clear_vault_data(self) -> None:
        self._contacts = []
        self._own = None
        self.list.clear()
        self.own_name.clear()
        self.own_fingerprint.clear()
        self.own_qr.clear()
        self.error.clear()
        self._show_selected(-1)

    # --- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        def load(vault: Any) -> tuple[Any, list[Contact], dict[str, list]]:
            contacts = list_contacts(vault.conn)
            history = {c.org_id: key_history(vault.conn, c.org_id) for c in contacts}
            return own_card(vault), contacts, history

        self.ops.run(load, on_done=self._loaded, on_error=self.error.show_error)

    def _loaded(self, result: tuple[Any, list[Contact], dict[str, list]]) -> None:
        self._own, self._contacts, self._history = result
        self.own_name.setText(self._own.org_name)
        self.own_fingerprint.setText(self._own.fingerprint)
        self.own_qr.setPixmap(qr_pixmap(self._own.fingerprint))
        current = self.selected()
        self.list.clear()
        for c in self._contacts:
            mark = self.tr("verified") if c.verified else self.tr("NOT verified")
            item = QListWidgetItem(f"{c.org_name}  ({mark})")
            item.setData(Qt.ItemDataRole.UserRole, c.org_id)
            self.list.addItem(item)
        ids = [c.org_id for c in self._contacts]
        if current is not None and current.org_id in ids:
            self.list.setCurrentRow(ids.index(current.org_id))
        elif ids:
            self.list.setCurrentRow(0)
        else:
            self._show_selected(-1)

    def selected(self) -> Contact | None:
        row = self.list.currentRow()
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def _show_selected(self, row: int) -> None:
        contact = self._contacts[row] if 0 <= row < len(self._contacts) else None
        self.verify_button.setEnabled(contact is not None and not contact.verified)
        if contact is None:
            for label in (self.name, self.status, self.fingerprint, self.qr, self.history):
                label.clear()
            return
        self.name.setText(contact.org_name)
        self.status.setText(
            self.tr("Verified") if contact.verified else self.tr("Not verified yet")
        )
        self.fingerprint.setText(contact.fingerprint)
        self.qr.setPixmap(qr_pixmap(contact.fingerprint))
        keys = getattr(self, "_history", {}).get(contact.org_id, [])
        if len(keys) > 1:
            self.history.setText(
                self.tr("Keys changed {n} time(s); earlier keys are kept.").format(n=len(keys) - 1)
            )
        else:
            self.history.clear()

    # --- actions ----------------------------------------------------------------------------
    def _ask_compared(self, contact: Contact) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Verify contact"),
            self.tr("Did {name} read exactly these digits to you?\n\n{fp}").format(
                name=contact.org_name, fp=contact.fingerprint
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def verify_selected(self) -> None:
        contact = self.selected()
        if contact is None or not self.confirm(contact):
            return
        self.ops.run(
            lambda vault: verify_contact(vault, contact.org_id, contact.fingerprint),
            on_done=lambda _: self._after_change(),
            on_error=self.error.show_error,
        )

    def _choose_card(self) -> None:
        path = open_file(
            self, self.tr("Add a contact card"), self.tr("Contact cards (*.card *.json)")
        )
        if path is not None:
            self.add_card_file(path)

    def add_card_file(self, path: Path) -> None:
        self.error.clear()
        self.ops.run(
            lambda vault: add_contact(vault, _read_card(path)),
            on_done=lambda _: self._after_change(),
            on_error=self.error.show_error,
        )

    def _choose_card_target(self) -> None:
        name = "".join(ch for ch in (self._own.org_name if self._own else "") if ch.isalnum())
        path = save_file(
            self, self.tr("Save my contact card"), f"{name or 'organisation'}.card", "*.card"
        )
        if path is not None:
            self.export_own_card(path)

    def export_own_card(self, path: Path) -> None:
        self.ops.run(
            lambda vault: write_private_atomic(path, own_card(vault).raw),
            on_error=self.error.show_error,
        )

    def _after_change(self) -> None:
        self.changed.emit()
        self.reload()

"""Contacts: partner organisations, their fingerprints (text and QR code), verification,
removal, and this organisation's own card."""

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
    AddResult,
    CardCheck,
    Contact,
    Removal,
    add_contact,
    check_card,
    key_history,
    list_contacts,
    name_key,
    own_card,
    remove_contact,
    verify_contact,
)
from app.i18n import N_
from app.storage.files import write_private_atomic
from app.ui.exchange.common import ErrorLine, png_pixmap, qr_image
from app.ui.file_dialogs import open_file, save_file
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import literal, plain_label, shown
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

    changed = Signal()  # a contact was added, verified or removed

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._contacts: list[Contact] = []
        self._own: Any = None
        self._qr_codes: dict[str, bytes] = {}  # fingerprint -> PNG, made on the worker
        # Asked before marking a contact verified, and before a card renames a contact
        # (old name, new name, fingerprint); tests replace them.
        self.confirm: Callable[[Contact], bool] = self._ask_compared
        self.confirm_rename: Callable[[str, str, str], bool] = self._ask_rename
        self.confirm_remove: Callable[[Contact], bool] = self._ask_remove
        self._rename_rotates = False  # the card being confirmed also changes the key

        self.own_box = QGroupBox(self.tr("Your organisation"))
        self.own_name = plain_label(QLabel())
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
        self.list.setAccessibleName(self.tr("Contacts"))
        self.add_button = QPushButton(self.tr("Add from card file…"))
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)

        self.name = QLabel()
        self.name.setObjectName("contactName")
        # A card's org name is anyone's text until verified: never rendered as rich text (a
        # name like "Org<br><b>Verified</b>" would forge a status line next to it).
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.status = plain_label(QLabel())
        self.status.setObjectName("contactStatus")
        self.fingerprint = plain_label(QLabel())
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
        self.remove_button = QPushButton(self.tr("Remove contact…"))
        self.remove_button.setObjectName("removeContactButton")
        right = QVBoxLayout()
        for w in (self.name, self.status, self.fingerprint, self.qr, hint, self.verify_button):
            right.addWidget(w)
        right.addWidget(self.remove_button)
        right.addWidget(self.history)
        right.addStretch()

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        self.notice = QLabel()
        self.notice.setObjectName("contactNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # quotes card names
        self.notice.setWordWrap(True)
        self.error = ErrorLine()
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_box)
        layout.addLayout(body, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)

        self.list.currentRowChanged.connect(self._show_selected)
        self.add_button.clicked.connect(self._choose_card)
        self.export_card_button.clicked.connect(self._choose_card_target)
        self.verify_button.clicked.connect(self.verify_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self._show_selected(-1)

    # --- Screen protocol --------------------------------------------------------------------
    def on_vault_opened(self) -> None:
        self.reload()

    def clear_vault_data(self) -> None:
        self._contacts = []
        self._own = None
        self._qr_codes = {}
        self.list.clear()
        self.own_name.clear()
        self.own_fingerprint.clear()
        self.own_qr.clear()
        self.notice.clear()
        self.error.clear()
        self._show_selected(-1)

    # --- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        def load(vault: Any) -> tuple[Any, list[Contact], dict[str, list], dict[str, bytes]]:
            contacts = list_contacts(vault.conn)
            history = {c.org_id: key_history(vault.conn, c.org_id) for c in contacts}
            own = own_card(vault)
            # QR codes are made here, off the GUI thread: ours and the first contact's (the
            # one selected after loading); others when they are selected.
            codes = {
                fp: qr_image(fp) for fp in [own.fingerprint, *[c.fingerprint for c in contacts[:1]]]
            }
            return own, contacts, history, codes

        self.ops.run(load, on_done=self._loaded, on_error=self.error.show_error)

    def _loaded(self, result: tuple[Any, list[Contact], dict[str, list], dict[str, bytes]]) -> None:
        self._own, self._contacts, self._history, self._qr_codes = result
        self.own_name.setText(self._own.org_name)
        self.own_fingerprint.setText(self._own.fingerprint)
        self.own_qr.setPixmap(png_pixmap(self._qr_codes[self._own.fingerprint]))
        current = self.selected()
        self.list.clear()
        # Names that look the same (only in a vault from before clashing cards were refused)
        # are told apart by their fingerprint, never shown as two identical lines.
        keys = [name_key(c.org_name) for c in self._contacts]
        own_key = name_key(self._own.org_name)
        for c, key in zip(self._contacts, keys, strict=True):
            mark = self.tr("verified") if c.verified else self.tr("NOT verified")
            text = f"{c.org_name}  ({mark})"
            if keys.count(key) > 1 or key == own_key:
                text += "  " + self.tr("fingerprint {fp}").format(fp=c.fingerprint)
            item = QListWidgetItem(shown(text))
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
        self.remove_button.setEnabled(contact is not None)
        if contact is None:
            for label in (self.name, self.status, self.fingerprint, self.qr, self.history):
                label.clear()
            return
        self.name.setText(shown(contact.org_name))
        self.status.setText(
            self.tr("Verified") if contact.verified else self.tr("Not verified yet")
        )
        self.fingerprint.setText(contact.fingerprint)
        self._show_qr(contact.fingerprint)
        keys = getattr(self, "_history", {}).get(contact.org_id, [])
        if len(keys) > 1:
            self.history.setText(
                self.tr("Keys changed {n} time(s); earlier keys are kept.").format(
                    n=number(len(keys) - 1)
                )
            )
        else:
            self.history.clear()

    def _show_qr(self, fingerprint: str) -> None:
        png = self._qr_codes.get(fingerprint)
        if png is not None:
            self.qr.setPixmap(png_pixmap(png))
            return
        self.qr.clear()

        def made(png: bytes) -> None:
            self._qr_codes[fingerprint] = png
            selected = self.selected()
            if selected is not None and selected.fingerprint == fingerprint:
                self.qr.setPixmap(png_pixmap(png))

        self.ops.run(lambda _v: qr_image(fingerprint), on_done=made, needs_vault=False)

    # --- actions ----------------------------------------------------------------------------
    def _question(self, title: str, text: str) -> bool:
        # Plain text: the names quoted come from cards (a name in rich text could forge lines).
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _ask_compared(self, contact: Contact) -> bool:
        return self._question(
            self.tr("Verify contact"),
            literal(
                self.tr("Did {name} read exactly these digits to you?\n\n{fp}").format(
                    name=contact.org_name, fp=contact.fingerprint
                )
            ),
        )

    def _ask_rename(self, old: str, new: str, fingerprint: str) -> bool:
        if self._rename_rotates:
            text = self.tr(
                "This card changes a contact's name:\n\n{old}\n→ {new}\n\n"
                "It also changes the contact's key: a new key (fingerprint {fp}), signed by the "
                "old one. Accept the new name? If you do not, the contact keeps its old name "
                "and nothing changes."
            )
        else:
            text = self.tr(
                "This card changes a contact's name:\n\n{old}\n→ {new}\n\n"
                "Same key (fingerprint {fp}). Accept the new name? If you do not, the contact "
                "keeps its old name and nothing changes."
            )
        return self._question(
            self.tr("Contact renamed"), text.format(old=shown(old), new=shown(new), fp=fingerprint)
        )

    def _ask_remove(self, contact: Contact) -> bool:
        status = self.tr("verified") if contact.verified else self.tr("NOT verified")
        text = self.tr(
            "Remove the contact {name}?\n\n"
            "Fingerprint: {fp} ({status})\n\n"
            "What removing does: bundles signed by its key are no longer accepted, and it can no "
            "longer change any of your records. A card with the same organisation id can then "
            "be added: compare that card's fingerprint with the organisation (in person or on a "
            "call you trust) before you mark it verified.\n\n"
            "What it does not do: the records it sent stay in your vault, as your own. Bundles "
            "you already sent it cannot be taken back. Partners who also hold this contact keep "
            "it until they remove it too."
        ).format(name=shown(contact.org_name), fp=contact.fingerprint, status=status)
        return self._question(self.tr("Remove contact"), text)

    def remove_selected(self) -> None:
        contact = self.selected()
        if contact is None or not self.confirm_remove(contact):
            return
        self.error.clear()
        self.notice.clear()
        self.ops.run(
            lambda vault: remove_contact(vault, contact.org_id),
            on_done=self._removed,
            on_error=self.error.show_error,
        )

    def _removed(self, removal: Removal) -> None:
        text = self.tr("Removed: {name} (fingerprint {fp}).").format(
            name=shown(removal.contact.org_name), fp=removal.contact.fingerprint
        )
        if removal.records_kept:
            text += " " + self.tr("{n} record(s) it sent stay in your vault.").format(
                n=number(removal.records_kept)
            )
        self.notice.setText(text)
        self._after_change()

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
        """Check the card first; a rename is shown old -> new and applied only if confirmed."""
        self.error.clear()
        self.notice.clear()

        def check(vault: Any) -> tuple[bytes, CardCheck]:
            raw = _read_card(path)
            return raw, check_card(vault, raw)

        self.ops.run(check, on_done=self._card_checked, on_error=self.error.show_error)

    def _card_checked(self, result: tuple[bytes, CardCheck]) -> None:
        raw, check = result
        accept = False
        self._rename_rotates = check.status == "rotated"
        if check.renames:
            if not self.confirm_rename(check.old_name, check.card.org_name, check.card.fingerprint):
                self.notice.setText(
                    self.tr("Not renamed: the contact keeps the name {old}.").format(
                        old=check.old_name
                    )
                )
                return
            accept = True
        self.ops.run(
            lambda vault: add_contact(vault, raw, accept_rename=accept),
            on_done=self._card_added,
            on_error=self.error.show_error,
        )

    def _card_added(self, result: AddResult) -> None:
        if result.status == "renamed" or result.old_name:
            self.notice.setText(
                self.tr("Renamed: {old} → {new}").format(
                    old=result.old_name, new=result.contact.org_name
                )
            )
        self._after_change()

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

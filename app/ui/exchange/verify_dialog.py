"""Verify a bundle's signature with the sender's card or minisign key: no vault needed (for
auditors, and on the start screen before any vault exists)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.exchange.verify import Verified, verify_bundle
from app.ui.date_edit import shown_moment
from app.ui.exchange.common import ErrorLine
from app.ui.file_dialogs import open_file
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import shown_line
from app.ui.zoom import relative_font


class VerifyDialog(QDialog):
    typing_key = "verify"  # kept across a lock (MainWindow.add_reopenable_dialog)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a bundle"))
        self.ops = ops
        self.bundle = QLineEdit()
        self.bundle.setObjectName("bundle")
        self.bundle.setAccessibleName(self.tr("Bundle file"))
        self.signer = QLineEdit()
        self.signer.setObjectName("signer")
        self.signer.setAccessibleName(self.tr("Signer's card or minisign public key"))
        pick_bundle = QPushButton(self.tr("Choose…"))
        pick_signer = QPushButton(self.tr("Choose…"))
        pick_bundle.clicked.connect(
            lambda: self._pick(self.bundle, self.tr("Bundle"), "Bundles (*.rtbundle)")
        )
        pick_signer.clicked.connect(
            lambda: self._pick(self.signer, self.tr("Sender's card or key"), "*.card *.pub *.json")
        )
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setTextFormat(Qt.TextFormat.PlainText)  # the signer's stated name: any text
        relative_font(self.result, 1.3, fixed=True)
        self.result.setWordWrap(True)
        self.error = ErrorLine()
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(self.start)
        row1 = QHBoxLayout()
        row1.addWidget(self.bundle, 1)
        row1.addWidget(pick_bundle)
        row2 = QHBoxLayout()
        row2.addWidget(self.signer, 1)
        row2.addWidget(pick_signer)
        form = QFormLayout()
        form.addRow(self.tr("Bundle file"), row1)
        form.addRow(self.tr("Sender's contact card or minisign .pub"), row2)
        note = QLabel(
            self.tr(
                "This checks who signed the bundle and that it was not changed. It does not "
                "decrypt it. The same check with the stock tools is in the README."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.verify_button)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        self.resize(640, 300)

    def _pick(self, target: QLineEdit, title: str, name_filter: str) -> None:
        path = open_file(self, title, name_filter)
        if path is not None:
            target.setText(str(path))

    def start(self) -> None:
        self.error.clear()
        self.result.clear()
        bundle, signer = self.bundle.text().strip(), self.signer.text().strip()
        if not bundle or not signer:
            self.error.show_error(InvalidInput(self.tr("Choose the bundle and the sender's key.")))
            return
        self.verify_button.setEnabled(False)
        self.ops.run(
            lambda _: verify_bundle(Path(bundle), Path(signer)),
            on_done=self._done,
            on_error=self._failed,
            needs_vault=False,
        )

    def _done(self, info: Verified) -> None:
        self.verify_button.setEnabled(True)
        text = self.tr(
            "Signature valid.\nSigner: {signer}\nFingerprint: {fingerprint}\n"
            "Bundle: {bundle_id}\nSequence: {seq}\nCreated: {created}"
        ).format(
            # A partner's text, on one line: a line break in it would read as another line of
            # the result ("Fingerprint: …"), a bidi override would reorder it.
            signer=shown_line(info.signer),
            fingerprint=info.fingerprint,
            bundle_id=info.bundle_id,
            seq=number(info.seq),
            created=shown_moment(info.created),
        )
        if info.signer_from_card and not info.stated_matches_card:
            # The card names the signer; the bundle states another name for itself (as the
            # CLI's `verify` says it).
            text += "\n" + self.tr("Stated name: {name}").format(
                name=shown_line(info.stated_sender)
            )
        self.result.setText(text)

    def _failed(self, error: object) -> None:
        self.verify_button.setEnabled(True)
        self.error.show_error(error)

"""Sealed reports of a meeting: seal the report as shown, save the sealed PDF, ODT or DOCX with
every signature gathered, ask partners to co-sign, and review a partner's request in each format
(the PDF's pages, the ODT's and DOCX's text) before co-signing it (docs/sealed-reports.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.values import RedactionPolicy
from app.errors import RoundtableError
from app.ui import file_dialogs
from app.ui.date_edit import shown_date
from app.ui.meeting.attachment_viewer import AttachmentViewer
from app.ui.messages import error_text
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import plain_label, shown
from app.ui.zoom import rows_follow_font


def _seals(meeting_id: str) -> Any:
    def run(vault: Any) -> tuple[list[Any], str, list[Any]]:
        from app.exchange.contacts import list_contacts
        from app.exchange.seals import list_seals

        return list_seals(vault.conn, meeting_id), vault.org_id, list_contacts(vault.conn)

    return run


def _view(seal: Any, fmt: str) -> Any:
    """What the user reads before signing: the PDF's pages (PDFium, in memory), the ODT's and
    DOCX's own text."""
    from app.exchange.seal_text import document_text
    from app.ui.meeting.previews import Preview, _pdf_preview

    if fmt == "pdf":
        return _pdf_preview(seal.pdf)
    return Preview("text", text=document_text(seal.file(fmt), fmt))


# (format, menu entry, file name, file-dialog filter); the labels are the Report tab's.
SAVE_FORMATS = (
    (
        "pdf",
        QT_TRANSLATE_NOOP("ReportView", "PDF…"),
        "sealed-report.pdf",
        QT_TRANSLATE_NOOP("SealDialog", "PDF (*.pdf)"),
    ),
    (
        "odt",
        QT_TRANSLATE_NOOP("ReportView", "OpenDocument text (ODT)…"),
        "sealed-report.odt",
        QT_TRANSLATE_NOOP("SealDialog", "ODT (*.odt)"),
    ),
    (
        "docx",
        QT_TRANSLATE_NOOP("ReportView", "Word document (DOCX)…"),
        "sealed-report.docx",
        QT_TRANSLATE_NOOP("SealDialog", "DOCX (*.docx)"),
    ),
)


class ChooseContacts(QDialog):
    """Which partners to ask (checkable list)."""

    def __init__(self, contacts: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ask partners to co-sign"))
        self.list = QListWidget(self)
        for c in contacts:
            item = QListWidgetItem(f"{shown(c.org_name)} ({c.fingerprint})")
            item.setData(Qt.ItemDataRole.UserRole, c.org_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(plain_label(QLabel(self.tr("Send the sealed report to:"))))
        lay.addWidget(self.list)
        lay.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class SealDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        ops: Ops,
        meeting_id: str,
        policy: RedactionPolicy,
        language: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sealed reports"))
        self.ops = ops
        self.meeting_id = meeting_id
        self.policy = policy
        self.language = language  # app.ui.reports.report_view.LanguageChoice
        self.seals: list[Any] = []
        self.contacts: list[Any] = []
        self.me = ""
        intro = plain_label(
            QLabel(
                self.tr(
                    "A sealed report is frozen as PDF, ODT and DOCX: these files never change, "
                    "and each organiser signs each of them. Later edits appear as addenda in new "
                    "reports."
                )
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("seals")
        rows_follow_font(self.table)
        self._headers()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.seal_button = QPushButton(self.tr("Seal this report"), self)
        self.seal_button.setToolTip(
            self.tr("Freeze the report with the redaction and language chosen in the Report tab")
        )
        self.save_button = QPushButton(self.tr("Save with signatures"), self)
        self.save_button.setToolTip(
            self.tr("Save the sealed report as PDF, ODT or DOCX, each signature file beside it")
        )
        self.save_menu = QMenu(self.save_button)
        self.save_actions: dict[str, Any] = {}
        for fmt, label, _name, _filter in SAVE_FORMATS:
            action = self.save_menu.addAction(QCoreApplication.translate("ReportView", label))
            action.triggered.connect(lambda _checked=False, f=fmt: self._ask_save(f))
            self.save_actions[fmt] = action
        self.save_button.setMenu(self.save_menu)
        self.ask_button = QPushButton(self.tr("Ask partners to co-sign…"), self)
        self.cosign_button = QPushButton(self.tr("Co-sign and reply…"), self)
        self.cosign_button.setToolTip(
            self.tr(
                "Sign the sealed report in each format (PDF, ODT, DOCX: see each below), and "
                "write the reply bundle"
            )
        )
        buttons = QHBoxLayout()
        for b in (self.seal_button, self.save_button, self.ask_button, self.cosign_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.details = plain_label(QLabel(self))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_format = QComboBox(self)
        self.show_format.setObjectName("sealShowFormat")
        self._format_items()
        self.show_format.currentIndexChanged.connect(self._chosen)
        shows = QHBoxLayout()
        shows.addWidget(plain_label(QLabel(self.tr("Show:"))))
        shows.addWidget(self.show_format)
        shows.addStretch(1)
        self.viewer = AttachmentViewer(self)
        self.viewer.show_message(self.tr("Choose a sealed report to see its pages."))
        self.status = plain_label(QLabel(self))
        self.status.setObjectName("sealStatus")
        self.status.setWordWrap(True)
        upper = QWidget(self)
        up = QVBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        up.addWidget(intro)
        up.addWidget(self.table, 1)
        up.addLayout(buttons)
        up.addWidget(self.details)
        up.addLayout(shows)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(self.viewer)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.status)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.seal_button.clicked.connect(self.seal_now)
        self.ask_button.clicked.connect(self._ask_request)
        self.cosign_button.clicked.connect(self._ask_cosign)
        self._enable()
        self.resize(900, 760)
        self.reload()

    def _headers(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Sealed on"),
                self.tr("Sealed by"),
                self.tr("Redaction"),
                self.tr("Language"),
                self.tr("Signed by"),
            ]
        )

    def _format_items(self) -> None:
        index = max(self.show_format.currentIndex(), 0)
        self.show_format.blockSignals(True)
        self.show_format.clear()
        self.show_format.addItem(self.tr("PDF pages"), "pdf")
        self.show_format.addItem(self.tr("ODT text"), "odt")
        self.show_format.addItem(self.tr("DOCX text"), "docx")
        self.show_format.setCurrentIndex(index)
        self.show_format.blockSignals(False)

    def shown_format(self) -> str:
        return str(self.show_format.currentData() or "pdf")

    def language_changed(self) -> None:
        self._headers()
        self._format_items()
        for fmt, label, _name, _filter in SAVE_FORMATS:
            self.save_actions[fmt].setText(QCoreApplication.translate("ReportView", label))
        if self.selected() is not None:
            self._describe(self.selected())

    # --- listing -----------------------------------------------------------------------------
    def reload(self, select: str = "") -> None:
        def done(result: tuple[list[Any], str, list[Any]]) -> None:
            self.seals, self.me, self.contacts = result
            self.table.setRowCount(len(self.seals))
            for i, s in enumerate(self.seals):
                names = ", ".join(shown(x.org_name) for x in s.signatures)
                values = (
                    shown(shown_date(s.sealed_on)),  # as the interface writes dates
                    shown(s.sealed_by_name),
                    self._policy_name(s.policy),
                    "ខ្មែរ" if s.language == "km" else self.tr("English"),
                    names,
                )
                for j, text in enumerate(values):
                    self.table.setItem(i, j, QTableWidgetItem(text))
            self.table.resizeColumnsToContents()
            ids = [s.id for s in self.seals]
            if select in ids:
                self.table.selectRow(ids.index(select))
            elif self.seals:
                self.table.selectRow(0)
            self._enable()

        self.ops.run(_seals(self.meeting_id), on_done=done, on_error=self._failed)

    def _policy_name(self, policy: str) -> str:
        return {
            RedactionPolicy.FULL.value: self.tr("Full"),
            RedactionPolicy.PARTNERS.value: self.tr("Partners"),
            RedactionPolicy.PUBLIC.value: self.tr("Public"),
        }.get(policy, policy)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.seals[rows[0].row()] if rows else None

    def _signed_here(self, seal: Any) -> bool:
        return any(x.org_id == self.me for x in seal.signatures)

    def _enable(self) -> None:
        seal = self.selected()
        self.save_button.setEnabled(seal is not None)
        for fmt, action in self.save_actions.items():
            action.setEnabled(seal is not None and fmt in seal.formats)
        self.ask_button.setEnabled(seal is not None and self._signed_here(seal))
        self.cosign_button.setEnabled(
            seal is not None and not self._signed_here(seal) and bool(seal.received_from)
        )

    def _chosen(self) -> None:
        self._enable()
        seal = self.selected()
        if seal is None:
            return
        self._describe(seal)
        fmt = self.shown_format()
        if fmt not in seal.formats:
            self.viewer.show_message(
                self.tr("This report was sealed as a PDF only, before ODT and DOCX were sealed.")
            )
            return
        self.ops.run(
            lambda _v: _view(seal, fmt),
            on_done=self.viewer.show_preview,
            on_error=lambda e: self.viewer.show_message(error_text(e)),
        )

    def _describe(self, seal: Any) -> None:
        signers = "\n".join(
            self.tr("Signed by {name} ({fingerprint})").format(
                name=shown(x.org_name), fingerprint=x.fingerprint
            )
            for x in seal.signatures
        )
        self.details.setText(
            self.tr("Seal {seal} · content SHA-256 {hash}").format(
                seal=seal.id, hash=seal.content_sha256
            )
            + "\n"
            + signers
        )

    # --- actions -----------------------------------------------------------------------------
    def seal_now(self) -> None:
        from app.reports.seal import seal_meeting

        meeting_id, policy, lang = self.meeting_id, self.policy, self.language.language()
        self.status.setText(self.tr("Sealing…"))

        def done(result: tuple[Any, bool]) -> None:
            seal, made = result
            self.status.setText(
                self.tr("Sealed and signed by your organisation.")
                if made
                else self.tr("Already sealed with this redaction and language; unchanged.")
            )
            self.changed.emit()
            self.reload(seal.id)

        self.ops.run(
            lambda vault: seal_meeting(vault, meeting_id, policy, lang),
            on_done=done,
            on_error=self._failed,
        )

    def _ask_save(self, fmt: str) -> None:
        _fmt, _label, name, name_filter = next(f for f in SAVE_FORMATS if f[0] == fmt)
        path = file_dialogs.save_file(
            self, self.tr("Save the sealed report"), name, self.tr(name_filter)
        )
        if path is not None:
            self.save_to(path, fmt)

    def save_to(self, path: Path, fmt: str = "") -> None:
        """Write the sealed file in `fmt` (else the format `path`'s suffix names) and each
        signature over it beside it."""
        from app.exchange.seals import write_files

        seal = self.selected()
        if seal is None:
            return
        if fmt and path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")  # the format chosen, whatever the name

        def done(written: list[Path]) -> None:
            self.status.setText(
                self.tr("Saved {file} and {n} signature file(s) beside it.").format(
                    file=path.name, n=number(len(written) - 1)
                )
            )

        self.ops.run(lambda _v: write_files(path, seal), on_done=done, on_error=self._failed)

    def _ask_request(self) -> None:
        seal = self.selected()
        if seal is None:
            return
        chooser = ChooseContacts(self.contacts, self)
        if chooser.exec() != QDialog.DialogCode.Accepted or not chooser.chosen():
            return
        path = file_dialogs.save_file(
            self,
            self.tr("Save the co-sign request"),
            "cosign.rtbundle",
            self.tr("Roundtable bundles (*.rtbundle)"),
        )
        if path is not None:
            self.request_to(chooser.chosen(), path)

    def request_to(self, org_ids: list[str], path: Path) -> None:
        from app.exchange.contacts import get_contact
        from app.exchange.exporter import export_bundle
        from app.exchange.seal_exchange import bundle_policy, request_files

        seal = self.selected()
        if seal is None:
            return

        def work(vault: Any) -> None:
            recipients = [get_contact(vault.conn, o) for o in org_ids]
            export_bundle(
                vault,
                recipients,
                [seal.meeting_id],
                path,
                policy=bundle_policy(seal, vault.org_id),
                seal_files=request_files(seal),
            )

        self.ops.run(
            work,
            on_done=lambda _r: self.status.setText(
                self.tr("Wrote {file}: send it to the partners you chose.").format(file=path.name)
            ),
            on_error=self._failed,
        )

    def _ask_cosign(self) -> None:
        path = file_dialogs.save_file(
            self,
            self.tr("Save the signature for the partner"),
            "cosigned.rtbundle",
            self.tr("Roundtable bundles (*.rtbundle)"),
        )
        if path is not None:
            self.cosign_to(path)

    def cosign_to(self, path: Path) -> None:
        """Sign the seal shown (its pages are on screen) and write the reply to its sender."""
        from app.exchange.contacts import get_contact
        from app.exchange.exporter import export_bundle
        from app.exchange.seal_exchange import bundle_policy, reply_files
        from app.exchange.seals import cosign, get_seal

        seal = self.selected()
        if seal is None or not seal.received_from:
            return

        def work(vault: Any) -> None:
            sig = cosign(vault, seal.id)
            export_bundle(
                vault,
                [get_contact(vault.conn, seal.received_from)],
                [seal.meeting_id],
                path,
                policy=bundle_policy(seal, vault.org_id),
                seal_files=reply_files(get_seal(vault.conn, seal.id), sig),
            )

        def done(_r: Any) -> None:
            self.status.setText(
                self.tr("Co-signed. Send {file} back to the organisation that asked.").format(
                    file=path.name
                )
            )
            self.changed.emit()
            self.reload(seal.id)

        self.ops.run(work, on_done=done, on_error=self._failed)

    def _failed(self, error: RoundtableError) -> None:
        self.status.setText(error_text(error))

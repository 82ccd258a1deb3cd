"""Export: choose meetings (or a series, a date range, all), recipients, a redaction policy and
attachments; the bundle is written in the background with progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.crypto.bundle import default_file_name
from app.domain.records import Series
from app.domain.values import RedactionPolicy
from app.errors import InvalidInput
from app.exchange.contacts import Contact, list_contacts
from app.exchange.exporter import ExportResult, export_bundle, select_meetings
from app.i18n import N_
from app.storage import queries
from app.ui.date_edit import set_date_style, shown_date
from app.ui.exchange.common import ErrorLine
from app.ui.file_dialogs import save_file
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import plain_label, shown_line

POLICY_TEXT = {
    RedactionPolicy.FULL: QT_TRANSLATE_NOOP(
        "ExportDialog", "Full: everything (only for your own organisation's devices)"
    ),
    RedactionPolicy.PARTNERS: QT_TRANSLATE_NOOP(
        "ExportDialog",
        "Partners: no contact details, code names for anonymous people, no confidential minutes",
    ),
    RedactionPolicy.PUBLIC: QT_TRANSLATE_NOOP(
        "ExportDialog", "Public: as partners, and attendees are not named (counts remain)"
    ),
}


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    changed = Signal(str, int)


class ExportDialog(QDialog):
    typing_key = "export"  # kept across a lock (MainWindow.add_reopenable_dialog)

    exported = Signal(object)  # ExportResult

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a bundle for partners"))
        self.ops = ops
        self._contacts: list[Contact] = []
        self._total_bytes = 0
        self.progress_relay = _Progress()
        self.progress_relay.changed.connect(self._on_progress)

        self.by_meetings = QRadioButton(self.tr("These meetings"))
        self.by_series = QRadioButton(self.tr("A series"))
        self.by_dates = QRadioButton(self.tr("A date range"))
        self.by_all = QRadioButton(self.tr("All meetings"))
        self.mode = QButtonGroup(self)
        for i, b in enumerate((self.by_meetings, self.by_series, self.by_dates, self.by_all)):
            self.mode.addButton(b, i)
        self.by_meetings.setChecked(True)
        self.meetings = QListWidget()
        self.meetings.setObjectName("meetings")
        self.meetings.setAccessibleName(self.tr("Meetings to export"))
        self.series = QComboBox()
        self.series.setAccessibleName(self.tr("Series to export"))
        self.date_from = QDateEdit(QDate.currentDate().addYears(-1))
        self.date_to = QDateEdit(QDate.currentDate())
        self.date_from.setAccessibleName(self.tr("Meetings from"))
        self.date_to.setAccessibleName(self.tr("Meetings up to"))
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            set_date_style(d)
        self.recipients = QListWidget()
        self.recipients.setObjectName("recipients")
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.policy = QComboBox()
        for policy in (RedactionPolicy.PARTNERS, RedactionPolicy.PUBLIC, RedactionPolicy.FULL):
            self.policy.addItem(self.tr(POLICY_TEXT[policy]), str(policy))
        self.attachments = QCheckBox(self.tr("Include attached files"))
        self.output = QLineEdit()
        self.output.setObjectName("output")
        self.output.setAccessibleName(self.tr("Bundle file to write"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_output)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.status = plain_label(QLabel())
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.error = ErrorLine()
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.start_export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        which = QVBoxLayout()
        which.addWidget(self.by_meetings)
        which.addWidget(self.meetings, 1)
        which.addWidget(self.by_series)
        which.addWidget(self.series)
        which.addWidget(self.by_dates)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        which.addLayout(dates)
        which.addWidget(self.by_all)
        out = QHBoxLayout()
        out.addWidget(self.output, 1)
        out.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Recipients"), self.recipients)
        form.addRow(self.tr("Redaction"), self.policy)
        form.addRow("", self.attachments)
        form.addRow(self.tr("Save as"), out)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        body = QHBoxLayout()
        body.addLayout(which, 1)
        body.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(900, 560)

    # --- Screen protocol --------------------------------------------------------------------
    def on_vault_opened(self) -> None:
        def load(vault: Any) -> tuple[list, list, list[Contact]]:
            rows: list[queries.MeetingRow] = []
            while True:
                batch = queries.list_meetings(vault.conn, limit=1000, offset=len(rows))
                rows += batch
                if len(batch) < 1000:
                    break
            series = vault.store.select(Series, order_by="name")
            return rows, series, list_contacts(vault.conn)

        self.ops.run(load, on_done=self._loaded, on_error=self.error.show_error)

    def clear_vault_data(self) -> None:
        self.meetings.clear()
        self.series.clear()
        self.recipients.clear()
        self._contacts = []
        self.status.clear()
        self.error.clear()

    def _loaded(self, result: tuple[list, list, list[Contact]]) -> None:
        rows, series, contacts = result
        self.meetings.clear()
        for r in rows:
            item = QListWidgetItem(f"{shown_date(r.start_date)}  {shown_line(r.title)}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.meetings.addItem(item)
        self.series.clear()
        for s in series:
            self.series.addItem(shown_line(s.name), s.id)
        self._contacts = contacts
        self.recipients.clear()
        for c in contacts:
            mark = "" if c.verified else self.tr("  (not verified)")
            # A partner's own name: an override or a line break in it must not pass it off as
            # another recipient.
            item = QListWidgetItem(shown_line(c.org_name) + mark)
            item.setData(Qt.ItemDataRole.UserRole, c.org_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        if not self.output.text():
            self.output.setText(str(Path.home() / default_file_name()))

    # --- choices ----------------------------------------------------------------------------
    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def check_meeting(self, meeting_id: str) -> None:
        self._check(self.meetings, meeting_id)

    def check_recipient(self, org_id: str) -> None:
        self._check(self.recipients, org_id)

    @staticmethod
    def _check(widget: QListWidget, value: str) -> None:
        for i in range(widget.count()):
            if widget.item(i).data(Qt.ItemDataRole.UserRole) == value:
                widget.item(i).setCheckState(Qt.CheckState.Checked)

    def _choose_output(self) -> None:
        path = save_file(self, self.tr("Save the bundle"), default_file_name(), "*.rtbundle")
        if path is not None:
            self.output.setText(str(path))

    # --- export -----------------------------------------------------------------------------
    def start_export(self) -> None:
        self.error.clear()
        recipients = [c for c in self._contacts if c.org_id in self._checked(self.recipients)]
        mode = self.mode.checkedId()
        meeting_ids = self._checked(self.meetings)
        series_id = self.series.currentData() or ""
        date_from = self.date_from.date().toString("yyyy-MM-dd")
        date_to = self.date_to.date().toString("yyyy-MM-dd")
        policy = self.policy.currentData()
        attachments = self.attachments.isChecked()
        out = Path(self.output.text().strip()).expanduser()
        if not recipients:
            self.error.show_error(InvalidInput(self.tr("Choose at least one recipient.")))
            return
        if mode == 0 and not meeting_ids:
            self.error.show_error(InvalidInput(self.tr("Choose at least one meeting.")))
            return
        if not self.output.text().strip() or out.exists():
            self.error.show_error(
                InvalidInput(self.tr("Choose a file name that does not exist yet."))
            )
            return
        relay = self.progress_relay

        def work(vault: Any) -> ExportResult:
            ids = select_meetings(
                vault.store,
                meeting_ids=meeting_ids if mode == 0 else (),
                series_id=series_id if mode == 1 else "",
                date_from=date_from if mode == 2 else "",
                date_to=date_to if mode == 2 else "",
                all_meetings=mode == 3,
            )
            if not ids:
                raise InvalidInput(N_("Errors", "No meetings match this choice."))
            return export_bundle(
                vault,
                recipients,
                ids,
                out,
                policy=policy,
                include_attachments=attachments,
                progress=lambda stage, n: relay.changed.emit(stage, n),
            )

        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setRange(0, 0)  # busy until the first figure arrives
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        self.ops.run(work, on_done=self._done, on_error=self._failed)

    def _on_progress(self, stage: str, n: int) -> None:
        labels = {
            "collect": self.tr("Collecting records…"),
            "attachments": self.tr("Packing attachments… {mb} MB"),
            "encrypt": self.tr("Encrypting and signing… {mb} MB"),
        }
        self.status.setText(labels.get(stage, stage).format(mb=number(n // 1_000_000)))

    def _done(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        self.status.setText(
            self.tr("Wrote {file}: {m} meeting(s), {r} records, {a} attachment(s).").format(
                file=result.bundle.path.name,
                m=number(result.meetings),
                r=number(result.records),
                a=number(result.attachments),
            )
        )
        self.output.setText(str(result.bundle.path.parent / default_file_name()))
        self.exported.emit(result)

    def _failed(self, error: object) -> None:
        self.export_button.setEnabled(True)
        self.progress.hide()
        self.status.clear()
        self.error.show_error(error)

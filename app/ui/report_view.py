"""The Report view of a meeting: a live preview under a chosen redaction, and "Export as…".

The report is built on the vault's worker thread (`ops.run`): loading and redacting the
meeting, and for exports the rendering too (Qt lays out and paints PDFs without widgets, off
the GUI thread). The GUI thread only sets the preview's HTML and shows progress.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.values import RedactionPolicy
from app.errors import RoundtableError
from app.ui import file_dialogs
from app.ui.messages import error_text
from app.ui.ops import Ops

POLICY_CHOICES = (
    (
        RedactionPolicy.PARTNERS,
        QT_TRANSLATE_NOOP("ReportView", "For partners (no contacts, no confidential notes)"),
    ),
    (RedactionPolicy.PUBLIC, QT_TRANSLATE_NOOP("ReportView", "Public (no names of participants)")),
    (RedactionPolicy.FULL, QT_TRANSLATE_NOOP("ReportView", "Full (internal use only)")),
)


@dataclass(frozen=True)
class ExportChoice:
    key: str  # a report format (pdf, odt, html, md) or csv:participants / csv:actions
    label: str
    file_name: str  # the suggested name says nothing about the meeting (like bundles)
    name_filter: str


EXPORTS = (
    ExportChoice(
        "pdf",
        QT_TRANSLATE_NOOP("ReportView", "PDF…"),
        "report.pdf",
        QT_TRANSLATE_NOOP("ReportView", "PDF (*.pdf)"),
    ),
    ExportChoice(
        "odt",
        QT_TRANSLATE_NOOP("ReportView", "OpenDocument text (ODT)…"),
        "report.odt",
        QT_TRANSLATE_NOOP("ReportView", "OpenDocument text (*.odt)"),
    ),
    ExportChoice(
        "html",
        QT_TRANSLATE_NOOP("ReportView", "Web page (HTML)…"),
        "report.html",
        QT_TRANSLATE_NOOP("ReportView", "HTML (*.html)"),
    ),
    ExportChoice(
        "md",
        QT_TRANSLATE_NOOP("ReportView", "Markdown…"),
        "report.md",
        QT_TRANSLATE_NOOP("ReportView", "Markdown (*.md)"),
    ),
    ExportChoice(
        "csv:participants",
        QT_TRANSLATE_NOOP("ReportView", "Participants as CSV…"),
        "participants.csv",
        QT_TRANSLATE_NOOP("ReportView", "CSV (*.csv)"),
    ),
    ExportChoice(
        "csv:actions",
        QT_TRANSLATE_NOOP("ReportView", "Action items as CSV…"),
        "action-items.csv",
        QT_TRANSLATE_NOOP("ReportView", "CSV (*.csv)"),
    ),
    ExportChoice(
        "series:pdf",
        QT_TRANSLATE_NOOP("ReportView", "Follow-up of the series' action items (PDF)…"),
        "follow-up.pdf",
        QT_TRANSLATE_NOOP("ReportView", "PDF (*.pdf)"),
    ),
    ExportChoice(
        "series:csv",
        QT_TRANSLATE_NOOP("ReportView", "The series' action items as CSV…"),
        "series-action-items.csv",
        QT_TRANSLATE_NOOP("ReportView", "CSV (*.csv)"),
    ),
)


def build_preview(vault: Any, meeting_id: str, policy: RedactionPolicy) -> str:
    """Worker thread: the report as HTML (pure Python, no Qt)."""
    from app.reports import meeting_document
    from app.reports.html import render_html

    return render_html(
        meeting_document(vault.store, meeting_id, policy, prepared_on=dt.date.today())
    )


def export_report(
    vault: Any, meeting_id: str, policy: RedactionPolicy, key: str, path: Path
) -> int:
    """Worker thread: build, render and write one export; returns its size in bytes."""
    from app import reports
    from app.reports.output import write_export

    if key.startswith("series:"):
        series_id = reports.resolve_series(vault.store, meeting_id)
        if key == "series:csv":
            data = reports.series_actions_csv(vault.store, series_id, policy)
        else:
            doc = reports.series_document(
                vault.store, series_id, policy, prepared_on=dt.date.today()
            )
            data = reports.render(doc, "pdf")
    elif key.startswith("csv:"):
        data = reports.meeting_csv(vault.store, meeting_id, key.split(":", 1)[1], policy)
    else:
        doc = reports.meeting_document(vault.store, meeting_id, policy, prepared_on=dt.date.today())
        data = reports.render(doc, key)
    write_export(path, data)
    return len(data)


class ReportView(QWidget):
    """Public API: `show_meeting`, `refresh` (after the meeting changed), `on_vault_opened`,
    `clear_vault_data`, `export_to`, `set_policy`."""

    preview_ready = Signal()
    export_finished = Signal(str)  # the path written

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.reports.fonts import register_fonts

        register_fonts()  # once, on the GUI thread, before any worker lays out a report
        self.ops = ops
        self._meeting_id = ""
        # Results for an older meeting, policy (previews) or vault (everything) are dropped.
        self._preview_generation = 0
        self._vault_generation = 0
        self._exporting = False
        self._stale = False

        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Redaction:"))
        self.policy = QComboBox()
        self.policy.setObjectName("reportPolicy")
        for policy, text in POLICY_CHOICES:
            self.policy.addItem(self.tr(text), policy.value)
        label.setBuddy(self.policy)
        self.policy.currentIndexChanged.connect(lambda _: self.refresh())
        bar.addWidget(label)
        bar.addWidget(self.policy, 1)
        self.export_button = QToolButton()
        self.export_button.setObjectName("reportExport")
        self.export_button.setText(self.tr("&Export as…"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for choice in EXPORTS:
            if choice.key.startswith("series:") and not menu.actions()[-1].isSeparator():
                menu.addSeparator()
            action = menu.addAction(self.tr(choice.label))
            action.triggered.connect(lambda _=False, c=choice: self._ask_and_export(c))
        self.export_button.setMenu(menu)
        bar.addWidget(self.export_button)
        lay.addLayout(bar)

        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the worker reports no fraction
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addWidget(self.progress)
        status.addWidget(self.status, 1)
        lay.addLayout(status)

        self.preview = QTextBrowser()
        self.preview.setObjectName("reportPreview")
        self.preview.setOpenLinks(False)  # a report has no links to follow; nothing is fetched
        self.preview.setOpenExternalLinks(False)
        self.preview.document().setUndoRedoEnabled(False)
        # The page's CSS centres a column for browsers; Qt adds its margins to the width.
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay.addWidget(self.preview, 1)
        self.setEnabled(False)

    # --- the contract with the main window ---------------------------------------------------
    @property
    def meeting_id(self) -> str:
        return self._meeting_id

    @property
    def current_policy(self) -> RedactionPolicy:
        return RedactionPolicy(self.policy.currentData())

    def set_policy(self, policy: RedactionPolicy | str) -> None:
        index = self.policy.findData(RedactionPolicy(policy).value)
        if index >= 0:
            self.policy.setCurrentIndex(index)

    def on_vault_opened(self) -> None:
        """Nothing to show until a meeting is chosen."""
        self.clear_vault_data()

    def show_meeting(self, meeting_id: str) -> None:
        self._meeting_id = meeting_id
        self.setEnabled(bool(meeting_id))
        self.refresh()

    def clear_vault_data(self) -> None:
        """The vault is locking: drop the preview and every pending result."""
        self._vault_generation += 1
        self._preview_generation += 1
        self._meeting_id = ""
        self._exporting = False
        self._stale = False
        self.preview.clear()
        self.preview.document().clear()
        self.status.clear()
        self.progress.setVisible(False)
        self.setEnabled(False)

    # --- preview -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the preview (call it when the meeting changed); deferred while hidden."""
        if not self._meeting_id:
            return
        if not self.isVisible():
            # A hidden tab builds nothing: browsing meetings stays cheap.
            self._stale = True
            self._preview_generation += 1  # a preview still under way is out of date too
            return
        self._stale = False
        self._preview_generation += 1
        generation = self._preview_generation
        meeting_id, policy = self._meeting_id, self.current_policy
        self._busy(self.tr("Preparing the preview…"))

        def done(html: str) -> None:
            if generation != self._preview_generation:
                return
            self._idle("")
            scroll = self.preview.verticalScrollBar().value()
            self.preview.setHtml(html)
            self.preview.verticalScrollBar().setValue(scroll)
            self.preview_ready.emit()

        self.ops.run(
            lambda vault: build_preview(vault, meeting_id, policy),
            on_done=done,
            on_error=lambda e: self._failed(e, generation == self._preview_generation),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- export ------------------------------------------------------------------------------
    def _ask_and_export(self, choice: ExportChoice) -> None:
        path = file_dialogs.save_file(
            self, self.tr("Export the report"), choice.file_name, self.tr(choice.name_filter)
        )
        if path is not None:
            self.export_to(path, choice.key)

    def export_to(self, path: Path, key: str) -> None:
        """Write the report (or a CSV) to `path` in the background, showing progress."""
        if not self._meeting_id or self._exporting:
            return
        if key not in {c.key for c in EXPORTS}:
            raise ValueError(key)  # a programming error, not user input
        generation = self._vault_generation
        meeting_id, policy = self._meeting_id, self.current_policy
        self._exporting = True
        self._busy(self.tr("Exporting…"))

        def done(size: int) -> None:
            if generation != self._vault_generation:
                return
            self._exporting = False
            self._idle(
                self.tr("Saved {name} ({size} KB).").format(
                    name=path.name, size=max(1, round(size / 1024))
                )
            )
            self.export_finished.emit(str(path))

        def failed(error: RoundtableError) -> None:
            if generation != self._vault_generation:
                return
            self._exporting = False
            self._failed(error, True)

        self.ops.run(
            lambda vault: export_report(vault, meeting_id, policy, key, path),
            on_done=done,
            on_error=failed,
        )

    # --- status ------------------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self.progress.setVisible(True)
        self.status.setText(text)

    def _idle(self, text: str) -> None:
        self.progress.setVisible(self._exporting)
        self.status.setText(text)

    def _failed(self, error: RoundtableError, current: bool) -> None:
        if not current:
            return
        self._idle(error_text(error))

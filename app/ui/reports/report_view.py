"""The Report view of a meeting: a live preview under a chosen redaction, and "Export as…".

The report is built on the vault's worker thread (`ops.run`): loading and redacting the
meeting, and for exports the rendering too (Qt lays out and paints PDFs without widgets, off
the GUI thread). The GUI thread only sets the preview's HTML and shows progress.

The report's language is chosen here, apart from the app's: an English app can write a Khmer
report (with Khmer digits, and the lunar date on request) and the other way round.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.values import RedactionPolicy
from app.errors import RoundtableError
from app.ui import file_dialogs
from app.ui.a11y import ErrorLabel
from app.ui.messages import error_text
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import plain_label

POLICY_CHOICES = (
    (
        RedactionPolicy.PARTNERS,
        QT_TRANSLATE_NOOP("ReportView", "For partners (no contacts, no confidential notes)"),
    ),
    (RedactionPolicy.PUBLIC, QT_TRANSLATE_NOOP("ReportView", "Public (no names of participants)")),
    (RedactionPolicy.FULL, QT_TRANSLATE_NOOP("ReportView", "Full (internal use only)")),
)


@dataclass(frozen=True)
class LanguageChoice:
    """The report's language and how it writes numbers and dates (plain data: the worker
    builds its own ReportLanguage from it)."""

    code: str = "en"
    khmer_digits: bool = False
    lunar_dates: bool = False

    def language(self) -> Any:
        from app.reports.language import ReportLanguage

        return ReportLanguage(
            self.code, khmer_digits=self.khmer_digits, lunar_dates=self.lunar_dates
        )


@dataclass(frozen=True)
class ExportChoice:
    key: str  # a report format (pdf, odt, docx, html, md) or csv:participants / csv:actions
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
        "docx",
        QT_TRANSLATE_NOOP("ReportView", "Word document (DOCX)…"),
        "report.docx",
        QT_TRANSLATE_NOOP("ReportView", "Word document (*.docx)"),
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


POLICY_OF_CLASSIFICATION = {
    "internal": RedactionPolicy.FULL,
    "partners": RedactionPolicy.PARTNERS,
    "public": RedactionPolicy.PUBLIC,
}


def build_preview(
    vault: Any, meeting_id: str, policy: RedactionPolicy, choice: LanguageChoice | None = None
) -> str:
    """Worker thread: the report as HTML (pure Python; a Khmer report reads its catalogue
    with QtCore's QTranslator)."""
    from app.reports import meeting_document
    from app.reports.html import render_html

    lang = (choice or LanguageChoice()).language()
    return render_html(
        meeting_document(vault.store, meeting_id, policy, prepared_on=dt.date.today(), lang=lang)
    )


def names_at_risk(vault: Any, meeting_id: str, policy: RedactionPolicy) -> list[str]:
    """Worker thread: names the policy hides that the meeting's free text still contains."""
    from app.reports.hidden_names import hidden_names_in_text
    from app.storage.meetings import load_meeting

    return hidden_names_in_text(load_meeting(vault.store, meeting_id), policy)


def meeting_classification(vault: Any, meeting_id: str) -> str:
    from app.domain.records import Meeting

    return str(vault.store.get(Meeting, meeting_id).classification)


def export_report(
    vault: Any,
    meeting_id: str,
    policy: RedactionPolicy,
    key: str,
    path: Path,
    choice: LanguageChoice | None = None,
    appendices: bool = False,
) -> int:
    """Worker thread: build, render and write one export; returns its size in bytes."""
    from app import reports
    from app.reports.output import write_export

    lang = (choice or LanguageChoice()).language()
    today = dt.date.today()
    if key.startswith("series:"):
        series_id = reports.resolve_series(vault.store, meeting_id)
        if key == "series:csv":
            data = reports.series_actions_csv(vault.store, series_id, policy, lang)
        else:
            doc = reports.series_document(
                vault.store, series_id, policy, prepared_on=today, lang=lang
            )
            data = reports.render(doc, "pdf")
    elif key.startswith("csv:"):
        data = reports.meeting_csv(vault.store, meeting_id, key.split(":", 1)[1], policy, lang)
    elif key == "pdf" and appendices:
        data = reports.meeting_pdf_with_appendices(
            vault.store, meeting_id, policy, prepared_on=today, lang=lang
        )
    else:
        doc = reports.meeting_document(
            vault.store, meeting_id, policy, prepared_on=today, lang=lang
        )
        data = reports.render(doc, key)
    write_export(path, data)
    return len(data)


class ReportView(QWidget):
    """Public API: `show_meeting`, `refresh` (after the meeting changed), `on_vault_opened`,
    `clear_vault_data`, `export_to`, `set_policy`, `set_language`."""

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
        self._classification = ""  # of the meeting shown: the policy follows it
        self.hidden_names: list[str] = []  # hidden by the policy, present in free text
        self.confirm_box: QMessageBox | None = None

        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        label = QLabel(self.tr("Redaction:"))
        self.policy = QComboBox()
        self.policy.setObjectName("reportPolicy")
        self.policy.setAccessibleName(self.tr("Redaction"))
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
        self.seal_button = QPushButton(self.tr("&Seal…"))
        self.seal_button.setObjectName("reportSeal")
        self.seal_button.setToolTip(
            self.tr("Seal this report, gather co-organisers' signatures, or co-sign theirs")
        )
        self.seal_button.clicked.connect(self.open_seals)
        self.seal_dialog: QDialog | None = None
        bar.addWidget(self.seal_button)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("reportPrint")
        self.print_button.setToolTip(self.tr("Print the report, after a preview (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_report)
        bar.addWidget(self.print_button)
        self.print_preview: QWidget | None = None  # the open preview, if any
        lay.addLayout(bar)

        options = QHBoxLayout()
        language_label = QLabel(self.tr("Report &language:"))
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.setAccessibleName(self.tr("Report language"))
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem("ខ្មែរ", "km")  # a language's own name, in any app language
        language_label.setBuddy(self.language)
        self.khmer_digits = QCheckBox(self.tr("&Khmer digits (០១២៣)"))
        self.khmer_digits.setObjectName("reportKhmerDigits")
        self.khmer_digits.setToolTip(
            self.tr("Numbers and dates in Khmer digits, as formal Khmer documents write them.")
        )
        self.khmer_digits.setChecked(True)
        self.lunar_date = QCheckBox(self.tr("L&unar date and Buddhist Era (ព.ស.)"))
        self.lunar_date.setObjectName("reportLunarDate")
        self.lunar_date.setToolTip(
            self.tr("Add the Khmer lunar date, as official Cambodian letters give it.")
        )
        if QLocale().name().startswith("km"):
            self.language.setCurrentIndex(1)  # a Khmer app suggests a Khmer report
        self._language_changed()
        self.language.currentIndexChanged.connect(lambda _: self._language_changed())
        self.language.currentIndexChanged.connect(lambda _: self.refresh())
        self.khmer_digits.toggled.connect(lambda _: self.refresh())
        self.lunar_date.toggled.connect(lambda _: self.refresh())
        options.addWidget(language_label)
        options.addWidget(self.language)
        options.addWidget(self.khmer_digits)
        options.addWidget(self.lunar_date)
        self.appendices = QCheckBox(self.tr("Attachments as &appendices (PDF)"))
        self.appendices.setObjectName("reportAppendices")
        self.appendices.setToolTip(
            self.tr(
                "Add the meeting's attachments after the PDF report: PDF pages, images, and "
                "CSV files as tables. Their content is printed as it is: check it first."
            )
        )
        options.addWidget(self.appendices)
        options.addStretch(1)
        lay.addLayout(options)

        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the worker reports no fraction
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.status = plain_label(QLabel())
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addWidget(self.progress)
        status.addWidget(self.status, 1)
        lay.addLayout(status)
        self.names_warning = ErrorLabel()  # also spoken: it asks the user to act
        self.names_warning.setObjectName("reportNamesWarning")
        self.names_warning.setWordWrap(True)
        self.names_warning.setVisible(False)
        lay.addWidget(self.names_warning)

        self.preview = QTextBrowser()
        self.preview.setObjectName("reportPreview")
        self.preview.setAccessibleName(self.tr("Report preview"))
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

    @property
    def current_language(self) -> LanguageChoice:
        code = str(self.language.currentData())
        return LanguageChoice(
            code,
            khmer_digits=code == "km" and self.khmer_digits.isChecked(),
            lunar_dates=self.lunar_date.isChecked(),
        )

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def _language_changed(self) -> None:
        # Khmer digits are a choice of Khmer reports; an English one keeps 0-9.
        self.khmer_digits.setEnabled(self.language.currentData() == "km")

    def set_policy(self, policy: RedactionPolicy | str) -> None:
        index = self.policy.findData(RedactionPolicy(policy).value)
        if index >= 0:
            self.policy.setCurrentIndex(index)

    def on_vault_opened(self) -> None:
        """Nothing to show until a meeting is chosen."""
        self.clear_vault_data()

    def show_meeting(self, meeting_id: str) -> None:
        """Every time a meeting is shown, the redaction starts from its classification (a
        Public meeting never opens on "Full" because the last meeting was internal)."""
        self._meeting_id = meeting_id
        self._classification = ""
        self.setEnabled(bool(meeting_id))
        self._follow_classification()

    def _follow_classification(self) -> None:
        meeting_id, generation = self._meeting_id, self._vault_generation
        if not meeting_id:
            return

        def found(classification: str) -> None:
            if meeting_id != self._meeting_id or generation != self._vault_generation:
                return
            changed = classification != self._classification
            self._classification = classification
            policy = POLICY_OF_CLASSIFICATION.get(classification)
            if changed and policy is not None and policy != self.current_policy:
                self.policy.blockSignals(True)
                self.set_policy(policy)
                self.policy.blockSignals(False)
            self._build_preview()

        self.ops.run(
            lambda vault: meeting_classification(vault, meeting_id),
            on_done=found,
            on_error=lambda _e: self._build_preview(),
        )

    def clear_vault_data(self) -> None:
        """The vault is locking: drop the preview and every pending result."""
        self._vault_generation += 1
        self._preview_generation += 1
        self._meeting_id = ""
        self._exporting = False
        self._stale = False
        self._classification = ""
        self.hidden_names = []
        self.names_warning.clear()
        self.names_warning.setVisible(False)
        self.preview.clear()
        self.preview.document().clear()
        self.status.clear()
        self.progress.setVisible(False)
        if self.seal_dialog is not None:  # it shows a sealed report's pages
            self.seal_dialog.close()
        self.setEnabled(False)

    # --- preview -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the preview (call it when the meeting changed); deferred while hidden. A
        change of the meeting's classification moves the redaction with it."""
        if not self._meeting_id:
            return
        if not self.isVisible():
            # A hidden tab builds nothing: browsing meetings stays cheap.
            self._stale = True
            self._preview_generation += 1  # a preview still under way is out of date too
            return
        self._stale = False
        self._follow_classification()

    def _build_preview(self) -> None:
        if not self._meeting_id or not self.isVisible():
            self._stale = bool(self._meeting_id)
            return
        self._preview_generation += 1
        generation = self._preview_generation
        meeting_id, policy, choice = self._meeting_id, self.current_policy, self.current_language
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
            lambda vault: build_preview(vault, meeting_id, policy, choice),
            on_done=done,
            on_error=lambda e: self._failed(e, generation == self._preview_generation),
        )

        def names(found: list[str]) -> None:
            if generation == self._preview_generation:
                self._show_hidden_names(found)

        self.ops.run(lambda vault: names_at_risk(vault, meeting_id, policy), on_done=names)

    def _show_hidden_names(self, names: list[str]) -> None:
        self.hidden_names = names
        self.names_warning.setVisible(bool(names))
        self.names_warning.setText(
            self.tr(
                "The free text of this meeting names people this report hides: {names}. "
                "Reword the text before sharing it."
            ).format(names=", ".join(names))
            if names
            else ""
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- sealed reports (app/ui/reports/seal_dialog.py) ------------------------------------
    def open_seals(self) -> None:
        if not self._meeting_id:
            return
        from app.ui.reports.seal_dialog import SealDialog

        if self.seal_dialog is not None:
            self.seal_dialog.close()
        dialog = SealDialog(
            self.ops, self._meeting_id, self.current_policy, self.current_language, self
        )
        dialog.changed.connect(self.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "seal_dialog", None))
        self.seal_dialog = dialog
        dialog.show()

    # --- export ------------------------------------------------------------------------------
    def _ask_and_export(self, choice: ExportChoice) -> None:
        path = file_dialogs.save_file(
            self, self.tr("Export the report"), choice.file_name, self.tr(choice.name_filter)
        )
        if path is not None:
            self.export_to(path, choice.key)

    def export_to(self, path: Path, key: str) -> None:
        """Write the report (or a CSV) to `path` in the background, showing progress; a
        partner or public report whose free text names people the policy hides asks first."""
        if not self._meeting_id or self._exporting:
            return
        if key not in {c.key for c in EXPORTS}:
            raise ValueError(key)  # a programming error, not user input
        meeting_id, policy, generation = (
            self._meeting_id,
            self.current_policy,
            self._vault_generation,
        )

        def checked(names: list[str]) -> None:
            if generation != self._vault_generation or meeting_id != self._meeting_id:
                return
            self._show_hidden_names(names)
            if not names:
                self._export(path, key)
                return
            from app.ui.meeting.confirm import ask

            self.confirm_box = ask(
                self,
                self.tr(
                    "This report hides the names of some people, but the meeting's free text "
                    "still names them:\n\n{names}\n\nExport anyway?"
                ).format(names="\n".join(names)),
                self.tr("Export anyway"),
                lambda: self._export(path, key),
            )

        if policy == RedactionPolicy.FULL or key.startswith("series:") or key == "csv:actions":
            self._export(path, key)
            return
        self.ops.run(lambda vault: names_at_risk(vault, meeting_id, policy), on_done=checked)

    def _export(self, path: Path, key: str) -> None:
        if not self._meeting_id or self._exporting:
            return
        generation = self._vault_generation
        meeting_id, policy, choice = self._meeting_id, self.current_policy, self.current_language
        appendices = self.appendices.isChecked()
        self._exporting = True
        self._busy(self.tr("Exporting…"))

        def done(size: int) -> None:
            if generation != self._vault_generation:
                return
            self._exporting = False
            self._idle(
                self.tr("Saved {name} ({size} KB).").format(
                    name=path.name, size=number(max(1, round(size / 1024)))
                )
            )
            self.export_finished.emit(str(path))

        def failed(error: RoundtableError) -> None:
            if generation != self._vault_generation:
                return
            self._exporting = False
            self._failed(error, True)

        self.ops.run(
            lambda vault: export_report(vault, meeting_id, policy, key, path, choice, appendices),
            on_done=done,
            on_error=failed,
        )

    def print_report(self) -> None:
        """Ctrl+P: the report as shown (redaction, language) in a print preview."""
        if not self._meeting_id or self._exporting:
            return
        generation = self._vault_generation
        meeting_id, policy, choice = self._meeting_id, self.current_policy, self.current_language
        self._busy(self.tr("Preparing the print preview…"))

        def build(vault: Any) -> Any:
            from app.reports import meeting_document

            return meeting_document(
                vault.store, meeting_id, policy, prepared_on=dt.date.today(), lang=choice.language()
            )

        def done(doc: Any) -> None:
            if generation != self._vault_generation or meeting_id != self._meeting_id:
                return
            from app.ui.reports.report_print import preview_dialog

            self._idle("")
            dialog = preview_dialog(doc, self)
            dialog.finished.connect(dialog.deleteLater)
            dialog.destroyed.connect(lambda: setattr(self, "print_preview", None))
            self.print_preview = dialog
            dialog.open()

        self.ops.run(build, on_done=done, on_error=lambda e: self._failed(e, True))

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

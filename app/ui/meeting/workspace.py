"""The per-meeting workspace: a header, an error banner and one tab per part of the record.

Public API (used by the main window): `show_meeting`, `open_entry`, `add_tab`,
`on_vault_opened`, `clear_vault_data`, `flush_pending_edits` and the `meeting_changed` signal.
Every edit is saved at once through the editor (app/ui/meeting/editor.py); Ctrl+Z and
Ctrl+Shift+Z undo and redo them in the vault.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.date_entry import format_date
from app.errors import NotFound, RoundtableError
from app.i18n import N_
from app.ui import language
from app.ui.meeting.actions import ActionsTab
from app.ui.meeting.attachments import AttachmentsTab
from app.ui.meeting.attendance_import import AttendanceImportDialog
from app.ui.meeting.commands import Step
from app.ui.meeting.decisions import DecisionsTab
from app.ui.meeting.editor import MeetingEditor
from app.ui.meeting.locate import load_workspace, meeting_of
from app.ui.meeting.minutes import MinutesTab
from app.ui.meeting.narrative import NarrativeTab
from app.ui.meeting.next_meeting import NextMeetingDialog
from app.ui.meeting.overview import OverviewTab, classification_label, status_label
from app.ui.meeting.partial import ItemEntries, load_item_entries, only_entries_of_one_item, patch
from app.ui.meeting.programme import ProgrammeTab
from app.ui.meeting.section import Loaded, Section
from app.ui.meeting.testimonies import TestimoniesTab
from app.ui.meeting.undo_keys import pass_undo_keys_through
from app.ui.messages import error_text
from app.ui.ops import Ops
from app.ui.plain_text import plain_label, shown
from app.ui.typing_state import capture, capture_selection, restore, restore_selection
from app.ui.zoom import relative_font

ERROR_SHOWN_MS = 12_000


class MeetingWorkspace(QWidget):
    meeting_changed = Signal(str)
    history_requested = Signal(str)  # the meeting's id: show its History

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.editor = MeetingEditor(ops, self)
        self.editor.saved.connect(self._saved)
        self.editor.failed.connect(self.show_error)
        self.editor.settled.connect(self.hide_error)
        self._meeting_id = ""
        self._loading = False
        self._reload_again = False
        self._pending_select: tuple[str, str] | None = None
        self._focus_title = False  # a new meeting: Overview, cursor in Title, once loaded
        self._pending_typing: dict | None = None  # typing to put back after an unlock
        self.loaded: Loaded | None = None

        lay = QVBoxLayout(self)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = plain_label(QLabel())
        self.title.setObjectName("meetingTitle")
        self.title.setWordWrap(True)
        relative_font(self.title, 1.35, bold=True)
        self.subtitle = plain_label(QLabel())
        self.subtitle.setObjectName("meetingSubtitle")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.undo_action = self.editor.stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.editor.stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        for action, keys in ((self.undo_action, "Ctrl+Z"), (self.redo_action, "Ctrl+Shift+Z")):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{action.text()} ({keys})")
            self.addAction(action)
            b = QToolButton()
            b.setDefaultAction(action)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            header.addWidget(b)
        self.undo_action.changed.connect(self._update_undo_tips)
        self.redo_action.changed.connect(self._update_undo_tips)
        self.history_button = QToolButton()
        self.history_button.setText(self.tr("History"))
        self.history_button.setToolTip(
            self.tr("Earlier versions of this meeting, and deleted records to restore")
        )
        self.history_button.clicked.connect(
            lambda: self.history_requested.emit(self._meeting_id) if self._meeting_id else None
        )
        header.addWidget(self.history_button)
        lay.addLayout(header)

        # The banner lies over the titles while it shows, not in a row of its own: its room,
        # kept empty so that showing or hiding it never moved the form under the pointer (a click
        # landed on the wrong control when it went), took 56 pixels above the tabs for good.
        self._header, self._titles = header, titles
        self.error = plain_label(QLabel(self))
        self.error.setObjectName("errorBanner")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            "QLabel#errorBanner { background: #fde7e9; color: #8c1d18; "
            "border: 1px solid #e6a5a9; border-radius: 4px; padding: 6px; }"
        )
        banner = 2 * self.error.fontMetrics().lineSpacing() + 16  # two lines of message
        header.addStrut(banner)  # the header is at least that tall: the banner covers only it
        self.error.setVisible(False)
        self._error_timer = QTimer(self)
        self._error_timer.setSingleShot(True)
        self._error_timer.setInterval(ERROR_SHOWN_MS)
        self._error_timer.timeout.connect(self.hide_error)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(self.editor, ops)
        self.programme = ProgrammeTab(self.editor, ops)
        self.minutes = MinutesTab(self.editor, ops)
        self.decisions = DecisionsTab(self.editor, ops)
        self.actions = ActionsTab(self.editor, ops)
        self.testimonies = TestimoniesTab(self.editor, ops)
        self.narrative = NarrativeTab(self.editor, ops)
        self.attachments = AttachmentsTab(self.editor, ops)
        self.sections: list[Section] = [
            self.overview,
            self.programme,
            self.minutes,
            self.decisions,
            self.actions,
            self.testimonies,
            self.narrative,
            self.attachments,
        ]
        titles_of = [
            self.tr("&Overview"),
            self.tr("&Programme"),
            self.tr("&Minutes"),
            self.tr("&Decisions and results"),
            self.tr("Action &items"),
            self.tr("&Testimonies"),
            self.tr("&Narrative"),
            self.tr("Atta&chments"),
        ]
        for section, title in zip(self.sections, titles_of, strict=True):
            self.tabs.addTab(section, title)
        self.tabs.currentChanged.connect(lambda _: self.flush_pending_edits())
        lay.addWidget(self.tabs, 1)
        self._undo_keys = pass_undo_keys_through(self)
        self.setEnabled(False)

    # --- public API --------------------------------------------------------------------------
    @property
    def meeting_id(self) -> str:
        return self._meeting_id

    def on_vault_opened(self) -> None:
        """Nothing is shown until a meeting is chosen."""
        self.clear_vault_data()

    def show_new_meeting(self, meeting_id: str) -> None:
        """A meeting just created: open it on Overview with the title ready to be typed over."""
        self._focus_title = True
        self.tabs.setCurrentWidget(self.overview)
        self.show_meeting(meeting_id)

    def show_meeting(self, meeting_id: str) -> None:
        self.flush_pending_edits()
        if meeting_id != self._meeting_id:
            self.editor.clear_history()
            self.hide_error()
            self._meeting_id = meeting_id
        self.reload()
        for view in self._extra_tabs():
            if hasattr(view, "show_meeting"):
                view.show_meeting(meeting_id)

    def language_changed(self) -> None:
        """Show the meeting again in the new language: typing still waiting for its pause is
        saved first (the worker runs it before the reload), so nothing typed is lost."""
        if self._meeting_id and self.loaded is not None:
            self.flush_pending_edits()
            self.reload()

    def open_entry(self, table: str, record_id: str) -> None:
        """Open the meeting that holds the record, then its tab, selecting the record."""

        def found(meeting_id: str) -> None:
            self._pending_select = (table, record_id)
            if meeting_id == self._meeting_id and self.loaded is not None and not self._loading:
                self._apply_pending_select()
            else:
                self.show_meeting(meeting_id)

        self.ops.run(
            lambda vault: meeting_of(vault.store, table, record_id),
            on_done=found,
            on_error=self.show_error,
        )

    def add_tab(self, title: str, widget: QWidget) -> int:
        """Another module's view of the meeting (e.g. the report). It is told which meeting to
        show (`show_meeting`), when it changed (`refresh`) and when the vault locks
        (`clear_vault_data`), where it has those methods."""
        if hasattr(widget, "refresh"):
            self.meeting_changed.connect(lambda _id, w=widget: w.refresh())
        return self.tabs.addTab(widget, title)

    def _extra_tabs(self) -> list[QWidget]:
        widgets = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [w for w in widgets if w not in self.sections]

    def typing_state(self) -> dict | None:
        """What is being typed here, to keep across a lock (app/ui/typing_state.py): the meeting,
        its tab, the rows and choices selected, the text of every field and open dialog."""
        if not self._meeting_id or self.loaded is None:
            return None
        state = capture(self)
        state.update(
            meeting_id=self._meeting_id,
            tab=self.tabs.currentIndex(),
            selection=capture_selection(self),
        )
        dialog = self.overview.findChild(NextMeetingDialog)
        if dialog is not None and dialog.isVisible():
            state["next_meeting_dialog"] = capture(dialog)
        for sheet in self.findChildren(AttendanceImportDialog):
            sheet_state = sheet.typing_state() if sheet.isVisible() else None
            if sheet_state is not None:
                state["attendance_import"] = sheet_state
        return state

    def restore_typing(self, state: dict) -> None:
        """Open the meeting of `state` again and put the typing back once it is shown."""
        meeting_id = state.get("meeting_id")
        if not isinstance(meeting_id, str) or not meeting_id:
            return
        self._pending_typing = state
        self.show_meeting(meeting_id)

    def _restore_pending_typing(self) -> None:
        state, self._pending_typing = self._pending_typing, None
        if state is None:
            return
        tab = state.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        restore_selection(self, state.get("selection"))
        restore(self, state)
        dialog_state = state.get("next_meeting_dialog")
        if isinstance(dialog_state, dict):
            dialog = self.overview.set_next_meeting()
            if dialog is not None:
                restore(dialog, dialog_state)
        sheet_state = state.get("attendance_import")
        if isinstance(sheet_state, dict) and isinstance(sheet_state.get("path"), str):
            sheet = self.programme.attendance.import_sheet()
            if sheet is not None:
                sheet.load_file(Path(sheet_state["path"]), keep=sheet_state)

    def flush_pending_edits(self) -> None:
        for section in self.sections:
            section.flush()

    def clear_vault_data(self) -> None:
        """Drop everything shown (the vault is locking); pending keystrokes are not saved."""
        self._meeting_id = ""
        self._pending_select = None
        self._reload_again = False
        self._focus_title = False
        self._pending_typing = None
        self.loaded = None
        self.editor.clear_history()
        self.title.clear()
        self.subtitle.clear()
        self.hide_error()
        for section in self.sections:
            section.clear()
        for w in self._extra_tabs():
            if hasattr(w, "clear_vault_data"):
                w.clear_vault_data()
        self.tabs.setCurrentIndex(0)
        self.setEnabled(False)

    # --- errors ------------------------------------------------------------------------------
    def show_error(self, error: RoundtableError) -> None:
        self.error.setText(error_text(error))
        self._place_error()
        self.error.setVisible(True)
        self.error.raise_()
        self._error_timer.start()

    def _place_error(self) -> None:
        """Over the title and subtitle, as tall as the header; the undo, redo and history
        buttons beside it stay in reach."""
        self.layout().activate()  # the header's geometry, even before the first paint
        titles, header = self._titles.geometry(), self._header.geometry()
        self.error.setGeometry(titles.x(), header.y(), titles.width(), header.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.error.isVisible():
            self._place_error()

    def hide_error(self) -> None:
        self._error_timer.stop()
        self.error.clear()
        self.error.setVisible(False)

    # --- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        if not self._meeting_id:
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        meeting_id = self._meeting_id
        self.ops.run(
            lambda vault: load_workspace(vault, meeting_id),
            on_done=lambda loaded: self._loaded(meeting_id, loaded),
            on_error=lambda err: self._load_failed(meeting_id, err),
        )

    def _loaded(self, meeting_id: str, loaded: Loaded) -> None:
        self._loading = False
        if meeting_id != self._meeting_id:
            self.reload()  # another meeting was chosen meanwhile
            return
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        self.loaded = loaded
        self.setEnabled(True)
        m = loaded.detail.meeting
        self.title.setText(shown(m.title))
        lang = language.current_language()
        dates = " – ".join(format_date(d, lang) for d in (m.start_date, m.end_date) if d)
        place = ", ".join(p for p in (m.location_city, m.location_country) if p)
        if m.location_sensitive and place:
            place += " " + self.tr("(sensitive)")
        series = loaded.detail.series.name if loaded.detail.series else ""
        self.subtitle.setText(
            shown(
                " · ".join(
                    p
                    for p in (
                        dates,
                        place,
                        series,
                        status_label(m.status),
                        classification_label(m.classification),
                    )
                    if p
                )
            )
        )
        for section in self.sections:
            section.show_loaded(loaded)
        if self._focus_title:
            self._focus_title = False
            self.tabs.setCurrentWidget(self.overview)
            self.overview.title.setFocus()
            self.overview.title.selectAll()
        pending = self._pending_typing
        if pending is not None and pending.get("meeting_id") == meeting_id:
            self._restore_pending_typing()
        self._apply_pending_select()

    def _load_failed(self, meeting_id: str, error: RoundtableError) -> None:
        self._loading = False
        self._reload_again = False
        if meeting_id != self._meeting_id:
            self.reload()
            return
        if isinstance(error, NotFound):
            error = NotFound(N_("Errors", "This meeting is no longer in the vault."))
        self.show_error(error)

    def _apply_pending_select(self) -> None:
        if self._pending_select is None:
            return
        table, record_id = self._pending_select
        self._pending_select = None
        for section in self.sections:
            if table in section.TABLES:
                self.tabs.setCurrentWidget(section)
                if not section.select(table, record_id):
                    self.show_error(
                        NotFound(N_("Errors", "That entry is no longer in this meeting."))
                    )
                return

    def _saved(self, steps: Sequence[Step] | None) -> None:
        if not self._meeting_id:
            return
        self.meeting_changed.emit(self._meeting_id)
        item_id = ""
        if self.loaded is not None and not self._loading:
            item_id = only_entries_of_one_item(steps, self.loaded.detail)
        if item_id:
            self._reload_entries(item_id)
        else:
            self.reload()

    def _reload_entries(self, item_id: str) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        meeting_id = self._meeting_id
        people = frozenset(loaded.detail.people)
        orgs = frozenset(loaded.detail.organisations)

        def shown(fresh: ItemEntries) -> None:
            if meeting_id != self._meeting_id or self.loaded is None:
                return
            if patch(self.loaded.detail, fresh):
                self.minutes.entries_changed(item_id)

        self.ops.run(
            lambda vault: load_item_entries(vault, item_id, people, orgs),
            on_done=shown,
            on_error=lambda err: self._load_failed(meeting_id, err),
        )

    def _update_undo_tips(self) -> None:
        self.undo_action.setToolTip(f"{self.undo_action.text()} (Ctrl+Z)")
        self.redo_action.setToolTip(f"{self.redo_action.text()} (Ctrl+Shift+Z)")

"""Puts the main window together: the standard screens and how they lead to each other."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.storage.search import Hit
from app.ui.exchange.install import add_verify_button, install_exchange, install_report_tab
from app.ui.main_window import MainWindow
from app.ui.ops import Ops
from app.ui.preferences import Preferences
from app.ui.screens.actions import ActionsScreen
from app.ui.screens.directory import DirectoryScreen
from app.ui.screens.meetings import MeetingsScreen
from app.ui.screens.search import SearchScreen

MEETINGS, ACTIONS, DIRECTORY, SEARCH, MEETING, HISTORY = (
    "meetings",
    "actions",
    "directory",
    "search",
    "meeting",
    "history",
)


def _meeting_workspace(ops: Ops) -> QWidget:
    from app.ui.meeting.workspace import MeetingWorkspace  # part B's per-meeting screens

    return MeetingWorkspace(ops)


class Shell(QObject):
    """Owns the wiring between screens; the screens themselves know nothing of each other.

    The screens are built in `build_steps()`, one per step, so a caller can spread them over
    several turns of the event loop (`app.ui.startup`); `build()` runs every step at once.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._stale: set[str] = set()  # lists to reload when next shown

    def build(self) -> Shell:
        for _ in self.build_steps():
            pass
        return self

    def build_steps(self) -> Iterator[None]:
        window, ops = self.window, self.window.ops
        self.meetings = MeetingsScreen(ops)
        window.add_screen(MEETINGS, self.tr("Meetings"), self.meetings)
        yield
        self.actions = ActionsScreen(ops)
        window.add_screen(ACTIONS, self.tr("Action items"), self.actions)
        yield
        self.directory = DirectoryScreen(ops)
        window.add_screen(DIRECTORY, self.tr("People & organisations"), self.directory)
        self.search = SearchScreen(ops)
        window.add_screen(SEARCH, self.tr("Search"), self.search)
        from app.ui.screens.history import HistoryScreen

        self.history = HistoryScreen(ops)
        window.add_screen(HISTORY, self.tr("History"), self.history)
        yield
        self.workspace = _meeting_workspace(ops)
        window.add_screen(MEETING, self.tr("Meeting"), self.workspace)
        window.navigation.set_visible_in_sidebar(MEETING, False)
        yield
        install_report_tab(self)
        install_exchange(self)
        add_verify_button(self)
        self._connect()

    def _connect(self) -> None:
        window = self.window
        for screen in (self.meetings, self.actions, self.directory):
            screen.meeting_requested.connect(self.show_meeting)
        self.meetings.meeting_created.connect(self.show_new_meeting)
        self.search.hit_chosen.connect(self.open_hit)
        # Edits in a meeting change the lists: reload them when they are next shown.
        # People and organisations added or renamed in a meeting (programme, pickers) too.
        self.workspace.meeting_changed.connect(  # type: ignore[attr-defined]
            lambda _id: self._stale.update({MEETINGS, ACTIONS, DIRECTORY, HISTORY})
        )
        self.workspace.meeting_changed.connect(  # type: ignore[attr-defined]
            lambda _id: window.refresh_org_name()
        )
        self.directory.changed.connect(window.refresh_org_name)
        self.directory.changed.connect(lambda: self._stale.add(ACTIONS))
        self.actions.changed.connect(lambda: self._stale.add(MEETINGS))
        self.history.changed.connect(lambda: self._stale.update({MEETINGS, ACTIONS, DIRECTORY}))
        self.history.changed.connect(self._history_restored)
        self.workspace.history_requested.connect(self.show_meeting_history)  # type: ignore[attr-defined]
        window.navigation.screen_changed.connect(self._screen_shown)
        window.locked.connect(self._locked)
        window.vault_opened.connect(lambda: window.show_screen(MEETINGS))

        search_action = QAction(self.tr("&Search…"), window)
        search_action.setShortcut(QKeySequence.StandardKey.Find)
        search_action.triggered.connect(self.focus_search)
        new_action = QAction(self.tr("&New meeting"), window)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self._new_meeting)
        window.add_vault_action(new_action, toolbar=True)
        window.add_vault_action(search_action, toolbar=True)
        from app.ui.protect.rekey_dialog import install_rekey

        install_rekey(window)
        from app.ui.protect.backup_ui import install_backup

        install_backup(window)
        from app.ui.protect.border_dialogs import install_travel
        from app.ui.protect.destroy_dialog import install_destroy

        install_travel(window)
        install_destroy(window)

    def _screen_shown(self, key: str) -> None:
        if key in self._stale and self.window.is_unlocked:
            self._stale.discard(key)
            if key == MEETINGS:
                self.meetings.model.reload()
                self.meetings.refresh_choices()  # a new year or series may have appeared
            elif key == DIRECTORY:
                self.directory.reload()
            elif key == HISTORY:
                self.history.reload()
            else:
                self.actions.model.reload()

    def _locked(self) -> None:
        self._stale.clear()
        self.window.navigation.set_visible_in_sidebar(MEETING, False)

    def _history_restored(self) -> None:
        if self.workspace.meeting_id:  # type: ignore[attr-defined]
            self.workspace.reload()  # type: ignore[attr-defined]

    def show_history(self, record_id: str) -> None:
        """The History screen on one record."""
        self.window.show_screen(HISTORY)
        self.history.show_record(record_id)

    def show_meeting_history(self, meeting_id: str) -> None:
        """The History screen on a meeting: its records' changes, and its own history."""
        self.window.show_screen(HISTORY)
        self.history.show_meeting(meeting_id)

    def focus_search(self) -> None:
        self.window.show_screen(SEARCH)
        self.search.focus_field()

    def _new_meeting(self) -> None:
        self.window.show_screen(MEETINGS)
        self.meetings.new_meeting()

    def show_meeting(self, meeting_id: str) -> None:
        if not meeting_id:
            return
        self.window.show_screen(MEETING)
        self.workspace.show_meeting(meeting_id)  # type: ignore[attr-defined]

    def show_new_meeting(self, meeting_id: str) -> None:
        self.window.show_screen(MEETING)
        self.workspace.show_new_meeting(meeting_id)  # type: ignore[attr-defined]

    def open_hit(self, hit: Hit) -> None:
        if hit.table == "people":
            self.window.show_screen(DIRECTORY)
            self.directory.show_person(hit.record_id)
        elif hit.table == "organisations":
            self.window.show_screen(DIRECTORY)
            self.directory.show_organisation(hit.record_id)
        elif hit.table == "series":
            self.window.show_screen(MEETINGS)
            self.meetings.filter_by_series(hit.record_id)
        elif hit.table == "meetings":
            self.show_meeting(hit.record_id)
        elif hit.meeting_id:
            self.window.show_screen(MEETING)
            self.workspace.open_entry(hit.table, hit.record_id)  # type: ignore[attr-defined]
        else:  # a theme: show what else mentions it
            self.search.search(hit.snippet)


def build_main_window(
    prefs: Preferences, *, ops: Ops | None = None, idle_interval_ms: int | None = None
) -> tuple[MainWindow, Ops]:
    ops = ops or Ops()
    window = MainWindow(ops, prefs, idle_interval_ms=idle_interval_ms)
    window.shell = Shell(window).build()  # type: ignore[attr-defined]
    window.screens_ready()
    return window, ops

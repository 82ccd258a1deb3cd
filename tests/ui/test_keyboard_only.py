"""The main flows with the keyboard alone (issue 16): create a meeting, add a session with
attendance, write minutes, export a report. Keys go to whatever has the focus; the focus moves
only by Tab, shortcuts, mnemonics and Enter, as for a user without a mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMenu

from app.domain.records import AgendaItem, Attendance, Meeting, MinuteEntry, Person, Session
from app.ui import language
from tests.ui.conftest import run_op, wait_idle
from tests.ui.keyboard import Mods, focused, named, press, tab_to, type_text
from tests.ui.meeting.helpers import settle

TITLE = "Kampot land forum"  # typed key by key


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture(params=["en", "km"])
def lang(request, qapp):
    """The flows in each interface language: names, mnemonics and typing must all work.
    (Requested before the window, so the window is built in that language.)"""
    language.install(qapp, request.param)
    yield request.param
    language.uninstall(qapp)


KHMER_TITLE = "វេទិកាដីធ្លី"


def _activate(qtbot, window) -> None:
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def _settle(qtbot, window) -> None:
    """Typing is saved after a pause (a user pauses too): save it now and wait."""
    settle(qtbot, window.shell.workspace)


def _new_meeting(qtbot, window) -> str:
    """Ctrl+N, type the title, Tab to the place fields and type them."""
    _activate(qtbot, window)
    window.navigation.sidebar.setFocus()  # where the unlock leaves a user
    press(qtbot, Qt.Key.Key_N, Mods.ControlModifier)
    ws = window.shell.workspace
    qtbot.waitUntil(lambda: focused() is ws.overview.title, timeout=10_000)
    press(qtbot, Qt.Key.Key_A, Mods.ControlModifier)
    type_text(f"{TITLE} {KHMER_TITLE}")
    tab_to(qtbot, named(tr("OverviewTab", "City")))
    type_text("Kampot")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ws.overview.location_country
    type_text("Cambodia")
    _settle(qtbot, window)
    return ws.meeting_id


def test_create_a_meeting_with_the_keyboard(qtbot, lang, demo_window) -> None:
    meeting_id = _new_meeting(qtbot, demo_window)
    meeting = run_op(qtbot, demo_window, lambda v: v.store.get(Meeting, meeting_id))
    assert meeting.title == f"{TITLE} {KHMER_TITLE}"
    assert (meeting.location_city, meeting.location_country) == ("Kampot", "Cambodia")


def _add_session(qtbot, window) -> None:
    """Alt+P (the Programme tab), Tab to "Add day/session", Space, Tab to its title, type."""
    ws = window.shell.workspace
    press(qtbot, Qt.Key.Key_P, Mods.AltModifier)
    assert ws.tabs.currentWidget() is ws.programme
    add = tr("ProgrammeTab", "Add day/session")
    tab_to(qtbot, lambda w: getattr(w, "text", lambda: "")() == add)
    press(qtbot, Qt.Key.Key_Space)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: ws.programme.s_title.isEnabled(), timeout=10_000)
    tab_to(qtbot, lambda w: w is ws.programme.s_title)
    press(qtbot, Qt.Key.Key_A, Mods.ControlModifier)
    type_text("Opening and land cases")
    _settle(qtbot, window)


def test_add_a_session_with_attendance_with_the_keyboard(qtbot, lang, demo_window) -> None:
    meeting_id = _new_meeting(qtbot, demo_window)
    _add_session(qtbot, demo_window)
    person = run_op(qtbot, demo_window, lambda v: v.store.select(Person)[0])
    picker = tab_to(qtbot, named(tr("AttendancePanel", "Add an attendee")))
    type_text(person.name.split()[0])
    qtbot.waitUntil(picker.has_results, timeout=5_000)
    press(qtbot, Qt.Key.Key_Return)
    _settle(qtbot, demo_window)

    def read(vault):
        sessions = [s for s in vault.store.select(Session) if s.meeting_id == meeting_id]
        ids = {s.id for s in sessions}
        return sessions, [a for a in vault.store.select(Attendance) if a.session_id in ids]

    sessions, attendance = run_op(qtbot, demo_window, read)
    assert [s.title for s in sessions] == ["Opening and land cases"]
    assert [a.person_id for a in attendance] == [person.id]


def test_write_minutes_with_the_keyboard(qtbot, lang, demo_window) -> None:
    meeting_id = _new_meeting(qtbot, demo_window)
    _add_session(qtbot, demo_window)  # minutes are kept per session
    ws = demo_window.shell.workspace
    press(qtbot, Qt.Key.Key_M, Mods.AltModifier)  # "&Minutes"
    assert ws.tabs.currentWidget() is ws.minutes
    tab_to(qtbot, named(tr("MinutesTab", "New agenda item")))
    type_text("Land disputes in Kampot")
    press(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, demo_window)
    tab_to(qtbot, named(tr("MinutesTab", "New minute entry")))
    type_text("Three communities reported evictions.")
    press(qtbot, Qt.Key.Key_Return, Mods.ShiftModifier)  # a new line, not yet added
    type_text("ការបណ្ដេញចេញ")
    press(qtbot, Qt.Key.Key_Return)
    _settle(qtbot, demo_window)

    def read(vault):
        items = [i for i in vault.store.select(AgendaItem) if i.meeting_id == meeting_id]
        ids = {i.id for i in items}
        entries = [e for e in vault.store.select(MinuteEntry) if e.agenda_item_id in ids]
        return items, entries

    items, entries = run_op(qtbot, demo_window, read)
    assert [i.title for i in items] == ["Land disputes in Kampot"]
    assert [e.text for e in entries] == ["Three communities reported evictions.\nការបណ្ដេញចេញ"]


def test_export_a_report_with_the_keyboard(qtbot, demo_window, tmp_path) -> None:
    _new_meeting(qtbot, demo_window)
    sh = demo_window.shell
    press(qtbot, Qt.Key.Key_R, Mods.AltModifier)  # "&Report"
    assert sh.workspace.tabs.currentWidget() is sh.report
    qtbot.waitUntil(lambda: sh.report.export_button.isEnabled(), timeout=10_000)
    target = tmp_path / "kampot.pdf"
    steps: list[str] = []

    def drive() -> None:
        """Inside the menu's and the file dialog's own event loops, as a user would type."""
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu) and "menu" not in steps:
            steps.append("menu")
            if popup.activeAction() is None:
                QApplication.sendEvent(popup, _key(Qt.Key.Key_Down))
            # Posted: the chosen item opens the file dialog's own loop after this returns.
            QApplication.postEvent(popup, _key(Qt.Key.Key_Return))
            return
        dialog = QApplication.activeModalWidget()
        edit = QApplication.focusWidget()
        if (
            isinstance(dialog, QFileDialog)
            and "dialog" not in steps
            and edit is not None
            and edit.window() is dialog  # the dialog has the focus (its name field)
        ):
            steps.append("dialog")
            assert isinstance(edit, QLineEdit), "the file name field has the focus"
            QApplication.sendEvent(edit, _key(Qt.Key.Key_A, Mods.ControlModifier))
            type_text(str(target))
            QApplication.postEvent(edit, _key(Qt.Key.Key_Return))
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(50)
    tab_to(qtbot, lambda w: w is sh.report.export_button)
    with qtbot.waitSignal(sh.report.export_finished, timeout=30_000) as finished:
        press(qtbot, Qt.Key.Key_Space)
    timer.stop()
    assert steps == ["menu", "dialog"]
    assert Path(finished.args[0]) == target
    assert target.read_bytes().startswith(b"%PDF")


def _key(key: Qt.Key, modifiers: Mods = Mods.NoModifier):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers)

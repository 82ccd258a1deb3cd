"""Fixtures for the desktop-app tests: a main window over an isolated settings file."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from app.ui import shell
from app.ui.main_window import MainWindow
from app.ui.preferences import Preferences


class RecordingWorkspace(QWidget):
    """Stands in for part B's MeetingWorkspace until it is merged; records what was asked."""

    def __init__(self, ops: object) -> None:
        super().__init__()
        self.shown: list[tuple[str, ...]] = []

    def show_meeting(self, meeting_id: str) -> None:
        self.shown.append(("meeting", meeting_id))

    def open_entry(self, table: str, record_id: str) -> None:
        self.shown.append((table, record_id))

    def on_vault_opened(self) -> None:
        pass

    def clear_vault_data(self) -> None:
        self.shown.clear()


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, prefs: Preferences, monkeypatch: pytest.MonkeyPatch):
    try:
        missing = importlib.util.find_spec("app.ui.meeting.workspace") is None
    except ModuleNotFoundError:
        missing = True
    if missing:
        monkeypatch.setattr(shell, "_meeting_workspace", RecordingWorkspace)
    made: list[MainWindow] = []

    def make(idle_interval_ms: int | None = None) -> MainWindow:
        window, _ops = shell.build_main_window(prefs, idle_interval_ms=idle_interval_ms)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.lock()
        window.ops.shutdown()


@pytest.fixture
def window(make_window) -> Iterator[MainWindow]:
    return make_window()


def wait_idle(qtbot, window: MainWindow, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: not window.ops.is_busy, timeout=timeout)

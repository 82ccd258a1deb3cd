"""Fixtures for the desktop-app tests: a main window over an isolated settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtGui import QTextDocument

from app.ui import shell
from app.ui.main_window import MainWindow
from app.ui.preferences import Preferences


@pytest.fixture
def khmer(qapp):  # type: ignore[no-untyped-def]
    """The Khmer interface for one test, then English again at its default zoom."""
    from app.ui import language

    language.install(qapp, "km")
    yield
    language.uninstall(qapp)
    from app.ui.zoom import _BASE, DEFAULT_ZOOM, apply_zoom

    if qapp.property(_BASE):
        apply_zoom(qapp, DEFAULT_ZOOM, "en")


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    # Not the real session's screen lock or sleep (a developer locking the screen during a run
    # would lock every test's window): tests/ui/os_lock drive it over private buses.
    prefs.lock_with_computer = False
    return prefs


@pytest.fixture
def make_window(qtbot, prefs: Preferences):
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


def unlock(qtbot, window: MainWindow, folder: Path, passphrase: str) -> None:
    window.start(folder)
    window.unlock_page.pass_edit.setText(passphrase)
    with qtbot.waitSignal(window.vault_opened, timeout=10_000):
        window.unlock_page.submit()
    wait_idle(qtbot, window)


@pytest.fixture
def demo_window(qtbot, make_window, demo_vault, vault_dir) -> MainWindow:
    """A main window unlocked on the demo vault, every screen loaded."""
    from tests.conftest import PASSPHRASE

    demo_vault.close()
    window = make_window()
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    return window


def run_op(qtbot, window: MainWindow, fn):
    """Run `fn(vault)` on the worker and return its result (reads for assertions)."""
    box: dict[str, object] = {}
    window.ops.run(fn, on_done=lambda r: box.update(result=r), on_error=lambda e: box.update(e=e))
    qtbot.waitUntil(lambda: box != {}, timeout=10_000)
    if "e" in box:
        raise box["e"]  # type: ignore[misc]
    return box["result"]


# Text a hostile partner might write: Qt would render it as markup (a local image, a link) if a
# widget guessed it was rich text.
HOSTILE = 'ZQ<b>X</b><img src=x><a href="https://evil.example/">click</a>&lt;i&gt;'


def displayed_text(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt shows for `text` in a widget with format `fmt` (tooltips are AutoText)."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui_Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()

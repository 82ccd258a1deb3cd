"""Render the meeting workspace with the demo vault, offscreen, into docs/screenshots/meeting-*.png.

    QT_QPA_PLATFORM=offscreen python scripts/meeting_screenshots.py

Uses a throw-away vault in a temporary folder with the cheap test key derivation (the
screenshots show fictional demo data only).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ROUNDTABLE_INSECURE_TEST_KDF"] = "1"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.demo import fill_demo_vault  # noqa: E402
from app.domain.records import Attachment, MinuteEntry  # noqa: E402
from app.ui.fonts import register_fonts  # noqa: E402
from app.ui.launch import make_application  # noqa: E402
from app.ui.meeting.widgets import select_id  # noqa: E402
from app.ui.preferences import Preferences  # noqa: E402
from app.ui.shell import build_main_window  # noqa: E402
from app.vault import create_vault  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "demo vault passphrase 2026"  # noqa: S105 - a throw-away demo vault
SIZE = (1280, 800)


def wait(app: QApplication, done: Callable[[], bool], timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the window did not settle")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path), "PNG", 9)
    print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KiB")


def main() -> int:
    app = make_application(sys.argv[:1])
    register_fonts(app)
    tmp = Path(tempfile.mkdtemp(prefix="roundtable-shots-"))
    folder = tmp / "vault"
    made = create_vault(folder, "Land Rights Watch Cambodia", PASSPHRASE)
    fill_demo_vault(made.vault)
    store = made.vault.store
    attachment = store.select(Attachment)[0]
    khmer = next(
        e for e in store.select(MinuteEntry) if any("\u1780" <= c <= "\u17ff" for c in e.text)
    )
    meeting_id = attachment.meeting_id
    made.vault.close()
    prefs = Preferences(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window, ops = build_main_window(prefs)
    window.resize(*SIZE)
    window.show()
    idle = lambda: not ops.is_busy  # noqa: E731
    window.start(folder)
    window.unlock_page.pass_edit.setText(PASSPHRASE)
    window.unlock_page.submit()
    wait(app, lambda: window.is_unlocked and idle())
    shell = window.shell  # type: ignore[attr-defined]
    ws = shell.workspace
    shell.show_meeting(meeting_id)
    wait(app, lambda: ws.loaded is not None and idle())

    ws.tabs.setCurrentWidget(ws.programme)
    wait(app, idle)
    save(window, "meeting-programme")

    ws.open_entry("minute_entries", khmer.id)
    wait(app, lambda: ws.tabs.currentWidget() is ws.minutes and idle())
    save(window, "meeting-minutes")

    ws.tabs.setCurrentWidget(ws.attachments)
    select_id(ws.attachments.view, attachment.id)
    wait(app, lambda: idle() and ws.attachments.viewer.text.toPlainText() != "")
    save(window, "meeting-attachments")
    ops.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Render the main screens with the demo vault, offscreen, into docs/screenshots/*.png.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py --lang km   # docs/screenshots/km/

Uses a throw-away vault in a temporary folder with the cheap test key derivation (the
screenshots show fictional demo data only).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ROUNDTABLE_INSECURE_TEST_KDF"] = "1"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "kdf_marker"))  # without it the variable is ignored

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.demo import fill_demo_vault  # noqa: E402
from app.domain.records import Attachment, Decision, MinuteEntry  # noqa: E402
from app.exchange.contacts import add_contact, own_card  # noqa: E402
from app.ui.fonts import register_fonts  # noqa: E402
from app.ui.language import LANGUAGES  # noqa: E402
from app.ui.launch import install_translators, make_application  # noqa: E402
from app.ui.meeting.widgets import select_id  # noqa: E402
from app.ui.preferences import Preferences  # noqa: E402
from app.ui.shell import build_main_window  # noqa: E402
from app.ui.zoom import apply_zoom  # noqa: E402
from app.vault import create_vault  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "demo vault passphrase 2026"  # noqa: S105 - a throw-away demo vault
SIZE = (1180, 720)


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
    print(f"{path}  {path.stat().st_size // 1024} KiB")


def main() -> int:
    global OUT
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default="en")
    parser.add_argument("--zoom", type=int, help="zoom percent (default: the language's own)")
    parser.add_argument("--out", type=Path, help="folder (default: docs/screenshots[/LANG])")
    args = parser.parse_args()
    lang = args.lang
    if lang != "en":
        OUT = OUT / lang
    if args.out is not None:
        OUT = args.out.resolve()
    app = make_application(sys.argv[:1])
    register_fonts(app)
    install_translators(app, lang)
    tmp = Path(tempfile.mkdtemp(prefix="roundtable-shots-"))
    folder = tmp / "vault"
    made = create_vault(folder, "Land Rights Watch Cambodia", PASSPHRASE)
    fill_demo_vault(made.vault)
    attachment = made.vault.store.select(Attachment)[0]
    khmer_entry = next(
        e
        for e in made.vault.store.select(MinuteEntry)
        if any("\u1780" <= c <= "\u17ff" for c in e.text)
    )
    # Two partners' contact cards: one compared and verified, one not yet.
    for name, verified in (("Mekong Press Alliance", True), ("Asia Rights Network", False)):
        partner = create_vault(tmp / name.replace(" ", "-"), name, PASSPHRASE)
        add_contact(made.vault, own_card(partner.vault).raw, verified=verified)
        partner.vault.close()
    # Some history to show (issue 15): a minute entry reworded twice, a decision deleted.
    store = made.vault.store
    store.update(khmer_entry, text=khmer_entry.text + " (កែលើកទី១)")
    store.update(khmer_entry, text=khmer_entry.text.replace(" (កែលើកទី១)", "") + " (កែលើកទី២)")
    store.delete(store.select(Decision, limit=1)[0])
    made.vault.close()
    prefs = Preferences(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    prefs.language = lang
    apply_zoom(app, args.zoom or prefs.zoom_percent, lang)
    window, ops = build_main_window(prefs)
    window.resize(*SIZE)
    window.show()
    idle = lambda: not ops.is_busy  # noqa: E731

    # Start screens.
    window.start(tmp / "new")
    wait(app, idle)
    save(window, "start-welcome")
    window.welcome.create_button.click()
    page = window.create_page
    page.org_edit.setText("Land Rights Watch Cambodia")
    page.pass_edit.setText("river lotus kite anchor 27")
    page.repeat_edit.setText("river lotus kite anchor 27")
    wait(app, lambda: page.meter.strength is not None)
    save(window, "start-create")
    window.recovery_key_page.show_key(made.recovery_key, "Land Rights Watch Cambodia")
    window.pages.setCurrentWidget(window.recovery_key_page)
    save(window, "start-recovery-key")
    window.recovery_key_page.clear()
    window.start(folder)
    window.unlock_page.pass_edit.setText("not the passphrase")
    window.unlock_page.submit()
    wait(app, idle)
    save(window, "start-unlock-wrong-passphrase")

    # Unlocked screens.
    window.unlock_page.pass_edit.setText(PASSPHRASE)
    window.unlock_page.submit()
    wait(app, lambda: window.is_unlocked and idle())
    shell = window.shell  # type: ignore[attr-defined]
    save(window, "meetings")
    window.show_screen("actions")
    wait(app, idle)
    save(window, "actions")
    window.show_screen("directory")
    people = shell.directory.people.model
    row = next(i for i, r in enumerate(people.rows()) if r.name.startswith("លី"))
    shell.directory.people.view.setCurrentIndex(people.index(row, 0))
    wait(app, lambda: idle() and shell.directory.history.count() > 0)
    save(window, "directory")
    shell.focus_search()
    # A search's query is sent once the event loop runs: idle alone may be seen before it.
    searched = lambda: idle() and not shell.search.model.is_loading  # noqa: E731
    shell.search.search("សហជីព OR garment")
    wait(app, searched)
    shell.search.search("សិទ្ធិ")
    wait(app, searched)
    save(window, "search")
    shell.search.view.activated.emit(shell.search.model.index(0, 0))
    wait(app, idle)
    wait(app, idle)
    save(window, "meeting-workspace")
    ws = shell.workspace
    shell.show_meeting(attachment.meeting_id)
    wait(app, lambda: ws.loaded is not None and idle())
    ws.tabs.setCurrentWidget(ws.programme)
    wait(app, idle)
    save(window, "meeting-programme")
    ws.open_entry("minute_entries", khmer_entry.id)
    wait(app, lambda: ws.tabs.currentWidget() is ws.minutes and idle())
    save(window, "meeting-minutes")
    ws.tabs.setCurrentWidget(ws.attachments)
    select_id(ws.attachments.view, attachment.id)
    wait(app, lambda: idle() and ws.attachments.viewer.text.toPlainText() != "")
    save(window, "meeting-attachments")
    shell.show_meeting(shell.meetings.model.row_at(2).id)
    wait(app, idle)
    shell.workspace.tabs.setCurrentWidget(shell.report)
    wait(app, lambda: idle() and shell.report.preview.toPlainText() != "")
    save(window, "meeting-report")
    shell.report.open_seals()
    seals = shell.report.seal_dialog
    seals.seal_now()
    wait(app, lambda: idle() and seals.table.rowCount() > 0)
    wait(app, lambda: idle() and len(seals.viewer.page_labels) > 0)
    save(seals, "seal")
    seals.close()
    window.show_screen("history")
    shell.history.show_record(khmer_entry.id)
    wait(app, lambda: idle() and shell.history.entries.rowCount() > 0)
    save(window, "history")
    shell.history.show_deleted()
    wait(app, idle)
    save(window, "history-deleted")
    window.show_screen("contacts")
    shell.contacts.list.setCurrentRow(0)
    wait(app, idle)
    save(window, "contacts")
    _dialogs(app, window, idle)
    window.lock()
    wait(app, idle)
    save(window, "locked")
    ops.shutdown()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _dialogs(app: QApplication, window: QWidget, idle: Callable[[], bool]) -> None:
    """The Vault and Help menus' dialogs and the three tabs of Settings."""
    from PySide6.QtWidgets import QDialog, QTabWidget

    from app.ui.gate.restore_dialog import RestoreDialog
    from app.ui.protect.border_dialogs import open_travel
    from app.ui.protect.check_backup_dialog import CheckBackupDialog
    from app.ui.protect.destroy_dialog import open_destroy
    from app.ui.protect.shares_dialog import SharesDialog
    from app.ui.settings_dialog import SettingsDialog

    def newest_dialog() -> QWidget:
        shown = [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        return shown[-1]

    settings = SettingsDialog(window.prefs, window)  # type: ignore[attr-defined]
    settings.show()
    tabs = settings.findChild(QTabWidget)
    for index, name in enumerate(("settings-general", "settings-backups", "settings-laptop")):
        tabs.setCurrentIndex(index)
        wait(app, idle)
        save(settings, name)
    settings.reject()
    for name, opener in (
        ("backup", lambda: window.backup.open_dialog()),  # type: ignore[attr-defined]
        ("travel", lambda: open_travel(window)),
        ("destroy", lambda: open_destroy(window)),
        ("check-backup", lambda: CheckBackupDialog(window.ops, window).show()),  # type: ignore[attr-defined]
        ("restore", lambda: RestoreDialog(window.ops, window).show()),  # type: ignore[attr-defined]
        ("shares", lambda: SharesDialog(window.ops, window).show()),  # type: ignore[attr-defined]
        ("about", lambda: window.about_action.trigger()),  # type: ignore[attr-defined]
        ("shortcuts", lambda: window.show_shortcuts()),  # type: ignore[attr-defined]
    ):
        opener()
        wait(app, idle)
        dialog = newest_dialog() if name != "shortcuts" else window.show_shortcuts()
        save(dialog, name)
        dialog.close()


if __name__ == "__main__":
    sys.exit(main())

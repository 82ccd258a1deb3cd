"""Every string: with a pseudo-locale that wraps each translated text in ⟦…⟧, every screen, tab
and dialog is driven offscreen and nothing may be shown unwrapped, except vault data.

A second test switches the language of a window already built in English and asks the same:
switching must reach every text without rebuilding (app/ui/language.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget

from app.ui import language, shell
from app.ui.main_window import MainWindow
from app.ui.preferences import Preferences
from tests.conftest import PASSPHRASE
from tests.i18n.pseudo import (
    PseudoCatalogues,
    Shown,
    all_windows,
    catalogue_messages,
    looked_up_but_not_in_catalogue,
    unwrapped,
    visible_texts,
)


@pytest.fixture
def pseudo(qapp) -> Iterator[PseudoCatalogues]:
    catalogues = language.install(qapp, "en", PseudoCatalogues())
    yield catalogues  # type: ignore[misc]
    language.uninstall(qapp)


class Checker:
    def __init__(self, qtbot, window: MainWindow, vault_dir: Path) -> None:
        self.qtbot = qtbot
        self.window = window
        # Data, and the language names, each written in its own language on purpose.
        # The file dialog's sidebar shows the home folder: a path of this machine, not a text.
        home = Path.home()
        self.data = "\n".join([str(vault_dir), str(home), home.name, *language.LANGUAGES.values()])
        self.folder = vault_dir.parent
        self.problems: dict[str, list[Shown]] = {}

    def idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.window.ops.is_busy, timeout=10_000)
        for _ in range(3):
            QApplication.processEvents()

    def load_data(self) -> None:
        box: dict[str, str] = {}

        def done(text: str) -> None:
            box["t"] = text

        self.window.ops.run(lambda v: _dump(v), on_done=done)
        self.qtbot.waitUntil(lambda: "t" in box, timeout=10_000)
        self.data += "\n" + box["t"]

    def check(self, what: str) -> None:
        self.idle()
        shown: list[Shown] = []
        for top in all_windows():
            shown += list(visible_texts(top))
        bad = unwrapped(shown, self.data)
        if bad:
            self.problems[what] = bad

    def tabs(self, tabs: QTabWidget, what: str) -> None:
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            self.check(f"{what} tab {i}")

    def report(self) -> str:
        lines = []
        for what, items in self.problems.items():
            lines.append(f"{what}:")
            lines += [f"    {s.where}: {s.text!r}" for s in items]
        return "\n".join(lines)


def _dump(vault) -> str:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    tables = [
        r[0]
        for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        if not r[0].startswith("sqlite_")
    ]
    for table in tables:
        try:
            rows = vault.conn.execute(f'SELECT * FROM "{table}"').fetchall()
        except Exception:
            continue
        for row in rows:
            texts += [v for v in row if isinstance(v, str)]
    return "\n".join(texts)


def _first_meeting(qtbot, window: MainWindow) -> str:
    """The demo's first meeting: every tab has content (minutes, decisions, attachments…)."""
    from app.domain.records import Meeting

    box: dict[str, str] = {}
    window.ops.run(lambda v: v.store.select(Meeting)[0].id, on_done=lambda r: box.update(id=r))
    qtbot.waitUntil(lambda: "id" in box, timeout=10_000)
    return box["id"]


def _close_dialogs(window: MainWindow) -> None:
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
    QApplication.processEvents()


def _drive_everything(qtbot, window: MainWindow, vault_dir: Path, checker: Checker) -> None:
    from tests.ui.conftest import unlock

    # The gate pages.
    window.start(vault_dir)
    checker.check("unlock page")
    window.unlock_page.pass_edit.setText("wrong passphrase entirely")
    window.unlock_page.submit()
    checker.idle()
    checker.check("unlock page, wrong passphrase")
    window.gate._pages.setCurrentWidget(window.welcome)
    checker.check("welcome page")
    window.gate._show_create()
    checker.check("create page")
    window.gate._show_recover()
    checker.check("recover page")
    window.recovery_key_page.show_key("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567", "Demo Org")
    window.gate._pages.setCurrentWidget(window.recovery_key_page)
    checker.check("recovery key page")
    window.recovery_key_page.clear()

    unlock(qtbot, window, vault_dir, PASSPHRASE)
    checker.load_data()
    sh = window.shell  # type: ignore[attr-defined]
    for key in window.navigation.screens():
        if key == shell.MEETING:
            continue
        window.show_screen(key)
        checker.check(f"screen {key}")

    # A meeting with everything in it, every tab.
    meetings = sh.meetings.model
    checker.idle()
    best = max(range(meetings.rowCount()), key=lambda r: r)  # any: the demo's are all full
    meeting_id = meetings.row_id(0) if hasattr(meetings, "row_id") else None
    if meeting_id is None:
        from app.domain.records import Meeting

        box: dict[str, str] = {}
        window.ops.run(lambda v: v.store.select(Meeting)[0].id, on_done=lambda r: box.update(id=r))
        qtbot.waitUntil(lambda: "id" in box, timeout=10_000)
        meeting_id = box["id"]
    del best
    sh.show_meeting(meeting_id)
    checker.tabs(sh.workspace.tabs, "meeting")
    _drive_meeting_extras(qtbot, window, checker)

    # The search screen with results.
    window.show_screen(shell.SEARCH)
    sh.search.search("land")
    checker.check("search results")

    # Dialogs.
    window._open_settings()
    checker.check("settings dialog")
    _close_dialogs(window)
    from app.ui.exchange import install

    install.open_export(sh, meeting_id)
    checker.check("export dialog")
    _close_dialogs(window)
    install.open_import(sh)
    checker.check("import dialog")
    _close_dialogs(window)
    install.open_verify(sh)
    checker.check("verify dialog")
    _close_dialogs(window)
    window.show_screen(shell.DIRECTORY)
    checker.idle()
    sh.directory.edit_person(None)
    checker.check("new person dialog")
    _close_dialogs(window)
    sh.directory.edit_organisation(None)
    checker.check("new organisation dialog")
    _close_dialogs(window)

    # Messages and Qt's own dialogs (their buttons come from Qt's catalogue).
    from app.errors import WrongPassphrase
    from app.ui.messages import show_error

    box_ = show_error(window, WrongPassphrase())
    checker.check("error message box")
    box_.done(0)
    from app.ui.file_dialogs import _dialog

    dialog = _dialog(
        window,
        QCoreApplication.translate("ReportView", "Export the report"),
        str(vault_dir),
        QCoreApplication.translate("ReportView", "PDF (*.pdf)"),
    )
    dialog.setAcceptMode(dialog.AcceptMode.AcceptSave)
    dialog.show()
    checker.check("file dialog")
    dialog.reject()
    question = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Ok,
        window,
    )
    question.show()
    checker.idle()
    buttons = [b.text() for b in question.buttons()]
    question.done(0)
    if not all(t.startswith("⟦") for t in buttons):
        checker.problems["Qt standard buttons"] = [Shown("QMessageBox", t) for t in buttons]


def _drive_meeting_extras(qtbot, window: MainWindow, checker: Checker) -> None:
    """What the tabs do not show by themselves: a narrative section, a headcount, and the
    sign-in sheet import, next meeting and change-keys dialogs."""
    from app.ui.protect.rekey_dialog import open_rekey

    ws = window.shell.workspace  # type: ignore[attr-defined]
    ws.tabs.setCurrentIndex(ws.sections.index(ws.narrative))
    ws.narrative.new_heading.setText("Way forward")
    ws.narrative._add()
    checker.data += "\nWay forward"
    checker.check("narrative tab with a section")

    ws.tabs.setCurrentIndex(ws.sections.index(ws.programme))
    checker.idle()
    ws.programme.headcounts.count.setValue(12)
    ws.programme.headcounts._save()
    checker.check("programme tab with a headcount")

    sheet = Path(checker.folder) / "sign-in.csv"
    sheet.write_text("Name,Organisation\nChea Sopheap,Riverside Union\n", encoding="utf-8")
    checker.data += f"\n{sheet.name}\nName\nOrganisation\nChea Sopheap\nRiverside Union"
    dialog = ws.programme.attendance.import_sheet()
    checker.check("sign-in sheet dialog")
    dialog.load_file(sheet)
    checker.idle()
    checker.idle()
    checker.check("sign-in sheet dialog with a sheet")
    _close_dialogs(window)

    ws.tabs.setCurrentIndex(ws.sections.index(ws.overview))
    ws.overview.set_next_meeting()
    checker.check("next meeting dialog")
    _close_dialogs(window)

    open_rekey(window)
    checker.check("change keys dialog")
    _close_dialogs(window)


def _window(qtbot, tmp_path: Path) -> MainWindow:
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    prefs.language = "en"
    window, _ops = shell.build_main_window(prefs)
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_visible_text_is_translated(qtbot, pseudo, demo_vault, vault_dir, tmp_path) -> None:
    demo_vault.close()
    window = _window(qtbot, tmp_path)
    checker = Checker(qtbot, window, vault_dir)
    try:
        _drive_everything(qtbot, window, vault_dir, checker)
    finally:
        window.lock()
        window.ops.shutdown()
    assert not checker.problems, "shown without translation:\n" + checker.report()
    # And every text the app asked for is in the catalogue under the context it asked with.
    # (Error messages are checked in test_catalogue_complete.py, with their translations.)
    missing = [
        m
        for m in looked_up_but_not_in_catalogue(pseudo, catalogue_messages())
        if not m.startswith("Errors: ")
    ]
    assert not missing, "asked for but not in roundtable_km.ts:\n" + "\n".join(missing)


def test_switching_language_reaches_every_text(
    qtbot, qapp, demo_vault, vault_dir, tmp_path
) -> None:
    """Built in English, switched to the pseudo-locale: nothing may stay behind."""
    catalogues = PseudoCatalogues(wrapping=False)  # English, as the app starts
    language.install(qapp, "en", catalogues)
    demo_vault.close()
    window = _window(qtbot, tmp_path)
    checker = Checker(qtbot, window, vault_dir)
    try:
        from tests.ui.conftest import unlock

        unlock(qtbot, window, vault_dir, PASSPHRASE)
        checker.load_data()
        sh = window.shell  # type: ignore[attr-defined]
        window.show_screen(shell.MEETINGS)
        checker.idle()
        sh.show_meeting(_first_meeting(qtbot, window))
        checker.idle()
        catalogues.wrapping = True  # the pseudo-locale is "the other language"
        language.switch_language("en")
        checker.tabs(sh.workspace.tabs, "meeting after the switch")
        for key in window.navigation.screens():
            if key != shell.MEETING:
                window.show_screen(key)
                checker.check(f"screen {key} after the switch")
    finally:
        window.lock()
        window.ops.shutdown()
        language.uninstall(qapp)
    assert not checker.problems, "left untranslated by the switch:\n" + checker.report()


def test_import_warnings_are_translated_with_their_numbers(qapp, tmp_path) -> None:
    from app.exchange.importer import GAP_WARNING, UNVERIFIED_WARNING
    from app.exchange.log_check import REWRITTEN_WARNING
    from app.ui.exchange.import_dialog import warning_text
    from tests.i18n.helpers import build_catalogue

    folder = tmp_path / "i18n"
    folder.mkdir()
    build_catalogue(
        folder / "roundtable_km.qm",
        {
            ("ImportWarnings", GAP_WARNING): "បណ្ដុំ {n} មុនមិនបាននាំចូលទេ។",
            ("ImportWarnings", UNVERIFIED_WARNING): "មិនទាន់ផ្ទៀងផ្ទាត់។",
            ("ImportWarnings", REWRITTEN_WARNING): "{name}: {old} → {new} ({fp})",
        },
    )
    original = language.I18N_DIR
    language.I18N_DIR = folder
    try:
        language.install(qapp, "km")
        # The counts in Khmer digits, as every number of the Khmer interface.
        assert warning_text(GAP_WARNING.format(n=3)) == "បណ្ដុំ ៣ មុនមិនបាននាំចូលទេ។"
        # A partner's name stays as written, on one line and without bidi overrides: a line
        # break in it would pass for a line of the dialog's own.
        rewritten = REWRITTEN_WARNING.format(
            name="Org 12\nFingerprint: FAKE\u202e", old=40, new=7, fp="AB12"
        )
        assert warning_text(rewritten) == "Org 12 Fingerprint: FAKE: ៤០ → ៧ (AB12)"
        assert warning_text(UNVERIFIED_WARNING) == "មិនទាន់ផ្ទៀងផ្ទាត់។"
        assert warning_text("Something else.") == "Something else."
    finally:
        language.I18N_DIR = original
        language.uninstall(qapp)

"""The app's side of issue 12: Vault → Back up…, automatic backups on lock (not on panic), the
status bar, Settings, the start screen's Restore a backup…, recovery with shares, and the
share-splitting dialog — all driven through the real widgets."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app import recovery_shares, vault_backup
from app.ui.gate.restore_dialog import RestoreDialog
from app.ui.protect.backup_ui import BackupDialog
from app.ui.protect.shares_dialog import SharesDialog
from app.ui.settings_dialog import SettingsDialog
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import run_op, unlock, wait_idle

NEW = "a completely new passphrase 91"


def _opened(qtbot, make_window, vault, vault_dir: Path):
    vault.close()
    window = make_window()
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    qtbot.waitUntil(lambda: window.backup.vault_id != "", timeout=10_000)
    return window


def test_back_up_from_the_vault_menu_with_progress(qtbot, make_window, vault, vault_dir, tmp_path):
    window = _opened(qtbot, make_window, vault, vault_dir)
    assert window.backup.status.text() == "No backup yet"
    assert "not been backed up" in window.backup.status.toolTip()  # the reminder
    assert window.backup.action.isEnabled()
    window.backup.action.trigger()
    dialog = window.findChild(BackupDialog)
    assert dialog is not None and dialog.isVisible()
    drive = tmp_path / "USB <i>key<img src=x>"  # a drive's name: whoever formatted it chose it
    drive.mkdir()
    target = drive / "manual.rtbackup"
    dialog.path_edit.setText(str(target))
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.submit()
    qtbot.waitUntil(lambda: "Backup written" in dialog.result_label.text(), timeout=20_000)
    assert seen and seen[-1] == 100
    assert dialog.result_label.textFormat() == Qt.TextFormat.PlainText  # the path, literally
    assert target.is_file()
    assert window.backup.status.text().startswith("Last backup: ")
    assert window.backup.status.toolTip() == ""  # no longer overdue
    # A failure is said in the dialog, in plain words.
    dialog.start_button.setEnabled(True)
    dialog.path_edit.setText(str(vault_dir / "inside.rtbackup"))
    dialog.submit()
    qtbot.waitUntil(lambda: "choose another place" in dialog.result_label.text(), timeout=10_000)
    dialog.reject()
    window.lock()
    wait_idle(qtbot, window)
    vault_backup.restore_backup(target, tmp_path / "restored")
    open_vault(tmp_path / "restored", PASSPHRASE).close()


def test_automatic_backup_on_lock_but_not_on_panic(qtbot, make_window, vault, vault_dir, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    window = _opened(qtbot, make_window, vault, vault_dir)
    window.prefs.backup_folder = stick
    window.prefs.backup_keep = 2
    vault_id = window.backup.vault_id
    window.panic_lock()
    wait_idle(qtbot, window)
    assert vault_backup.auto_backups(stick, vault_id) == []
    for _ in range(3):
        unlock(qtbot, window, vault_dir, PASSPHRASE)
        qtbot.waitUntil(lambda: window.backup.vault_id != "", timeout=10_000)
        window.lock()
        wait_idle(qtbot, window)
    made = vault_backup.auto_backups(stick, vault_id)
    assert 1 <= len(made) <= 2  # the last N (two made in the same second share a name)
    assert window.prefs.last_backup(vault_id) != ""
    # The folder is not there (the stick is out): the lock is not held up, nothing fails.
    window.prefs.backup_folder = tmp_path / "absent"
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    window.lock()
    wait_idle(qtbot, window)
    assert not (tmp_path / "absent").exists()


def test_backup_before_quit_waits_for_the_backup(qtbot, make_window, vault, vault_dir, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    window = _opened(qtbot, make_window, vault, vault_dir)
    window.prefs.backup_folder = stick
    window.backup.backup_before_quit()
    assert len(vault_backup.auto_backups(stick, window.backup.vault_id)) == 1  # done already
    assert window.prefs.last_backup(window.backup.vault_id) != ""
    window.lock()  # the lock right after quitting does not make a second one
    wait_idle(qtbot, window)
    assert len(vault_backup.auto_backups(stick, window.backup.vault_id)) == 1


def test_settings_keep_the_backup_choices(qtbot, make_window, vault, vault_dir, tmp_path):
    window = _opened(qtbot, make_window, vault, vault_dir)
    dialog = SettingsDialog(window.prefs, window)
    qtbot.waitUntil(lambda: dialog.backup.recovery_box.isEnabled(), timeout=10_000)
    assert dialog.backup.split_label.text() == "Recovery: one recovery key."
    assert not dialog.backup.bind_check.isChecked()  # off by default
    dialog.backup.folder_edit.setText(str(tmp_path))
    dialog.backup.keep_spin.setValue(9)
    dialog.backup.remind_spin.setValue(3)
    dialog.accept()
    assert window.prefs.backup_folder == tmp_path
    assert (window.prefs.backup_keep, window.prefs.backup_remind_days) == (9, 3)


def test_restore_a_backup_from_the_start_screen(qtbot, window, vault, tmp_path):
    made = vault_backup.backup_open_vault(vault, tmp_path / "b.rtbackup")
    vault.close()
    window.start(tmp_path / "nothing-here")
    assert window.pages.currentWidget() is window.welcome
    window.welcome.restore_button.click()
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.file_edit.setText(str(made))
    dialog.folder_edit.setText(str(vault.folder))  # holds a vault: refused
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=10_000)
    assert "already" in dialog.error_label.text()
    cut = tmp_path / "cut.rtbackup"
    cut.write_bytes(made.read_bytes()[:-10])
    dialog.file_edit.setText(str(cut))
    dialog.folder_edit.setText(str(tmp_path / "restored"))
    dialog.submit()
    qtbot.waitUntil(lambda: "incomplete" in dialog.error_label.text(), timeout=10_000)
    assert not (tmp_path / "restored").exists()
    dialog.file_edit.setText(str(made))
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        dialog.submit()
    assert window.pages.currentWidget() is window.unlock_page
    assert window.unlock_page.folder == tmp_path / "restored"
    window.unlock_page.pass_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=10_000):
        window.unlock_page.submit()


def test_split_in_settings_then_recover_with_shares_on_the_start_screen(
    qtbot, make_window, vault, vault_dir, tmp_path, monkeypatch
):
    window = _opened(qtbot, make_window, vault, vault_dir)
    captured: list[list[str]] = []
    real = recovery_shares.prepare_split

    def spy(threshold: int, count: int):  # type: ignore[no-untyped-def]
        secret, shares = real(threshold, count)
        captured.append(shares)
        return secret, shares

    monkeypatch.setattr(recovery_shares, "prepare_split", spy)
    dialog = SharesDialog(window.ops, window)
    dialog.count_spin.setValue(4)
    dialog.threshold_spin.setValue(2)
    dialog.folder_edit.setText(str(tmp_path / "sheets"))
    dialog.passphrase_edit.setText("not the passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10_000)
    assert dialog.message.text() == "Wrong passphrase."
    assert not (tmp_path / "sheets").exists() and not captured
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.done, timeout=30_000):
        dialog.submit()
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == [
        f"recovery-share-0{n}-of-04.pdf" for n in range(1, 5)
    ]
    assert "Any 2 of them" in dialog.message.text()
    assert run_op(qtbot, window, lambda v: recovery_shares.current_split(v).threshold) == 2
    shares = captured[0]
    window.lock()
    wait_idle(qtbot, window)
    # The start screen: shares typed in any order, a mistyped word named, then a new passphrase.
    window.unlock_page.recovery_button.click()
    page = window.recover_page
    page.shares_radio.setChecked(True)
    assert page.shares_edit.isVisible() and not page.key_edit.isVisible()
    page.shares_edit.setPlainText(shares[3])
    qtbot.waitUntil(lambda: "1 more needed" in page.shares_status.text(), timeout=5_000)
    words = shares[1].split()
    words[4] = "academic" if words[4] != "academic" else "acid"
    page.shares_edit.setPlainText(shares[3] + "\n" + " ".join(words))
    qtbot.waitUntil(lambda: "word 5" in page.shares_status.text(), timeout=5_000)
    page.shares_edit.setPlainText(shares[3] + "\n" + shares[1])
    qtbot.waitUntil(lambda: "Enough shares" in page.shares_status.text(), timeout=5_000)
    page.pass_edit.setText(NEW)
    page.repeat_edit.setText(NEW)
    with qtbot.waitSignal(window.vault_opened, timeout=20_000):
        page.submit()
    window.lock()
    wait_idle(qtbot, window)
    open_vault(vault_dir, NEW).close()


def test_the_dialogs_show_their_words(qtbot, make_window, vault, vault_dir):
    window = _opened(qtbot, make_window, vault, vault_dir)
    dialog = SharesDialog(window.ops, window)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "fewer reveal nothing" in texts and "stop opening" in texts
    assert dialog.threshold_spin.maximum() == dialog.count_spin.value()


def test_the_share_sheets_message_counts_in_khmer_digits(
    qtbot, qapp, make_window, vault, vault_dir
):
    from app.ui import language

    window = _opened(qtbot, make_window, vault, vault_dir)
    dialog = SharesDialog(window.ops, window)
    dialog.count_spin.setValue(5)
    dialog.threshold_spin.setValue(3)
    language.install(qapp, "km")
    try:
        dialog._done("/media/usb")
        text = dialog.message.text()
        assert "៥" in text and "៣" in text and "5" not in text and "3" not in text
    finally:
        language.uninstall(qapp)


def test_bind_to_this_device_from_settings(qtbot, make_window, vault, vault_dir, monkeypatch):
    from app.crypto import device_secret
    from app.ui.protect.backup_settings import BackupSettings
    from tests.fake_keyring import FakeKeyring

    fake = FakeKeyring()
    device_secret.use_backend_for_tests(fake)
    try:
        window = _opened(qtbot, make_window, vault, vault_dir)
        dialog = SettingsDialog(window.prefs, window)
        qtbot.waitUntil(lambda: dialog.backup.recovery_box.isEnabled(), timeout=10_000)
        assert not dialog.backup.bind_check.isChecked()
        answers = iter(["wrong passphrase typed", PASSPHRASE, PASSPHRASE])
        monkeypatch.setattr(BackupSettings, "ask_passphrase", lambda self, title: next(answers))
        dialog.backup.bind_check.click()
        qtbot.waitUntil(
            lambda: dialog.backup.bind_message.text() == "Wrong passphrase.", timeout=10_000
        )
        assert not dialog.backup.bind_check.isChecked() and fake.items == {}
        dialog.backup.bind_check.click()
        qtbot.waitUntil(lambda: dialog.backup.bind_check.isChecked(), timeout=10_000)
        assert "is bound" in dialog.backup.bind_message.text() and len(fake.items) == 1
        dialog.backup.bind_check.click()
        qtbot.waitUntil(lambda: "no longer" in dialog.backup.bind_message.text(), timeout=10_000)
        assert not dialog.backup.bind_check.isChecked() and fake.items == {}
        dialog.reject()
    finally:
        device_secret.use_backend_for_tests(None)


def test_back_from_the_recovery_page_forgets_the_typed_shares(qtbot, window, vault, vault_dir):
    vault.close()
    window.start(vault_dir)
    window.unlock_page.recovery_button.click()
    page = window.recover_page
    page.shares_radio.setChecked(True)
    page.shares_edit.setPlainText("ranks of words")
    page.key_edit.setText("ABCD")
    next(b for b in page.findChildren(type(page.submit_button)) if b.text() == "Back").click()
    assert window.pages.currentWidget() is window.unlock_page
    assert page.shares_edit.toPlainText() == "" and page.key_edit.text() == ""


def test_a_failed_automatic_backup_is_said_after_the_lock(
    qtbot, make_window, vault, vault_dir, tmp_path, monkeypatch
):
    from app.errors import DiskFull

    def full(*_a, **_k):  # type: ignore[no-untyped-def]
        raise DiskFull()

    window = _opened(qtbot, make_window, vault, vault_dir)
    window.prefs.backup_folder = tmp_path
    monkeypatch.setattr(vault_backup, "auto_backup", full)
    window.lock()
    wait_idle(qtbot, window)
    qtbot.waitUntil(
        lambda: "Automatic backup failed" in window.statusBar().currentMessage(), timeout=5_000
    )
    assert "disk is full" in window.statusBar().currentMessage().lower()


def test_check_a_backup_from_the_app_before_restoring(qtbot, window, vault, tmp_path):
    from app.ui.protect.check_backup_dialog import CheckBackupDialog

    vault.store.conn.execute(
        "UPDATE organisations SET name = '<b>Org</b>' WHERE id = ?", (vault.org_id,)
    )
    made = vault_backup.backup_open_vault(vault, tmp_path / "b.rtbackup")
    vault.close()
    window.start(tmp_path / "nothing-here")
    dialog = window.gate.open_restore()
    dialog.file_edit.setText(str(made))
    check = dialog.open_check()
    assert isinstance(check, CheckBackupDialog) and check.file_edit.text() == str(made)
    check.secret_edit.setText("not the passphrase")
    check.submit()
    qtbot.waitUntil(lambda: check.result_label.text() == "Wrong passphrase.", timeout=10_000)
    check.secret_edit.setText(PASSPHRASE)
    seen: list[int] = []
    check.progress.valueChanged.connect(seen.append)
    check.submit()
    qtbot.waitUntil(lambda: "every page checks out" in check.result_label.text(), timeout=20_000)
    assert "<b>Org</b>" in check.result_label.text()  # record text shown literally
    # When it was made, in this computer's time as the interface writes it (not raw UTC ISO).
    assert re.search(r"made \d{4}-\d\d-\d\d \d\d:\d\d\.$", check.result_label.text())
    assert seen and seen[-1] == 100 and check.secret_edit.text() == ""
    cut = tmp_path / "cut.rtbackup"
    cut.write_bytes(made.read_bytes()[:-5])
    check.file_edit.setText(str(cut))
    check.secret_edit.setText(PASSPHRASE)
    check.submit()
    qtbot.waitUntil(lambda: "incomplete" in check.result_label.text(), timeout=10_000)
    check.reject()
    dialog.reject()


def test_the_last_backup_and_the_reminder_use_khmer_digits_in_khmer(
    qtbot, qapp, make_window, vault, vault_dir
) -> None:
    """The status bar's date and time and the reminder's number of days are written as the
    Khmer interface writes numbers (they were Latin digits)."""
    from app.ui import language

    window = _opened(qtbot, make_window, vault, vault_dir)
    try:
        language.install(qapp, "km")
        window.backup.prefs.backup_remind_days = 7
        window.backup._record(window.backup.vault_id, "2026-01-05T08:05:00Z")
        window.backup.refresh_status()
        status = window.backup.status
        assert "២០២៦" in status.text() and not any(
            c.isascii() and c.isdigit() for c in status.text()
        )
        assert "៧" in status.toolTip() and "7" not in status.toolTip()  # older than 7 days
        language.install(qapp, "en")
        window.backup.refresh_status()
        assert "2026-01-05" in window.backup.status.text()
    finally:
        language.uninstall(qapp)


def test_the_status_bar_reminder_fits_beside_its_labels_in_both_languages(
    qtbot, qapp, make_window, vault, vault_dir
) -> None:
    """The reminder is one line of the status bar, cut where the labels on its right begin: the
    whole sentence was cut mid-word in Khmer. The bar says it briefly; the backup label's
    tooltip keeps the whole sentence."""
    from app.ui import language
    from app.ui.zoom import apply_zoom

    window = _opened(qtbot, make_window, vault, vault_dir)
    window.resize(1180, 720)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    try:
        for code in ("km", "en"):
            window.set_language(code)  # as Settings does: translations, fonts and zoom
            window.backup.refresh_status(remind=True)
            qtbot.wait(50)
            message = bar.currentMessage()
            assert "Back up" in message if code == "en" else "បម្រុងទុក" in message
            right = min(
                w.mapTo(bar, w.rect().topLeft()).x()
                for w in bar.findChildren(QLabel)
                if w.isVisible() and w.x() > bar.width() // 2
            )
            assert bar.fontMetrics().horizontalAdvance(message) < right - 8, (code, message)
            assert len(window.backup.status.toolTip()) > len(message)  # the whole sentence
    finally:
        language.uninstall(qapp)
        apply_zoom(qapp, window.prefs.zoom_percent, "en")

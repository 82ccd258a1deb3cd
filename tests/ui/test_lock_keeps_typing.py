"""Issue 9 item 1: typing survives an auto-lock, kept encrypted in the vault, and the unlock
returns to the same meeting, tab and agenda item."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.records import Meeting, MinuteEntry, Person
from app.ui.meeting.widgets import select_row
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import run_op, unlock, wait_idle

TYPED = "Forum Asia continues to provide protection to human rights defenders at risk"


def _files_hold(folder, needle: str) -> bool:
    data = needle.encode()
    return any(data in p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_minute_entry_survives_auto_lock_encrypted(qtbot, make_window, demo_vault, vault_dir):
    demo_vault.close()
    window = make_window(idle_interval_ms=60_000)
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    shell = window.shell
    ws = shell.workspace
    meeting_id = run_op(
        qtbot, window, lambda v: v.store.select(Meeting, "title LIKE 'NGO Leaders%'")[0].id
    )
    shell.show_meeting(meeting_id)
    qtbot.waitUntil(lambda: ws.loaded is not None, timeout=10_000)
    mn = ws.minutes
    ws.tabs.setCurrentWidget(mn)
    mn.session.setCurrentIndex(1)
    select_row(mn.agenda, 1)
    item_id = mn.agenda_model.id_at(1)
    assert item_id
    mn.entry.setFocus()
    qtbot.keyClicks(mn.entry, TYPED)  # no Enter: not yet an entry
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.idle_lock.idle.emit()  # the idle timer fires
    wait_idle(qtbot, window)
    assert mn.entry.toPlainText() == ""  # nothing readable behind the lock
    assert not _files_hold(vault_dir, "Forum Asia continues")  # encrypted at rest, no temp file
    vault = open_vault(vault_dir, PASSPHRASE)
    try:
        assert vault.conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1
    finally:
        vault.close()

    unlock(qtbot, window, vault_dir, PASSPHRASE)
    qtbot.waitUntil(lambda: mn.entry.toPlainText() == TYPED, timeout=10_000)
    assert window.navigation.current_key == "meeting"
    assert ws.meeting_id == meeting_id and ws.tabs.currentWidget() is mn
    assert mn.session.currentIndex() == 1
    assert mn.agenda_model.id_at(mn.agenda.currentIndex().row()) == item_id
    qtbot.keyClick(mn.entry, Qt.Key.Key_Return)  # the entry lands under the same agenda item
    wait_idle(qtbot, window)
    entries = run_op(qtbot, window, lambda v: v.store.select(MinuteEntry, "text = ?", [TYPED]))
    assert [e.agenda_item_id for e in entries] == [item_id]
    # Restored once: the draft is gone from the vault.
    assert (
        run_op(qtbot, window, lambda v: v.conn.execute("SELECT count(*) FROM drafts").fetchone()[0])
        == 0
    )


def test_a_dialog_being_typed_in_comes_back_after_the_lock(qtbot, demo_window, vault_dir):
    screen = demo_window.shell.directory
    demo_window.show_screen("directory")
    dialog = screen.edit_person(None)
    qtbot.waitUntil(dialog.isEnabled)
    dialog.name_edit.setText("Benjamin Knödler")
    dialog.role_edit.setText("Deputy Head of Mission")
    with qtbot.waitSignal(demo_window.locked, timeout=5_000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, demo_window)
    unlock(qtbot, demo_window, vault_dir, PASSPHRASE)

    def reopened():
        from app.ui.screens.person_dialog import PersonDialog

        shown = [d for d in screen.findChildren(PersonDialog) if d.isVisible()]
        return shown[0] if shown and shown[0].name_edit.text() else None

    qtbot.waitUntil(lambda: reopened() is not None, timeout=10_000)
    again = reopened()
    assert again.name_edit.text() == "Benjamin Knödler"
    assert again.role_edit.text() == "Deputy Head of Mission"
    assert demo_window.navigation.current_key == "directory"
    with qtbot.waitSignal(again.saved, timeout=5_000):
        again.save()
    people = run_op(
        qtbot, demo_window, lambda v: v.store.select(Person, "name = ?", ["Benjamin Knödler"])
    )
    assert len(people) == 1


def _two_conflicts(tmp_path):
    """Vault A with two conflicts on one meeting (title, summary) from partner B."""
    from tests.exchange.helpers import introduce, make_vault, send

    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = b.store.add(Meeting(title="Shared", start_date="2026-06-01"))
    send(b, [a], tmp_path / "1.rtbundle", [meeting.id])
    from app.exchange.importer import import_bundle

    import_bundle(a, tmp_path / "1.rtbundle")
    a.store.update(a.store.get(Meeting, meeting.id), title="Title in A", summary="Summary in A")
    b.store.update(b.store.get(Meeting, meeting.id), title="Title in B", summary="Summary in B")
    send(b, [a], tmp_path / "2.rtbundle", [meeting.id])
    import_bundle(a, tmp_path / "2.rtbundle")
    folder = a.folder
    a.close()
    b.close()
    return folder, meeting.id


def test_conflicts_agreed_text_survives_a_lock_beside_its_conflict(qtbot, make_window, tmp_path):
    folder, meeting_id = _two_conflicts(tmp_path)
    window = make_window()
    unlock(qtbot, window, folder, PASSPHRASE)
    view = window.shell.conflicts
    window.show_screen("conflicts")
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=10_000)
    rows = {view.table.item(r, 1).text(): r for r in range(2)}
    view.table.selectRow(rows["Summary"])  # not the first row, which the list selects itself
    view.agreed.setFocus()
    qtbot.keyClicks(view.agreed, "Summary agreed by phone")
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.idle_lock.idle.emit()
    wait_idle(qtbot, window)
    assert view.agreed.text() == ""
    assert not _files_hold(folder, "agreed by phone")

    unlock(qtbot, window, folder, PASSPHRASE)
    qtbot.waitUntil(lambda: view.agreed.text() == "Summary agreed by phone", timeout=10_000)
    assert window.navigation.current_key == "conflicts"
    assert view.table.item(view.table.currentRow(), 1).text() == "Summary"
    view.use_agreed.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    got = run_op(qtbot, window, lambda v: v.store.get(Meeting, meeting_id))
    assert got.summary == "Summary agreed by phone"


def test_export_dialog_file_name_survives_a_lock(qtbot, demo_window, vault_dir, tmp_path):
    from app.ui.exchange.export_dialog import ExportDialog

    window = demo_window
    window.show_screen("meetings")
    from app.ui.exchange.install import open_export

    dialog = open_export(window.shell)
    wait_idle(qtbot, window)
    target = str(tmp_path / "for-licadho-may.rtbundle")
    dialog.output.clear()
    dialog.output.setFocus()
    qtbot.keyClicks(dialog.output, target)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.idle_lock.idle.emit()
    wait_idle(qtbot, window)
    assert not [d for d in window.findChildren(ExportDialog) if d.isVisible()]

    unlock(qtbot, window, vault_dir, PASSPHRASE)

    def reopened():
        shown = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
        return shown[0] if shown else None

    qtbot.waitUntil(lambda: reopened() is not None, timeout=10_000)
    wait_idle(qtbot, window)
    assert reopened().output.text() == target
    assert window.navigation.current_key == "meetings"


def test_sign_in_sheet_import_comes_back_with_its_column_choices(
    qtbot, demo_window, vault_dir, tmp_path
):
    from app.ui.meeting.attendance_import import AttendanceImportDialog

    window = demo_window
    sheet = tmp_path / "sign-in.csv"
    sheet.write_text("Participant,Institution,Gender\nRamana Sorn,CCHR,F\n", encoding="utf-8")
    shell, ws = window.shell, window.shell.workspace
    meeting_id = run_op(
        qtbot, window, lambda v: v.store.select(Meeting, "title LIKE 'NGO Leaders%'")[0].id
    )
    shell.show_meeting(meeting_id)
    qtbot.waitUntil(lambda: ws.loaded is not None, timeout=10_000)
    pr = ws.programme
    ws.tabs.setCurrentWidget(pr)
    select_row(pr.view, 1)
    session_id = pr.model.row_at(1).session.id
    dialog = pr.attendance.import_sheet()
    dialog.load_file(sheet)
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=5_000)
    dialog.columns["organisation"].setCurrentIndex(0)  # the user's choice: no organisations
    dialog.columns["role"].setCurrentIndex(dialog.columns["role"].findData(1))
    wait_idle(qtbot, window)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.idle_lock.idle.emit()
    wait_idle(qtbot, window)
    assert not [d for d in window.findChildren(AttendanceImportDialog) if d.isVisible()]

    unlock(qtbot, window, vault_dir, PASSPHRASE)

    def reopened():
        shown = [d for d in window.findChildren(AttendanceImportDialog) if d.isVisible()]
        return shown[0] if shown and shown[0].ok.isEnabled() else None

    qtbot.waitUntil(lambda: reopened() is not None, timeout=10_000)
    again = reopened()
    assert again.path == sheet and again._session_id == session_id
    assert again.columns["name"].currentData() == 0
    assert again.columns["organisation"].currentData() == -1
    assert again.columns["role"].currentData() == 1
    assert ws.tabs.currentWidget() is pr

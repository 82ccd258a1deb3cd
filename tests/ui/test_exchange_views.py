"""The exchange screens driven standalone with pytest-qt: contacts, export, import, conflicts,
verify. Work runs through Ops on its worker thread; tests wait for it, never sleep."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.crypto import signing
from app.crypto.identity import load_identity
from app.domain.records import Meeting
from app.exchange.contacts import add_contact, get_contact, own_card
from app.exchange.exporter import export_bundle
from app.exchange.importer import import_bundle
from app.ui.exchange.conflicts_view import ConflictsView
from app.ui.exchange.contacts_view import ContactsView
from app.ui.exchange.export_dialog import ExportDialog
from app.ui.exchange.import_dialog import ImportDialog
from app.ui.exchange.verify_dialog import VerifyDialog
from app.ui.ops import Ops
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import introduce, make_vault, send


@pytest.fixture
def two(tmp_path: Path):
    """Vault A (opened by the GUI's Ops) and partner B (used directly by the test)."""
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    folder = a.folder
    a.close()
    yield folder, b
    if b.conn is not None:
        b.close()


@pytest.fixture
def ops(qtbot, two):
    folder, _ = two
    ops = Ops()
    ops.open(lambda: open_vault(folder, PASSPHRASE))
    qtbot.waitUntil(lambda: not ops.is_busy, timeout=10_000)
    yield ops
    ops.shutdown()


def idle(qtbot, ops: Ops) -> None:
    qtbot.waitUntil(lambda: not ops.is_busy, timeout=15_000)


def in_vault(qtbot, ops: Ops, fn):
    box: dict = {}
    ops.run(fn, on_done=lambda r: box.update(r=r), on_error=lambda e: box.update(e=e))
    idle(qtbot, ops)
    if "e" in box:
        raise box["e"]
    return box.get("r")


def test_contacts_add_show_verify_and_export_own_card(qtbot, ops, two, tmp_path) -> None:
    _, b = two
    view = ContactsView(ops)
    qtbot.addWidget(view)
    view.on_vault_opened()
    idle(qtbot, ops)
    assert view.own_name.text() == "Org A"
    assert len(view.own_fingerprint.text().split()) == 6
    assert view.own_qr.pixmap() is not None and not view.own_qr.pixmap().isNull()
    assert view.list.count() == 0

    card = tmp_path / "b.card"
    card.write_bytes(own_card(b).raw)
    view.add_card_file(card)
    idle(qtbot, ops)
    idle(qtbot, ops)
    assert view.list.count() == 1
    assert "NOT verified" in view.list.item(0).text()
    assert view.fingerprint.text() == own_card(b).fingerprint
    assert not view.qr.pixmap().isNull()
    assert view.verify_button.isEnabled()

    view.confirm = lambda contact: False  # the user did not compare: nothing happens
    view.verify_button.click()
    idle(qtbot, ops)
    assert "NOT verified" in view.list.item(0).text()
    view.confirm = lambda contact: True
    view.verify_button.click()
    idle(qtbot, ops)
    idle(qtbot, ops)
    assert "NOT verified" not in view.list.item(0).text()
    assert not view.verify_button.isEnabled()

    target = tmp_path / "mine.card"
    view.export_own_card(target)
    idle(qtbot, ops)
    assert add_contact(b, target.read_bytes()).contact.org_name == "Org A"

    bad = tmp_path / "bad.card"
    bad.write_bytes(b"{not a card")
    view.add_card_file(bad)
    idle(qtbot, ops)
    assert view.error.isVisible() or not view.error.isHidden()
    assert "not a Roundtable contact card" in view.error.text()

    view.clear_vault_data()
    assert view.list.count() == 0 and view.own_fingerprint.text() == ""


def _introduce_gui_vault(qtbot, ops, b) -> str:
    card = in_vault(qtbot, ops, lambda v: own_card(v).raw)
    add_contact(b, card, verified=True)
    in_vault(qtbot, ops, lambda v: add_contact(v, own_card(b).raw, verified=True))
    return in_vault(qtbot, ops, lambda v: v.org_id)


def test_export_dialog_writes_a_bundle_the_partner_imports(qtbot, ops, two, tmp_path) -> None:
    _, b = two
    _introduce_gui_vault(qtbot, ops, b)
    meeting = in_vault(
        qtbot,
        ops,
        lambda v: v.store.add(Meeting(title="Exported meeting", start_date="2026-04-01")),
    )
    dialog = ExportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.on_vault_opened()
    idle(qtbot, ops)
    assert dialog.meetings.count() == 1 and dialog.recipients.count() == 1
    assert Path(dialog.output.text()).suffix == ".rtbundle"

    dialog.export_button.click()  # no recipient chosen
    assert "recipient" in dialog.error.text()
    dialog.check_recipient(b.org_id)
    dialog.export_button.click()  # no meeting chosen
    assert "meeting" in dialog.error.text()

    dialog.check_meeting(meeting.id)
    out = tmp_path / "out.rtbundle"
    dialog.output.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=15_000):
        dialog.export_button.click()
    assert out.exists()
    assert "1 meeting" in dialog.status.text()
    preview = import_bundle(b, out)
    assert preview.summary()["new"] == 1
    assert b.store.get(Meeting, meeting.id).title == "Exported meeting"


def test_export_dialog_by_date_range_and_policy(qtbot, ops, two, tmp_path) -> None:
    _, b = two
    _introduce_gui_vault(qtbot, ops, b)
    in_vault(qtbot, ops, lambda v: v.store.add(Meeting(title="Old", start_date="2001-01-01")))
    dialog = ExportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.on_vault_opened()
    idle(qtbot, ops)
    dialog.check_recipient(b.org_id)
    dialog.by_dates.setChecked(True)  # the default range (last year) holds no meeting
    dialog.policy.setCurrentIndex(dialog.policy.findData("public"))
    dialog.output.setText(str(tmp_path / "none.rtbundle"))
    dialog.export_button.click()
    idle(qtbot, ops)
    assert "No meetings match" in dialog.error.text()
    assert not (tmp_path / "none.rtbundle").exists()


def _preview_from_b(qtbot, ops, two, tmp_path, title: str):  # type: ignore[no-untyped-def]
    """Org B's bundle of one meeting titled `title`, checked in the import dialog (not applied):
    (the dialog, the meeting, the bundle's path)."""
    _, b = two
    gui_org = _introduce_gui_vault(qtbot, ops, b)
    meeting = b.store.add(Meeting(title=title, start_date="2026-05-05"))
    path = tmp_path / "b.rtbundle"
    export_bundle(b, [get_contact(b.conn, gui_org)], [meeting.id], path)
    dialog = ImportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.check_file(path)
    idle(qtbot, ops)
    return dialog, meeting, path


def test_import_dialog_previews_then_applies(qtbot, ops, two, tmp_path) -> None:
    dialog, meeting, path = _preview_from_b(qtbot, ops, two, tmp_path, "From B")
    assert "Will import: 1 new" in dialog.summary.text()
    assert dialog.changes.topLevelItemCount() == 1
    assert dialog.apply_button.isEnabled()
    # nothing applied yet
    assert in_vault(qtbot, ops, lambda v: v.store.find(Meeting, meeting.id)) is None
    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        dialog.apply_button.click()
    assert "Imported: 1 new" in dialog.summary.text()
    assert in_vault(qtbot, ops, lambda v: v.store.get(Meeting, meeting.id).title) == "From B"

    dialog.check_file(path)  # the same bundle again: a no-op, reported
    idle(qtbot, ops)
    assert "already imported" in dialog.error.text()
    assert not dialog.apply_button.isEnabled()


def test_conflicts_view_resolves_field_by_field(qtbot, ops, two, tmp_path) -> None:
    _, b = two
    gui_org = _introduce_gui_vault(qtbot, ops, b)
    meeting = b.store.add(Meeting(title="Shared", start_date="2026-06-01"))
    export_bundle(b, [get_contact(b.conn, gui_org)], [meeting.id], tmp_path / "1.rtbundle")
    in_vault(qtbot, ops, lambda v: import_bundle(v, tmp_path / "1.rtbundle"))

    def edit_here(v):
        m = v.store.get(Meeting, meeting.id)
        v.store.update(m, title="Title in A", summary="Summary in A")

    in_vault(qtbot, ops, edit_here)
    b.store.update(b.store.get(Meeting, meeting.id), title="Title in B", summary="Summary in B")
    export_bundle(b, [get_contact(b.conn, gui_org)], [meeting.id], tmp_path / "2.rtbundle")
    in_vault(qtbot, ops, lambda v: import_bundle(v, tmp_path / "2.rtbundle"))

    view = ConflictsView(ops)
    qtbot.addWidget(view)
    view.on_vault_opened()
    idle(qtbot, ops)
    assert view.table.rowCount() == 2
    rows = {view.table.item(r, 1).text(): r for r in range(2)}
    view.table.selectRow(rows["Title"])
    view.take_theirs.click()
    idle(qtbot, ops)
    idle(qtbot, ops)
    assert view.table.rowCount() == 1
    view.table.selectRow(0)
    view.agreed.setText("Agreed summary")
    view.use_agreed.click()
    idle(qtbot, ops)
    idle(qtbot, ops)
    assert view.table.rowCount() == 0 and view.empty.isVisibleTo(view)
    got = in_vault(qtbot, ops, lambda v: v.store.get(Meeting, meeting.id))
    assert (got.title, got.summary) == ("Title in B", "Agreed summary")


def test_verify_dialog_needs_no_vault(qtbot, tmp_path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    a.store.add(Meeting(title="Audited", start_date="2026-01-01"))
    path = send(a, [b], tmp_path / "x.rtbundle")
    ident = load_identity(a.conn)
    pub = tmp_path / "a.pub"
    pub.write_bytes(signing.public_key_file(ident.sign_key_id, ident.sign_public))
    other = tmp_path / "other.pub"
    other_ident = load_identity(b.conn)
    other.write_bytes(signing.public_key_file(other_ident.sign_key_id, other_ident.sign_public))
    fingerprint = own_card(a).fingerprint
    a.close()
    b.close()

    ops = Ops()  # no vault opened at all
    dialog = VerifyDialog(ops)
    qtbot.addWidget(dialog)
    dialog.bundle.setText(str(path))
    dialog.signer.setText(str(pub))
    dialog.verify_button.click()
    idle(qtbot, ops)
    assert "Signature valid." in dialog.result.text()
    assert fingerprint in dialog.result.text()
    assert "Sequence: 1" in dialog.result.text()

    dialog.signer.setText(str(other))
    dialog.verify_button.click()
    idle(qtbot, ops)
    assert dialog.result.text() == ""
    assert "different key" in dialog.error.text()
    ops.shutdown()


def test_qr_codes_are_made_off_the_gui_thread(qtbot, ops, two, tmp_path, monkeypatch) -> None:
    """segno is pure Python (10-15 ms a code, ~170 ms to import): never on the GUI thread."""
    import threading

    from app.ui.exchange import common

    _, b = two
    c = make_vault(tmp_path, "Org C")
    for partner in (b, c):
        card = tmp_path / f"{partner.org_name}.card"
        card.write_bytes(own_card(partner).raw)
        in_vault(qtbot, ops, lambda v, card=card: add_contact(v, card.read_bytes()))
    c.close()
    made_on: list[str] = []
    real = common.qr_png

    def recorded(text: str, scale: int = 6) -> bytes:
        made_on.append(threading.current_thread().name)
        return real(text, scale=scale)

    monkeypatch.setattr(common, "qr_png", recorded)
    view = ContactsView(ops)
    qtbot.addWidget(view)
    view.on_vault_opened()
    idle(qtbot, ops)
    assert view.list.count() == 2
    assert not view.own_qr.pixmap().isNull() and not view.qr.pixmap().isNull()
    view.list.setCurrentRow(1)  # its code is made when it is first shown
    qtbot.waitUntil(lambda: not view.qr.pixmap().isNull(), timeout=10_000)
    assert view.fingerprint.text() == view.selected().fingerprint
    assert len(made_on) == 3
    assert threading.main_thread().name not in made_on


def test_import_preview_shows_a_partners_title_on_one_line_without_overrides(
    qtbot, ops, two, tmp_path
) -> None:
    title = "Budget \u202etxt.exe\nDecision: approved\x1b[2J"
    dialog, _, _ = _preview_from_b(qtbot, ops, two, tmp_path, title)
    assert dialog.changes.topLevelItemCount() == 1
    shown = dialog.changes.topLevelItem(0).text(0)
    assert shown == "Budget txt.exe Decision: approved\ufffd[2J"


def test_conflicting_values_from_a_partner_show_without_overrides(qtbot, ops, two, tmp_path):
    """The user picks between the two values: a partner's right-to-left override or line break
    must not make its value read as something else."""
    _, b = two
    gui_org = _introduce_gui_vault(qtbot, ops, b)
    meeting = b.store.add(Meeting(title="Shared", start_date="2026-06-01"))
    export_bundle(b, [get_contact(b.conn, gui_org)], [meeting.id], tmp_path / "1.rtbundle")
    in_vault(qtbot, ops, lambda v: import_bundle(v, tmp_path / "1.rtbundle"))
    in_vault(qtbot, ops, lambda v: v.store.update(v.store.get(Meeting, meeting.id), title="Ours"))
    hostile = "Budget \u202e0001 USD\nTake theirs: safe\x1b[2J"
    b.store.update(b.store.get(Meeting, meeting.id), title=hostile)
    export_bundle(b, [get_contact(b.conn, gui_org)], [meeting.id], tmp_path / "2.rtbundle")
    in_vault(qtbot, ops, lambda v: import_bundle(v, tmp_path / "2.rtbundle"))
    view = ConflictsView(ops)
    qtbot.addWidget(view)
    view.on_vault_opened()
    idle(qtbot, ops)
    cells = [view.table.item(0, c).text() for c in range(view.table.columnCount())]
    # Marked, not dropped: a value that differs from another only there must not look the same.
    assert "Budget \ufffd0001 USD \u23ce Take theirs: safe\ufffd[2J" in cells
    assert "Ours" in cells
    assert not any("\u202e" in t or "\n" in t or "\x1b" in t for t in cells)


def test_conflict_values_that_differ_only_in_invisible_characters_look_different() -> None:
    from app.ui.exchange.conflicts_view import _show

    for one, other in (
        ("Budget approved.\nPayment to Org X", "Budget approved. Payment to Org X"),
        ("Budget\tapproved", "Budget approved"),
        ("Org \u202eB", "Org B"),
        ("ab\r\ncd", "ab cd"),
    ):
        assert _show(one) != _show(other), (one, other)
    assert _show("សហជីព\u200bកម្មករ") == "សហជីព\u200bកម្មករ"  # Khmer's word break kept


def test_export_dialog_lists_meeting_titles_without_overrides(qtbot, ops, two) -> None:
    """Which meetings leave the vault is chosen from this list: a title brought by a partner
    must not read as another meeting (a right-to-left override, a line break)."""
    _, b = two
    _introduce_gui_vault(qtbot, ops, b)
    hostile = "Budget \u202etxt.exe\nLeaders' meeting\x1b[2J"
    in_vault(qtbot, ops, lambda v: v.store.add(Meeting(title=hostile, start_date="2026-02-23")))
    dialog = ExportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.on_vault_opened()
    idle(qtbot, ops)
    texts = [dialog.meetings.item(i).text() for i in range(dialog.meetings.count())]
    assert "2026-02-23  Budget txt.exe Leaders' meeting\ufffd[2J" in texts

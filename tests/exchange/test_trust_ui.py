"""Held-back privacy changes and refused changes as users meet them: the CLI's import output and
`conflicts` commands, the import dialog and the Conflicts screen (pytest-qt)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.domain.records import Meeting, Person
from app.exchange.importer import import_bundle
from app.ui.exchange.conflicts_view import ConflictsView
from app.ui.exchange.import_dialog import ImportDialog
from app.ui.ops import Ops
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import introduce, make_vault, send
from tests.exchange.test_trust_rules import NAME, VENUE, _sensitive_meeting


@pytest.fixture
def reply(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """B's folder, A's reply lowering both flags (not imported yet), and the record ids."""
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    person, meeting = _sensitive_meeting(b)
    import_bundle(a, send(b, [a], tmp_path / "b1.rtbundle", [meeting.id], policy="partners"))
    a.store.update(a.store.get(Person, person.id), anonymous=False)
    a.store.update(a.store.get(Meeting, meeting.id), location_sensitive=False)
    path = send(a, [b], tmp_path / "a1.rtbundle", [meeting.id], policy="partners")
    folder = b.folder
    a.close()
    b.close()
    return folder, path, person.id, meeting.id


def rt(*args: object) -> int:
    return main([str(a) for a in args])


def test_cli_import_says_what_was_held_back_and_conflicts_resolve(reply, capsys) -> None:
    folder, path, person_id, meeting_id = reply
    assert rt("import", "--vault", folder, path) == 0
    out = capsys.readouterr().out
    assert "2 privacy change(s) held back" in out
    assert "held      people" in out and "held      meetings" in out
    assert rt("conflicts", "list", "--vault", folder) == 0
    out = capsys.readouterr().out
    assert f"would reveal Name: {NAME}" in out and f"would reveal Venue: {VENUE}" in out
    assert rt("conflicts", "list", "--vault", folder, "--json") == 0
    listed = {c["field"]: c for c in json.loads(capsys.readouterr().out)}
    anon, venue = listed["anonymous"], listed["location_sensitive"]
    assert anon["kind"] == "privacy" and {"what": "Name", "value": NAME} in anon["reveals"]
    # Accepting a reveal needs --yes; without it nothing changes and the reveal is shown.
    assert rt("conflicts", "resolve", "--vault", folder, anon["id"], "--accept") == 1
    captured = capsys.readouterr()
    assert f"Would reveal Name: {NAME}" in captured.out and "--yes" in captured.err
    assert rt("conflicts", "resolve", "--vault", folder, anon["id"], "--accept", "--yes") == 0
    assert rt("conflicts", "resolve", "--vault", folder, venue["id"], "--keep") == 0
    assert rt("conflicts", "resolve", "--vault", folder, venue["id"], "--keep") == 1  # gone
    with open_vault(folder, PASSPHRASE) as b:
        assert b.store.get(Person, person_id).anonymous is False
        assert b.store.get(Meeting, meeting_id).location_sensitive is True
    assert rt("conflicts", "list", "--vault", folder) == 0
    assert "No conflicts" in capsys.readouterr().out


@pytest.fixture
def gui_b(qtbot, reply):
    folder, path, person_id, meeting_id = reply
    ops = Ops()
    ops.open(lambda: open_vault(folder, PASSPHRASE))
    qtbot.waitUntil(lambda: not ops.is_busy, timeout=10_000)
    yield ops, path, person_id, meeting_id
    ops.shutdown()


def _idle(qtbot, ops: Ops) -> None:
    qtbot.waitUntil(lambda: not ops.is_busy, timeout=15_000)


def test_import_dialog_and_conflicts_screen(qtbot, gui_b) -> None:
    ops, path, person_id, meeting_id = gui_b
    dialog = ImportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.check_file(path)
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=15_000)
    assert "2 privacy change(s) held back" in dialog.summary.text()
    assert "stays set until you accept" in dialog.warnings.text()
    kinds = {
        dialog.changes.topLevelItem(i).text(1) for i in range(dialog.changes.topLevelItemCount())
    }
    assert kinds == {"Privacy change held back"}
    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        dialog.apply()

    view = ConflictsView(ops)
    qtbot.addWidget(view)
    view.on_vault_opened()
    _idle(qtbot, ops)
    assert view.table.rowCount() == 2
    rows = {view.table.item(r, 1).text(): r for r in range(2)}
    view.table.selectRow(rows["Anonymous"])
    assert view.keep_ours.text() == "Keep protected"
    assert view.take_theirs.text() == "Accept: make visible"
    assert not view.use_agreed.isEnabled()
    assert f"Name: {NAME}" in view.reveals.text() and "Org A" in view.reveals.text()
    view.keep_ours.click()
    _idle(qtbot, ops)
    _idle(qtbot, ops)
    assert view.table.rowCount() == 1
    view.table.selectRow(0)
    assert f"Venue: {VENUE}" in view.reveals.text()
    view.take_theirs.click()
    _idle(qtbot, ops)
    _idle(qtbot, ops)
    assert view.table.rowCount() == 0

    box: dict = {}
    ops.run(
        lambda v: (
            v.store.get(Person, person_id).anonymous,
            v.store.get(Meeting, meeting_id).location_sensitive,
        ),
        on_done=lambda r: box.update(r=r),
    )
    _idle(qtbot, ops)
    assert box["r"] == (True, False)


def test_cli_import_lists_refused_changes(tmp_path: Path, monkeypatch, capsys) -> None:
    from tests.exchange.test_trust_rules import _forged

    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    kept = b.store.add(Meeting(title="Internal", start_date="2026-03-02"))
    path = _forged(tmp_path, a, b, ("meetings", kept.id, {"title": [0, 1, "Retitled"]}))
    folder = b.folder
    a.close()
    b.close()
    assert rt("import", "--vault", folder, path, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "1 change(s) refused" in out and "refused   meetings  Internal" in out
    assert rt("import", "--vault", folder, path, "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["summary"]["refused"] == 1 and doc["refused"][0]["id"] == kept.id
    with open_vault(folder, PASSPHRASE) as b:
        assert b.store.get(Meeting, kept.id).title == "Internal"

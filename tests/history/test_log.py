"""The change log across vaults (docs/history.md): every export signs its checkpoint, the
import checks that the sender's chain only grew, and full bundles carry history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.crypto.bundle_reader import OuterBundle
from app.domain.records import Decision, Meeting
from app.errors import BundleContentInvalid, LogProofInvalid
from app.exchange import log_check
from app.exchange.importer import import_bundle, prepare_import
from app.storage import history
from app.vault import Vault
from tests.exchange.helpers import introduce, make_vault, send


@pytest.fixture
def pair(tmp_path: Path):
    a, b = make_vault(tmp_path, "Alpha Rights"), make_vault(tmp_path, "Bravo Union")
    introduce(a, b)
    yield a, b
    a.close()
    b.close()


def _meeting(vault: Vault, title: str = "Leaders' meeting") -> Meeting:
    meeting = vault.store.add(Meeting(title=title, start_date="2026-01-10"))
    vault.store.add(Decision(meeting_id=meeting.id, text="Publish the statement"))
    return meeting


def _checkpoint(path: Path, vault: Vault) -> tuple[int | None, str]:
    from app.crypto.identity import load_identity

    ident = load_identity(vault.conn)
    with OuterBundle(path, keep_payload=False) as outer:
        header = outer.verify(ident.sign_key_id, ident.sign_public)
    return header.log_count, header.log_head


def test_every_export_signs_the_current_head(pair, tmp_path: Path) -> None:
    a, b = pair
    _meeting(a)
    path = send(a, [b], tmp_path / "1.rtbundle", policy="partners")
    count, head = history.head(a.conn)
    assert _checkpoint(path, a) == (count, head.hex())


def test_the_import_checks_that_the_senders_chain_only_grew(pair, tmp_path: Path) -> None:
    a, b = pair
    meeting = _meeting(a)
    first = import_bundle(b, send(a, [b], tmp_path / "1.rtbundle", policy="partners"))
    assert first.log is not None and first.log.status == log_check.FIRST
    a.store.update(meeting, title="Edited")
    second = import_bundle(b, send(a, [b], tmp_path / "2.rtbundle", policy="partners"))
    assert second.log is not None and second.log.status == log_check.GREW
    assert not [w for w in second.warnings if "change log" in w]
    row = b.conn.execute("SELECT count, head FROM log_peers WHERE org_id = ?", (a.org_id,))
    assert tuple(row.fetchone()) == (history.head(a.conn)[0], history.head(a.conn)[1].hex())


def _rewrite_last(vault: Vault, n: int) -> None:
    """What a sender hiding a change it already sent would do: drop its last `n` entries."""
    count = history.head(vault.conn)[0]
    vault.conn.execute("DELETE FROM history WHERE n > ?", (count - n,))


@pytest.mark.parametrize("more_edits", [0, 5])
def test_a_rewritten_chain_is_detected_and_named(pair, tmp_path: Path, more_edits: int) -> None:
    a, b = pair
    meeting = _meeting(a)
    a.store.update(meeting, title="Said in the meeting")
    import_bundle(b, send(a, [b], tmp_path / "1.rtbundle", policy="partners"))
    _rewrite_last(a, 2)  # the sender erases what it had already sent ...
    for i in range(more_edits):  # ... and may even grow past the old count
        a.store.update(meeting, summary=f"edit {i}")
    preview = import_bundle(b, send(a, [b], tmp_path / "2.rtbundle", policy="partners"))
    assert preview.log is not None and preview.log.status == log_check.REWRITTEN
    (warning,) = [w for w in preview.warnings if "change log" in w]
    assert "Alpha Rights" in warning
    assert "fingerprint" in warning


def test_a_proof_that_does_not_reach_the_signed_head_refuses_the_bundle(
    pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    meeting = _meeting(a)
    import_bundle(b, send(a, [b], tmp_path / "1.rtbundle", policy="partners"))
    a.store.update(meeting, title="Edited")
    real = history.leaves
    monkeypatch.setattr(history, "leaves", lambda conn, x, y: [bytes(32) for _ in real(conn, x, y)])
    path = send(a, [b], tmp_path / "2.rtbundle", policy="partners")
    monkeypatch.undo()
    with pytest.raises(LogProofInvalid):
        prepare_import(b, path)
    assert b.conn.execute("SELECT count(*) FROM seen_bundles").fetchone()[0] == 1


def test_history_travels_in_full_bundles_only(pair, tmp_path: Path) -> None:
    a, b = pair
    meeting = _meeting(a)
    a.store.update(meeting, title="Second title")
    import_bundle(b, send(a, [b], tmp_path / "p.rtbundle", policy="partners"))
    assert history.size(b.conn)["received"] == 0
    a.store.update(meeting, title="Third title")
    import_bundle(b, send(a, [b], tmp_path / "f.rtbundle", policy="full"))
    _now, entries = history.record_history(b.conn, meeting.id)
    received = [e for e in entries if e.device]
    assert {e.device for e in received} == {a.org_id}
    assert ("title", "Quarterly") not in {(c.field, c.before) for e in received for c in e.changes}
    assert "Second title" in {c.before for e in received for c in e.changes}
    # The import itself is in B's own chain, attributed to the bundle it came in.
    own = [e for e in entries if not e.device]
    assert own and all(e.org_id == a.org_id and e.bundle_id for e in own)


def test_a_merge_keeps_the_losing_value(pair, tmp_path: Path) -> None:
    a, b = pair
    meeting = _meeting(a)
    import_bundle(b, send(a, [b], tmp_path / "1.rtbundle"))
    b.store.update(b.store.get(Meeting, meeting.id), title="Bravo's title")
    a.store.update(meeting, title="Alpha's title")
    import_bundle(b, send(a, [b], tmp_path / "2.rtbundle"))
    _now, entries = history.record_history(b.conn, meeting.id)
    kept = {
        str(v)
        for e in entries
        if not e.device
        for v in [*(c.before for c in e.changes), *e.other.values()]
    }
    assert {"Bravo's title", "Alpha's title"} <= kept
    # Imports chain their entries in memory and insert them together: the chain still holds.
    assert history.verify_chain(b.conn)[1] is None
    assert history.verify_chain(a.conn)[1] is None


def test_a_hostile_history_file_refuses_the_bundle(pair, tmp_path: Path) -> None:
    with pytest.raises(BundleContentInvalid):
        log_check.received_history({"format": "roundtable-history/1", "entries": [{}]}, set())
    bad = {
        "n": 1,
        "t": "people",
        "id": "x",
        "at": "",
        "org": "o",
        "bundle": "",
        "kind": "update",
        "rev": 1,
        "before": {"password": "x"},
        "other": {},
    }
    with pytest.raises(BundleContentInvalid):
        log_check.received_history({"format": "roundtable-history/1", "entries": [bad]}, set())
    bad["before"] = {"name": "ok"}
    assert log_check.received_history(
        {"format": "roundtable-history/1", "entries": [bad]}, {("people", "x")}
    ) == [bad]


def test_full_bundles_carry_only_history_not_sent_before(pair, tmp_path: Path) -> None:
    a, b = pair
    meeting = _meeting(a)
    a.store.update(meeting, title="Second title")
    first = import_bundle(b, send(a, [b], tmp_path / "1.rtbundle", policy="full"))
    assert first.log is not None
    held = history.size(b.conn)["received"]
    assert held >= 3  # the meeting's creation and edit, the decision's creation
    a.store.update(meeting, title="Third title")
    path = send(a, [b], tmp_path / "2.rtbundle", policy="full")
    from tests.exchange.helpers import decrypt_inner

    inner = dict(decrypt_inner(path, b))
    entries = json.loads(inner["history.json"])["entries"]
    assert [e["before"] for e in entries] == [{"title": "Second title"}]  # only the new edit
    import_bundle(b, path)
    assert history.size(b.conn)["received"] == held + 1


def test_a_gap_is_said_not_taken_for_a_rewrite(pair, tmp_path: Path) -> None:
    a, b = pair
    meeting = _meeting(a)
    import_bundle(b, send(a, [b], tmp_path / "1.rtbundle", policy="partners"))
    a.store.update(meeting, title="Edited")
    send(a, [b], tmp_path / "2.rtbundle", policy="partners")  # never imported by b
    a.store.update(meeting, title="Edited again")
    preview = import_bundle(b, send(a, [b], tmp_path / "3.rtbundle", policy="partners"))
    assert preview.log is not None and preview.log.status == log_check.UNCHECKED
    assert any("could not be checked" in w for w in preview.warnings)


def test_history_is_kept_only_for_records_the_sender_may_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review (rev15): a partner that merely carries a record it may not change (it reached it
    through a third organisation; trust rule 1) must not plant its "history" of that record."""
    from tests.exchange.helpers import make_vault

    a, b, c = (make_vault(tmp_path, n) for n in ("Alpha Rights", "Bravo Union", "Charlie Aid"))
    try:
        introduce(a, b, c)
        meeting = _meeting(b)
        import_bundle(c, send(b, [c], tmp_path / "1.rtbundle"))
        import_bundle(a, send(c, [a], tmp_path / "2.rtbundle"))  # a got it only through c
        planted = {
            "n": 1,
            "t": "meetings",
            "id": meeting.id,
            "at": "2026-01-11T00:00:00.000000Z",
            "org": b.org_id,
            "bundle": "",
            "kind": "update",
            "rev": 2,
            "before": {"title": "Planted earlier title"},
            "other": {},
        }
        monkeypatch.setattr(history, "export_rows", lambda *_a, **_k: [planted])
        preview = import_bundle(b, send(a, [b], tmp_path / "3.rtbundle", policy="full"))
        assert not preview.refused  # carried unchanged: not a refused change, not a change
        _now, entries = history.record_history(b.conn, meeting.id)
        assert not [e for e in entries if e.device]
    finally:
        for v in (a, b, c):
            v.close()


def test_a_history_file_with_broken_text_refuses_the_bundle_cleanly(
    pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review (rev15): history.json is JSON, and JSON can spell a lone surrogate ("\\ud800")
    that no UTF-8 writer accepts. It must refuse the bundle before any write, not crash the
    import half way (a traceback)."""
    a, b = pair
    meeting = _meeting(a)
    planted = {
        "n": 1,
        "t": "meetings",
        "id": meeting.id,
        "at": "2026-01-11T00:00:00.000000Z",
        "org": a.org_id,
        "bundle": "",
        "kind": "update",
        "rev": 2,
        "before": {"title": "broken \ud800 text"},
        "other": {},
    }
    monkeypatch.setattr(history, "export_rows", lambda *_a, **_k: [planted])
    monkeypatch.setattr(
        history,
        "canonical",
        lambda v: json.dumps(v, sort_keys=True, separators=(",", ":")).encode(),
    )
    path = send(a, [b], tmp_path / "1.rtbundle", policy="full")
    monkeypatch.undo()
    with pytest.raises(BundleContentInvalid):
        prepare_import(b, path)
    assert b.conn.execute("SELECT count(*) FROM seen_bundles").fetchone()[0] == 0
    planted["before"] = {"title": "fine"}
    planted["rev"] = 2**70  # beyond what SQLite can store
    with pytest.raises(BundleContentInvalid):
        log_check.received_history(
            {"format": "roundtable-history/1", "entries": [planted]}, {("meetings", meeting.id)}
        )


def test_a_partners_record_under_one_of_our_ids_never_mixes_into_its_history(
    pair, tmp_path: Path
) -> None:
    """Review (rev15): ids are unique per table, so a partner may bring a record of another
    kind under the id of one of ours. Its changes must not show as our record's history, nor
    come back into our record on a restore."""
    from app.domain.records import Objective

    a, b = pair
    meeting = _meeting(b, "Bravo's meeting")
    decision = b.store.add(Decision(meeting_id=meeting.id, text="Our decision"))
    import_bundle(a, send(b, [a], tmp_path / "1.rtbundle"))
    planted = a.store.add(Objective(id=decision.id, meeting_id=meeting.id, text="Planted one"))
    import_bundle(b, send(a, [b], tmp_path / "2.rtbundle"))
    b.store.update(b.store.get(Decision, decision.id), text="Our decision, edited")
    a.store.update(planted, text="Planted two")
    import_bundle(b, send(a, [b], tmp_path / "3.rtbundle"))

    now, entries = history.record_history(b.conn, decision.id)
    assert isinstance(now, Decision)
    assert {e.table for e in entries} == {"decisions"}
    history.restore_version(b.store, decision.id, entries[0].n)
    assert b.store.get(Decision, decision.id).text == "Our decision"


def test_a_rewrite_cannot_pass_for_a_gap_when_no_bundle_was_missed(pair, tmp_path: Path) -> None:
    """Review (rev15): a proof that starts after the checkpoint we hold means "you missed
    bundles in between" -- only possible if the sender's sequence numbers skipped. A sender
    whose next bundle follows the last one we imported, with such a proof, rewrote its log
    and tried to pass it off as a gap (which is then forgotten)."""
    a, b = pair
    meeting = _meeting(a)
    import_bundle(b, send(a, [b], tmp_path / "1.rtbundle", policy="partners"))
    a.conn.execute("DELETE FROM history WHERE n > 1")  # the rewrite
    for i in range(5):
        a.store.update(a.store.get(Meeting, meeting.id), title=f"Rewritten {i}")
    count, _head = history.head(a.conn)
    a.conn.execute("UPDATE log_sent SET count = ?", (count,))  # proof starts past ours
    preview = import_bundle(b, send(a, [b], tmp_path / "2.rtbundle", policy="partners"))
    assert preview.log is not None and preview.log.status == log_check.REWRITTEN


def test_a_history_entry_with_a_list_for_its_table_or_kind_is_refused_cleanly() -> None:
    """An unhashable table or kind was looked up in a set and crashed the check with a
    TypeError ("internal error") instead of refusing the bundle."""
    entry = {
        "n": 1,
        "t": "people",
        "id": "x",
        "at": "",
        "org": "o",
        "bundle": "",
        "kind": "update",
        "rev": 1,
        "before": {},
        "other": {},
    }
    for key in ("t", "kind"):
        bad = {**entry, key: ["people"]}
        with pytest.raises(BundleContentInvalid):
            log_check.received_history({"format": "roundtable-history/1", "entries": [bad]}, None)

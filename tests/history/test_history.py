"""Revision history (docs/history.md): every change keeps the earlier value; restore is a new
change; deleted records come back; the chain of entries is tamper-evident."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.domain.records import ActionItem, Decision, Meeting, MinuteEntry
from app.storage import history
from app.storage.schema import LATEST_VERSION
from app.vault import Vault, open_vault


def _meeting(vault: Vault) -> Meeting:
    return vault.store.add(Meeting(title="Quarterly leaders' meeting", start_date="2026-01-10"))


def test_every_change_keeps_the_earlier_value(vault: Vault) -> None:
    store = vault.store
    meeting = _meeting(vault)
    store.update(meeting, title="Quarterly meeting")
    store.update(meeting, title="Leaders' meeting", summary="Held in Phnom Penh")
    now, entries = history.record_history(vault.conn, meeting.id)
    assert now is not None and now.title == "Leaders' meeting"
    assert [e.kind for e in entries] == ["create", "update", "update"]
    assert all(e.org_id == vault.org_id and e.bundle_id == "" for e in entries)
    created = {c.field: c.after for c in entries[0].changes}
    assert created["title"] == "Quarterly leaders' meeting"
    assert [(c.field, c.before, c.after) for c in entries[1].changes] == [
        ("title", "Quarterly leaders' meeting", "Quarterly meeting")
    ]
    assert {(c.field, c.before, c.after) for c in entries[2].changes} == {
        ("title", "Quarterly meeting", "Leaders' meeting"),
        ("summary", "", "Held in Phnom Penh"),
    }


def test_each_kind_of_record_keeps_history(vault: Vault) -> None:
    store = vault.store
    meeting = _meeting(vault)
    decision = store.add(Decision(meeting_id=meeting.id, text="Publish"))
    action = store.add(ActionItem(text="Draft", origin_meeting_id=meeting.id))
    entry = store.add(MinuteEntry(agenda_item_id="", meeting_id=meeting.id, text="Said"))
    for record, name in ((decision, "text"), (action, "text"), (entry, "text")):
        store.update(record, **{name: "changed"})
        _now, entries = history.record_history(vault.conn, record.id)
        assert entries[-1].changes[0].before != "changed"
        assert entries[-1].changes[0].after == "changed"


def test_restore_an_older_value_is_a_new_change_and_can_be_undone(vault: Vault) -> None:
    store = vault.store
    meeting = _meeting(vault)
    store.update(meeting, title="Wrong title")
    _now, entries = history.record_history(vault.conn, meeting.id)
    first = entries[0].n
    previous = history.restore_version(store, meeting.id, first)
    assert store.get(Meeting, meeting.id).title == "Quarterly leaders' meeting"
    _now, entries = history.record_history(vault.conn, meeting.id)
    assert [e.kind for e in entries] == ["create", "update", "update"]  # nothing rewritten
    history.restore_values(store, meeting.id, previous)  # the undo
    assert store.get(Meeting, meeting.id).title == "Wrong title"


def test_deleted_records_are_found_and_restored(vault: Vault) -> None:
    store = vault.store
    meeting = _meeting(vault)
    decision = store.add(Decision(meeting_id=meeting.id, text="Publish the statement"))
    store.delete(decision)
    found = history.deleted_records(vault.conn)
    assert [(d.table, d.record_id, d.label) for d in found] == [
        ("decisions", decision.id, "Publish the statement")
    ]
    _now, entries = history.record_history(vault.conn, decision.id)
    assert entries[-1].kind == "delete"
    history.restore_version(store, decision.id, entries[0].n)
    assert store.get(Decision, decision.id).text == "Publish the statement"
    assert history.deleted_records(vault.conn) == []
    _now, entries = history.record_history(vault.conn, decision.id)
    assert entries[-1].kind == "restore"


def test_the_chain_detects_an_edited_entry(vault: Vault) -> None:
    store = vault.store
    meeting = _meeting(vault)
    store.update(meeting, title="Second")
    store.update(meeting, title="Third")
    count, problem = history.verify_chain(vault.conn)
    assert problem is None and count == history.head(vault.conn)[0]
    n = history.record_history(vault.conn, meeting.id)[1][1].n
    vault.conn.execute("UPDATE history SET before = ? WHERE n = ?", ('{"title":"Forged"}', n))
    assert history.verify_chain(vault.conn)[1] == n


def test_history_does_not_change_listings_or_search_tables(vault: Vault) -> None:
    """History is kept apart: its own table, indexed by record id."""
    plan = vault.conn.execute(
        "EXPLAIN QUERY PLAN SELECT n FROM history WHERE record_id = ? ORDER BY n", ("x",)
    ).fetchall()
    assert any("history_record" in str(row) for row in plan)


def test_migration_from_v1_starts_an_empty_history(tmp_path: Path) -> None:
    source = Path(__file__).parents[1] / "data" / "vault-v1"
    folder = tmp_path / "v1"
    shutil.copytree(source, folder)
    vault = open_vault(folder, "fixture passphrase v1 kampot")
    try:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert history.head(vault.conn) == (0, history.ZERO_HEAD)
        meeting = vault.store.select(Meeting, limit=1)[0]
        vault.store.update(meeting, title="Edited after the upgrade")
        _now, entries = history.record_history(vault.conn, meeting.id)
        assert [e.kind for e in entries] == ["update"]
        assert entries[0].changes[0].after == "Edited after the upgrade"
        assert history.verify_chain(vault.conn)[1] is None
    finally:
        vault.close()


def test_the_fast_leaf_is_the_canonical_entry_hash(vault: Vault) -> None:
    """`_leaf_of_row` (no JSON round trip) equals SHA-256 of the documented canonical entry."""
    store = vault.store
    meeting = _meeting(vault)
    store.update(meeting, title='Ti\u0000tle "quoted" \\ ក\n', summary="x")
    for row in vault.conn.execute(f"SELECT {history._COLUMNS} FROM history"):
        assert history._leaf_of_row(row) == history.leaf_hash(history._entry(row))


def test_deleted_records_come_from_an_index_of_tombstones(vault: Vault) -> None:
    from app.domain.records import TYPE_BY_TABLE

    for table in TYPE_BY_TABLE:
        plan = vault.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM {table} WHERE deleted = 1 "
            "ORDER BY updated_at DESC LIMIT 200"
        ).fetchall()
        assert any(f"{table}_tombstones" in str(row) for row in plan), (table, plan)


def test_a_meetings_changes_and_older_pages(vault: Vault) -> None:
    store = vault.store
    one, two = _meeting(vault), _meeting(vault)
    decision = store.add(Decision(meeting_id=one.id, text="Publish"))
    store.update(two, title="Other meeting")
    listed = history.recent_changes(vault.conn, meeting_id=one.id)
    assert {r.record_id for r in listed} == {one.id, decision.id}
    first = history.recent_changes(vault.conn, limit=2)
    older = history.recent_changes(vault.conn, limit=2, before_n=first[-1].n)
    assert [r.n for r in first + older] == sorted((r.n for r in first + older), reverse=True)
    assert len({r.n for r in first + older}) == 4


def test_a_restore_never_lowers_a_protection_raised_since(vault: Vault) -> None:
    """Review (rev15): restoring an earlier version (to undo a wrong note, say) must not quietly
    make a witness named again or a confidential minute shareable: privacy flags raised since
    that version stay raised (the user lowers them in the editor, on purpose)."""
    from app.domain.records import Person

    person = vault.store.add(Person(name="Sok Dara", notes="met in March"))
    person = vault.store.update(person, notes="met in April")
    person = vault.store.update(person, anonymous=True, code_name="Witness 1")
    first = history.record_history(vault.conn, person.id)[1][0].n
    history.restore_version(vault.store, person.id, first)
    restored = vault.store.get(Person, person.id)
    assert restored.notes == "met in March"  # the version came back
    assert restored.anonymous  # the protection did not go away with it

    meeting = _meeting(vault)
    entry = vault.store.add(
        MinuteEntry(agenda_item_id="", meeting_id=meeting.id, text="Names the source")
    )
    entry = vault.store.update(entry, confidential=True)
    first = history.record_history(vault.conn, entry.id)[1][0].n
    history.restore_version(vault.store, entry.id, first)
    assert vault.store.get(MinuteEntry, entry.id).confidential

from __future__ import annotations

import pytest

from app.domain.records import ActionItem, Meeting, MinuteEntry, Person
from app.domain.values import ActionStatus
from app.errors import InvalidInput, NotFound
from app.storage.actions import carry_over, next_in_series, set_status
from app.storage.meetings import load_meeting
from app.storage.search import search


def test_add_sets_bookkeeping_and_update_bumps_the_revision(vault) -> None:
    store = vault.store
    m = store.add(Meeting(title="First"))
    assert (m.revision, m.changed_by, m.deleted) == (1, vault.org_id, False)
    assert m.created_at == m.updated_at
    store.update(m, title="Second")
    again = store.get(Meeting, m.id)
    assert again.title == "Second" and again.revision == 2
    assert again.created_at == m.created_at and again.updated_at >= m.created_at
    store.update(again)  # nothing changed: no new revision
    assert store.get(Meeting, m.id).revision == 2


def test_delete_is_a_tombstone_that_leaves_views_and_search(vault) -> None:
    store = vault.store
    p = store.add(Person(name="Ros Sreymom"))
    assert search(vault.conn, "Sreymom").total == 1
    store.delete(p)
    with pytest.raises(NotFound):
        store.get(Person, p.id)
    tomb = store.get(Person, p.id, include_deleted=True)
    assert tomb.deleted and tomb.revision == 2
    assert store.select(Person, "name = ?", ["Ros Sreymom"]) == []
    assert search(vault.conn, "Sreymom").total == 0


def test_updated_text_is_reindexed(vault) -> None:
    store = vault.store
    e = store.add(MinuteEntry(agenda_item_id="a", meeting_id="m", text="about elections"))
    store.update(e, text="about land rights ដីធ្លី")
    assert search(vault.conn, "elections").total == 0
    assert search(vault.conn, "land").total == 1
    assert search(vault.conn, "ដីធ្លី").total == 1


def test_a_failed_transaction_leaves_nothing(vault) -> None:
    store = vault.store
    before = store.count(Meeting)
    with pytest.raises(RuntimeError), store.transaction():
        store.add(Meeting(title="half"))
        raise RuntimeError("boom")
    assert store.count(Meeting) == before
    assert search(vault.conn, "half").total == 0


def test_duplicate_ids_are_refused(vault) -> None:
    m = vault.store.add(Meeting(title="x"))
    with pytest.raises(InvalidInput):
        vault.store.add(Meeting(id=m.id, title="y"))


def test_demo_meeting_loads_whole(demo_vault) -> None:
    store = demo_vault.store
    first = store.select(Meeting, "title LIKE ?", ["%February 2025%"])[0]
    detail = load_meeting(store, first.id)
    assert [s.session.date for s in detail.sessions] == ["2025-02-23", "2025-02-24", "2025-02-25"]
    assert len(detail.sessions[1].attendees) == 16
    assert len({a.organisation.kind for a in detail.sessions[2].attendees}) >= 3
    assert detail.objectives and detail.decisions and detail.attachments
    assert any(e.confidential for s in detail.sessions for a in s.agenda for e in a.entries)
    balance = detail.gender_balance()
    assert balance.total == len(detail.unique_attendees())
    assert balance.percent("woman") + balance.percent("man") + balance.percent("non_binary") in (
        99,
        100,
        101,
    )
    assert detail.next_meeting is not None and detail.next_meeting.start_date == "2025-06-15"
    assert {t.name for t in detail.themes} >= {"Trade preferences (EBA)", "Digital security"}


def test_demo_has_twenty_people_from_fifteen_organisations_and_every_status(demo_vault) -> None:
    conn = demo_vault.conn
    attendees = conn.execute("SELECT count(DISTINCT person_id) FROM attendance").fetchone()[0]
    orgs = conn.execute("SELECT count(DISTINCT organisation_id) FROM attendance").fetchone()[0]
    assert attendees >= 20 and orgs >= 15
    statuses = {r[0] for r in conn.execute("SELECT status FROM action_items")}
    assert statuses == {s.value for s in ActionStatus}


def test_carry_over_moves_unfinished_items_to_the_next_meeting(demo_vault) -> None:
    store = demo_vault.store
    meetings = store.select(Meeting, "series_id != ''", order_by="start_date")
    first, second = meetings[0], meetings[1]
    item = store.add(ActionItem(text="Write the letter", origin_meeting_id=first.id))
    done = store.add(ActionItem(text="Already done", origin_meeting_id=first.id))
    set_status(store, done, ActionStatus.DONE)
    assert next_in_series(store, first).id == second.id
    moved = carry_over(store, first.id, second.id)
    assert item.id in {m.id for m in moved} and done.id not in {m.id for m in moved}
    again = store.get(ActionItem, item.id)
    assert again.followup_meeting_id == second.id and again.origin_meeting_id == first.id
    assert store.get(ActionItem, done.id).completed_on != ""
    assert item.id not in {m.id for m in carry_over(store, first.id, second.id)}  # idempotent

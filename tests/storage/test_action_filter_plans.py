"""Owner, organisation and meeting filters of the action list.

Their `+a.deleted` keeps SQLite from scanning every item through actions_due on the 10-year
benchmark vault (bench/gui_bench.py shows it: 60-590 ms before, under 2 ms after); the query
plan on a small test vault is the same either way, so these tests pin the results instead.
"""

from __future__ import annotations

from app.domain.records import ActionItem
from app.storage import queries


def test_owner_and_meeting_filters_keep_only_live_matching_items(demo_vault) -> None:
    conn = demo_vault.conn
    everything = queries.list_actions(conn, limit=1000)
    person = next(r for r in everything if r.owner_person_id)
    dropped = demo_vault.store.get(ActionItem, person.id)
    demo_vault.store.delete(dropped)  # a tombstone must not come back through the + clause
    everything = queries.list_actions(conn, limit=1000)
    for flt, keep in (
        (
            queries.ActionFilter(owner_person_id=person.owner_person_id),
            lambda r: r.owner_person_id == person.owner_person_id,
        ),
        (
            queries.ActionFilter(meeting_id=person.origin_meeting_id),
            lambda r: person.origin_meeting_id in (r.origin_meeting_id, r.followup_meeting_id),
        ),
    ):
        expected = [r for r in everything if keep(r)]
        assert queries.list_actions(conn, flt) == expected
        assert queries.count_actions(conn, flt) == len(expected)
        assert dropped.id not in {r.id for r in queries.list_actions(conn, flt)}

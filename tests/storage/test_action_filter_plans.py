"""Owner and meeting filters of the action list are served by their own indexes."""

from __future__ import annotations

from app.storage import queries


def _plan(vault, flt: queries.ActionFilter) -> str:
    where, params = flt.where()
    sql = (
        f"SELECT a.id {queries._ACTION_FROM} WHERE {where} "
        f"ORDER BY {queries._order(queries.ACTION_SORTS, 'due_date', False, 'a.id')} LIMIT 200"
    )
    return " | ".join(r[3] for r in vault.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_owner_org_and_meeting_filters_use_their_indexes(demo_vault) -> None:
    row = queries.list_actions(demo_vault.conn, limit=1)[0]
    person = _plan(demo_vault, queries.ActionFilter(owner_person_id=row.owner_person_id or "x"))
    assert "actions_owner_person" in person
    both = queries.ActionFilter(owner_person_id="x", statuses=("done",))
    assert "actions_owner_person" in _plan(demo_vault, both)
    org = _plan(demo_vault, queries.ActionFilter(owner_org_id="x"))
    assert "actions_owner_org" in org
    meeting = _plan(demo_vault, queries.ActionFilter(meeting_id=row.origin_meeting_id))
    assert "actions_origin" in meeting and "actions_followup" in meeting


def test_the_results_are_unchanged(demo_vault) -> None:
    conn = demo_vault.conn
    row = queries.list_actions(conn, limit=1)[0]
    flt = queries.ActionFilter(owner_person_id=row.owner_person_id)
    everything = queries.list_actions(conn, limit=1000)
    expected = [r for r in everything if r.owner_person_id == row.owner_person_id]
    assert queries.list_actions(conn, flt) == expected
    assert queries.count_actions(conn, flt) == len(expected)

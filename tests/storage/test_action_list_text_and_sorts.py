"""The action list's text filter and its owner / origin-meeting sorts (bench/gui_bench.py)."""

from __future__ import annotations

import pytest

from app.domain.records import ActionItem, Meeting, Organisation, Person
from app.domain.values import ActionStatus
from app.storage import queries
from app.storage.queries import ActionFilter
from app.vault import Vault

KHMER_TEXT = "ប្រជុំសុវត្ថិភាពឌីជីថល"  # written without spaces, as Khmer is


@pytest.fixture
def many(vault: Vault) -> dict[str, object]:
    """31 items with many ties: three owners share names ignoring case, meetings share dates."""
    store = vault.store
    meetings = [
        store.add(Meeting(title=f"Meeting {i}", start_date=date))
        for i, date in enumerate(["2025-03-01", "2025-01-15", "2025-03-01", ""])
    ]
    org = store.add(Organisation(name="Sokha Network"))
    people = [
        store.add(Person(name=name, organisation_id=org.id))
        for name in ("Sokha Chan", "sokha chan", "Dara Keo", "Bopha")
    ]
    statuses = list(ActionStatus)
    items = []
    for i in range(31):
        owner = {"owner_org_id": org.id} if i % 5 == 0 else {"owner_person_id": people[i % 4].id}
        items.append(
            store.add(
                ActionItem(
                    text=f"Prepare report number {i}" if i % 3 else f"{KHMER_TEXT} {i}",
                    origin_meeting_id=meetings[i % 4].id,
                    status=statuses[i % len(statuses)],
                    **owner,
                )
            )
        )
    gone = store.add(
        ActionItem(text="Prepare the deleted report", origin_meeting_id=meetings[0].id)
    )
    store.delete(gone)
    return {"items": items, "people": people, "org": org, "meetings": meetings}


def _all_pages(conn, flt: ActionFilter, sort: str, descending: bool, size: int = 7):
    rows, offset = [], 0
    while True:
        page = queries.list_actions(
            conn, flt, sort=sort, descending=descending, limit=size, offset=offset
        )
        rows += page
        if len(page) < size:
            return rows
        offset += size


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", ["owner", "meeting"])
def test_owner_and_meeting_sorts_page_without_gaps_or_repeats(vault, many, sort, descending):
    flt = ActionFilter()
    paged = _all_pages(vault.conn, flt, sort, descending)
    whole = queries.list_actions(vault.conn, flt, sort=sort, descending=descending, limit=1000)
    assert [r.id for r in paged] == [r.id for r in whole]
    assert sorted(r.id for r in paged) == sorted(i.id for i in many["items"])
    dates = {m.id: m.start_date for m in many["meetings"]}
    keys = [
        r.owner_name.casefold() if sort == "owner" else dates[r.origin_meeting_id] for r in paged
    ]
    assert keys == sorted(keys, reverse=descending)
    assert len(set(keys)) < len(keys)  # the case has ties, so the tiebreak was exercised
    # A page asked twice comes back the same (the tiebreak makes the order total).
    again = queries.list_actions(
        vault.conn, flt, sort=sort, descending=descending, limit=7, offset=7
    )
    assert [r.id for r in again] == [r.id for r in paged[7:14]]


def test_the_text_filter_finds_english_words_and_khmer_substrings(vault, many):
    items = many["items"]
    khmer = {i.id for i in items if KHMER_TEXT in i.text}
    english = {i.id for i in items if "report" in i.text}
    cases = {
        "REPORT": english,  # ignoring case
        "epor": english,  # inside a word
        "number 1": {i.id for i in items if "number 1" in i.text},
        "សុវត្ថិភាព": khmer,  # a Khmer run in the middle of the text
        "ភាពឌី": khmer,  # across what would be a word boundary
        "ឌីជីថលសុវត្ថិ": set(),  # the same characters in another order
    }
    for text, expected in cases.items():
        for sort in ("due_date", "owner", "meeting", "text", "status"):
            rows = queries.list_actions(vault.conn, ActionFilter(text=text), sort=sort)
            assert {r.id for r in rows} == expected, (text, sort)
        assert queries.count_actions(vault.conn, ActionFilter(text=text)) == len(expected), text


def test_the_text_filter_leaves_out_deleted_items(vault, many):
    rows = queries.list_actions(vault.conn, ActionFilter(text="deleted"))
    assert rows == [] and queries.count_actions(vault.conn, ActionFilter(text="deleted")) == 0


def test_the_text_filter_combines_with_status_and_owner(vault, many):
    items = many["items"]
    person = many["people"][1]
    open_states = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    flt = ActionFilter(statuses=open_states, owner_person_id=person.id, text="report")
    expected = [
        i.id
        for i in items
        if i.status in open_states and i.owner_person_id == person.id and "report" in i.text
    ]
    assert expected  # the fixture has such items
    rows = queries.list_actions(vault.conn, flt, sort="owner")
    assert sorted(r.id for r in rows) == sorted(expected)
    assert queries.count_actions(vault.conn, flt) == len(expected)


def test_a_text_filter_page_is_not_read_in_index_order(vault, many):
    # Walking actions_due in order and reading each item to test its text read all 100,000
    # items at random for a rare word (75 ms in bench/); one scan and a sort took 17 ms.
    captured: list[str] = []
    vault.conn.set_trace_callback(captured.append)
    try:
        queries.list_actions(vault.conn, ActionFilter(text="report"))
    finally:
        vault.conn.set_trace_callback(None)
    sql = next(s for s in captured if s.startswith("SELECT a.id"))
    plan = " | ".join(r[3] for r in vault.conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert "actions_due" not in plan and "actions_status_due" not in plan, plan


def _owner_page_plan(conn) -> str:
    captured: list[str] = []
    conn.set_trace_callback(captured.append)
    try:
        rows = queries.list_actions(conn, ActionFilter(), sort="owner")
    finally:
        conn.set_trace_callback(None)
    assert rows
    sql = next(s for s in captured if s.startswith("SELECT a.id"))
    return " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql))


def test_the_owner_sort_reads_names_from_the_covering_indexes(vault, many):
    plan = _owner_page_plan(vault.conn)
    assert "COVERING INDEX people_id_name" in plan, plan
    assert "COVERING INDEX organisations_id_name" in plan, plan


def test_the_owner_sort_works_before_step_4(vault, many):
    # bench/ opens its cached databases without migrating them.
    expected = [r.id for r in queries.list_actions(vault.conn, sort="owner", limit=1000)]
    vault.conn.execute("DROP INDEX people_id_name")
    vault.conn.execute("DROP INDEX organisations_id_name")
    vault.conn.execute("PRAGMA user_version = 3")
    assert "people_id_name" not in _owner_page_plan(vault.conn)
    assert [r.id for r in queries.list_actions(vault.conn, sort="owner", limit=1000)] == expected

"""Paged listings filtered and sorted in SQL: what the CLI and the desktop views show."""

from __future__ import annotations

import pytest

from app.domain.records import ActionItem, Meeting, Organisation, Person, Series
from app.domain.values import ActionStatus, MeetingStatus
from app.storage import queries
from app.storage.queries import ActionFilter, MeetingFilter
from app.vault import Vault


@pytest.fixture
def meetings(vault: Vault) -> dict[str, Meeting]:
    store = vault.store
    series = store.add(Series(name="Quarterly Leaders' Meeting"))
    made = {
        "q1": Meeting(
            title="Leaders Q1",
            start_date="2025-02-10",
            series_id=series.id,
            status=MeetingStatus.REPORTED,
            location_city="Phnom Penh",
        ),
        "q2": Meeting(
            title="Leaders Q2",
            start_date="2025-05-12",
            series_id=series.id,
            status=MeetingStatus.REPORTED,
            location_city="Siem Reap",
        ),
        "q3": Meeting(
            title="Leaders Q3",
            start_date="2026-08-01",
            series_id=series.id,
            status=MeetingStatus.PLANNED,
            location_city="Bangkok",
        ),
        "forum": Meeting(
            title="ambassadors' forum",
            start_date="2026-01-20",
            status=MeetingStatus.HELD,
            location_city="Bangkok",
        ),
        "gone": Meeting(title="Cancelled 100% meeting", start_date="2026-03-03"),
    }
    for meeting in made.values():
        store.add(meeting)
    store.delete(made.pop("gone"))
    made["series"] = series  # type: ignore[assignment]
    return made


def _titles(rows) -> list[str]:
    return [r.title for r in rows]


def test_meetings_newest_first_by_default_without_deleted_ones(vault, meetings) -> None:
    rows = queries.list_meetings(vault.conn)
    assert _titles(rows) == ["Leaders Q3", "ambassadors' forum", "Leaders Q2", "Leaders Q1"]
    assert rows[0].series_name == "Quarterly Leaders' Meeting"
    assert rows[1].series_name == ""
    assert queries.count_meetings(vault.conn) == 4


def test_meetings_sort_by_title_ignoring_case(vault, meetings) -> None:
    rows = queries.list_meetings(vault.conn, sort="title", descending=False)
    assert _titles(rows) == ["ambassadors' forum", "Leaders Q1", "Leaders Q2", "Leaders Q3"]
    with pytest.raises(ValueError):
        queries.list_meetings(vault.conn, sort="title; DROP TABLE meetings")


def test_meetings_filters_and_their_counts_agree(vault, meetings) -> None:
    series_id = meetings["series"].id
    cases = {
        MeetingFilter(year=2025): ["Leaders Q2", "Leaders Q1"],
        MeetingFilter(series_id=series_id): ["Leaders Q3", "Leaders Q2", "Leaders Q1"],
        MeetingFilter(status=MeetingStatus.REPORTED, year=2025): ["Leaders Q2", "Leaders Q1"],
        MeetingFilter(text="bangkok"): ["Leaders Q3", "ambassadors' forum"],
        MeetingFilter(text="100%"): [],  # LIKE wildcards in the text are literal
        MeetingFilter(text="Q_"): [],
    }
    for flt, expected in cases.items():
        assert _titles(queries.list_meetings(vault.conn, flt)) == expected, flt
        assert queries.count_meetings(vault.conn, flt) == len(expected), flt
    assert queries.meeting_years(vault.conn) == [2026, 2025]


def test_meetings_come_in_pages(vault, meetings) -> None:
    pages = [queries.list_meetings(vault.conn, limit=3, offset=o) for o in (0, 3, 6)]
    assert [len(p) for p in pages] == [3, 1, 0]
    assert _titles(pages[0] + pages[1]) == _titles(queries.list_meetings(vault.conn))


@pytest.fixture
def actions(vault: Vault) -> dict[str, ActionItem]:
    store = vault.store
    origin = store.add(Meeting(title="Leaders Q1", start_date="2025-02-10"))
    followup = store.add(Meeting(title="Leaders Q2", start_date="2025-05-12"))
    org = store.add(Organisation(name="Defenders' Legal Aid"))
    other_org = store.add(Organisation(name="Youth Movement"))
    lawyer = store.add(Person(name="Sokha Chan", organisation_id=org.id))
    youth = store.add(Person(name="dara Keo", organisation_id=other_org.id))
    s = ActionStatus
    made = {
        "brief": ActionItem(
            text="Draft the legal brief",
            origin_meeting_id=origin.id,
            owner_person_id=lawyer.id,
            due_date="2025-03-01",
            status=s.OPEN,
        ),
        "letter": ActionItem(
            text="Send the letter",
            origin_meeting_id=origin.id,
            owner_org_id=org.id,
            due_date="2025-02-20",
            status=s.IN_PROGRESS,
        ),
        "map": ActionItem(
            text="Update the land map",
            origin_meeting_id=origin.id,
            owner_person_id=youth.id,
            status=s.OPEN,
            followup_meeting_id=followup.id,
        ),
        "training": ActionItem(
            text="Run the 50% training",
            origin_meeting_id=followup.id,
            owner_org_id=other_org.id,
            due_date="2025-06-01",
            status=s.DONE,
        ),
        "dropped": ActionItem(
            text="Book the venue",
            origin_meeting_id=followup.id,
            owner_person_id=lawyer.id,
            due_date="2025-05-30",
            status=s.DROPPED,
        ),
        "gone": ActionItem(text="Deleted item", origin_meeting_id=origin.id, status=s.OPEN),
    }
    for item in made.values():
        store.add(item)
    store.delete(made.pop("gone"))
    made["_ids"] = {
        "org": org.id,
        "lawyer": lawyer.id,
        "origin": origin.id,  # type: ignore
        "followup": followup.id,
    }
    return made


def _texts(rows) -> list[str]:
    return [r.text for r in rows]


def test_actions_by_due_date_with_undated_items_last(vault, actions) -> None:
    rows = queries.list_actions(vault.conn)
    assert _texts(rows) == [
        "Send the letter",
        "Draft the legal brief",
        "Book the venue",
        "Run the 50% training",
        "Update the land map",
    ]
    assert rows[0].owner_name == "Defenders' Legal Aid"  # an organisation owns it
    assert rows[1].owner_name == "Sokha Chan" and rows[1].origin_title == "Leaders Q1"
    assert queries.count_actions(vault.conn) == 5
    newest_due = queries.list_actions(vault.conn, descending=True)
    assert _texts(newest_due)[0] == "Update the land map"  # undated first when reversed
    assert _texts(newest_due)[1] == "Run the 50% training"


def test_actions_sort_by_owner_and_status(vault, actions) -> None:
    owners = [r.owner_name for r in queries.list_actions(vault.conn, sort="owner")]
    assert owners == sorted(owners, key=str.casefold)
    statuses = [r.status for r in queries.list_actions(vault.conn, sort="status")]
    assert statuses == sorted(statuses)
    with pytest.raises(ValueError):
        queries.list_actions(vault.conn, sort="nonsense")


def test_action_filters_and_their_counts_agree(vault, actions) -> None:
    ids = actions["_ids"]
    s = ActionStatus
    cases = {
        ActionFilter(statuses=(s.OPEN,)): ["Draft the legal brief", "Update the land map"],
        ActionFilter(statuses=(s.DONE, s.DROPPED)): ["Book the venue", "Run the 50% training"],
        ActionFilter(owner_person_id=ids["lawyer"]): ["Draft the legal brief", "Book the venue"],
        # The organisation itself or any of its people.
        ActionFilter(owner_org_id=ids["org"]): [
            "Send the letter",
            "Draft the legal brief",
            "Book the venue",
        ],
        ActionFilter(owner_org_id=ids["org"], statuses=(s.OPEN, s.IN_PROGRESS)): [
            "Send the letter",
            "Draft the legal brief",
        ],
        ActionFilter(due_before="2025-03-01"): ["Send the letter", "Draft the legal brief"],
        ActionFilter(overdue_on="2025-05-31"): ["Send the letter", "Draft the legal brief"],
        ActionFilter(meeting_id=ids["followup"]): [
            "Book the venue",
            "Run the 50% training",
            "Update the land map",
        ],
        ActionFilter(text="LEGAL"): ["Draft the legal brief"],
        ActionFilter(text="50%"): ["Run the 50% training"],
        ActionFilter(text="%"): ["Run the 50% training"],  # literal, not a wildcard
    }
    for flt, expected in cases.items():
        assert _texts(queries.list_actions(vault.conn, flt)) == expected, flt
        assert queries.count_actions(vault.conn, flt) == len(expected), flt


def test_an_unknown_status_is_refused(vault, actions) -> None:
    with pytest.raises(ValueError):
        queries.list_actions(vault.conn, ActionFilter(statuses=("maybe",)))


def test_actions_come_in_pages(vault, actions) -> None:
    everything = _texts(queries.list_actions(vault.conn))
    pages = [_texts(queries.list_actions(vault.conn, limit=2, offset=o)) for o in (0, 2, 4)]
    assert pages[0] + pages[1] + pages[2] == everything
    assert [len(p) for p in pages] == [2, 2, 1]


def _plan(conn, sql: str, params) -> str:
    return " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


@pytest.mark.parametrize(
    "flt", [ActionFilter(), ActionFilter(statuses=(ActionStatus.DONE,))], ids=["all", "status"]
)
@pytest.mark.parametrize("descending", [False, True])
def test_the_default_action_order_comes_from_an_index(vault, actions, flt, descending) -> None:
    # Sorting every matching item cost 167 ms at 100,000 items (bench/): the first page must be
    # read in order from an index and stop after the page.
    where, params = flt.where()
    order = queries._order(queries.ACTION_SORTS, "due_date", descending, "a.id")
    sql = f"SELECT a.id FROM action_items a WHERE {where} ORDER BY {order} LIMIT 200"
    plan = _plan(vault.conn, sql, params)
    assert "actions_" in plan and "_due" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_the_meeting_listing_order_comes_from_an_index(vault, meetings) -> None:
    where, params = MeetingFilter().where()
    order = queries._order(queries.MEETING_SORTS, "start_date", True, "m.rowid")
    sql = f"SELECT m.id {queries._MEETING_FROM} WHERE {where} ORDER BY {order} LIMIT 200"
    plan = _plan(vault.conn, sql, params)
    assert "meetings_start" in plan and "TEMP B-TREE" not in plan, plan

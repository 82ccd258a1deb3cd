"""Listings the command line and the desktop app page through: filtered and sorted in SQL.

Sorting and filtering happen here, never in Qt proxy models (DESIGN §7). Every listing takes a
page (`limit`, `offset`) and has a matching count, so views fetch lazily.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.values import ActionStatus


@dataclass(frozen=True)
class MeetingRow:
    id: str
    title: str
    start_date: str
    end_date: str
    series_id: str
    series_name: str
    status: str
    classification: str
    location_city: str


@dataclass(frozen=True)
class ActionRow:
    id: str
    text: str
    status: str
    due_date: str
    owner_person_id: str
    owner_org_id: str
    owner_name: str
    origin_meeting_id: str
    origin_title: str
    followup_meeting_id: str


# Each sort is a tuple of ORDER BY terms; the direction applies to every term.
MEETING_SORTS = {
    "start_date": ("m.start_date",),
    "title": ("m.title COLLATE NOCASE",),
    "series": ("s.name COLLATE NOCASE",),
    "status": ("m.status",),
}
ACTION_SORTS = {
    # Undated items last. Written exactly as in the actions_*_due indexes (schema step 2), so the
    # first page comes straight from the index instead of sorting every matching item.
    "due_date": ("a.due_date = ''", "a.due_date"),
    "status": ("a.status",),
    "owner": ("coalesce(p.name, o.name, '') COLLATE NOCASE",),
    "text": ("a.text COLLATE NOCASE",),
    "meeting": ("m.start_date",),
}


def _order(
    sorts: dict[str, tuple[str, ...]],
    key: str,
    descending: bool,
    tiebreak: str,
    *,
    unindexed: bool = False,
) -> str:
    terms = sorts.get(key)
    if terms is None:
        raise ValueError(f"unknown sort key {key!r}")
    direction = "DESC" if descending else "ASC"
    # With `unindexed`, a unary + on every term keeps the planner from walking an index in this
    # order (see list_actions).
    plus = "+" if unindexed else ""
    # The tiebreak follows the direction too, so an index can serve the whole order backwards.
    return ", ".join(f"{plus}{term} {direction}" for term in (*terms, tiebreak))


@dataclass(frozen=True)
class MeetingFilter:
    year: int | None = None
    series_id: str | None = None
    status: str | None = None
    text: str = ""

    def where(self) -> tuple[str, list[Any]]:
        clauses = ["m.deleted = 0"]
        params: list[Any] = []
        if self.year is not None:
            clauses.append("substr(m.start_date, 1, 4) = ?")
            params.append(f"{self.year:04d}")
        if self.series_id is not None:
            clauses.append("m.series_id = ?")
            params.append(self.series_id)
        if self.status:
            clauses.append("m.status = ?")
            params.append(self.status)
        if self.text.strip():
            clauses.append("(m.title LIKE ? ESCAPE '\\' OR m.location_city LIKE ? ESCAPE '\\')")
            like = "%" + _escape_like(self.text.strip()) + "%"
            params += [like, like]
        return " AND ".join(clauses), params


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_MEETING_FROM = "FROM meetings m LEFT JOIN series s ON s.id = m.series_id AND s.deleted = 0"


def list_meetings(
    conn: Any,
    flt: MeetingFilter = MeetingFilter(),
    *,
    sort: str = "start_date",
    descending: bool = True,
    limit: int = 200,
    offset: int = 0,
) -> list[MeetingRow]:
    where, params = flt.where()
    sql = (
        "SELECT m.id, m.title, m.start_date, m.end_date, m.series_id, coalesce(s.name, ''), "
        f"m.status, m.classification, m.location_city {_MEETING_FROM} WHERE {where} "
        f"ORDER BY {_order(MEETING_SORTS, sort, descending, 'm.rowid')} LIMIT ? OFFSET ?"
    )
    return [MeetingRow(*r) for r in conn.execute(sql, [*params, limit, offset])]


def count_meetings(conn: Any, flt: MeetingFilter = MeetingFilter()) -> int:
    where, params = flt.where()
    return int(conn.execute(f"SELECT count(*) {_MEETING_FROM} WHERE {where}", params).fetchone()[0])


def meeting_years(conn: Any) -> list[int]:
    rows = conn.execute(
        "SELECT DISTINCT substr(start_date, 1, 4) FROM meetings WHERE deleted = 0 "
        "AND start_date != '' ORDER BY 1 DESC"
    )
    return [int(r[0]) for r in rows if r[0].isdigit()]


@dataclass(frozen=True)
class ActionFilter:
    statuses: Sequence[str] = ()
    owner_person_id: str | None = None
    owner_org_id: str | None = None  # the organisation itself or any of its people
    due_before: str | None = None  # inclusive ISO date
    overdue_on: str | None = None  # open items due before this date
    meeting_id: str | None = None  # origin or follow-up meeting
    # A literal substring of the item's text (% and _ are not wildcards), in any script: inside
    # words and inside Khmer runs alike; ASCII letters match ignoring case.
    text: str = ""

    def where(self) -> tuple[str, list[Any]]:
        # With an owner or a meeting, the unary + keeps SQLite (no ANALYZE statistics) from
        # preferring the actions_due index on `deleted` and scanning every item: 60-590 ms
        # instead of under 2 ms on the 10-year benchmark vault.
        selective = (self.owner_person_id, self.owner_org_id, self.meeting_id) != (None,) * 3
        clauses = ["+a.deleted = 0" if selective else "a.deleted = 0"]
        params: list[Any] = []
        if self.statuses:
            for status in self.statuses:
                ActionStatus(status)  # raises ValueError on an unknown status
            clauses.append(f"a.status IN ({', '.join('?' for _ in self.statuses)})")
            params += list(self.statuses)
        if self.owner_person_id is not None:
            clauses.append("a.owner_person_id = ?")
            params.append(self.owner_person_id)
        if self.owner_org_id is not None:
            clauses.append(
                "(a.owner_org_id = ? OR a.owner_person_id IN "
                "(SELECT id FROM people WHERE organisation_id = ?))"
            )
            params += [self.owner_org_id, self.owner_org_id]
        if self.due_before:
            clauses.append("a.due_date != '' AND a.due_date <= ?")
            params.append(self.due_before)
        if self.overdue_on:
            clauses.append("a.due_date != '' AND a.due_date < ? AND a.status IN (?, ?)")
            params += [self.overdue_on, ActionStatus.OPEN, ActionStatus.IN_PROGRESS]
        if self.meeting_id is not None:
            clauses.append("(a.origin_meeting_id = ? OR a.followup_meeting_id = ?)")
            params += [self.meeting_id, self.meeting_id]
        if self.text.strip():
            clauses.append("a.text LIKE ? ESCAPE '\\'")
            params.append("%" + _escape_like(self.text.strip()) + "%")
        return " AND ".join(clauses), params


_OWNER_JOINS = (
    "LEFT JOIN people p ON p.id = a.owner_person_id "
    "LEFT JOIN organisations o ON o.id = a.owner_org_id"
)
_MEETING_JOIN = "LEFT JOIN meetings m ON m.id = a.origin_meeting_id"
_ACTION_FROM = f"FROM action_items a {_OWNER_JOINS} {_MEETING_JOIN}"
# The joins a sort key needs before the page is known.
_SORT_JOINS = {"owner": _OWNER_JOINS, "meeting": _MEETING_JOIN}
# The same, reading names from the covering indexes of schema step 4 (the planner would take the
# unique id indexes and then each row): sort by owner, 10,900 items, 21 ms -> 16 ms (bench/).
_OWNER_NAME_JOINS = (
    "LEFT JOIN people p INDEXED BY people_id_name ON p.id = a.owner_person_id "
    "LEFT JOIN organisations o INDEXED BY organisations_id_name ON o.id = a.owner_org_id"
)
_OWNER_NAME_INDEX_VERSION = 4


def _sort_joins(conn: Any, sort: str) -> str:
    if sort == "owner":
        # A database not migrated yet (bench/ opens its cached copies without migrating) lacks
        # the indexes, and INDEXED BY an index that does not exist is an error.
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        return _OWNER_NAME_JOINS if version >= _OWNER_NAME_INDEX_VERSION else _OWNER_JOINS
    return _SORT_JOINS.get(sort, "")


def list_actions(
    conn: Any,
    flt: ActionFilter = ActionFilter(),
    *,
    sort: str = "due_date",
    descending: bool = False,
    limit: int = 200,
    offset: int = 0,
) -> list[ActionRow]:
    where, params = flt.where()
    order = _order(ACTION_SORTS, sort, descending, "a.id")
    # A text filter can only be checked on the row itself: walking an index in the sort order
    # reads every item at random to fill a page when few match (all 100,000 for a word no item
    # holds: 75 ms in bench/), so the page comes from one sequential scan and a sort of the
    # matches instead (17-19 ms, however many match).
    page_order = _order(ACTION_SORTS, sort, descending, "a.id", unindexed=bool(flt.text.strip()))
    # The page is chosen first, from action_items alone (plus what the sort key needs), and only
    # its rows are joined: joining every match before sorting cost 50 ms for 25,000 open or
    # in-progress items (bench/), choosing the page first 1 ms.
    page = (
        f"SELECT a.rowid FROM action_items a {_sort_joins(conn, sort)} WHERE {where} "
        f"ORDER BY {page_order} LIMIT ? OFFSET ?"
    )
    sql = (
        "SELECT a.id, a.text, a.status, a.due_date, a.owner_person_id, a.owner_org_id, "
        "coalesce(p.name, o.name, ''), a.origin_meeting_id, coalesce(m.title, ''), "
        f"a.followup_meeting_id {_ACTION_FROM} WHERE a.rowid IN ({page}) ORDER BY {order}"
    )
    return [ActionRow(*r) for r in conn.execute(sql, [*params, limit, offset])]


def count_actions(conn: Any, flt: ActionFilter = ActionFilter()) -> int:
    where, params = flt.where()
    sql = f"SELECT count(*) FROM action_items a WHERE {where}"
    return int(conn.execute(sql, params).fetchone()[0])

"""Listings of the people and organisations directory, paged and filtered in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.storage.queries import _escape_like


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    code_name: str
    role_title: str
    organisation_id: str
    organisation_name: str
    gender: str
    anonymous: bool


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    name: str
    acronym: str
    kind: str
    country: str
    members: int


@dataclass(frozen=True)
class AttendanceRow:
    meeting_id: str
    meeting_title: str
    session_id: str
    session_date: str
    session_title: str
    role: str


PEOPLE_SORTS = {
    "name": "p.name COLLATE NOCASE",
    "code_name": "p.code_name COLLATE NOCASE",
    "organisation": "o.name COLLATE NOCASE",
    "role": "p.role_title COLLATE NOCASE",
}
ORGANISATION_SORTS = {
    "name": "o.name COLLATE NOCASE",
    "acronym": "o.acronym COLLATE NOCASE",
    "kind": "o.kind",
    "country": "o.country COLLATE NOCASE",
}


def _like(text: str) -> str:
    return "%" + _escape_like(text.strip()) + "%"


def _people_where(text: str, organisation_id: str | None) -> tuple[str, list[Any]]:
    clauses, params = ["p.deleted = 0"], []
    if text.strip():
        clauses.append(
            "(p.name LIKE ? ESCAPE '\\' OR p.code_name LIKE ? ESCAPE '\\' "
            "OR p.role_title LIKE ? ESCAPE '\\')"
        )
        params += [_like(text)] * 3
    if organisation_id is not None:
        clauses.append("p.organisation_id = ?")
        params.append(organisation_id)
    return " AND ".join(clauses), params


_PEOPLE_FROM = "FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id"


def list_people(
    conn: Any,
    text: str = "",
    *,
    organisation_id: str | None = None,
    sort: str = "name",
    descending: bool = False,
    limit: int = 200,
    offset: int = 0,
) -> list[PersonRow]:
    where, params = _people_where(text, organisation_id)
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT p.id, p.name, p.code_name, p.role_title, p.organisation_id, "
        f"coalesce(o.name, ''), p.gender, p.anonymous {_PEOPLE_FROM} WHERE {where} "
        f"ORDER BY {PEOPLE_SORTS[sort]} {direction}, p.id LIMIT ? OFFSET ?"
    )
    rows = conn.execute(sql, [*params, limit, offset])
    return [PersonRow(*r[:7], bool(r[7])) for r in rows]


def count_people(conn: Any, text: str = "", *, organisation_id: str | None = None) -> int:
    where, params = _people_where(text, organisation_id)
    return int(conn.execute(f"SELECT count(*) FROM people p WHERE {where}", params).fetchone()[0])


def _org_where(text: str) -> tuple[str, list[Any]]:
    if not text.strip():
        return "o.deleted = 0", []
    return (
        "o.deleted = 0 AND (o.name LIKE ? ESCAPE '\\' OR o.acronym LIKE ? ESCAPE '\\')",
        [_like(text)] * 2,
    )


def list_organisations(
    conn: Any,
    text: str = "",
    *,
    sort: str = "name",
    descending: bool = False,
    limit: int = 200,
    offset: int = 0,
) -> list[OrganisationRow]:
    where, params = _org_where(text)
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT o.id, o.name, o.acronym, o.kind, o.country, "
        "(SELECT count(*) FROM people p WHERE p.organisation_id = o.id AND p.deleted = 0) "
        f"FROM organisations o WHERE {where} "
        f"ORDER BY {ORGANISATION_SORTS[sort]} {direction}, o.id LIMIT ? OFFSET ?"
    )
    return [OrganisationRow(*r) for r in conn.execute(sql, [*params, limit, offset])]


def count_organisations(conn: Any, text: str = "") -> int:
    where, params = _org_where(text)
    sql = f"SELECT count(*) FROM organisations o WHERE {where}"
    return int(conn.execute(sql, params).fetchone()[0])


def attendance_history(conn: Any, person_id: str, *, limit: int = 500) -> list[AttendanceRow]:
    """The sessions a person attended, newest first."""
    sql = (
        "SELECT m.id, m.title, s.id, s.date, s.title, a.role FROM attendance a "
        "JOIN sessions s ON s.id = a.session_id AND s.deleted = 0 "
        "JOIN meetings m ON m.id = s.meeting_id AND m.deleted = 0 "
        "WHERE a.person_id = ? AND a.deleted = 0 ORDER BY s.date DESC, s.position DESC LIMIT ?"
    )
    return [AttendanceRow(*r) for r in conn.execute(sql, (person_id, limit))]


def organisation_choices(conn: Any) -> list[tuple[str, str]]:
    """(id, name) of every organisation, for pickers."""
    sql = "SELECT id, name FROM organisations WHERE deleted = 0 ORDER BY name COLLATE NOCASE"
    return [(r[0], r[1]) for r in conn.execute(sql)]

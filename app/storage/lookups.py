"""Small look-ups for pickers: the first matches of a name, never the whole directory."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PERSON = "person"
ORGANISATION = "organisation"


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    kind: str  # PERSON or ORGANISATION
    detail: str = ""  # a person's organisation, an organisation's acronym
    org_id: str = ""  # a person's main organisation


def _like(text: str) -> str:
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def find_people(conn: Any, text: str, *, limit: int = 30) -> list[Choice]:
    rows = conn.execute(
        "SELECT p.id, p.name, coalesce(o.name, ''), p.organisation_id FROM people p "
        "LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted = 0 "
        "WHERE p.deleted = 0 AND (p.name LIKE ? ESCAPE '\\' OR p.code_name LIKE ? ESCAPE '\\') "
        "ORDER BY p.name COLLATE NOCASE, p.id LIMIT ?",
        (_like(text), _like(text), limit),
    )
    return [Choice(r[0], r[1], PERSON, r[2], r[3]) for r in rows]


def find_organisations(conn: Any, text: str, *, limit: int = 30) -> list[Choice]:
    rows = conn.execute(
        "SELECT id, name, acronym FROM organisations WHERE deleted = 0 "
        "AND (name LIKE ? ESCAPE '\\' OR acronym LIKE ? ESCAPE '\\') "
        "ORDER BY name COLLATE NOCASE, id LIMIT ?",
        (_like(text), _like(text), limit),
    )
    return [Choice(r[0], r[1], ORGANISATION, r[2]) for r in rows]


def find_owners(conn: Any, text: str, *, limit: int = 30) -> list[Choice]:
    """People first, then organisations: who can own an action item."""
    people = find_people(conn, text, limit=limit)
    return people + find_organisations(conn, text, limit=max(0, limit - len(people)) or 5)


def match_speaker(conn: Any, name: str) -> Choice | None:
    """The person (by name or code name) or organisation (by name or acronym) called exactly
    `name`, ignoring case; None when there is none or more than one could be meant."""
    name = name.strip()
    if not name:
        return None
    people = conn.execute(
        "SELECT p.id, p.name, p.organisation_id FROM people p WHERE p.deleted = 0 "
        "AND (p.name = ? COLLATE NOCASE OR (p.code_name != '' AND p.code_name = ? COLLATE NOCASE)) "
        "LIMIT 2",
        (name, name),
    ).fetchall()
    orgs = conn.execute(
        "SELECT id, name, acronym FROM organisations WHERE deleted = 0 "
        "AND (name = ? COLLATE NOCASE OR (acronym != '' AND acronym = ? COLLATE NOCASE)) LIMIT 2",
        (name, name),
    ).fetchall()
    if len(people) + len(orgs) != 1:
        return None
    if people:
        r = people[0]
        return Choice(r[0], r[1], PERSON, "", r[2])
    r = orgs[0]
    return Choice(r[0], r[1], ORGANISATION, r[2])

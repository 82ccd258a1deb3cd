"""Spreadsheet exports: participants of a meeting and action items, as CSV.

UTF-8 with a byte-order mark, so spreadsheet programs open Khmer text correctly. Cells that a
spreadsheet would run as a formula (starting with = + - @, tab or carriage return) get a
leading apostrophe: records may come from other organisations' bundles and are not trusted.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence

from app.domain.display_text import for_display
from app.domain.meeting_detail import MeetingDetail
from app.domain.records import ActionItem, Meeting
from app.domain.values import RedactionPolicy
from app.reports.narrative import kind_label, status_label
from app.reports.wording import Wording

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = for_display("" if value is None else str(value))  # no ESC/bidi tricks in a viewer
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return out.getvalue().encode("utf-8-sig")


_GENDER = {"woman": "Woman", "man": "Man", "non_binary": "Non-binary", "undisclosed": "Undisclosed"}


def participants_csv(detail: MeetingDetail, policy: RedactionPolicy) -> bytes:
    """One row per participant; under `public`, counts only (no row describes one person)."""
    words = Wording(policy, detail.people, detail.organisations)
    if not words.names_people:
        counts: Counter[tuple[str, str, str, str]] = Counter()
        for s in detail.sessions:
            for a in s.attendees:
                kind = kind_label(a.organisation.kind) if a.organisation else "Other"
                gender = _GENDER.get(a.person.gender if a.person else "", "Not stated")
                counts[(s.session.date, s.session.title, kind, gender)] += 1
        return to_csv(
            ("Date", "Session", "Kind of organisation", "Gender", "Participants"),
            ((*k, n) for k, n in sorted(counts.items())),
        )
    seen: dict[str, dict[str, object]] = {}
    for s in detail.sessions:
        for a in s.attendees:
            if a.person is None:
                continue
            row = seen.setdefault(a.person.id, {"a": a, "dates": []})
            row["dates"].append(s.session.date)  # type: ignore[union-attr]
    header = ["Name", "Organisation", "Kind of organisation", "Role", "Gender", "Dates attended"]
    if words.shows_contacts:
        header.append("Contact")
    rows = []
    for row in seen.values():
        a = row["a"]
        person = a.person  # type: ignore[attr-defined]
        hidden = person.anonymous and policy is not RedactionPolicy.FULL
        org = None if hidden else a.organisation  # type: ignore[attr-defined]
        cells = [
            words.person(person),
            org.name if org else "",
            kind_label(org.kind) if org else "",
            "" if hidden else person.role_title,
            "" if hidden else _GENDER.get(person.gender, ""),
            "; ".join(sorted(set(row["dates"]))),  # type: ignore[call-overload]
        ]
        if words.shows_contacts:
            cells.append(person.contact)
        rows.append(cells)
    rows.sort(key=lambda r: (str(r[1]).casefold(), str(r[0]).casefold()))
    return to_csv(header, rows)


def actions_csv(
    actions: Sequence[ActionItem], meetings: dict[str, Meeting], words: Wording
) -> bytes:
    header = (
        "Action",
        "Owner",
        "Due date",
        "Status",
        "Raised at",
        "Raised on",
        "Followed up at",
        "Completed on",
        "Id",
    )

    def title(meeting_id: str) -> str:
        m = meetings.get(meeting_id)
        return m.title if m else ""

    rows = (
        (
            a.text,
            words.owner(a.owner_person_id, a.owner_org_id),
            a.due_date,
            status_label(a.status),
            title(a.origin_meeting_id),
            meetings[a.origin_meeting_id].start_date if a.origin_meeting_id in meetings else "",
            title(a.followup_meeting_id),
            a.completed_on,
            a.id,
        )
        for a in actions
    )
    return to_csv(header, rows)

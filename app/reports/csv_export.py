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
from app.domain.meeting_detail import MeetingDetail, session_counts
from app.domain.records import ActionItem, Meeting
from app.domain.values import RedactionPolicy
from app.i18n import N_
from app.reports.language import ReportLanguage
from app.reports.narrative import kind_label, role_label, status_label
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


_GENDER = {
    "woman": N_("ReportCsv", "Woman"),
    "man": N_("ReportCsv", "Man"),
    "non_binary": N_("ReportCsv", "Non-binary"),
    "undisclosed": N_("ReportCsv", "Undisclosed"),
}


def participants_csv(
    detail: MeetingDetail, policy: RedactionPolicy, lang: ReportLanguage | None = None
) -> bytes:
    """One row per participant; under `public`, counts only (no row describes one person),
    combining headcounts and names as the report does.

    Headers and words follow `lang`; dates and numbers stay as spreadsheets read them.
    """
    L = lang or ReportLanguage()

    def gender(value: str, default: str) -> str:
        return L.translate("ReportCsv", _GENDER[value]) if value in _GENDER else default

    words = Wording(policy, detail.people, detail.organisations, L)
    if not words.names_people:
        counts: Counter[tuple[str, str, str, str]] = Counter()
        not_stated = L.translate("ReportCsv", "Not stated")
        everyone = L.translate("ReportCsv", "All")
        for s in detail.sessions:
            key = (s.session.date, s.session.title)
            if any(not h.deleted for h in s.headcounts):
                # Counted people (the report's rule, `session_counts`) have a kind or a gender
                # but not both: one breakdown by kind and one by gender, each summing to the
                # session's total, so no row says fewer people than the report.
                c = session_counts(s)
                for label, by in (("kind", c.by_kind), ("gender", c.by_gender)):
                    rest = c.total
                    for value, n in by.items():
                        if not n or value in ("", "unspecified"):
                            continue
                        rest -= n
                        if label == "kind":
                            counts[(*key, kind_label(value, L), everyone)] += n
                        else:
                            counts[(*key, everyone, gender(value, not_stated))] += n
                    if rest > 0:
                        cell = (not_stated, everyone) if label == "kind" else (everyone, not_stated)
                        counts[(*key, *cell)] += rest
                continue
            for a in s.attendees:
                kind = kind_label(a.organisation.kind if a.organisation else "other", L)
                said = gender(a.person.gender if a.person else "", not_stated)
                counts[(*key, kind, said)] += 1
        return to_csv(
            (
                L.translate("ReportCsv", "Date"),
                L.translate("ReportCsv", "Session"),
                L.translate("ReportCsv", "Kind of organisation"),
                L.translate("ReportCsv", "Gender"),
                L.translate("ReportCsv", "Participants"),
            ),
            ((*k, n) for k, n in sorted(counts.items())),
        )
    seen: dict[str, dict[str, object]] = {}
    for s in detail.sessions:
        for a in s.attendees:
            if a.person is None:
                continue
            row = seen.setdefault(a.person.id, {"a": a, "dates": [], "roles": []})
            row["dates"].append(s.session.date)  # type: ignore[union-attr]
            role = a.attendance.role.strip() or "participant"
            if role not in row["roles"]:  # type: ignore[operator]
                row["roles"].append(role)  # type: ignore[union-attr]
    header = [
        L.translate("ReportCsv", "Name"),
        L.translate("ReportCsv", "Organisation"),
        L.translate("ReportCsv", "Kind of organisation"),
        L.translate("ReportCsv", "Job title"),
        L.translate("ReportCsv", "Role in the meeting"),
        L.translate("ReportCsv", "Gender"),
        L.translate("ReportCsv", "Dates attended"),
    ]
    if words.shows_contacts:
        header.append(L.translate("ReportCsv", "Contact"))
    rows = []
    for row in seen.values():
        a = row["a"]
        person = a.person  # type: ignore[attr-defined]
        hidden = person.anonymous and policy is not RedactionPolicy.FULL
        org = None if hidden else a.organisation  # type: ignore[attr-defined]
        cells = [
            words.person(person),
            org.name if org else "",
            kind_label(org.kind, L) if org else "",
            "" if hidden else person.role_title,
            "; ".join(role_label(r, L) for r in _meaningful(row["roles"])),  # type: ignore[arg-type]
            "" if hidden else gender(person.gender, ""),
            "; ".join(sorted(set(row["dates"]))),  # type: ignore[call-overload]
        ]
        if words.shows_contacts:
            cells.append(person.contact)
        rows.append(cells)
    rows.sort(key=lambda r: (str(r[1]).casefold(), str(r[0]).casefold()))
    return to_csv(header, rows)


def _meaningful(roles: list[str]) -> list[str]:
    """ "participant" beside "speaker" says nothing: shown only when it is all there is."""
    return [r for r in roles if r != "participant"] or roles


def actions_csv(
    actions: Sequence[ActionItem], meetings: dict[str, Meeting], words: Wording
) -> bytes:
    L = words.lang
    header = (
        L.translate("ReportCsv", "Action"),
        L.translate("ReportCsv", "Owner"),
        L.translate("ReportCsv", "Due date"),
        L.translate("ReportCsv", "Status"),
        L.translate("ReportCsv", "Raised at"),
        L.translate("ReportCsv", "Raised on"),
        L.translate("ReportCsv", "Followed up at"),
        L.translate("ReportCsv", "Completed on"),
        L.translate("ReportCsv", "Id"),
    )

    def title(meeting_id: str) -> str:
        m = meetings.get(meeting_id)
        return m.title if m else ""

    rows = (
        (
            a.text,
            words.owner(a.owner_person_id, a.owner_org_id),
            a.due_date,
            status_label(a.status, L),
            title(a.origin_meeting_id),
            meetings[a.origin_meeting_id].start_date if a.origin_meeting_id in meetings else "",
            title(a.followup_meeting_id),
            a.completed_on,
            a.id,
        )
        for a in actions
    )
    return to_csv(header, rows)

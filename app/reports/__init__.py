"""Narrative reports and structured exports (DESIGN §1: QtGui's text engine, no widgets).

Everything starts from a format-neutral `Document` built from redacted records; renderers turn
it into Markdown, HTML (pure Python), ODT or PDF (Qt). Entry points for the CLI and the app:
`meeting_document`, `series_document`, `meeting_csv`, `series_actions_csv`, `render`.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum

from app.domain.meeting_detail import MeetingDetail
from app.domain.records import ALL_PRIVACY_FLAGS, Meeting
from app.domain.values import RedactionPolicy
from app.errors import NotFound, ReportNotAvailable
from app.exchange.redaction import redact_meeting
from app.reports.language import ReportLanguage
from app.reports.model import Document
from app.reports.narrative import build_narrative
from app.reports.render import ReportFormat, render
from app.storage.meetings import load_meeting
from app.storage.records import RecordStore

__all__ = [
    "CsvKind",
    "Document",
    "RedactionPolicy",
    "ReportFormat",
    "ReportLanguage",
    "load_redacted",
    "meeting_csv",
    "meeting_document",
    "render",
    "resolve_series",
    "series_actions_csv",
    "series_document",
]


class CsvKind(StrEnum):
    PARTICIPANTS = "participants"
    ACTIONS = "actions"


_PRIVACY_FLAGS = tuple(sorted(ALL_PRIVACY_FLAGS))  # defined once, in app/domain/records.py


def _flags_raised_in_conflicts(store: RecordStore) -> set[tuple[str, str]]:
    """(record id, flag) for privacy flags that one side of an unresolved conflict sets."""
    marks = ", ".join("?" for _ in _PRIVACY_FLAGS)
    raised: set[tuple[str, str]] = set()
    for rid, name, local, incoming in store.conn.execute(
        "SELECT record_id, field, local_value, incoming_value FROM conflicts "
        f"WHERE resolved = 0 AND field IN ({marks})",
        _PRIVACY_FLAGS,
    ):
        values: list[object] = []
        for text in (local, incoming):
            try:
                value = json.loads(text)
            except (TypeError, ValueError):
                value = True  # unreadable: assume the cautious side
            values.extend(value if isinstance(value, list) else [value])
        if any(v is True for v in values):
            raised.add((rid, name))
    return raised


def _cautious(detail: MeetingDetail, raised: set[tuple[str, str]]) -> None:
    """Privacy flags in an unresolved conflict count as set, whichever value is shown (the
    same rule bundles follow)."""
    if not raised:
        return
    records: list[object] = [detail.meeting, *detail.people.values(), *detail.contacts]
    for session in detail.sessions:
        records += [a.person for a in session.attendees if a.person is not None]
        if session.facilitator is not None:
            records.append(session.facilitator)
        for agenda in session.agenda:
            records += agenda.entries
    for record in records:
        for name in _PRIVACY_FLAGS:
            if (getattr(record, "id", None), name) in raised and hasattr(record, name):
                setattr(record, name, True)


def load_redacted(store: RecordStore, meeting_id: str, policy: RedactionPolicy) -> MeetingDetail:
    """The meeting as readers under `policy` may see it (the data-side redaction of §4)."""
    detail = load_meeting(store, meeting_id)
    if detail.meeting.deleted:
        raise NotFound()
    if policy != RedactionPolicy.FULL:
        _cautious(detail, _flags_raised_in_conflicts(store))
    return redact_meeting(detail, policy)


def meeting_document(
    store: RecordStore,
    meeting_id: str,
    policy: RedactionPolicy = RedactionPolicy.PARTNERS,
    *,
    prepared_on: dt.date | None = None,
    lang: ReportLanguage | None = None,
    addenda: bool = True,
) -> Document:
    lang = lang or ReportLanguage()
    doc = build_narrative(
        load_redacted(store, meeting_id, policy), policy, prepared_on=prepared_on, lang=lang
    )
    if addenda:  # a sealed meeting's report says so, and shows later edits as addenda
        from app.reports.seal import add_addenda

        add_addenda(store, meeting_id, policy, lang, doc)
    return doc


def meeting_pdf_with_appendices(
    store: RecordStore,
    meeting_id: str,
    policy: RedactionPolicy = RedactionPolicy.PARTNERS,
    *,
    prepared_on: dt.date | None = None,
    lang: ReportLanguage | None = None,
) -> bytes:
    """The PDF report followed by the attachments it lists (PDF pages, images, CSV tables),
    CSV tables redacted like the report's own."""
    from app.reports.appendices import add_appendices, hidden_values, read_appendices

    lang = lang or ReportLanguage()
    detail = load_redacted(store, meeting_id, policy)
    doc = build_narrative(detail, policy, prepared_on=prepared_on, lang=lang)
    from app.reports.seal import add_addenda

    add_addenda(store, meeting_id, policy, lang, doc)
    pdf = render(doc, "pdf")
    listed = [a for a in detail.attachments if a.filename]  # the report's list, in its order
    hidden = (
        {}
        if policy == RedactionPolicy.FULL
        else hidden_values(load_meeting(store, meeting_id), detail)
    )
    return add_appendices(pdf, read_appendices(store, listed), doc, lang, hidden)


def resolve_series(store: RecordStore, series_or_meeting_id: str) -> str:
    """A series id, given the series' own id or the id of any meeting in it."""
    from app.domain.records import Series
    from app.errors import NotInSeries

    if store.find(Series, series_or_meeting_id) is not None:
        return series_or_meeting_id
    meeting = store.find(Meeting, series_or_meeting_id)
    if meeting is None:
        raise NotFound()
    if not meeting.series_id:
        raise NotInSeries()
    return meeting.series_id


def series_document(
    store: RecordStore,
    series_id: str,
    policy: RedactionPolicy = RedactionPolicy.PARTNERS,
    *,
    prepared_on: dt.date | None = None,
    lang: ReportLanguage | None = None,
) -> Document:
    from app.reports.series import build_series_report

    return build_series_report(
        store, resolve_series(store, series_id), policy, prepared_on=prepared_on, lang=lang
    )


def meeting_csv(
    store: RecordStore,
    meeting_id: str,
    kind: CsvKind | str,
    policy: RedactionPolicy,
    lang: ReportLanguage | None = None,
) -> bytes:
    from app.reports.csv_export import actions_csv, participants_csv
    from app.reports.wording import Wording

    detail = load_redacted(store, meeting_id, policy)
    if CsvKind(kind) is CsvKind.PARTICIPANTS:
        return participants_csv(detail, policy, lang)
    meetings = {detail.meeting.id: detail.meeting}
    other = {a.followup_meeting_id for a in detail.actions} | {
        a.origin_meeting_id for a in detail.actions
    }
    for mid in other - set(meetings):
        found = store.find(Meeting, mid)
        if found is not None:
            meetings[mid] = found
    words = Wording(policy, detail.people, detail.organisations, lang or ReportLanguage())
    return actions_csv(detail.actions, meetings, words)


def series_actions_csv(
    store: RecordStore,
    series_id: str,
    policy: RedactionPolicy,
    lang: ReportLanguage | None = None,
) -> bytes:
    from app.reports.csv_export import actions_csv
    from app.reports.series import SeriesData

    data = SeriesData(store, resolve_series(store, series_id), policy, lang)
    if not data.meetings:
        raise ReportNotAvailable()
    return actions_csv(data.actions, data.by_id, data.words)

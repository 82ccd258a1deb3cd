"""Loading a whole meeting (one query per table, no query per row)."""

from __future__ import annotations

from collections import defaultdict

from app.domain.meeting_detail import AgendaDetail, AttendeeDetail, MeetingDetail, SessionDetail
from app.domain.records import (
    ActionItem,
    AgendaItem,
    AgendaTheme,
    Attachment,
    Attendance,
    Decision,
    Headcount,
    Meeting,
    MeetingContact,
    MeetingOrganiser,
    MinuteEntry,
    NarrativeSection,
    Objective,
    Organisation,
    Person,
    Record,
    Series,
    Session,
    Testimony,
    Theme,
)
from app.storage.records import RecordStore


def _by_ids(store: RecordStore, cls: type, ids: set[str]) -> dict[str, Record]:
    ids = {i for i in ids if i}
    out: dict[str, Record] = {}
    id_list = sorted(ids)
    for start in range(0, len(id_list), 500):
        part = id_list[start : start + 500]
        marks = ", ".join("?" for _ in part)
        for r in store.select(cls, f"id IN ({marks})", part, include_deleted=True):
            out[r.id] = r
    return out


def load_meeting(store: RecordStore, meeting_id: str) -> MeetingDetail:
    meeting = store.get(Meeting, meeting_id)
    detail = MeetingDetail(meeting)
    if meeting.series_id:
        detail.series = store.find(Series, meeting.series_id)
    sessions = store.select(
        Session, "meeting_id = ?", [meeting_id], order_by="date, position, start_time"
    )
    session_ids = [s.id for s in sessions]
    marks = ", ".join("?" for _ in session_ids) or "''"
    attendance = store.select(Attendance, f"session_id IN ({marks})", session_ids)
    headcounts = store.select(
        Headcount, f"session_id IN ({marks})", session_ids, order_by="role, gender, kind"
    )
    agenda = store.select(AgendaItem, "meeting_id = ?", [meeting_id], order_by="position")
    entries = store.select(MinuteEntry, "meeting_id = ?", [meeting_id], order_by="position")
    agenda_ids = [a.id for a in agenda]
    amarks = ", ".join("?" for _ in agenda_ids) or "''"
    links = store.select(AgendaTheme, f"agenda_item_id IN ({amarks})", agenda_ids)
    organisers = store.select(MeetingOrganiser, "meeting_id = ?", [meeting_id], order_by="position")
    contacts = store.select(MeetingContact, "meeting_id = ?", [meeting_id], order_by="position")
    detail.objectives = store.select(Objective, "meeting_id = ?", [meeting_id], order_by="position")
    detail.decisions = store.select(Decision, "meeting_id = ?", [meeting_id], order_by="position")
    detail.actions = store.select(
        ActionItem,
        "origin_meeting_id = ? OR followup_meeting_id = ?",
        [meeting_id, meeting_id],
        order_by="due_date, created_at",
    )
    detail.testimonies = store.select(
        Testimony, "meeting_id = ?", [meeting_id], order_by="position"
    )
    detail.narratives = store.select(
        NarrativeSection, "meeting_id = ?", [meeting_id], order_by="position, created_at"
    )
    detail.attachments = store.select(
        Attachment, "meeting_id = ?", [meeting_id], order_by="filename"
    )

    person_ids = {a.person_id for a in attendance} | {c.person_id for c in contacts}
    person_ids |= {e.speaker_person_id for e in entries} | {
        s.facilitator_person_id for s in sessions
    }
    person_ids |= {a.owner_person_id for a in detail.actions}
    people = _by_ids(store, Person, person_ids)
    org_ids = {a.organisation_id for a in attendance} | {o.organisation_id for o in organisers}
    org_ids |= {p.organisation_id for p in people.values()} | {e.speaker_org_id for e in entries}
    org_ids |= {s.facilitator_org_id for s in sessions} | {a.owner_org_id for a in detail.actions}
    orgs = _by_ids(store, Organisation, org_ids)
    themes = _by_ids(store, Theme, {lk.theme_id for lk in links})
    detail.people = people  # type: ignore[assignment]
    detail.organisations = orgs  # type: ignore[assignment]
    detail.organisers = [orgs[o.organisation_id] for o in organisers if o.organisation_id in orgs]  # type: ignore[misc]
    detail.contacts = [people[c.person_id] for c in contacts if c.person_id in people]  # type: ignore[misc]

    themes_of: dict[str, list[Theme]] = defaultdict(list)
    for link in links:
        if link.theme_id in themes:
            themes_of[link.agenda_item_id].append(themes[link.theme_id])  # type: ignore[arg-type]
    entries_of: dict[str, list[MinuteEntry]] = defaultdict(list)
    for e in entries:
        entries_of[e.agenda_item_id].append(e)
    agenda_of: dict[str, list[AgendaDetail]] = defaultdict(list)
    for a in agenda:
        agenda_of[a.session_id].append(AgendaDetail(a, themes_of[a.id], entries_of[a.id]))
    attendees_of: dict[str, list[AttendeeDetail]] = defaultdict(list)
    for a in attendance:
        person = people.get(a.person_id)
        org_id = a.organisation_id or (person.organisation_id if person else "")  # type: ignore[attr-defined]
        attendees_of[a.session_id].append(AttendeeDetail(a, person, orgs.get(org_id)))  # type: ignore[arg-type]
    counts_of: dict[str, list[Headcount]] = defaultdict(list)
    for h in headcounts:
        counts_of[h.session_id].append(h)
    for s in sessions:
        facilitator = people.get(s.facilitator_person_id) or orgs.get(s.facilitator_org_id)
        attendees = sorted(attendees_of[s.id], key=lambda d: d.person.name if d.person else "")
        detail.sessions.append(
            SessionDetail(s, attendees, agenda_of[s.id], facilitator, counts_of[s.id])  # type: ignore[arg-type]
        )

    if meeting.series_id and meeting.start_date:
        nxt = store.select(
            Meeting,
            "series_id = ? AND start_date > ?",
            [meeting.series_id, meeting.start_date],
            order_by="start_date",
            limit=1,
        )
        detail.next_meeting = nxt[0] if nxt else None
    return detail

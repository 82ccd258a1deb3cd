"""A meeting with everything recorded about it, as reports and the desktop app read it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.domain.records import (
    ActionItem,
    AgendaItem,
    Attachment,
    Attendance,
    Decision,
    Headcount,
    Meeting,
    MinuteEntry,
    NarrativeSection,
    Objective,
    Organisation,
    Person,
    Series,
    Session,
    Testimony,
    Theme,
)


@dataclass
class AttendeeDetail:
    attendance: Attendance
    person: Person | None
    organisation: Organisation | None


@dataclass
class AgendaDetail:
    item: AgendaItem
    themes: list[Theme] = field(default_factory=list)
    entries: list[MinuteEntry] = field(default_factory=list)


@dataclass
class SessionDetail:
    session: Session
    attendees: list[AttendeeDetail] = field(default_factory=list)
    agenda: list[AgendaDetail] = field(default_factory=list)
    facilitator: Person | Organisation | None = None
    headcounts: list[Headcount] = field(default_factory=list)


@dataclass
class GenderBalance:
    counts: dict[str, int]
    total: int

    def percent(self, gender: str) -> int:
        return round(100 * self.counts.get(gender, 0) / self.total) if self.total else 0


@dataclass
class MeetingDetail:
    meeting: Meeting
    series: Series | None = None
    organisers: list[Organisation] = field(default_factory=list)
    contacts: list[Person] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)
    sessions: list[SessionDetail] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)  # raised here or followed up here
    testimonies: list[Testimony] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)  # everyone referenced, by id
    organisations: dict[str, Organisation] = field(default_factory=dict)
    next_meeting: Meeting | None = None
    narratives: list[NarrativeSection] = field(default_factory=list)

    @property
    def themes(self) -> list[Theme]:
        seen: dict[str, Theme] = {}
        for s in self.sessions:
            for a in s.agenda:
                for t in a.themes:
                    seen.setdefault(t.id, t)
        return list(seen.values())

    def unique_attendees(self) -> list[Person]:
        seen: dict[str, Person] = {}
        for s in self.sessions:
            for a in s.attendees:
                if a.person is not None:
                    seen.setdefault(a.person.id, a.person)
        return list(seen.values())

    def gender_balance(self, session: SessionDetail | None = None) -> GenderBalance:
        people = (
            [a.person for a in session.attendees if a.person]
            if session
            else self.unique_attendees()
        )
        counts = Counter(p.gender or "unspecified" for p in people)
        return GenderBalance(dict(counts), len(people))

    def attendance_by_kind(self, session: SessionDetail) -> dict[str, int]:
        """Attendees of a session counted by the kind of their organisation."""
        counts: Counter[str] = Counter()
        for a in session.attendees:
            counts[a.organisation.kind if a.organisation else "other"] += 1
        return dict(counts)

    def person_name(self, person_id: str) -> str:
        p = self.people.get(person_id)
        return p.name if p else ""

    def org_name(self, org_id: str) -> str:
        o = self.organisations.get(org_id)
        return o.name if o else ""

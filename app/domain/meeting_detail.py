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
class SessionCounts:
    """Who took part in a session, by headcount where one was recorded and by name otherwise,
    so the report's sentences and tables never contradict what was recorded: a total counted
    on the sign-in sheet wins over the few names typed in, but never says fewer people than
    are named."""

    total: int
    named: int
    by_kind: dict[str, int]
    by_gender: dict[str, int]
    by_role: dict[str, int]
    by_role_gender: dict[tuple[str, str], int]
    counted: bool  # some figure comes from a headcount
    counted_role_gender: bool = False  # genders of a role were counted (not only named)

    @property
    def gender_known(self) -> bool:
        """Whether anyone's gender was recorded (by name or by count) in this session."""
        return any(g != "unspecified" and n for g, n in self.by_gender.items())

    def gender_of_role(self, role: str) -> tuple[dict[str, int], int]:
        """Gender counts among people of `role`, and how many people of that role."""
        counts = {g: n for (r, g), n in self.by_role_gender.items() if r == role}
        return counts, max(self.by_role.get(role, 0), sum(counts.values()))


def _named_counts(attendees: list[AttendeeDetail]) -> tuple[Counter, Counter, Counter, Counter]:
    kinds: Counter[str] = Counter()
    genders: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    role_genders: Counter[tuple[str, str]] = Counter()
    for a in attendees:
        kinds[a.organisation.kind if a.organisation else "other"] += 1
        gender = (a.person.gender if a.person else "") or "unspecified"
        genders[gender] += 1
        role = a.attendance.role or "participant"
        roles[role] += 1
        role_genders[(role, gender)] += 1
    return kinds, genders, roles, role_genders


def session_counts(session: SessionDetail) -> SessionCounts:
    named = len(session.attendees)
    kinds, genders, roles, role_genders = _named_counts(session.attendees)
    rows = [h for h in session.headcounts if not h.deleted and h.count >= 0]
    if not rows:
        return SessionCounts(
            named, named, dict(kinds), dict(genders), dict(roles), dict(role_genders), False
        )
    total = next((h.count for h in rows if not (h.role or h.gender or h.kind)), 0)
    counted_kinds = {h.kind: h.count for h in rows if h.kind and not (h.role or h.gender)}
    counted_genders = {h.gender: h.count for h in rows if h.gender and not (h.role or h.kind)}
    counted_roles = {h.role: h.count for h in rows if h.role and not (h.gender or h.kind)}
    counted_rg = {(h.role, h.gender): h.count for h in rows if h.role and h.gender and not h.kind}
    if not counted_genders and counted_rg:
        # Counted by role and gender only ("speakers 54% women"): the session's genders are
        # the sums over its roles.
        for (_, gender), n in counted_rg.items():
            counted_genders[gender] = counted_genders.get(gender, 0) + n
    total = max(
        total,
        named,
        sum(counted_kinds.values()),
        sum(counted_genders.values()),
        sum(counted_roles.values()),
    )
    return SessionCounts(
        total,
        named,
        counted_kinds or dict(kinds),
        counted_genders or dict(genders),
        counted_roles or dict(roles),
        counted_rg or dict(role_genders),
        True,
        bool(counted_rg),
    )


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
        """Genders of a session, or of the whole meeting, by the rule of `session_counts`
        (the report's rule): with headcounts the meeting's figure is the sum of the days'
        attendance, since counted people cannot be told apart; without, distinct people."""
        if session is not None:
            c = session_counts(session)
            return GenderBalance(dict(c.by_gender), c.total)
        if self.has_headcounts:
            counts: Counter[str] = Counter()
            total = 0
            for s in self.sessions:
                c = session_counts(s)
                counts.update(c.by_gender)
                total += c.total
            return GenderBalance(dict(counts), total)
        people = self.unique_attendees()
        return GenderBalance(dict(Counter(p.gender or "unspecified" for p in people)), len(people))

    def attendance_by_kind(self, session: SessionDetail) -> dict[str, int]:
        """Attendees of a session by the kind of their organisation, counted or named."""
        return dict(session_counts(session).by_kind)

    def session_counts(self, session: SessionDetail) -> SessionCounts:
        return session_counts(session)

    @property
    def has_headcounts(self) -> bool:
        return any(h for s in self.sessions for h in s.headcounts if not h.deleted)

    def person_name(self, person_id: str) -> str:
        p = self.people.get(person_id)
        return p.name if p else ""

    def org_name(self, org_id: str) -> str:
        o = self.organisations.get(org_id)
        return o.name if o else ""

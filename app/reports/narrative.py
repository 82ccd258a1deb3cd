"""The narrative report of one meeting, shaped like the reports our users hand to donors,
partners and diplomats (see docs: the two reference reports).

`build_narrative(detail, policy)` returns a format-neutral `Document`. Sections with nothing in
them are left out; numbering (I., II., ...) follows what remains.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from app.domain.meeting_detail import MeetingDetail, SessionDetail
from app.domain.records import ActionItem, Organisation, Person
from app.domain.values import (
    ActionStatus,
    DecisionKind,
    MeetingStatus,
    OrgKind,
    RedactionPolicy,
)
from app.reports.model import (
    BulletList,
    Document,
    Inline,
    Paragraph,
    Section,
    Span,
    Subheading,
    Table,
    plain,
)
from app.reports.wording import Wording, long_date, percent, period, policy_label, short_date

_GENDER_COLUMNS = (("woman", "Women"), ("man", "Men"))
_STATUS_LABEL = {
    ActionStatus.OPEN: "Open",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
    ActionStatus.DROPPED: "Dropped",
}


def status_label(status: str) -> str:
    try:
        return _STATUS_LABEL[ActionStatus(status)]
    except ValueError:
        return status


_KIND_PLURAL = {
    OrgKind.NGO: "NGOs",
    OrgKind.UNION: "unions",
    OrgKind.ACADEMIC: "academic institutions",
    OrgKind.LAW: "lawyers' groups",
    OrgKind.MEDIA: "media",
    OrgKind.YOUTH: "youth groups",
    OrgKind.EMBASSY: "embassies",
    OrgKind.UN_AGENCY: "UN agencies",
    OrgKind.REGIONAL_PARTNER: "regional partners",
    OrgKind.INTERNATIONAL_NGO: "international NGOs",
    OrgKind.DONOR: "donors",
    OrgKind.GOVERNMENT: "government",
    OrgKind.OTHER: "other organisations",
}


def kind_plural(kind: str) -> str:
    try:
        return _KIND_PLURAL[OrgKind(kind)]
    except ValueError:
        return _KIND_PLURAL[OrgKind.OTHER]


def kind_label(kind: str) -> str:
    try:
        return OrgKind(kind).label
    except ValueError:
        return "Other"


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024**2:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024**2:.1f} MB"


def build_narrative(
    detail: MeetingDetail,
    policy: RedactionPolicy = RedactionPolicy.PARTNERS,
    *,
    prepared_on: dt.date | None = None,
) -> Document:
    words = Wording(policy, detail.people, detail.organisations)
    m = detail.meeting
    doc = Document(
        kicker="Narrative report",
        title=m.title,
        organisers=[o.name for o in detail.organisers],
        distribution=policy_label(policy),
    )
    doc.facts = _title_block(detail, words, prepared_on)
    sections = [
        _activities(detail),
        _goal(detail),
        _objectives(detail),
        _discussion(detail, words),
        _results(detail, words),
        _next_plan(detail, words),
        _themes(detail),
        _testimonies(detail),
        _attendance(detail),
        _attachments(detail),
        _participants(detail, words),
    ]
    doc.sections = [s for s in sections if not s.empty]
    return doc


def _title_block(
    detail: MeetingDetail, words: Wording, prepared_on: dt.date | None
) -> list[tuple[str, list[str]]]:
    m = detail.meeting
    facts: list[tuple[str, list[str]]] = []
    if detail.organisers:
        facts.append(("Organisers", [o.name for o in detail.organisers]))
    if m.project_title:
        facts.append(("Project title", [m.project_title]))
    if detail.series is not None:
        facts.append(("Series", [detail.series.name]))
    location = words.location(m)
    if location:
        facts.append(("Location", [location]))
    if m.start_date:
        facts.append(("Project period", [period(m.start_date, m.end_date)]))
    contacts = [c for c in dict.fromkeys(words.contact(p) for p in detail.contacts) if c]
    if contacts:
        facts.append(("Contact persons" if words.names_people else "Contact", contacts))
    facts.append(("Distribution", [policy_label(words.policy)]))
    if prepared_on is not None:
        facts.append(("Report prepared", [long_date(prepared_on.isoformat())]))
    return facts


def _day_number(detail: MeetingDetail) -> dict[str, int]:
    dates = sorted({s.session.date for s in detail.sessions if s.session.date})
    return {d: i + 1 for i, d in enumerate(dates)}


def _day_label(detail: MeetingDetail, s: SessionDetail) -> str:
    n = _day_number(detail).get(s.session.date)
    return f"Day {n}" if n else "Session"


def _session_name(detail: MeetingDetail, s: SessionDetail) -> str:
    return f"{_day_label(detail, s)}: {long_date(s.session.date)}"


def _kinds_in_order(detail: MeetingDetail) -> list[str]:
    present = {k for s in detail.sessions for k in detail.attendance_by_kind(s)}
    known = [k.value for k in OrgKind if k.value in present]
    return known + sorted(present - set(known))


def _activities(detail: MeetingDetail) -> Section:
    section = Section("Activities")
    m = detail.meeting
    lead: list[str] = []
    held = [s for s in detail.sessions if s.attendees]
    if m.start_date and detail.sessions:
        where = ", ".join(p for p in (m.location_city, m.location_country) if p)
        organisers = " and ".join(o.acronym or o.name for o in detail.organisers)
        days = len(_day_number(detail))
        sentence = f"On {period(m.start_date, m.end_date)}"
        if organisers:
            sentence += f", {organisers}"
        verb = " will hold" if m.status == MeetingStatus.PLANNED else " held"
        sentence += f"{verb} a {days}-day meeting" if days > 1 else f"{verb} a one-day meeting"
        if where and not m.location_sensitive:
            sentence += f" in {where}"
        lead.append(sentence + ".")
    for s in held:
        counts = detail.attendance_by_kind(s)
        parts = [f"{kind_plural(k)} ({n})" for k, n in _sorted_counts(counts)]
        day = _day_label(detail, s)
        title = f" ({s.session.title})" if s.session.title else ""
        lead.append(
            f"{day}{title} was attended by {_people(len(s.attendees))} from {_join(parts)}."
        )
    if m.summary:
        section.blocks.append(Paragraph(plain(m.summary)))
    if lead:
        section.blocks.append(Paragraph(plain(" ".join(lead))))
    if held:
        kinds = _kinds_in_order(detail)
        header = ("Day", *(kind_label(k) for k in kinds), "Total")
        rows = []
        for s in held:
            counts = detail.attendance_by_kind(s)
            rows.append(
                (
                    _day_label(detail, s),
                    *(str(counts.get(k, 0)) for k in kinds),
                    str(len(s.attendees)),
                )
            )
        section.blocks.append(Subheading("Attendance by kind of organisation"))
        widths = _widths_by_longest_word(header)
        section.blocks.append(
            Table(header, tuple(rows), widths=widths, numeric=frozenset(range(1, len(header))))
        )
    return section


def _widths_by_longest_word(header: tuple[str, ...]) -> tuple[int, ...]:
    """Column shares that keep each heading's longest word on one line."""
    weights = [max(len(w) for w in h.split()) + 2 for h in header]
    total = sum(weights)
    shares = [w * 100 // total for w in weights]
    shares[0] += 100 - sum(shares)
    return tuple(shares)


def _sorted_counts(counts: dict[str, int]) -> list[tuple[str, int]]:
    order = {k.value: i for i, k in enumerate(OrgKind)}
    return sorted(counts.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99)))


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n} people"


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _goal(detail: MeetingDetail) -> Section:
    goal = detail.meeting.general_goal
    return Section("General goal", [Paragraph(plain(goal))] if goal else [])


def _objectives(detail: MeetingDetail) -> Section:
    items = tuple(plain(o.text) for o in detail.objectives if o.text)
    return Section("Specific objectives", [BulletList(items)] if items else [])


def _discussion(detail: MeetingDetail, words: Wording) -> Section:
    section = Section("Summary of discussion")
    for s in detail.sessions:
        agenda_blocks = []
        for a in s.agenda:
            entries = [e for e in a.entries if words.shows_confidential or not e.confidential]
            if not entries and not a.item.title:
                continue
            agenda_blocks.append(Subheading(a.item.title, level=4))
            if a.themes:
                names = ", ".join(t.name for t in a.themes)
                agenda_blocks.append(Paragraph((Span(f"Themes: {names}", italic=True),), "note"))
            items: list[Inline] = []
            for e in entries:
                spans: list[Span] = []
                if e.confidential:
                    spans.append(Span("[Confidential] ", bold=True))
                speaker = words.person_id(e.speaker_person_id, with_org=True) or words.org(
                    e.speaker_org_id
                )
                if speaker:
                    spans.append(Span(f"{speaker}: ", bold=True))
                spans.append(Span(e.text))
                items.append(tuple(spans))
            if items:
                agenda_blocks.append(BulletList(tuple(items)))
        if not agenda_blocks and not s.session.summary:
            continue
        section.blocks.append(Subheading(_session_name(detail, s)))
        about = [s.session.title] if s.session.title else []
        if s.session.start_time:
            times = s.session.start_time
            if s.session.end_time:
                times += f"–{s.session.end_time}"
            about.append(times)
        if s.facilitator is not None:
            name = (
                words.person(s.facilitator, with_org=True)
                if isinstance(s.facilitator, Person)
                else s.facilitator.name
            )
            if name:
                about.append(f"facilitated by {name}")
        if about:
            section.blocks.append(Paragraph((Span(" · ".join(about), italic=True),), "note"))
        if s.session.summary:
            section.blocks.append(Paragraph(plain(s.session.summary)))
        section.blocks += agenda_blocks
    return section


def _results(detail: MeetingDetail, words: Wording) -> Section:
    section = Section("Results of the meeting")
    groups = (
        (DecisionKind.RESULT, "Results"),
        (DecisionKind.DECISION, "Decisions"),
        (DecisionKind.LESSON, "Lessons learnt"),
    )
    present = [
        (label, [d for d in detail.decisions if d.kind == kind and d.text])
        for kind, label in groups
    ]
    present = [(label, ds) for label, ds in present if ds]
    for label, ds in present:
        if len(present) > 1:
            section.blocks.append(Subheading(label))
        section.blocks.append(BulletList(tuple(plain(d.text) for d in ds)))
    reviewed = [
        a
        for a in detail.actions
        if a.followup_meeting_id == detail.meeting.id and a.origin_meeting_id != detail.meeting.id
    ]
    if reviewed:
        section.blocks.append(Subheading("Follow-up of earlier action items"))
        rows = tuple(
            (a.text, words.owner(a.owner_person_id, a.owner_org_id), status_label(a.status))
            for a in reviewed
        )
        section.blocks.append(Table(("Action", "Owner", "Status"), rows, widths=(60, 25, 15)))
    return section


def _is_open(a: ActionItem) -> bool:
    return a.status in (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


def _next_plan(detail: MeetingDetail, words: Wording) -> Section:
    section = Section("Next plan")
    open_items = [a for a in detail.actions if _is_open(a)]
    if open_items:
        rows = tuple(
            (
                a.text,
                words.owner(a.owner_person_id, a.owner_org_id),
                short_date(a.due_date) if a.due_date else "—",
                status_label(a.status),
            )
            for a in open_items
        )
        section.blocks.append(
            Table(("Action", "Owner", "Due", "Status"), rows, widths=(50, 22, 16, 12))
        )
    nxt = detail.next_meeting
    if nxt is not None:
        when = period(nxt.start_date, nxt.end_date)
        sentence = f"The next meeting, “{nxt.title}”, is planned for {when}"
        where = words.location(nxt)
        if where:
            sentence += f" in {where}"
        section.blocks.append(Paragraph(plain(sentence + ".")))
    return section


def _themes(detail: MeetingDetail) -> Section:
    names = tuple(plain(t.name) for t in detail.themes if t.name)
    return Section("Themes", [BulletList(names)] if names else [])


def _testimonies(detail: MeetingDetail) -> Section:
    section = Section("Testimonies")
    items = [t for t in detail.testimonies if t.text]
    if items:
        section.blocks.append(
            Paragraph((Span("Contributors have been guaranteed anonymity.", italic=True),), "note")
        )
    for t in items:
        section.blocks.append(Paragraph(plain(t.text), "quote"))
        if t.attribution:
            section.blocks.append(Paragraph(plain(f"— {t.attribution}"), "attribution"))
    return section


def _balance_sentence(counts: Counter[str], total: int) -> str:
    parts = [f"{percent(counts.get(g, 0), total)}% {label.lower()}" for g, label in _GENDER_COLUMNS]
    other = total - sum(counts.get(g, 0) for g, _ in _GENDER_COLUMNS)
    if other:
        parts.append(f"{percent(other, total)}% other or not stated")
    return ", ".join(parts)


def _attendance(detail: MeetingDetail) -> Section:
    section = Section("Attendance and gender balance")
    held = [s for s in detail.sessions if s.attendees]
    if not held:
        return section
    everyone = detail.gender_balance()
    counts = Counter(everyone.counts)
    section.blocks.append(
        Paragraph(
            plain(
                f"{_people(everyone.total)} took part in the meeting "
                f"({_balance_sentence(counts, everyone.total)})."
            )
        )
    )
    header = ("Day", "Participants", "Women", "Men", "Other or not stated", "Women %")
    rows = []
    for s in held:
        b = detail.gender_balance(s)
        women, men = b.counts.get("woman", 0), b.counts.get("man", 0)
        rows.append(
            (
                _day_label(detail, s),
                str(b.total),
                str(women),
                str(men),
                str(b.total - women - men),
                f"{percent(women, b.total)}%",
            )
        )
    women, men = counts.get("woman", 0), counts.get("man", 0)
    rows.append(
        (
            "Whole meeting (distinct people)",
            str(everyone.total),
            str(women),
            str(men),
            str(everyone.total - women - men),
            f"{percent(women, everyone.total)}%",
        )
    )
    section.blocks.append(
        Table(
            header,
            tuple(rows),
            widths=(30, 14, 12, 12, 18, 14),
            numeric=frozenset(range(1, 6)),
            total_row=True,
        )
    )
    return section


def _attachments(detail: MeetingDetail) -> Section:
    items = [a for a in detail.attachments if a.filename]
    if not items:
        return Section("List of attachments")
    rows = tuple((a.filename, a.description, human_size(a.size)) for a in items)
    return Section(
        "List of attachments",
        [Table(("File", "Description", "Size"), rows, widths=(38, 47, 15), numeric=frozenset({2}))],
    )


@dataclass
class _Participant:
    person: Person
    organisation: Organisation | None
    days: list[int] = field(default_factory=list)


def _participants(detail: MeetingDetail, words: Wording) -> Section:
    section = Section("Annex: list of participants", numbered=False)
    if not words.names_people:
        return section  # public reports keep the counts above and name nobody
    day_of = _day_number(detail)
    seen: dict[str, _Participant] = {}
    for s in detail.sessions:
        for a in s.attendees:
            if a.person is None:
                continue
            row = seen.setdefault(a.person.id, _Participant(a.person, a.organisation))
            n = day_of.get(s.session.date)
            if n and n not in row.days:
                row.days.append(n)
    rows = []
    for row in seen.values():
        hidden = row.person.anonymous and words.policy is not RedactionPolicy.FULL
        cells = [
            words.person(row.person),
            "" if hidden or row.organisation is None else row.organisation.name,
            "" if hidden else row.person.role_title,
            ", ".join(str(d) for d in sorted(row.days)),
        ]
        if words.shows_contacts:
            cells.append(row.person.contact)
        rows.append(tuple(cells))
    rows.sort(key=lambda r: (r[1].casefold(), r[0].casefold()))
    header = ["Name", "Organisation", "Role", "Days"]
    widths = [30, 34, 26, 10]
    if words.shows_contacts:
        header.append("Contact")
        widths = [24, 26, 18, 8, 24]
    if rows:
        section.blocks.append(Table(tuple(header), tuple(rows), widths=tuple(widths)))
    return section

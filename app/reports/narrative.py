"""The narrative report of one meeting, shaped like the reports our users hand to donors,
partners and diplomats (see docs: the two reference reports).

`build_narrative(detail, policy)` returns a format-neutral `Document`. Sections with nothing in
them are left out; numbering (I., II., ...) follows what remains.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from app.domain.meeting_detail import MeetingDetail, SessionCounts, SessionDetail
from app.domain.records import ActionItem, NarrativeSection, Organisation, Person
from app.domain.values import (
    ActionStatus,
    DecisionKind,
    MeetingStatus,
    NarrativePlacement,
    OrgKind,
    RedactionPolicy,
)
from app.i18n import N_
from app.reports.language import ReportLanguage
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

_ENGLISH = ReportLanguage()
_STATUS_LABEL = {
    ActionStatus.OPEN: N_("ReportWords", "Open"),
    ActionStatus.IN_PROGRESS: N_("ReportWords", "In progress"),
    ActionStatus.DONE: N_("ReportWords", "Done"),
    ActionStatus.DROPPED: N_("ReportWords", "Dropped"),
}


def status_label(status: str, lang: ReportLanguage = _ENGLISH) -> str:
    try:
        return lang.translate("ReportWords", _STATUS_LABEL[ActionStatus(status)])
    except ValueError:
        return status


_KIND_PLURAL = {
    OrgKind.NGO: N_("ReportWords", "NGOs"),
    OrgKind.UNION: N_("ReportWords", "unions"),
    OrgKind.ACADEMIC: N_("ReportWords", "academic institutions"),
    OrgKind.LAW: N_("ReportWords", "lawyers' groups"),
    OrgKind.MEDIA: N_("ReportWords", "media"),
    OrgKind.YOUTH: N_("ReportWords", "youth groups"),
    OrgKind.EMBASSY: N_("ReportWords", "embassies"),
    OrgKind.UN_AGENCY: N_("ReportWords", "UN agencies"),
    OrgKind.REGIONAL_PARTNER: N_("ReportWords", "regional partners"),
    OrgKind.INTERNATIONAL_NGO: N_("ReportWords", "international NGOs"),
    OrgKind.DONOR: N_("ReportWords", "donors"),
    OrgKind.GOVERNMENT: N_("ReportWords", "government"),
    OrgKind.OTHER: N_("ReportWords", "other organisations"),
}
# As OrgKind.label says them (app/domain/values.py), for report tables.
_KIND_LABEL = {
    OrgKind.NGO: N_("ReportWords", "NGO"),
    OrgKind.UNION: N_("ReportWords", "Union"),
    OrgKind.ACADEMIC: N_("ReportWords", "Academic"),
    OrgKind.LAW: N_("ReportWords", "Lawyers"),
    OrgKind.MEDIA: N_("ReportWords", "Media"),
    OrgKind.YOUTH: N_("ReportWords", "Youth group"),
    OrgKind.EMBASSY: N_("ReportWords", "Embassy"),
    OrgKind.UN_AGENCY: N_("ReportWords", "UN agency"),
    OrgKind.REGIONAL_PARTNER: N_("ReportWords", "Regional partner"),
    OrgKind.INTERNATIONAL_NGO: N_("ReportWords", "International NGO"),
    OrgKind.DONOR: N_("ReportWords", "Donor"),
    OrgKind.GOVERNMENT: N_("ReportWords", "Government"),
    OrgKind.OTHER: N_("ReportWords", "Other"),
}


def kind_plural(kind: str, lang: ReportLanguage = _ENGLISH) -> str:
    try:
        words = _KIND_PLURAL[OrgKind(kind)]
    except ValueError:
        words = _KIND_PLURAL[OrgKind.OTHER]
    return lang.translate("ReportWords", words)


def kind_label(kind: str, lang: ReportLanguage = _ENGLISH) -> str:
    try:
        words = _KIND_LABEL[OrgKind(kind)]
    except ValueError:
        words = _KIND_LABEL[OrgKind.OTHER]
    return lang.translate("ReportWords", words)


def human_size(size: int, lang: ReportLanguage = _ENGLISH) -> str:
    if size < 1024:
        return lang.count(
            "ReportWords", size, N_("ReportWords", "{n} byte"), N_("ReportWords", "{n} bytes")
        )
    if size < 1024**2:
        return lang.translate("ReportWords", "{n} KB").format(n=lang.decimal(size / 1024))
    return lang.translate("ReportWords", "{n} MB").format(n=lang.decimal(size / 1024**2))


def build_narrative(
    detail: MeetingDetail,
    policy: RedactionPolicy = RedactionPolicy.PARTNERS,
    *,
    prepared_on: dt.date | None = None,
    lang: ReportLanguage = _ENGLISH,
) -> Document:
    words = Wording(policy, detail.people, detail.organisations, lang)
    m = detail.meeting
    doc = Document(
        kicker=lang.translate("ReportNarrative", "Narrative report"),
        title=m.title,
        organisers=[org_name(o) for o in detail.organisers],
        distribution=policy_label(policy, lang),
        language=lang.code,
        khmer_digits=lang.khmer_digits,
        page_label=lang.translate("ReportPdf", "Page {n} of {total}"),
        label_format=lang.translate("ReportWords", "{label}:"),
    )
    doc.facts = _title_block(detail, words, prepared_on)
    P = NarrativePlacement
    placed: dict[str, list[Section]] = {p.value: [] for p in P}
    for n in detail.narratives:
        key = n.placement if n.placement in placed else P.RESULTS.value
        placed[key].append(_narrative(n))
    sections = [
        *placed[P.START],
        _activities(detail, lang),
        *placed[P.ACTIVITIES],
        _goal(detail, lang),
        _objectives(detail, lang),
        *placed[P.OBJECTIVES],
        _discussion(detail, words),
        *placed[P.DISCUSSION],
        _results(detail, words),
        *placed[P.RESULTS],
        _next_plan(detail, words),
        *placed[P.NEXT_PLAN],
        _themes(detail, lang),
        _testimonies(detail, lang),
        *placed[P.TESTIMONIES],
        _attendance(detail, lang),
        _attachments(detail, lang),
        *placed[P.END],
        _contact_block(detail, lang),
        _participants(detail, words),
    ]
    doc.sections = [s for s in sections if not s.empty]
    return doc


_BULLET_LINE = re.compile(r"^\s*(?:[•▪✓✔➢]\s*|[-–*]\s+|\d{1,3}[.)]\s+)")


def text_blocks(text: str) -> list[Paragraph | BulletList]:
    """Free text as the user wrote it: a blank line starts a paragraph, lines starting with a
    bullet ("- ", "• ", "✓ ", "1) ") make a list, and lines in between are one paragraph."""
    blocks: list[Paragraph | BulletList] = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        prose: list[str] = []
        items: list[Inline] = []
        for line in lines:
            if _BULLET_LINE.match(line):
                if prose:
                    blocks.append(Paragraph(plain(" ".join(prose))))
                    prose = []
                items.append(plain(_BULLET_LINE.sub("", line, count=1)))
            else:
                if items:
                    blocks.append(BulletList(tuple(items)))
                    items = []
                prose.append(line)
        if prose:
            blocks.append(Paragraph(plain(" ".join(prose))))
        if items:
            blocks.append(BulletList(tuple(items)))
    return blocks


def org_name(o: Organisation) -> str:
    """The reports' own style: "Committee for Free and Fair Elections in Cambodia (COMFREL)"."""
    if o.acronym and o.acronym.casefold() != o.name.casefold() and f"({o.acronym})" not in o.name:
        return f"{o.name} ({o.acronym})"
    return o.name


def _narrative(n: NarrativeSection) -> Section:
    return Section(n.heading, list(text_blocks(n.text)))


def _one_line(text: str) -> str:
    """A multi-line address as one line: "Rue de Varembé 3, 1202 Geneva, Switzerland"."""
    return ", ".join(line.strip().rstrip(",") for line in text.splitlines() if line.strip())


def _contact_block(detail: MeetingDetail, L: ReportLanguage) -> Section:
    """The organisers' contact details (what the policy lets out: redaction ran before)."""
    section = Section(L.translate("ReportNarrative", "Contact"), numbered=False)
    for o in detail.organisers:
        lines = [
            (L.translate("ReportNarrative", "Address"), _one_line(o.address)),
            (L.translate("ReportNarrative", "Phone"), o.phone),
            (L.translate("ReportNarrative", "E-mail"), o.email),
            (L.translate("ReportNarrative", "Website"), o.website),
        ]
        lines = [(label, value) for label, value in lines if value.strip()]
        if not lines:
            continue
        section.blocks.append(Paragraph((Span(org_name(o), bold=True),)))
        for label, value in lines:
            text = " ".join(value.split())
            section.blocks.append(
                Paragraph(
                    (
                        Span(L.translate("ReportWords", "{label}:").format(label=label) + " "),
                        Span(text),
                    ),
                    "note",
                )
            )
    return section


def _title_block(
    detail: MeetingDetail, words: Wording, prepared_on: dt.date | None
) -> list[tuple[str, list[str]]]:
    L = words.lang
    m = detail.meeting
    facts: list[tuple[str, list[str]]] = []
    if detail.organisers:
        facts.append(
            (
                L.translate("ReportNarrative", "Organisers"),
                [org_name(o) for o in detail.organisers],
            )
        )
    if m.project_title:
        facts.append((L.translate("ReportNarrative", "Project title"), [m.project_title]))
    if detail.series is not None:
        facts.append((L.translate("ReportNarrative", "Series"), [detail.series.name]))
    location = words.location(m)
    if location:
        facts.append((L.translate("ReportNarrative", "Location"), [location]))
    if m.start_date:
        when = [period(m.start_date, m.end_date, L)]
        when += _lunar_lines(L, m.start_date, m.end_date)
        facts.append((L.translate("ReportNarrative", "Project period"), when))
    contacts = [c for c in dict.fromkeys(words.contact(p) for p in detail.contacts) if c]
    if contacts:
        label = (
            L.translate("ReportNarrative", "Contact persons")
            if words.names_people
            else L.translate("ReportNarrative", "Contact")
        )
        facts.append((label, contacts))
    facts.append((L.translate("ReportNarrative", "Distribution"), [policy_label(words.policy, L)]))
    if prepared_on is not None:
        prepared = [
            *_lunar_lines(L, prepared_on.isoformat()),
            long_date(prepared_on.isoformat(), L),
        ]
        facts.append((L.translate("ReportNarrative", "Report prepared"), prepared))
    return facts


def _lunar_lines(L: ReportLanguage, start: str, end: str = "") -> list[str]:
    """The Khmer lunar date of `start` (and of `end`, for a period), when asked for."""
    days = [d for d in dict.fromkeys((start, end)) if d]
    lines = []
    for value in days:
        try:
            lunar = L.lunar(dt.date.fromisoformat(value))
        except ValueError:
            continue
        if lunar:
            lines.append(lunar)
    if len(lines) == 2:
        return [
            L.translate("ReportDates", "from {start}").format(start=lines[0]),
            L.translate("ReportDates", "to {end}").format(end=lines[1]),
        ]
    return lines


def _day_number(detail: MeetingDetail) -> dict[str, int]:
    dates = sorted({s.session.date for s in detail.sessions if s.session.date})
    return {d: i + 1 for i, d in enumerate(dates)}


def _day_label(detail: MeetingDetail, s: SessionDetail, L: ReportLanguage) -> str:
    n = _day_number(detail).get(s.session.date)
    if n:
        return L.translate("ReportNarrative", "Day {n}").format(n=L.number(n))
    return L.translate("ReportNarrative", "Session")


def _session_name(detail: MeetingDetail, s: SessionDetail, L: ReportLanguage) -> str:
    return L.translate("ReportNarrative", "{day}: {date}").format(
        day=_day_label(detail, s, L), date=long_date(s.session.date, L)
    )


def _kinds_in_order(detail: MeetingDetail) -> list[str]:
    present = {k for s in detail.sessions for k in detail.session_counts(s).by_kind}
    known = [k.value for k in OrgKind if k.value in present]
    return known + sorted(present - set(known))


def _sentence(L: ReportLanguage, text: str) -> str:
    return L.translate("ReportWords", "{sentence}.").format(sentence=text)


def _activities(detail: MeetingDetail, L: ReportLanguage) -> Section:
    section = Section(L.translate("ReportNarrative", "Activities"))
    m = detail.meeting
    lead: list[str] = []
    held = _held(detail)
    if m.start_date and detail.sessions and m.auto_attendance:
        where = ", ".join(p for p in (m.location_city, m.location_country) if p)
        organisers = L.translate("ReportWords", " and ").join(
            o.acronym or o.name for o in detail.organisers
        )
        days = len(_day_number(detail))
        sentence = L.translate("ReportNarrative", "On {when}").format(
            when=period(m.start_date, m.end_date, L)
        )
        if organisers:
            sentence += L.translate("ReportNarrative", ", {organisers}").format(
                organisers=organisers
            )
        planned = m.status == MeetingStatus.PLANNED
        if days > 1:
            verb = (
                L.translate("ReportNarrative", " will hold a {n}-day meeting")
                if planned
                else L.translate("ReportNarrative", " held a {n}-day meeting")
            )
        else:
            verb = (
                L.translate("ReportNarrative", " will hold a one-day meeting")
                if planned
                else L.translate("ReportNarrative", " held a one-day meeting")
            )
        sentence += verb.format(n=L.number(days))
        if where and not m.location_sensitive:
            sentence += L.translate("ReportNarrative", " in {where}").format(where=where)
        lead.append(_sentence(L, sentence))
    for s, counts in held if m.auto_attendance else []:
        parts = [
            L.translate("ReportNarrative", "{kinds} ({n})").format(
                kinds=kind_plural(k, L), n=L.number(n)
            )
            for k, n in _sorted_counts(counts.by_kind)
        ]
        title = (
            L.translate("ReportNarrative", " ({title})").format(title=s.session.title)
            if s.session.title
            else ""
        )
        if parts:
            text = L.translate(
                "ReportNarrative", "{day}{title} was attended by {people} from {organisations}."
            ).format(
                day=_day_label(detail, s, L),
                title=title,
                people=_people(counts.total, L),
                organisations=_join(parts, L),
            )
        else:
            text = L.translate("ReportNarrative", "{day}{title} was attended by {people}.").format(
                day=_day_label(detail, s, L), title=title, people=_people(counts.total, L)
            )
        lead.append(text)
    if m.summary:
        section.blocks += text_blocks(m.summary)
    if lead:
        section.blocks.append(Paragraph(plain(" ".join(lead))))
    with_kinds = [(s, c) for s, c in held if c.by_kind]
    if with_kinds and m.auto_attendance:
        # One row per kind of organisation, one column per day: the kinds' long names
        # ("Regional partner") never squeeze into a dozen narrow columns.
        kinds = _kinds_in_order(detail)
        days = [_day_label(detail, s, L) for s, _ in with_kinds]
        # No total across days: the same people come back each day, and a sum of attendance
        # beside "25 people took part" would read as a contradiction.
        header = (L.translate("ReportNarrative", "Kind of organisation"), *days)
        rows = [
            (kind_label(k, L), *(L.number(c.by_kind.get(k, 0)) for _, c in with_kinds))
            for k in kinds
        ]
        rows.append(
            (
                L.translate("ReportNarrative", "All participants"),
                *(L.number(c.total) for _, c in with_kinds),
            )
        )
        section.blocks.append(
            Subheading(L.translate("ReportNarrative", "Attendance by kind of organisation"))
        )
        first = 40 if len(header) > 4 else 50
        rest = (100 - first) // (len(header) - 1)
        widths = (100 - rest * (len(header) - 1), *([rest] * (len(header) - 1)))
        section.blocks.append(
            Table(
                header,
                tuple(rows),
                widths=widths,
                numeric=frozenset(range(1, len(header))),
                total_row=True,
            )
        )
    return section


def _held(detail: MeetingDetail) -> list[tuple[SessionDetail, SessionCounts]]:
    """Sessions with anyone recorded as present, by name or by headcount, with their figures."""
    out = []
    for s in detail.sessions:
        counts = detail.session_counts(s)
        if counts.total:
            out.append((s, counts))
    return out


def _sorted_counts(counts: dict[str, int]) -> list[tuple[str, int]]:
    order = {k.value: i for i, k in enumerate(OrgKind)}
    return sorted(counts.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99)))


def _people(n: int, L: ReportLanguage) -> str:
    return L.count(
        "ReportNarrative",
        n,
        N_("ReportNarrative", "{n} person"),
        N_("ReportNarrative", "{n} people"),
    )


def _join(parts: list[str], L: ReportLanguage) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return L.translate("ReportWords", "{list} and {last}").format(
        list=L.translate("ReportWords", ", ").join(parts[:-1]), last=parts[-1]
    )


def _goal(detail: MeetingDetail, L: ReportLanguage) -> Section:
    goal = detail.meeting.general_goal
    return Section(L.translate("ReportNarrative", "General goal"), list(text_blocks(goal)))


def _objectives(detail: MeetingDetail, L: ReportLanguage) -> Section:
    items = tuple(plain(o.text) for o in detail.objectives if o.text)
    return Section(
        L.translate("ReportNarrative", "Specific objectives"), [BulletList(items)] if items else []
    )


def _discussion(detail: MeetingDetail, words: Wording) -> Section:
    L = words.lang
    section = Section(L.translate("ReportNarrative", "Summary of discussion"))
    for s in detail.sessions:
        agenda_blocks = []
        for a in s.agenda:
            entries = [e for e in a.entries if words.shows_confidential or not e.confidential]
            if not entries and not a.item.title:
                continue
            agenda_blocks.append(Subheading(a.item.title, level=4))
            if a.themes:
                names = L.translate("ReportWords", ", ").join(t.name for t in a.themes)
                themes = L.translate("ReportNarrative", "Themes: {names}").format(names=names)
                agenda_blocks.append(Paragraph((Span(themes, italic=True),), "note"))
            items: list[Inline] = []
            for e in entries:
                spans: list[Span] = []
                if e.confidential:
                    spans.append(Span(L.translate("ReportNarrative", "[Confidential] "), bold=True))
                speaker = words.person_id(e.speaker_person_id, with_org=True) or words.org(
                    e.speaker_org_id
                )
                if speaker:
                    spans.append(
                        Span(
                            L.translate("ReportNarrative", "{speaker}: ").format(speaker=speaker),
                            bold=True,
                        )
                    )
                spans.append(Span(e.text))
                items.append(tuple(spans))
            if items:
                agenda_blocks.append(BulletList(tuple(items)))
        if not agenda_blocks and not s.session.summary:
            continue
        section.blocks.append(Subheading(_session_name(detail, s, L)))
        about = [s.session.title] if s.session.title else []
        about += _lunar_lines(L, s.session.date)
        if s.session.start_time:
            times = L.digits(s.session.start_time)
            if s.session.end_time:
                times += f"–{L.digits(s.session.end_time)}"
            about.append(times)
        if s.session.venue:  # empty when the meeting's location is sensitive (redacted)
            about.append(L.translate("ReportNarrative", "at {venue}").format(venue=s.session.venue))
        if s.facilitator is not None:
            name = (
                words.person(s.facilitator, with_org=True)
                if isinstance(s.facilitator, Person)
                else s.facilitator.name
            )
            if name:
                about.append(
                    L.translate("ReportNarrative", "facilitated by {name}").format(name=name)
                )
        if about:
            section.blocks.append(Paragraph((Span(" · ".join(about), italic=True),), "note"))
        if s.session.summary:
            section.blocks += text_blocks(s.session.summary)
        section.blocks += agenda_blocks
    return section


def _results(detail: MeetingDetail, words: Wording) -> Section:
    L = words.lang
    section = Section(L.translate("ReportNarrative", "Results of the meeting"))
    groups = (
        (DecisionKind.RESULT, L.translate("ReportNarrative", "Results")),
        (DecisionKind.DECISION, L.translate("ReportNarrative", "Decisions")),
        (DecisionKind.LESSON, L.translate("ReportNarrative", "Lessons learnt")),
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
        section.blocks.append(
            Subheading(L.translate("ReportNarrative", "Follow-up of earlier action items"))
        )
        rows = tuple(
            (a.text, words.owner(a.owner_person_id, a.owner_org_id), status_label(a.status, L))
            for a in reviewed
        )
        header = (
            L.translate("ReportNarrative", "Action"),
            L.translate("ReportNarrative", "Owner"),
            L.translate("ReportNarrative", "Status"),
        )
        section.blocks.append(Table(header, rows, widths=(60, 25, 15)))
    return section


def _is_open(a: ActionItem) -> bool:
    return a.status in (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


def _next_plan(detail: MeetingDetail, words: Wording) -> Section:
    L = words.lang
    section = Section(L.translate("ReportNarrative", "Next plan"))
    open_items = [a for a in detail.actions if _is_open(a)]
    if open_items:
        rows = tuple(
            (
                a.text,
                words.owner(a.owner_person_id, a.owner_org_id),
                short_date(a.due_date, L) if a.due_date else "—",
                status_label(a.status, L),
            )
            for a in open_items
        )
        header = (
            L.translate("ReportNarrative", "Action"),
            L.translate("ReportNarrative", "Owner"),
            L.translate("ReportNarrative", "Due"),
            L.translate("ReportNarrative", "Status"),
        )
        section.blocks.append(Table(header, rows, widths=(50, 22, 16, 12)))
    nxt = detail.next_meeting
    if nxt is not None:
        when = period(nxt.start_date, nxt.end_date, L)
        sentence = L.translate(
            "ReportNarrative", "The next meeting, “{title}”, is planned for {when}"
        ).format(title=nxt.title, when=when)
        where = words.location(nxt)
        if where:
            sentence += L.translate("ReportNarrative", " in {where}").format(where=where)
        section.blocks.append(Paragraph(plain(_sentence(L, sentence))))
    return section


def _themes(detail: MeetingDetail, L: ReportLanguage) -> Section:
    names = tuple(plain(t.name) for t in detail.themes if t.name)
    return Section(L.translate("ReportNarrative", "Themes"), [BulletList(names)] if names else [])


def _testimonies(detail: MeetingDetail, L: ReportLanguage) -> Section:
    section = Section(L.translate("ReportNarrative", "Testimonies"))
    items = [t for t in detail.testimonies if t.text]
    if items:
        note = L.translate("ReportNarrative", "Contributors have been guaranteed anonymity.")
        section.blocks.append(Paragraph((Span(note, italic=True),), "note"))
    for t in items:
        section.blocks.append(Paragraph(plain(t.text), "quote"))
        if t.attribution:
            section.blocks.append(Paragraph(plain(f"— {t.attribution}"), "attribution"))
    return section


def _balance_sentence(counts: Counter[str], total: int, L: ReportLanguage) -> str:
    women = L.translate("ReportNarrative", "{percent} women")
    men = L.translate("ReportNarrative", "{percent} men")
    parts = [
        women.format(percent=L.percent(percent(counts.get("woman", 0), total))),
        men.format(percent=L.percent(percent(counts.get("man", 0), total))),
    ]
    other = total - counts.get("woman", 0) - counts.get("man", 0)
    if other:
        parts.append(
            L.translate("ReportNarrative", "{percent} other or not stated").format(
                percent=L.percent(percent(other, total))
            )
        )
    return L.translate("ReportWords", ", ").join(parts)


def _attendance(detail: MeetingDetail, L: ReportLanguage) -> Section:
    section = Section(L.translate("ReportNarrative", "Attendance and gender balance"))
    held = _held(detail)
    if not held:
        return section
    counted = any(c.counted for _, c in held)
    if counted:
        # Counted without names: distinct people cannot be told apart across days, so the
        # meeting's figure is the sum of the days' attendance, and says so. Gender shares
        # come from the days where gender was recorded, and only those.
        total = sum(c.total for _, c in held)
        known = [c for _, c in held if c.gender_known]
        counts: Counter[str] = Counter()
        for c in known:
            counts.update(c.by_gender)
        base = sum(c.total for c in known)
        if len(held) == 1:
            lead = L.translate("ReportNarrative", "{people} took part in the meeting ({balance}).")
            short = L.translate("ReportNarrative", "{people} took part in the meeting.")
        else:
            lead = L.translate(
                "ReportNarrative", "Attendance over all days came to {people} ({balance})."
            )
            short = L.translate("ReportNarrative", "Attendance over all days came to {people}.")
        whole = L.translate("ReportNarrative", "All days (sum of attendance)")
        if not known:
            sentence = short.format(people=_people(total, L))
        else:
            balance = _balance_sentence(counts, base, L)
            if len(known) < len(held):
                balance = L.translate(
                    "ReportNarrative", "on the days gender was recorded: {balance}"
                ).format(balance=balance)
            sentence = lead.format(people=_people(total, L), balance=balance)
    else:
        everyone = detail.gender_balance()
        total, counts = everyone.total, Counter(everyone.counts)
        base = total
        lead = L.translate("ReportNarrative", "{people} took part in the meeting ({balance}).")
        whole = L.translate("ReportNarrative", "Whole meeting (distinct people)")
        sentence = lead.format(
            people=_people(total, L), balance=_balance_sentence(counts, total, L)
        )
    roles = _role_balance(held, L)
    if roles:
        sentence += " " + roles
    section.blocks.append(Paragraph(plain(sentence)))
    header = (
        L.translate("ReportNarrative", "Day"),
        L.translate("ReportNarrative", "Participants"),
        L.translate("ReportNarrative", "Women"),
        L.translate("ReportNarrative", "Men"),
        L.translate("ReportNarrative", "Other or not stated"),
        L.translate("ReportNarrative", "Women %"),
    )
    rows = []
    for s, c in held:
        women, men = c.by_gender.get("woman", 0), c.by_gender.get("man", 0)
        if counted and not c.gender_known:
            gender_cells: tuple[str, ...] = ("—", "—", "—", "—")
        else:
            gender_cells = (
                L.number(women),
                L.number(men),
                L.number(max(c.total - women - men, 0)),
                L.percent(percent(women, c.total)),
            )
        rows.append((_day_label(detail, s, L), L.number(c.total), *gender_cells))
    if len(held) > 1 or not counted:
        women, men = counts.get("woman", 0), counts.get("man", 0)
        if counted and base < total:
            gender_cells = (
                ("—", "—", "—", "—")
                if not base
                else (
                    L.number(women),
                    L.number(men),
                    L.number(max(base - women - men, 0)),
                    L.percent(percent(women, base)),
                )
            )
        else:
            gender_cells = (
                L.number(women),
                L.number(men),
                L.number(max(total - women - men, 0)),
                L.percent(percent(women, total)),
            )
        rows.append((whole, L.number(total), *gender_cells))
    section.blocks.append(
        Table(
            header,
            tuple(rows),
            widths=(30, 14, 12, 12, 18, 14),
            numeric=frozenset(range(1, 6)),
            total_row=len(held) > 1 or not counted,
        )
    )
    return section


_ROLE_PLURAL = {
    "speaker": N_("ReportNarrative", "speakers"),
    "participant": N_("ReportNarrative", "participants"),
    "facilitator": N_("ReportNarrative", "facilitators"),
    "observer": N_("ReportNarrative", "observers"),
}


def _role_balance(held: list[tuple[SessionDetail, SessionCounts]], L: ReportLanguage) -> str:
    """'Speakers: 54% women, 46% men; participants: 51% women, 49% men.' from headcounts of
    a role by gender (named attendance alone already gives the figures above)."""
    by_role: dict[str, Counter[str]] = {}
    totals: Counter[str] = Counter()
    for _, c in held:
        if not c.counted_role_gender:
            continue
        for role in {r for r, _ in c.by_role_gender}:
            genders, n = c.gender_of_role(role)
            by_role.setdefault(role, Counter()).update(genders)
            totals[role] += n
    parts = []
    for role in sorted(by_role, key=lambda r: (r != "speaker", r)):
        label = L.translate("ReportNarrative", _ROLE_PLURAL.get(role, role))
        parts.append(
            L.translate("ReportNarrative", "{role}: {balance}").format(
                role=label, balance=_balance_sentence(by_role[role], totals[role], L)
            )
        )
    if not parts:
        return ""
    text = _sentence(L, L.translate("ReportWords", "; ").join(parts))
    return text[:1].upper() + text[1:]


def _attachments(detail: MeetingDetail, L: ReportLanguage) -> Section:
    title = L.translate("ReportNarrative", "List of attachments")
    items = [a for a in detail.attachments if a.filename]
    if not items:
        return Section(title)
    rows = tuple((a.filename, a.description, human_size(a.size, L)) for a in items)
    header = (
        L.translate("ReportNarrative", "File"),
        L.translate("ReportNarrative", "Description"),
        L.translate("ReportNarrative", "Size"),
    )
    return Section(title, [Table(header, rows, widths=(38, 47, 15), numeric=frozenset({2}))])


@dataclass
class _Participant:
    person: Person
    organisation: Organisation | None
    days: list[int] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


_ROLE_LABEL = {
    "participant": N_("ReportWords", "participant"),
    "speaker": N_("ReportWords", "speaker"),
    "facilitator": N_("ReportWords", "facilitator"),
    "observer": N_("ReportWords", "observer"),
    "organiser": N_("ReportWords", "organiser"),
    "resource person": N_("ReportWords", "resource person"),
}


def role_label(role: str, L: ReportLanguage = _ENGLISH) -> str:
    key = role.strip().casefold()
    return L.translate("ReportWords", _ROLE_LABEL[key]) if key in _ROLE_LABEL else role.strip()


def _participants(detail: MeetingDetail, words: Wording) -> Section:
    L = words.lang
    section = Section(L.translate("ReportNarrative", "Annex: list of participants"), numbered=False)
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
            role = a.attendance.role.strip() or "participant"
            if role not in row.roles:
                row.roles.append(role)
    rows = []
    for row in seen.values():
        hidden = row.person.anonymous and words.policy is not RedactionPolicy.FULL
        # "participant" says nothing beside "speaker": it is shown only when it is all there is.
        roles = [r for r in row.roles if r != "participant"] or row.roles
        cells = [
            words.person(row.person),
            "" if hidden or row.organisation is None else org_name(row.organisation),
            "" if hidden else row.person.role_title,
            L.translate("ReportWords", ", ").join(role_label(r, L) for r in roles),
            L.translate("ReportWords", ", ").join(L.number(d) for d in sorted(row.days)),
        ]
        if words.shows_contacts:
            cells.append(row.person.contact)
        rows.append(tuple(cells))
    rows.sort(key=lambda r: (r[1].casefold(), r[0].casefold()))
    header = [
        L.translate("ReportNarrative", "Name"),
        L.translate("ReportNarrative", "Organisation"),
        L.translate("ReportNarrative", "Job title"),
        L.translate("ReportNarrative", "Role in the meeting"),
        L.translate("ReportNarrative", "Days"),
    ]
    widths = [24, 28, 20, 16, 12]
    if words.shows_contacts:
        header.append(L.translate("ReportNarrative", "Contact"))
        widths = [19, 21, 16, 13, 9, 22]
    if rows:
        section.blocks.append(Table(tuple(header), tuple(rows), widths=tuple(widths)))
    return section

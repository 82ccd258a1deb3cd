"""The series report: every action item raised in a series, and where each one stands."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from app.domain.records import ActionItem, Meeting, Organisation, Person, Series
from app.domain.values import ActionStatus, MeetingStatus, RedactionPolicy
from app.exchange.redaction import apply, person_redaction
from app.i18n import N_
from app.reports.language import ReportLanguage
from app.reports.model import Document, Paragraph, Section, Subheading, Table, plain
from app.reports.narrative import status_label
from app.reports.wording import Wording, long_date, period, policy_label, short_date
from app.storage.records import RecordStore

_MEETING_STATUS = {
    MeetingStatus.PLANNED: N_("ReportSeries", "Planned"),
    MeetingStatus.HELD: N_("ReportSeries", "Held"),
    MeetingStatus.REPORTED: N_("ReportSeries", "Reported"),
}


def _in(store: RecordStore, cls: type, ids: set[str]) -> dict[str, object]:
    out: dict[str, object] = {}
    id_list = sorted(i for i in ids if i)
    for start in range(0, len(id_list), 500):
        part = id_list[start : start + 500]
        marks = ", ".join("?" for _ in part)
        for r in store.select(cls, f"id IN ({marks})", part, include_deleted=True):
            out[r.id] = r
    return out


class SeriesData:
    """A series with its meetings and the action items raised at them, names redacted."""

    def __init__(
        self,
        store: RecordStore,
        series_id: str,
        policy: RedactionPolicy,
        lang: ReportLanguage | None = None,
    ) -> None:
        self.policy = policy
        self.lang = lang or ReportLanguage()
        self.series = store.get(Series, series_id)
        self.meetings = store.select(
            Meeting, "series_id = ?", [series_id], order_by="start_date, id"
        )
        self.by_id = {m.id: m for m in self.meetings}
        ids = list(self.by_id)
        marks = ", ".join("?" for _ in ids) or "''"
        self.actions = store.select(
            ActionItem, f"origin_meeting_id IN ({marks})", ids, order_by="due_date, created_at"
        )
        people = _in(store, Person, {a.owner_person_id for a in self.actions})
        orgs = _in(store, Organisation, {a.owner_org_id for a in self.actions})
        orgs |= _in(store, Organisation, {p.organisation_id for p in people.values()})  # type: ignore[attr-defined]
        if policy != RedactionPolicy.FULL:
            # As in meeting reports and bundles: one side of an unresolved conflict marking a
            # person anonymous is enough to keep the name out.
            from app.reports import _flags_raised_in_conflicts

            raised = _flags_raised_in_conflicts(store)
            for pid, person in people.items():
                if (pid, "anonymous") in raised:
                    person.anonymous = True  # type: ignore[attr-defined]
        redacted = {
            pid: apply(p, person_redaction(p, policy))  # type: ignore[arg-type]
            for pid, p in people.items()
        }
        self.words = Wording(policy, redacted, orgs, self.lang)  # type: ignore[arg-type]

    def meeting_title(self, meeting_id: str) -> str:
        m = self.by_id.get(meeting_id)
        return m.title if m else ""

    def meeting_date(self, meeting_id: str) -> str:
        m = self.by_id.get(meeting_id)
        return short_date(m.start_date, self.lang) if m else ""

    @staticmethod
    def overdue(item: ActionItem, today: dt.date | None) -> bool:
        open_ = item.status in (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)
        return bool(open_ and today and item.due_date and item.due_date < today.isoformat())

    def status(self, item: ActionItem, today: dt.date | None) -> str:
        label = status_label(item.status, self.lang)
        if self.overdue(item, today):
            label = self.lang.translate("ReportSeries", "{status} (overdue)").format(status=label)
        return label

    def meeting_status(self, meeting: Meeting) -> str:
        try:
            words = _MEETING_STATUS[MeetingStatus(meeting.status)]
        except ValueError:
            return meeting.status.capitalize()
        return self.lang.translate("ReportSeries", words)


def build_series_report(
    store: RecordStore,
    series_id: str,
    policy: RedactionPolicy = RedactionPolicy.PARTNERS,
    *,
    prepared_on: dt.date | None = None,
    lang: ReportLanguage | None = None,
) -> Document:
    L = lang or ReportLanguage()
    data = SeriesData(store, series_id, policy, L)
    words = data.words
    doc = Document(
        kicker=L.translate("ReportSeries", "Series report: follow-up of action items"),
        title=data.series.name,
        distribution=policy_label(policy, L),
        language=L.code,
        khmer_digits=L.khmer_digits,
        page_label=L.translate("ReportPdf", "Page {n} of {total}"),
        label_format=L.translate("ReportWords", "{label}:"),
    )
    if data.series.description:
        doc.facts.append((L.translate("ReportSeries", "Series"), [data.series.description]))
    if data.meetings:
        first, last = data.meetings[0], data.meetings[-1]
        span = period(first.start_date, last.end_date or last.start_date, L)
        count = L.count(
            "ReportSeries",
            len(data.meetings),
            N_("ReportSeries", "{n} meeting"),
            N_("ReportSeries", "{n} meetings"),
        )
        doc.facts.append(
            (
                L.translate("ReportSeries", "Meetings"),
                [L.translate("ReportSeries", "{count}, {period}").format(count=count, period=span)],
            )
        )
    doc.facts.append((L.translate("ReportSeries", "Distribution"), [policy_label(policy, L)]))
    if prepared_on is not None:
        day = prepared_on.isoformat()
        lunar = [L.lunar(prepared_on)] if L.lunar(prepared_on) else []
        doc.facts.append(
            (L.translate("ReportSeries", "Report prepared"), [*lunar, long_date(day, L)])
        )

    meetings = Section(L.translate("ReportSeries", "Meetings of the series"))
    rows = tuple(
        (m.title, period(m.start_date, m.end_date, L), words.location(m), data.meeting_status(m))
        for m in data.meetings
    )
    if rows:
        header = (
            L.translate("ReportSeries", "Meeting"),
            L.translate("ReportSeries", "Dates"),
            L.translate("ReportSeries", "Location"),
            L.translate("ReportSeries", "Status"),
        )
        meetings.blocks.append(Table(header, rows, widths=(40, 22, 26, 12)))

    summary = Section(L.translate("ReportSeries", "Status of action items"))
    counts = Counter(a.status for a in data.actions)
    if data.actions:
        header = (
            *(status_label(s, L) for s in ActionStatus),
            L.translate("ReportSeries", "Total"),
        )
        row = (
            *(L.number(counts.get(s.value, 0)) for s in ActionStatus),
            L.number(len(data.actions)),
        )
        summary.blocks.append(Table(header, (row,), numeric=frozenset(range(len(header)))))
        overdue = [a for a in data.actions if data.overdue(a, prepared_on)]
        if overdue:
            summary.blocks.append(
                Paragraph(
                    plain(
                        L.count(
                            "ReportSeries",
                            len(overdue),
                            N_("ReportSeries", "{n} open item is past its due date."),
                            N_("ReportSeries", "{n} open items are past their due date."),
                        )
                    )
                )
            )

    detail = Section(L.translate("ReportSeries", "Action items by meeting"))
    for m in data.meetings:
        items = [a for a in data.actions if a.origin_meeting_id == m.id]
        if not items:
            continue
        detail.blocks.append(
            Subheading(
                L.translate("ReportSeries", "{title} ({period})").format(
                    title=m.title, period=period(m.start_date, m.end_date, L)
                )
            )
        )
        detail.blocks.append(
            Table(
                (
                    L.translate("ReportSeries", "Action"),
                    L.translate("ReportSeries", "Owner"),
                    L.translate("ReportSeries", "Due"),
                    L.translate("ReportSeries", "Status"),
                    L.translate("ReportSeries", "Follow-up meeting"),
                    L.translate("ReportSeries", "Closed on"),
                ),
                tuple(
                    (
                        a.text,
                        words.owner(a.owner_person_id, a.owner_org_id),
                        short_date(a.due_date, L) if a.due_date else "—",
                        data.status(a, prepared_on),
                        data.meeting_date(a.followup_meeting_id) or "—",
                        short_date(a.completed_on, L) if a.completed_on else "—",
                    )
                    for a in items
                ),
                widths=(30, 17, 12, 13, 15, 13),
            )
        )
    doc.sections = [s for s in (meetings, summary, detail) if not s.empty]
    return doc

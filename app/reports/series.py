"""The series report: every action item raised in a series, and where each one stands."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from app.domain.records import ActionItem, Meeting, Organisation, Person, Series
from app.domain.values import ActionStatus, RedactionPolicy
from app.exchange.redaction import apply, person_redaction
from app.reports.model import Document, Paragraph, Section, Subheading, Table, plain
from app.reports.narrative import status_label
from app.reports.wording import Wording, long_date, period, policy_label, short_date
from app.storage.records import RecordStore


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

    def __init__(self, store: RecordStore, series_id: str, policy: RedactionPolicy) -> None:
        self.policy = policy
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
        self.words = Wording(policy, redacted, orgs)  # type: ignore[arg-type]

    def meeting_title(self, meeting_id: str) -> str:
        m = self.by_id.get(meeting_id)
        return m.title if m else ""

    def meeting_date(self, meeting_id: str) -> str:
        m = self.by_id.get(meeting_id)
        return short_date(m.start_date) if m else ""

    def status(self, item: ActionItem, today: dt.date | None) -> str:
        label = status_label(item.status)
        open_ = item.status in (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)
        if open_ and today and item.due_date and item.due_date < today.isoformat():
            label += " (overdue)"
        return label


def build_series_report(
    store: RecordStore,
    series_id: str,
    policy: RedactionPolicy = RedactionPolicy.PARTNERS,
    *,
    prepared_on: dt.date | None = None,
) -> Document:
    data = SeriesData(store, series_id, policy)
    words = data.words
    doc = Document(
        kicker="Series report: follow-up of action items",
        title=data.series.name,
        distribution=policy_label(policy),
    )
    if data.series.description:
        doc.facts.append(("Series", [data.series.description]))
    if data.meetings:
        first, last = data.meetings[0], data.meetings[-1]
        span = period(first.start_date, last.end_date or last.start_date)
        count = f"{len(data.meetings)} meeting{'s' if len(data.meetings) != 1 else ''}"
        doc.facts.append(("Meetings", [f"{count}, {span}"]))
    doc.facts.append(("Distribution", [policy_label(policy)]))
    if prepared_on is not None:
        doc.facts.append(("Report prepared", [long_date(prepared_on.isoformat())]))

    meetings = Section("Meetings of the series")
    rows = tuple(
        (m.title, period(m.start_date, m.end_date), words.location(m), m.status.capitalize())
        for m in data.meetings
    )
    if rows:
        meetings.blocks.append(
            Table(("Meeting", "Dates", "Location", "Status"), rows, widths=(40, 22, 26, 12))
        )

    summary = Section("Status of action items")
    counts = Counter(a.status for a in data.actions)
    if data.actions:
        header = (*(status_label(s) for s in ActionStatus), "Total")
        row = (*(str(counts.get(s.value, 0)) for s in ActionStatus), str(len(data.actions)))
        summary.blocks.append(Table(header, (row,), numeric=frozenset(range(len(header)))))
        overdue = [a for a in data.actions if "overdue" in data.status(a, prepared_on)]
        if overdue:
            summary.blocks.append(
                Paragraph(plain(f"{len(overdue)} open item(s) are past their due date."))
            )

    detail = Section("Action items by meeting")
    for m in data.meetings:
        items = [a for a in data.actions if a.origin_meeting_id == m.id]
        if not items:
            continue
        detail.blocks.append(Subheading(f"{m.title} ({period(m.start_date, m.end_date)})"))
        detail.blocks.append(
            Table(
                ("Action", "Owner", "Due", "Status", "Follow-up meeting", "Closed on"),
                tuple(
                    (
                        a.text,
                        words.owner(a.owner_person_id, a.owner_org_id),
                        short_date(a.due_date) if a.due_date else "—",
                        data.status(a, prepared_on),
                        data.meeting_date(a.followup_meeting_id) or "—",
                        short_date(a.completed_on) if a.completed_on else "—",
                    )
                    for a in items
                ),
                widths=(30, 17, 12, 13, 15, 13),
            )
        )
    doc.sections = [s for s in (meetings, summary, detail) if not s.empty]
    return doc

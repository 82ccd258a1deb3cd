"""Redaction policies (DESIGN §4): what leaves the vault for whom.

One set of rules serves bundles (record by record, `record_redaction`) and reports (a whole
loaded meeting, `redact_meeting`), so a report and a bundle made with the same policy never
disagree about what a reader may see.

- `full`: everything, unchanged.
- `partners`: no contact details or private notes about people and organisations (an
  organisation's address, phone, e-mail and website stay only when it publishes them itself:
  `contact_private` unticked); anonymous
  people appear only under their code name; confidential minute entries are dropped; a venue
  marked sensitive is dropped; a testimony is not linked to the person who gave it.
- `public`: `partners`, and attendees are not named (their number, gender and organisation
  remain, so attendance counts and balance statistics stay right).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from app.domain.meeting_detail import MeetingDetail
from app.domain.records import (
    Affiliation,
    Meeting,
    MinuteEntry,
    Organisation,
    Person,
    Record,
    Session,
    Testimony,
)
from app.domain.values import RedactionPolicy

ANONYMOUS_NAME = "Anonymous participant"
PARTICIPANT_NAME = "Participant"


def parse_policy(value: str | RedactionPolicy) -> RedactionPolicy:
    """The policy named by `value`; raises ValueError for an unknown name."""
    return RedactionPolicy(value)


@dataclass(frozen=True)
class Redaction:
    """What to do with one record: leave it out, or hide some fields (shown as placeholders)."""

    drop: bool = False
    hidden: dict[str, object] = field(default_factory=dict)  # field -> placeholder shown instead


KEEP = Redaction()
DROP = Redaction(drop=True)
SESSION_VENUE = Redaction(hidden={"venue": ""})


def person_redaction(person: Person, policy: RedactionPolicy, *, named: bool = True) -> Redaction:
    """`named=False` for someone who appears only as an attendee (or speaker) in a public export."""
    if policy == RedactionPolicy.FULL:
        return KEEP
    hidden: dict[str, object] = {"contact": "", "notes": ""}
    if person.anonymous:
        # A role title ("director of the shelter") names someone as surely as their name;
        # reports leave it out for anonymous people, and so do bundles.
        hidden.update(name=person.code_name or ANONYMOUS_NAME, role_title="")
    if policy == RedactionPolicy.PUBLIC and not named:
        hidden.update(name=PARTICIPANT_NAME, code_name="", role_title="")
    return Redaction(hidden=hidden)


ORG_CONTACT_FIELDS = ("address", "phone", "email", "website")


def organisation_redaction(org: Organisation, policy: RedactionPolicy) -> Redaction:
    if policy == RedactionPolicy.FULL:
        return KEEP
    hidden: dict[str, object] = {"notes": ""}
    if org.contact_private:
        hidden.update(dict.fromkeys(ORG_CONTACT_FIELDS, ""))
    return Redaction(hidden=hidden)


def record_redaction(
    record: Record,
    policy: RedactionPolicy,
    *,
    named: bool = True,
    sensitive_meetings: frozenset[str] | set[str] = frozenset(),
) -> Redaction:
    """The redaction of one record under `policy`. `named` matters for people and their
    affiliations only (for an affiliation: whether its person may be described at all, i.e.
    is neither anonymous nor an unnamed attendee under `public`);
    `sensitive_meetings` (ids of meetings whose location is sensitive) for sessions only: a
    session's own venue would otherwise give away the place the meeting's record withholds."""
    if policy == RedactionPolicy.FULL:
        return KEEP
    if isinstance(record, Session):
        return SESSION_VENUE if record.meeting_id in sensitive_meetings else KEEP
    if isinstance(record, Person):
        return person_redaction(record, policy, named=named)
    if isinstance(record, Affiliation):
        return KEEP if named else Redaction(hidden={"role_title": ""})
    if isinstance(record, MinuteEntry):
        return DROP if record.confidential else KEEP
    if isinstance(record, Meeting):
        return Redaction(hidden={"location_venue": ""}) if record.location_sensitive else KEEP
    # Hidden even when empty: the value shown may be one side of a conflict whose other side
    # (kept in the record's merge state, which bundles carry) is not empty.
    if isinstance(record, Testimony):
        return Redaction(hidden={"person_id": ""})
    if isinstance(record, Organisation):
        return organisation_redaction(record, policy)
    return KEEP


def apply(record: Record, redaction: Redaction) -> Record:
    """A copy of `record` with hidden fields replaced by their placeholders."""
    out = copy.copy(record)
    for name, placeholder in redaction.hidden.items():
        setattr(out, name, placeholder)
    return out


def redact_meeting(detail: MeetingDetail, policy: RedactionPolicy | str) -> MeetingDetail:
    """A redacted copy of a loaded meeting; `detail` itself is left untouched."""
    policy = parse_policy(policy)
    out = copy.deepcopy(detail)
    if policy == RedactionPolicy.FULL:
        return out
    out.meeting = apply(out.meeting, record_redaction(out.meeting, policy))
    # People are shared objects inside the copy (deepcopy keeps identity), but the aggregate may
    # also hold distinct objects for one id: redact every reachable Person by id.
    named_ids = {p.id for p in out.contacts}
    redacted: dict[str, Person] = {}

    def redact(person: Person | None) -> Person | None:
        if person is None:
            return None
        found = redacted.get(person.id)
        if found is None:
            rule = person_redaction(person, policy, named=person.id in named_ids)
            found = redacted[person.id] = apply(person, rule)  # type: ignore[assignment]
        return found

    out.people = {pid: redact(p) for pid, p in out.people.items()}  # type: ignore[misc]
    out.contacts = [redact(p) for p in out.contacts]  # type: ignore[misc]
    out.organisations = {
        oid: apply(o, record_redaction(o, policy)) for oid, o in out.organisations.items()
    }  # type: ignore[misc]
    orgs = out.organisations
    out.organisers = [orgs.get(o.id, o) for o in out.organisers]
    for session in out.sessions:
        if out.meeting.location_sensitive:
            session.session = apply(session.session, SESSION_VENUE)  # type: ignore[assignment]
        for attendee in session.attendees:
            attendee.person = redact(attendee.person)
            if attendee.organisation is not None:
                attendee.organisation = orgs.get(attendee.organisation.id, attendee.organisation)
        if isinstance(session.facilitator, Person):
            session.facilitator = redact(session.facilitator)
        elif session.facilitator is not None:
            session.facilitator = orgs.get(session.facilitator.id, session.facilitator)
        for agenda in session.agenda:
            agenda.entries = [e for e in agenda.entries if not record_redaction(e, policy).drop]
    out.testimonies = [apply(t, record_redaction(t, policy)) for t in out.testimonies]  # type: ignore[misc]
    return out

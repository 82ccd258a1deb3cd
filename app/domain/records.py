"""The records of a vault (DESIGN §3).

Every record carries the same bookkeeping fields (`Record`). Dates are ISO `YYYY-MM-DD` strings,
times `HH:MM`, instants ISO-8601 UTC. Links between records are UUID strings ("" = none).
`TABLE` names the storage table; `TEXT_FIELDS` are the fields full-text search indexes.
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass, field, fields
from typing import ClassVar

from app.domain.values import (
    ActionStatus,
    Classification,
    DecisionKind,
    MeetingStatus,
    OrgKind,
)


def new_id() -> str:
    return _time_ordered_uuid()


def _time_ordered_uuid() -> str:
    """A UUID version 7 (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits.
    Records made close together get ids close together, so their entries share pages in every
    index keyed by id (each table's, record_state, search_doc, history, the links between
    records): an import writes a few pages per index, not one per record wherever random ids
    fall in a large vault (issue 14). An id tells when its record was made, which every bundle
    states anyway (each record's creation time)."""
    ms = time.time_ns() // 1_000_000 & (2**48 - 1)
    rand = int.from_bytes(os.urandom(10), "big")
    value = ms << 80 | 0x7 << 76 | (rand >> 62 & 0xFFF) << 64 | 0b10 << 62 | rand & (2**62 - 1)
    return str(uuid.UUID(int=value))


@dataclass(kw_only=True)
class Record:
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    revision: int = 0
    changed_by: str = ""
    deleted: bool = False

    TABLE: ClassVar[str] = ""
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ()
    # Privacy flags: booleans where True protects someone (hides a name, a place, a statement).
    # An import never lowers one without a local user's confirmation (docs/trust-rules.md);
    # a test fails if a boolean field whose name suggests privacy is missing here.
    PRIVACY_FLAGS: ClassVar[tuple[str, ...]] = ()
    META_FIELDS: ClassVar[tuple[str, ...]] = (
        "id",
        "created_at",
        "updated_at",
        "revision",
        "changed_by",
        "deleted",
    )

    @classmethod
    def column_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def content_fields(cls) -> tuple[str, ...]:
        return tuple(n for n in cls.column_names() if n not in Record.META_FIELDS)


@dataclass(kw_only=True)
class Organisation(Record):
    name: str
    acronym: str = ""
    kind: str = OrgKind.NGO
    country: str = ""
    notes: str = ""
    # Contact details: sensitive like a person's (left out of partner and public exports)
    # while `contact_private`, the default; an organisation that publishes them itself (an
    # organiser's office address and website at the end of a public report) is unticked.
    # A privacy flag (True protects): an import never lowers it.
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    contact_private: bool = True
    TABLE: ClassVar[str] = "organisations"
    PRIVACY_FLAGS: ClassVar[tuple[str, ...]] = ("contact_private",)
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("name", "acronym", "country")


@dataclass(kw_only=True)
class Person(Record):
    name: str
    code_name: str = ""
    role_title: str = ""
    gender: str = ""
    contact: str = ""  # sensitive: phone, e-mail, Signal number
    anonymous: bool = False  # never named outside the vault
    organisation_id: str = ""  # main affiliation; more in Affiliation
    notes: str = ""
    TABLE: ClassVar[str] = "people"
    PRIVACY_FLAGS: ClassVar[tuple[str, ...]] = ("anonymous",)
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("name", "code_name", "role_title")


@dataclass(kw_only=True)
class Affiliation(Record):
    person_id: str
    organisation_id: str
    role_title: str = ""
    TABLE: ClassVar[str] = "affiliations"


@dataclass(kw_only=True)
class Series(Record):
    name: str
    description: str = ""
    TABLE: ClassVar[str] = "series"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("name", "description")


@dataclass(kw_only=True)
class Meeting(Record):
    title: str
    project_title: str = ""
    series_id: str = ""
    location_city: str = ""
    location_country: str = ""
    location_venue: str = ""
    location_sensitive: bool = False
    start_date: str = ""
    end_date: str = ""
    summary: str = ""  # activities summary / background
    general_goal: str = ""
    classification: str = Classification.INTERNAL
    status: str = MeetingStatus.PLANNED
    # The report's computed attendance sentences; off when the activities text says it already.
    auto_attendance: bool = True
    TABLE: ClassVar[str] = "meetings"
    PRIVACY_FLAGS: ClassVar[tuple[str, ...]] = ("location_sensitive",)
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = (
        "title",
        "project_title",
        "summary",
        "general_goal",
        "location_city",
    )


@dataclass(kw_only=True)
class MeetingOrganiser(Record):
    meeting_id: str
    organisation_id: str
    position: int = 0
    TABLE: ClassVar[str] = "meeting_organisers"


@dataclass(kw_only=True)
class MeetingContact(Record):
    """A contact person named in the report's title block."""

    meeting_id: str
    person_id: str
    position: int = 0
    TABLE: ClassVar[str] = "meeting_contacts"


@dataclass(kw_only=True)
class Objective(Record):
    meeting_id: str
    text: str
    position: int = 0
    TABLE: ClassVar[str] = "objectives"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("text",)


@dataclass(kw_only=True)
class Session(Record):
    """A day, or part of a day, of a meeting's programme."""

    meeting_id: str
    date: str
    title: str = ""
    start_time: str = ""
    end_time: str = ""
    venue: str = ""
    facilitator_person_id: str = ""
    facilitator_org_id: str = ""
    summary: str = ""
    position: int = 0
    TABLE: ClassVar[str] = "sessions"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("title", "summary")


@dataclass(kw_only=True)
class Attendance(Record):
    session_id: str
    person_id: str
    organisation_id: str = ""
    role: str = ""  # participant, speaker, facilitator, observer, ...
    TABLE: ClassVar[str] = "attendance"


@dataclass(kw_only=True)
class Headcount(Record):
    """People counted without names (a sign-in sheet's totals, "some 60 participants").

    A row counts the people of one slice of a session: `role`, `gender` and `kind` (of their
    organisation) narrow it, "" meaning any. All three "" is the session's total; gender
    "woman" alone, the women; role "speaker" with gender "woman", the women among speakers."""

    session_id: str
    role: str = ""
    gender: str = ""
    kind: str = ""
    count: int = 0
    TABLE: ClassVar[str] = "headcounts"


@dataclass(kw_only=True)
class NarrativeSection(Record):
    """A section of free text the user names ("Achievements", "Way forward"), printed under
    that heading after the report section named by `placement` (a NarrativePlacement)."""

    meeting_id: str
    heading: str
    text: str = ""
    placement: str = "results"
    position: int = 0
    TABLE: ClassVar[str] = "narrative_sections"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("heading", "text")


@dataclass(kw_only=True)
class Theme(Record):
    name: str
    TABLE: ClassVar[str] = "themes"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("name",)


@dataclass(kw_only=True)
class AgendaItem(Record):
    meeting_id: str
    session_id: str
    title: str
    position: int = 0
    TABLE: ClassVar[str] = "agenda_items"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("title",)


@dataclass(kw_only=True)
class AgendaTheme(Record):
    agenda_item_id: str
    theme_id: str
    TABLE: ClassVar[str] = "agenda_themes"


@dataclass(kw_only=True)
class MinuteEntry(Record):
    agenda_item_id: str
    meeting_id: str
    text: str
    position: float = 0.0  # fractional so an entry can be inserted between two others
    speaker_person_id: str = ""
    speaker_org_id: str = ""
    confidential: bool = False
    TABLE: ClassVar[str] = "minute_entries"
    PRIVACY_FLAGS: ClassVar[tuple[str, ...]] = ("confidential",)
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("text",)


@dataclass(kw_only=True)
class Decision(Record):
    meeting_id: str
    text: str
    kind: str = DecisionKind.DECISION
    session_id: str = ""
    position: int = 0
    TABLE: ClassVar[str] = "decisions"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("text",)


@dataclass(kw_only=True)
class ActionItem(Record):
    text: str
    origin_meeting_id: str
    owner_person_id: str = ""
    owner_org_id: str = ""
    due_date: str = ""
    status: str = ActionStatus.OPEN
    followup_meeting_id: str = ""
    carried_from_id: str = ""  # the item this one continues, when carried over
    completed_on: str = ""
    notes: str = ""
    TABLE: ClassVar[str] = "action_items"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("text", "notes")


@dataclass(kw_only=True)
class Testimony(Record):
    """An anonymous statement. `person_id` is kept only for the vault's own records."""

    meeting_id: str
    text: str
    attribution: str = ""  # e.g. "a youth group delegate"; never a name
    person_id: str = ""
    position: int = 0
    TABLE: ClassVar[str] = "testimonies"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("text",)


@dataclass(kw_only=True)
class Attachment(Record):
    """Metadata of a file stored in chunks inside the vault."""

    meeting_id: str
    filename: str
    media_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    description: str = ""
    TABLE: ClassVar[str] = "attachments"
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("filename", "description")


RECORD_TYPES: tuple[type[Record], ...] = (
    Organisation,
    Person,
    Affiliation,
    Series,
    Meeting,
    MeetingOrganiser,
    MeetingContact,
    Objective,
    Session,
    Attendance,
    Headcount,
    Theme,
    AgendaItem,
    AgendaTheme,
    MinuteEntry,
    Decision,
    ActionItem,
    Testimony,
    Attachment,
    NarrativeSection,
)

TYPE_BY_TABLE: dict[str, type[Record]] = {t.TABLE: t for t in RECORD_TYPES}

# Every privacy flag's name, whatever its record type: merge rules key on field names.
ALL_PRIVACY_FLAGS: frozenset[str] = frozenset(n for t in RECORD_TYPES for n in t.PRIVACY_FLAGS)

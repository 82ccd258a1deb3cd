"""Closed vocabularies of the data model (DESIGN §3)."""

from __future__ import annotations

from enum import StrEnum


class OrgKind(StrEnum):
    NGO = "ngo"
    UNION = "union"
    ACADEMIC = "academic"
    LAW = "law"
    MEDIA = "media"
    YOUTH = "youth"
    EMBASSY = "embassy"
    UN_AGENCY = "un_agency"
    REGIONAL_PARTNER = "regional_partner"
    INTERNATIONAL_NGO = "international_ngo"
    DONOR = "donor"
    GOVERNMENT = "government"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _ORG_KIND_LABELS[self]


_ORG_KIND_LABELS = {
    OrgKind.NGO: "NGO",
    OrgKind.UNION: "Union",
    OrgKind.ACADEMIC: "Academic",
    OrgKind.LAW: "Lawyers",
    OrgKind.MEDIA: "Media",
    OrgKind.YOUTH: "Youth group",
    OrgKind.EMBASSY: "Embassy",
    OrgKind.UN_AGENCY: "UN agency",
    OrgKind.REGIONAL_PARTNER: "Regional partner",
    OrgKind.INTERNATIONAL_NGO: "International NGO",
    OrgKind.DONOR: "Donor",
    OrgKind.GOVERNMENT: "Government",
    OrgKind.OTHER: "Other",
}


class Gender(StrEnum):
    UNSPECIFIED = ""
    WOMAN = "woman"
    MAN = "man"
    NON_BINARY = "non_binary"
    UNDISCLOSED = "undisclosed"


class Classification(StrEnum):
    INTERNAL = "internal"
    PARTNERS = "partners"
    PUBLIC = "public"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    REPORTED = "reported"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_closed(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.DROPPED)


class DecisionKind(StrEnum):
    DECISION = "decision"
    RESULT = "result"
    LESSON = "lesson"


class RedactionPolicy(StrEnum):
    """Who will read an export (DESIGN §4)."""

    FULL = "full"
    PARTNERS = "partners"
    PUBLIC = "public"


class NarrativePlacement(StrEnum):
    """The report section a narrative section follows ("start": before them all)."""

    START = "start"
    ACTIVITIES = "activities"
    OBJECTIVES = "objectives"
    DISCUSSION = "discussion"
    RESULTS = "results"
    NEXT_PLAN = "next_plan"
    TESTIMONIES = "testimonies"
    END = "end"

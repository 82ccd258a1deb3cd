"""People and organisations of the directory, a page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.values import OrgKind
from app.storage import directory
from app.ui.models.paged import DISPLAY_ROLE, Column, PagedTableModel

_GENDER = {
    "woman": QT_TRANSLATE_NOOP("Directory", "Woman"),
    "man": QT_TRANSLATE_NOOP("Directory", "Man"),
    "non_binary": QT_TRANSLATE_NOOP("Directory", "Non-binary"),
    "undisclosed": QT_TRANSLATE_NOOP("Directory", "Undisclosed"),
    "": QT_TRANSLATE_NOOP("Directory", "Not recorded"),
}


def gender_label(gender: str) -> str:
    return QCoreApplication.translate("Directory", _GENDER.get(gender, gender))


# The core's English labels (app/domain/values.py cannot mark them: it knows no translation).
_KIND = {
    OrgKind.NGO: QT_TRANSLATE_NOOP("Directory", "NGO"),
    OrgKind.UNION: QT_TRANSLATE_NOOP("Directory", "Union"),
    OrgKind.ACADEMIC: QT_TRANSLATE_NOOP("Directory", "Academic"),
    OrgKind.LAW: QT_TRANSLATE_NOOP("Directory", "Lawyers"),
    OrgKind.MEDIA: QT_TRANSLATE_NOOP("Directory", "Media"),
    OrgKind.YOUTH: QT_TRANSLATE_NOOP("Directory", "Youth group"),
    OrgKind.EMBASSY: QT_TRANSLATE_NOOP("Directory", "Embassy"),
    OrgKind.UN_AGENCY: QT_TRANSLATE_NOOP("Directory", "UN agency"),
    OrgKind.REGIONAL_PARTNER: QT_TRANSLATE_NOOP("Directory", "Regional partner"),
    OrgKind.INTERNATIONAL_NGO: QT_TRANSLATE_NOOP("Directory", "International NGO"),
    OrgKind.DONOR: QT_TRANSLATE_NOOP("Directory", "Donor"),
    OrgKind.GOVERNMENT: QT_TRANSLATE_NOOP("Directory", "Government"),
    OrgKind.OTHER: QT_TRANSLATE_NOOP("Directory", "Other"),
}


def kind_label(kind: str) -> str:
    try:
        return QCoreApplication.translate(
            "Directory", _KIND.get(OrgKind(kind), OrgKind(kind).label)
        )
    except ValueError:
        return kind


@dataclass(frozen=True)
class DirectoryQuery:
    text: str = ""
    organisation_id: str | None = None


class PeopleModel(PagedTableModel):
    CONTEXT = "Directory"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Directory", "Name"), "name"),
        Column(QT_TRANSLATE_NOOP("Directory", "Code name"), "code_name"),
        Column(QT_TRANSLATE_NOOP("Directory", "Organisation"), "organisation"),
        Column(QT_TRANSLATE_NOOP("Directory", "Role"), "role"),
    )

    def __init__(self, ops: Any, parent: Any = None) -> None:
        super().__init__(ops, parent)
        self.query = DirectoryQuery()
        self.sort_key = "name"

    def count(self, conn: Any, query: Any, sort_key: str | None, descending: bool) -> int:
        return directory.count_people(conn, query.text, organisation_id=query.organisation_id)

    def page(self, conn, query, sort_key, descending, offset, limit):  # type: ignore[no-untyped-def]
        return directory.list_people(
            conn,
            query.text,
            organisation_id=query.organisation_id,
            sort=sort_key or "name",
            descending=descending,
            limit=limit,
            offset=offset,
        )

    def cell(self, row: directory.PersonRow, column: int, role: int) -> Any:
        if role == DISPLAY_ROLE:
            name = row.name
            if row.anonymous:
                name += " " + QCoreApplication.translate("Directory", "(anonymous)")
            return (name, row.code_name, row.organisation_name, row.role_title)[column]
        return None


class OrganisationsModel(PagedTableModel):
    CONTEXT = "Directory"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Directory", "Name"), "name"),
        Column(QT_TRANSLATE_NOOP("Directory", "Acronym"), "acronym"),
        Column(QT_TRANSLATE_NOOP("Directory", "Kind"), "kind"),
        Column(QT_TRANSLATE_NOOP("Directory", "Country"), "country"),
        Column(QT_TRANSLATE_NOOP("Directory", "People"), None),
    )

    def __init__(self, ops: Any, parent: Any = None) -> None:
        super().__init__(ops, parent)
        self.query = DirectoryQuery()
        self.sort_key = "name"

    def count(self, conn: Any, query: Any, sort_key: str | None, descending: bool) -> int:
        return directory.count_organisations(conn, query.text)

    def page(self, conn, query, sort_key, descending, offset, limit):  # type: ignore[no-untyped-def]
        return directory.list_organisations(
            conn,
            query.text,
            sort=sort_key or "name",
            descending=descending,
            limit=limit,
            offset=offset,
        )

    def cell(self, row: directory.OrganisationRow, column: int, role: int) -> Any:
        if role == DISPLAY_ROLE:
            return (row.name, row.acronym, kind_label(row.kind), row.country, str(row.members))[
                column
            ]
        return None

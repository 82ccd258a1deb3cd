"""Record kinds and fields as users call them, for the import preview and the conflicts list
(the vault's own table and column names are not words a user should have to read)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "RecordNames"

TABLES = {
    "action_items": QT_TRANSLATE_NOOP("RecordNames", "action item"),
    "affiliations": QT_TRANSLATE_NOOP("RecordNames", "affiliation"),
    "agenda_items": QT_TRANSLATE_NOOP("RecordNames", "agenda item"),
    "agenda_themes": QT_TRANSLATE_NOOP("RecordNames", "theme of an agenda item"),
    "attachments": QT_TRANSLATE_NOOP("RecordNames", "attachment"),
    "attendance": QT_TRANSLATE_NOOP("RecordNames", "attendance"),
    "decisions": QT_TRANSLATE_NOOP("RecordNames", "decision or result"),
    "meetings": QT_TRANSLATE_NOOP("RecordNames", "meeting"),
    "meeting_contacts": QT_TRANSLATE_NOOP("RecordNames", "meeting contact"),
    "meeting_organisers": QT_TRANSLATE_NOOP("RecordNames", "meeting organiser"),
    "minute_entries": QT_TRANSLATE_NOOP("RecordNames", "minute entry"),
    "objectives": QT_TRANSLATE_NOOP("RecordNames", "objective"),
    "organisations": QT_TRANSLATE_NOOP("RecordNames", "organisation"),
    "people": QT_TRANSLATE_NOOP("RecordNames", "person"),
    "series": QT_TRANSLATE_NOOP("RecordNames", "series"),
    "sessions": QT_TRANSLATE_NOOP("RecordNames", "session"),
    "testimonies": QT_TRANSLATE_NOOP("RecordNames", "testimony"),
    "themes": QT_TRANSLATE_NOOP("RecordNames", "theme"),
}

FIELDS = {
    "acronym": QT_TRANSLATE_NOOP("RecordNames", "acronym"),
    "agenda_item_id": QT_TRANSLATE_NOOP("RecordNames", "agenda item"),
    "anonymous": QT_TRANSLATE_NOOP("RecordNames", "anonymous"),
    "attribution": QT_TRANSLATE_NOOP("RecordNames", "attribution"),
    "carried_from_id": QT_TRANSLATE_NOOP("RecordNames", "carried from"),
    "classification": QT_TRANSLATE_NOOP("RecordNames", "classification"),
    "code_name": QT_TRANSLATE_NOOP("RecordNames", "code name"),
    "completed_on": QT_TRANSLATE_NOOP("RecordNames", "completed on"),
    "confidential": QT_TRANSLATE_NOOP("RecordNames", "confidential"),
    "contact": QT_TRANSLATE_NOOP("RecordNames", "contact details"),
    "country": QT_TRANSLATE_NOOP("RecordNames", "country"),
    "date": QT_TRANSLATE_NOOP("RecordNames", "date"),
    "deleted": QT_TRANSLATE_NOOP("RecordNames", "deleted"),
    "description": QT_TRANSLATE_NOOP("RecordNames", "description"),
    "due_date": QT_TRANSLATE_NOOP("RecordNames", "due date"),
    "end_date": QT_TRANSLATE_NOOP("RecordNames", "end date"),
    "end_time": QT_TRANSLATE_NOOP("RecordNames", "end time"),
    "facilitator_org_id": QT_TRANSLATE_NOOP("RecordNames", "facilitating organisation"),
    "facilitator_person_id": QT_TRANSLATE_NOOP("RecordNames", "facilitator"),
    "filename": QT_TRANSLATE_NOOP("RecordNames", "file name"),
    "followup_meeting_id": QT_TRANSLATE_NOOP("RecordNames", "follow-up meeting"),
    "gender": QT_TRANSLATE_NOOP("RecordNames", "gender"),
    "general_goal": QT_TRANSLATE_NOOP("RecordNames", "general goal"),
    "kind": QT_TRANSLATE_NOOP("RecordNames", "kind"),
    "location_city": QT_TRANSLATE_NOOP("RecordNames", "city"),
    "location_country": QT_TRANSLATE_NOOP("RecordNames", "country"),
    "location_sensitive": QT_TRANSLATE_NOOP("RecordNames", "location is sensitive"),
    "location_venue": QT_TRANSLATE_NOOP("RecordNames", "venue"),
    "media_type": QT_TRANSLATE_NOOP("RecordNames", "file type"),
    "meeting_id": QT_TRANSLATE_NOOP("RecordNames", "meeting"),
    "name": QT_TRANSLATE_NOOP("RecordNames", "name"),
    "notes": QT_TRANSLATE_NOOP("RecordNames", "notes"),
    "organisation_id": QT_TRANSLATE_NOOP("RecordNames", "organisation"),
    "origin_meeting_id": QT_TRANSLATE_NOOP("RecordNames", "raised in meeting"),
    "owner_org_id": QT_TRANSLATE_NOOP("RecordNames", "owner (organisation)"),
    "owner_person_id": QT_TRANSLATE_NOOP("RecordNames", "owner"),
    "person_id": QT_TRANSLATE_NOOP("RecordNames", "person"),
    "position": QT_TRANSLATE_NOOP("RecordNames", "order"),
    "project_title": QT_TRANSLATE_NOOP("RecordNames", "project title"),
    "role": QT_TRANSLATE_NOOP("RecordNames", "role"),
    "role_title": QT_TRANSLATE_NOOP("RecordNames", "role or title"),
    "series_id": QT_TRANSLATE_NOOP("RecordNames", "series"),
    "session_id": QT_TRANSLATE_NOOP("RecordNames", "session"),
    "sha256": QT_TRANSLATE_NOOP("RecordNames", "checksum"),
    "size": QT_TRANSLATE_NOOP("RecordNames", "size"),
    "speaker_org_id": QT_TRANSLATE_NOOP("RecordNames", "speaking organisation"),
    "speaker_person_id": QT_TRANSLATE_NOOP("RecordNames", "speaker"),
    "start_date": QT_TRANSLATE_NOOP("RecordNames", "start date"),
    "start_time": QT_TRANSLATE_NOOP("RecordNames", "start time"),
    "status": QT_TRANSLATE_NOOP("RecordNames", "status"),
    "summary": QT_TRANSLATE_NOOP("RecordNames", "summary"),
    "text": QT_TRANSLATE_NOOP("RecordNames", "text"),
    "theme_id": QT_TRANSLATE_NOOP("RecordNames", "theme"),
    "title": QT_TRANSLATE_NOOP("RecordNames", "title"),
    "venue": QT_TRANSLATE_NOOP("RecordNames", "venue"),
}


def table_name(table: str) -> str:
    return QCoreApplication.translate(CONTEXT, TABLES.get(table, table.replace("_", " ")))


def field_name(field: str) -> str:
    return QCoreApplication.translate(CONTEXT, FIELDS.get(field, field.replace("_", " ")))


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("RecordNames", "yes")
        if value
        else QCoreApplication.translate("RecordNames", "no")
    )

"""Attendance from a sign-in sheet (CSV or XLSX): read it, map its columns, match the people
and organisations the directory already holds and plan the rest as new records.

The file is read from memory (bytes), never copied anywhere; XLSX goes through openpyxl in
read-only mode (streams the sheet, evaluates nothing: formulas give their cached values).
Nothing is written here: `plan_import` returns the records to add, which the caller saves in
one undoable edit.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from typing import Any

from app.domain.records import Attendance, Organisation, Person
from app.domain.values import OrgKind
from app.errors import InvalidInput
from app.i18n import N_

FIELDS = ("name", "organisation", "kind", "gender", "role", "contact")
MAX_ROWS = 5_000  # a sign-in sheet, not a database dump
MAX_CELL = 500
MAX_COLUMNS = 50
# The sheet may come from anyone (a partner, a venue): it is refused before it is parsed if it
# is, or unpacks to, far more than a sign-in sheet (an XLSX is a zip: 1 MB can inflate to GBs).
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
_TOO_LARGE = N_("Errors", "The sheet is too large to be a sign-in sheet.")
_UNREADABLE = N_("Errors", "The workbook could not be read: save it again as XLSX or CSV.")
_HEADER_WORDS = {
    "name": ("name", "full name", "participant", "ឈ្មោះ", "nom"),
    "organisation": (
        "organisation",
        "organization",
        "org",
        "institution",
        "affiliation",
        "អង្គការ",
        "ស្ថាប័ន",
    ),
    "kind": ("kind", "type", "category", "sector", "ប្រភេទ"),
    "gender": ("gender", "sex", "m/f", "f/m", "ភេទ"),
    "role": ("role", "function", "position in the meeting", "តួនាទី"),
    "contact": ("contact", "phone", "tel", "e-mail", "email", "mobile", "ទូរស័ព្ទ", "អ៊ីមែល"),
}
_GENDERS = {
    "woman": ("f", "female", "woman", "women", "w", "ស្រី", "នារី"),
    "man": ("m", "male", "man", "men", "ប្រុស", "បុរស"),
    "non_binary": ("non-binary", "nonbinary", "nb", "x"),
}
_KINDS = {
    OrgKind.NGO: ("ngo", "cso", "ngo/cso", "civil society", "អង្គការមិនមែនរដ្ឋាភិបាល"),
    OrgKind.UNION: ("union", "trade union", "worker union", "សហជីព"),
    OrgKind.ACADEMIC: ("academic", "university", "academia", "analyst"),
    OrgKind.LAW: ("lawyer", "lawyers", "law", "legal"),
    OrgKind.MEDIA: ("media", "press", "journalist"),
    OrgKind.YOUTH: ("youth", "youth group", "student"),
    OrgKind.EMBASSY: ("embassy", "diplomat", "diplomatic mission", "ស្ថានទូត"),
    OrgKind.UN_AGENCY: ("un", "un agency", "united nations"),
    OrgKind.REGIONAL_PARTNER: ("regional", "regional partner"),
    OrgKind.INTERNATIONAL_NGO: ("ingo", "international ngo"),
    OrgKind.DONOR: ("donor", "funder"),
    OrgKind.GOVERNMENT: ("government", "ministry", "រដ្ឋាភិបាល"),
}


def read_table(filename: str, data: bytes) -> list[list[str]]:
    """The cells of the sheet (first worksheet of an XLSX), as text, trailing blanks trimmed."""
    is_xlsx = filename.lower().endswith((".xlsx", ".xlsm"))
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(_TOO_LARGE)
    rows = _read_xlsx(data) if is_xlsx else _read_csv(data)
    out = []
    for row in rows[:MAX_ROWS]:
        cells = [c.strip()[:MAX_CELL] for c in row[:MAX_COLUMNS]]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            out.append(cells)
    if not out:
        raise InvalidInput(N_("Errors", "The sheet has no rows to import."))
    return out


def _read_csv(data: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly anything
        raise InvalidInput(
            N_("Errors", "The file is not a text file: save the sheet as CSV or XLSX.")
        )
    if "\x00" in text:
        raise InvalidInput(
            N_("Errors", "The file is not a text file: save the sheet as CSV or XLSX.")
        )
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    try:
        for r in csv.reader(io.StringIO(text), dialect):
            rows.append(r[:MAX_COLUMNS])
            if len(rows) >= MAX_ROWS:
                break
    except csv.Error:  # a field past the csv module's limit: not a sign-in sheet
        raise InvalidInput(_UNREADABLE) from None
    return rows


def _read_xlsx(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook  # only when a workbook is opened

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InvalidInput(_UNREADABLE) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise InvalidInput(_TOO_LARGE)
    # Anything a hostile file makes openpyxl or the XML parser raise (ParseError on entity
    # expansion, KeyError on a missing part, ...) is an unreadable workbook, not a traceback.
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        raise InvalidInput(_UNREADABLE) from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for values in sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True):
            rows.append(["" if v is None else _cell_text(v) for v in values])
            if len(rows) >= MAX_ROWS:
                break
        return rows
    except Exception:
        raise InvalidInput(_UNREADABLE) from None
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number typed as a number
    return str(value)


def guess_mapping(header: list[str]) -> dict[str, int]:
    """Which column holds which field, from the header's words (English or Khmer)."""
    mapping: dict[str, int] = {}
    for i, cell in enumerate(header):
        text = cell.strip().casefold()
        for name, words in _HEADER_WORDS.items():
            if name not in mapping and any(text == w or text.startswith(w) for w in words):
                mapping[name] = i
                break
    return mapping


def looks_like_header(row: list[str]) -> bool:
    return len(guess_mapping(row)) >= 2 or "name" in guess_mapping(row)


def normal_gender(text: str) -> str:
    t = text.strip().casefold()
    for gender, words in _GENDERS.items():
        if t in words:
            return gender
    return ""


def normal_kind(text: str) -> str:
    t = text.strip().casefold()
    if not t:
        return ""
    for kind, words in _KINDS.items():
        if t in words or t == kind.value or t == kind.label.casefold():
            return kind.value
    return OrgKind.OTHER.value


@dataclass
class PlannedRow:
    name: str
    organisation: str
    gender: str
    role: str
    person_status: str  # "existing", "new" or "present" (already on this session's list)
    org_status: str  # "existing", "new" or "" (no organisation)


@dataclass
class ImportPlan:
    rows: list[PlannedRow] = field(default_factory=list)
    new_people: list[Person] = field(default_factory=list)
    new_organisations: list[Organisation] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    skipped: int = 0  # rows without a name

    def records(self) -> list[Any]:
        return [*self.new_organisations, *self.new_people, *self.attendance]


def plan_import(
    conn: Any,
    session_id: str,
    table: list[list[str]],
    mapping: dict[str, int],
    *,
    header: bool,
    default_role: str = "participant",
) -> ImportPlan:
    """What importing `table` into the session would add, matching names already known
    (people by name, organisations by name or acronym, ignoring case)."""
    if "name" not in mapping:
        raise InvalidInput(N_("Errors", "Choose the column that holds the names."))
    people = {}
    for pid, name, org_id in conn.execute(
        "SELECT id, name, organisation_id FROM people WHERE deleted = 0"
    ):
        people.setdefault(name.casefold(), (pid, org_id))
    orgs: dict[str, str] = {}
    for oid, name, acronym in conn.execute(
        "SELECT id, name, acronym FROM organisations WHERE deleted = 0"
    ):
        orgs.setdefault(name.casefold(), oid)
        if acronym:
            orgs.setdefault(acronym.casefold(), oid)
    present = {
        r[0]
        for r in conn.execute(
            "SELECT person_id FROM attendance WHERE session_id = ? AND deleted = 0", (session_id,)
        )
    }

    def cell(row: list[str], name: str) -> str:
        i = mapping.get(name)
        return row[i].strip() if i is not None and 0 <= i < len(row) else ""

    plan = ImportPlan()
    for row in table[1:] if header else table:
        name = cell(row, "name")
        if not name:
            plan.skipped += 1
            continue
        org_name = cell(row, "organisation")
        org_id, org_status = "", ""
        if org_name:
            org_id = orgs.get(org_name.casefold(), "")
            org_status = "existing" if org_id else "new"
            if not org_id:
                kind = normal_kind(cell(row, "kind")) or OrgKind.OTHER.value
                org = Organisation(name=org_name, kind=kind)
                plan.new_organisations.append(org)
                org_id = orgs[org_name.casefold()] = org.id
        gender = normal_gender(cell(row, "gender"))
        role = cell(row, "role").casefold() or default_role
        known = people.get(name.casefold())
        if known is not None:
            person_id = known[0]
            status = "present" if person_id in present else "existing"
            org_id = org_id or known[1]
        else:
            person = Person(
                name=name, gender=gender, contact=cell(row, "contact"), organisation_id=org_id
            )
            plan.new_people.append(person)
            person_id = person.id
            people[name.casefold()] = (person_id, org_id)
            status = "new"
        if status != "present":
            plan.attendance.append(
                Attendance(
                    session_id=session_id, person_id=person_id, organisation_id=org_id, role=role
                )
            )
            present.add(person_id)
        plan.rows.append(PlannedRow(name, org_name, gender, role, status, org_status))
    return plan

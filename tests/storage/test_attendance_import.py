"""Attendance from a sign-in sheet (issue 9 item 13): reading CSV and XLSX, mapping, matching."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from app.domain.records import Attendance, Meeting, Organisation, Person, Session
from app.errors import InvalidInput
from app.storage.attendance_import import guess_mapping, plan_import, read_table

CSV = (
    "Name,Organisation,Type,Sex,Role,Phone\n"
    "Sok Lina,ADHOC,NGO,F,speaker,+855 12 345 678\n"
    "Hans Fridlund,UPR Info,International NGO,M,,\n"
    ",,,,,\n"
    "សុខ ចាន់ថា,សហជីពកម្មករ,union,ស្រី,participant,\n"
)


def _xlsx(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_csv_and_xlsx_read_the_same() -> None:
    csv_rows = read_table("sheet.csv", CSV.encode("utf-8-sig"))
    xlsx_rows = read_table("sheet.xlsx", _xlsx([r.split(",") for r in CSV.strip().split("\n")]))
    assert csv_rows == xlsx_rows
    assert csv_rows[0] == ["Name", "Organisation", "Type", "Sex", "Role", "Phone"]
    assert len(csv_rows) == 4  # the blank row is left out
    assert guess_mapping(csv_rows[0]) == {
        "name": 0,
        "organisation": 1,
        "kind": 2,
        "gender": 3,
        "role": 4,
        "contact": 5,
    }
    semicolons = read_table("s.csv", b"Name;Organisation\nA;B\n")
    assert semicolons == [["Name", "Organisation"], ["A", "B"]]


def test_a_damaged_workbook_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput):
        read_table("sheet.xlsx", b"PK\x03\x04 not really a zip")


def test_plan_matches_existing_and_creates_the_rest(vault) -> None:
    adhoc = vault.store.add(
        Organisation(name="Cambodian Human Rights Association", acronym="ADHOC")
    )
    lina = vault.store.add(Person(name="Sok Lina", organisation_id=adhoc.id))
    meeting = vault.store.add(Meeting(title="Pre-session", start_date="2018-11-14"))
    session = vault.store.add(Session(meeting_id=meeting.id, date="2018-11-14"))
    table = read_table("sheet.csv", CSV.encode())
    plan = plan_import(vault.conn, session.id, table, guess_mapping(table[0]), header=True)
    assert [(r.name, r.person_status, r.org_status) for r in plan.rows] == [
        ("Sok Lina", "existing", "existing"),
        ("Hans Fridlund", "new", "new"),
        ("សុខ ចាន់ថា", "new", "new"),
    ]
    assert sorted(o.name for o in plan.new_organisations) == ["UPR Info", "សហជីពកម្មករ"]
    kinds = {o.name: o.kind for o in plan.new_organisations}
    assert kinds == {"UPR Info": "international_ngo", "សហជីពកម្មករ": "union"}
    genders = {p.name: p.gender for p in plan.new_people}
    assert genders == {"Hans Fridlund": "man", "សុខ ចាន់ថា": "woman"}
    roles = {a.person_id: a.role for a in plan.attendance}
    assert roles[lina.id] == "speaker"
    assert len(plan.attendance) == 3
    vault.store.add_many(plan.records())
    # Imported again: everyone is already on the list, nothing new.
    again = plan_import(vault.conn, session.id, table, guess_mapping(table[0]), header=True)
    assert [r.person_status for r in again.rows] == ["present"] * 3
    assert again.records() == []
    assert vault.store.count(Attendance) == 3

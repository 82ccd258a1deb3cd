"""Review: a hostile sign-in sheet gets a plain error or is cut, never a hang or a traceback."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook

from app.errors import InvalidInput
from app.storage.attendance_import import MAX_COLUMNS, read_table

LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE z [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&%s;" % bytes([97 + i])) * 10) for i in range(8)
    )
    + b"]>"
)


def _xlsx(rows, change=None) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    plain = io.BytesIO()
    book.save(plain)
    source = zipfile.ZipFile(io.BytesIO(plain.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info.filename, change(info.filename, data) if change else data)
    return out.getvalue()


def test_entity_expansion_in_a_sheet_is_a_plain_error() -> None:
    def laughs(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        return LAUGHS + body.replace(b"<sheetData>", b"<sheetData><!-- &i; -->", 1).replace(
            b"</sheetData>",
            b'<row r="9"><c r="A9" t="inlineStr"><is><t>&i;</t></is></c></row></sheetData>',
        )

    with pytest.raises(InvalidInput):
        read_table("sheet.xlsx", _xlsx([["Name"], ["Sok Lina"]], laughs))


def test_a_zip_bomb_workbook_is_refused_before_it_is_inflated() -> None:
    def bomb(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        padding = b"<!--" + b" " * 60_000_000 + b"-->"
        return data.replace(b"<worksheet", padding + b"<worksheet", 1)

    data = _xlsx([["Name"], ["Sok Lina"]], bomb)
    assert len(data) < 2_000_000
    with pytest.raises(InvalidInput):
        read_table("sheet.xlsx", data)


def test_a_csv_field_past_the_csv_limit_is_a_plain_error() -> None:
    data = b"Name,Phone\nSok Lina," + b"1" * 200_000 + b"\n"
    with pytest.raises(InvalidInput):
        read_table("sheet.csv", data)


def test_a_sheet_of_thousands_of_columns_is_cut() -> None:
    rows = read_table("sheet.csv", (",".join(["x"] * 100_000) + "\n").encode())
    assert len(rows[0]) == MAX_COLUMNS
    rows = read_table("sheet.xlsx", _xlsx([["x"] * 2_000]))
    assert len(rows[0]) == MAX_COLUMNS


def test_workbooks_are_parsed_with_defusedxml() -> None:
    """openpyxl refuses DTDs and entities outright when defusedxml is installed (a dependency)."""
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML

"""Review: hostile attachments from a partner as appendices (caps, plain notes, clean titles)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from app.domain.records import Meeting
from app.reports import meeting_pdf_with_appendices
from app.storage.attachments import add_attachment
from tests.reports.conftest import PREPARED, pdf_text


def _report(vault, name: str, data: bytes) -> bytes:
    meeting = vault.store.add(Meeting(title="Partner files", start_date="2019-02-24"))
    add_attachment(vault.store, meeting.id, name, io.BytesIO(data))
    return meeting_pdf_with_appendices(vault.store, meeting.id, prepared_on=PREPARED)


def test_a_csv_with_a_huge_cell_gets_a_note_not_a_crash(vault, tmp_path) -> None:
    data = b"Item,Amount\nVenue," + b"9" * 300_000 + b"\nTravel,3010\n"
    out = _report(vault, "budget.csv", data)
    assert "could not be read as a table" in pdf_text(out, tmp_path)


def test_long_cells_are_cut(vault, tmp_path) -> None:
    data = b"Item,Amount\nVenue," + b"9" * 5_000 + b"\n"
    text = pdf_text(_report(vault, "budget.csv", data), tmp_path)
    assert "shortened" in text
    assert "9" * 1_001 not in "".join(text.split())


def test_a_very_wide_csv_is_cut_with_a_note(vault, tmp_path) -> None:
    data = (",".join(f"c{i}" for i in range(5_000)) + "\n").encode() * 3
    out = _report(vault, "wide.csv", data)
    text = pdf_text(out, tmp_path)
    assert "c0" in text
    assert "shortened" in text


def test_a_long_csv_says_it_was_shortened(vault, tmp_path) -> None:
    data = b"Item,Amount\n" + b"".join(b"row%d,%d\n" % (i, i) for i in range(3_000))
    out = _report(vault, "long.csv", data)
    assert "shortened" in pdf_text(out, tmp_path)


def test_a_file_name_cannot_reorder_the_appendix_title(vault) -> None:
    name = "budget\u202egnp.exe"
    out = _report(vault, name, b"Item,Amount\nVenue,1\n")
    reader = PdfReader(io.BytesIO(out))
    titles = [c.title for c in reader.outline[-1]]
    assert titles == ["Appendix 1: budgetgnp.exe"]


def test_a_decompression_bomb_image_is_named_not_decoded(vault, tmp_path) -> None:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        return struct.pack(">I", len(body)) + kind + body + crc

    side = 30_000  # 900 megapixels of grey in under 1 MB
    packer = zlib.compressobj(9)
    row = b"\x00" * (side + 1)
    idat = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", idat)
        + chunk(b"IEND", b"")
    )
    out = _report(vault, "photo.png", png)
    assert "Appendix 1: photo.png" in pdf_text(out, tmp_path)


def test_a_pdf_of_thousands_of_pages_is_not_appended_whole(vault, tmp_path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(5_000):
        writer.add_blank_page(200, 200)
    buffer = io.BytesIO()
    writer.write(buffer)
    out = _report(vault, "annex.pdf", buffer.getvalue())
    reader = PdfReader(io.BytesIO(out))
    assert len(reader.pages) < 600
    assert "pages" in pdf_text(out, tmp_path)


def test_appendices_past_the_total_budget_are_named_not_read(vault, monkeypatch) -> None:
    from app.reports import appendices

    monkeypatch.setattr(appendices, "MAX_APPENDICES_BYTES", 25)
    meeting = vault.store.add(Meeting(title="Many files", start_date="2019-02-24"))
    for name in ("a.csv", "b.csv", "c.csv"):
        add_attachment(vault.store, meeting.id, name, io.BytesIO(b"Item,Amount\nVenue,1\n"))
    from app.domain.records import Attachment

    found = vault.store.select(Attachment, "meeting_id = ?", (meeting.id,))
    read = appendices.read_appendices(vault.store, sorted(found, key=lambda a: a.filename))
    assert [a.data is not None for a in read] == [True, False, False]

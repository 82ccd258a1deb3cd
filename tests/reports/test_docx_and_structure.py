"""DOCX output, real headings (ODT outline levels, PDF bookmarks) and table headers that never
break inside a word (issue 9 item 10)."""

from __future__ import annotations

import io
import zipfile

from docx import Document as read_docx
from pypdf import PdfReader

from app.domain.values import RedactionPolicy
from app.reports import meeting_document, render
from app.reports.model import Table, fitted_widths, visual_length
from tests.reports.conftest import PREPARED, meeting_by_title


def _doc(vault, fragment="pre-session", policy=RedactionPolicy.FULL):
    return meeting_document(
        vault.store, meeting_by_title(vault, fragment).id, policy, prepared_on=PREPARED
    )


def test_docx_has_word_headings_lists_tables_and_khmer_font(demo) -> None:
    doc = _doc(demo)
    data = render(doc, "docx")
    assert data[:2] == b"PK"
    word = read_docx(io.BytesIO(data))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings == doc.numbered_titles()
    assert [p.text for p in word.paragraphs if p.style.name == "Title"] == [doc.title]
    assert any(p.style.name == "List Bullet" for p in word.paragraphs)
    assert len(word.tables) == 1 + sum(isinstance(b, Table) for s in doc.sections for b in s.blocks)
    header_row = word.tables[1].rows[0]._tr
    assert header_row.trPr is not None and "tblHeader" in header_row.trPr.xml
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        styles = z.read("word/styles.xml").decode()
        body = z.read("word/document.xml").decode()
    assert 'w:cs="Noto Sans Khmer"' in styles
    assert "សមាគមខ្មែរក្រោមដើម្បីសិទ្ធិមនុស្ស" in body
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Contributors have been guaranteed anonymity." in text


def test_odt_and_pdf_headings_are_real_headings(demo) -> None:
    doc = _doc(demo)
    with zipfile.ZipFile(io.BytesIO(render(doc, "odt"))) as z:
        content = z.read("content.xml").decode()
    assert content.count('text:outline-level="1"') >= len(doc.sections)
    assert '<text:h text:style-name="' in content
    reader = PdfReader(io.BytesIO(render(doc, "pdf")))
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top == doc.numbered_titles()
    assert any(isinstance(item, list) for item in reader.outline)  # days nest under sections


def test_table_headers_never_break_inside_a_word() -> None:
    # The attendance table as the PDF had it: "Participants" in 14 % broke in two.
    header = ("Day", "Participants", "Women", "Men", "Other or not stated", "Women %")
    widths = fitted_widths(Table(header, (), widths=(30, 14, 12, 12, 18, 14)))
    assert sum(widths) == 100
    for h, w in zip(header, widths, strict=True):
        longest = max(visual_length(x) for x in h.split())
        assert w >= longest * 1.2, (h, w)
    # Shares that already fit are left alone.
    assert fitted_widths(Table(("Name", "Organisation"), (), widths=(40, 60))) == (40, 60)


def test_docx_table_grid_follows_the_fitted_widths(demo) -> None:
    """LibreOffice lays a fixed-layout table out from its grid: equal grid columns broke
    "Participants" and "Organisation" inside the word even though the cells were sized."""
    doc = _doc(demo)
    word = read_docx(io.BytesIO(render(doc, "docx")))
    tables = [b for s in doc.sections for b in s.blocks if isinstance(b, Table)]
    for table, made in zip(tables, word.tables[1:], strict=True):
        grid = [c.width for c in made.columns]
        shares = fitted_widths(table)
        for width, share, cell in zip(grid, shares, made.rows[0].cells, strict=True):
            assert abs(width - cell.width) < 2000, table.header  # grid and cells agree
            assert abs(width / sum(grid) - share / 100) < 0.01, table.header


def test_pdf_never_cuts_a_table_row_between_pages(tmp_path) -> None:
    """Qt broke a row between its lines: "Whole meeting (distinct" at the foot of a page and
    "people)" alone under the repeated header on the next (the demo's public report)."""
    from app.reports.model import Document, Paragraph, Section, plain
    from tests.reports.conftest import pdf_text

    doc = Document("Narrative report", "Rows that never split")
    rows = tuple((f"A{k:02d} first line\nZ{k:02d} second line", str(k)) for k in range(70))
    doc.sections = [
        Section("Attendance", [Paragraph(plain("Lead.")), Table(("Day", "People"), rows)])
    ]
    data = render(doc, "pdf")
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert pages >= 3
    texts = [pdf_text_page(data, n, tmp_path) for n in range(1, pages + 1)]
    for k in range(70):
        first = [n for n, t in enumerate(texts) if f"A{k:02d} first" in t]
        second = [n for n, t in enumerate(texts) if f"Z{k:02d} second" in t]
        assert first == second and len(first) == 1, (k, first, second)
    assert "Day" in texts[-1]  # each page's part of the table has its header
    assert pdf_text(data, tmp_path).count("A00 first") == 1


def pdf_text_page(data: bytes, n: int, tmp_path) -> str:
    import subprocess

    path = tmp_path / "rows.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n), str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return out.stdout.decode("utf-8")

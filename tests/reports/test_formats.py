"""Every format carries the report: golden Markdown/HTML, PDF text and fonts, valid ODT."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from app.domain.values import RedactionPolicy
from app.reports import meeting_document, render
from app.reports.markdown import escape
from tests.reports.conftest import PREPARED, meeting_by_title, pdf_text

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("ROUNDTABLE_UPDATE_GOLDEN") == "1"
CASES = [  # golden name, meeting title fragment, policy
    ("february-2025-partners", "February 2025", RedactionPolicy.PARTNERS),
    ("upr-pre-session-full", "pre-session", RedactionPolicy.FULL),
    ("march-2026-public", "March 2026", RedactionPolicy.PUBLIC),
]
KHMER = [
    "អ្នកចូលរួមបានពិភាក្សាអំពីការរឹតត្បិតលើសេរីភាពនៃការជួបប្រជុំ។",  # coeng ត្ប, ប្រ
    "កិច្ចប្រជុំបានឯកភាពរៀបចំសេចក្តីថ្លែងការណ៍រួមមួយ។",  # pre-base vowels េ ែ
    "សមាគមខ្មែរក្រោមដើម្បីសិទ្ធិមនុស្ស",  # an organisation's name
]


def _document(vault, fragment: str, policy: RedactionPolicy):
    return meeting_document(
        vault.store, meeting_by_title(vault, fragment).id, policy, prepared_on=PREPARED
    )


@pytest.mark.parametrize(("name", "fragment", "policy"), CASES)
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_markdown_and_html_match_the_golden_files(demo, name, fragment, policy, fmt) -> None:
    # The demo's ids are random, but no id reaches a narrative report; dates are fixed above.
    got = render(_document(demo, fragment, policy), fmt).decode("utf-8")
    path = GOLDEN / f"{name}.{fmt}"
    if UPDATE:
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


def test_markdown_escapes_record_text() -> None:
    assert escape("# not a heading") == r"\# not a heading"
    assert escape("[click](http://x) <script>") == r"\[click\](http://x) \<script\>"
    assert escape("- 5 items | total") == r"\- 5 items \| total"
    assert escape("two\n\nlines ") == "two lines "


def test_html_is_self_contained_and_escaped(demo) -> None:
    html = render(_document(demo, "February 2025", RedactionPolicy.FULL), "html").decode()
    assert "default-src 'none'" in html  # a browser fetches nothing
    assert not re.search(r"<(script|img|link|iframe)\b", html)
    assert "Land Rights Watch Cambodia" in html
    assert "Defenders&#x27; Legal Aid" in html  # record text is escaped


def test_pdf_holds_every_section_and_the_khmer_text(demo, tmp_path) -> None:
    doc = _document(demo, "February 2025", RedactionPolicy.FULL)
    data = render(doc, "pdf")
    assert data.startswith(b"%PDF-")
    text = pdf_text(data, tmp_path)
    for title in doc.numbered_titles():
        assert title in text
    for khmer in KHMER:
        assert khmer in text  # logical order, subscripts included (see pdf_text.py)
    assert "Page 1 of " in text
    assert "សុខ ចន្ធា (Sok Chanthea)" in text


def test_pdf_embeds_the_khmer_font(demo, tmp_path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (Debian poppler-utils) is not installed")
    path = tmp_path / "r.pdf"
    path.write_bytes(render(_document(demo, "pre-session", RedactionPolicy.FULL), "pdf"))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:]]
    embedded = {r[0].split("+")[-1]: r[-5] for r in rows}  # name -> "emb" column
    assert embedded.get("NotoSansKhmer-Regular") == "yes"
    assert embedded.get("NotoSans-Regular") == "yes"


def test_khmer_is_shaped_by_the_shipped_font(qapp) -> None:
    """Coeng and vowel signs become positioned/substituted glyphs, not one glyph per char."""
    from PySide6.QtGui import QRawFont, QTextLayout

    from app.reports.fonts import register_fonts, report_font

    register_fonts()
    word = "ស្រី"  # SA, COENG, RO, vowel II: RO is drawn as a subscript, II above
    layout = QTextLayout(word, report_font(12))
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    runs = line.glyphRuns()
    assert [r.rawFont().familyName() for r in runs] == ["Noto Sans Khmer"]
    shaped = list(runs[0].glyphIndexes())
    raw: QRawFont = runs[0].rawFont()
    unshaped = list(raw.glyphIndexesForString(word))
    assert shaped != unshaped  # the subscript RO form replaced COENG+RO
    assert len(shaped) < len(word)
    positions = runs[0].positions()
    assert positions[-1].x() <= positions[0].x() + raw.averageCharWidth() * 2


def test_odt_is_a_valid_opendocument(demo) -> None:
    data = render(_document(demo, "pre-session", RedactionPolicy.FULL), "odt")
    with zipfile.ZipFile(BytesIO(data)) as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        assert "META-INF/manifest.xml" in z.namelist()
        content = z.read("content.xml").decode("utf-8")
    root = ET.fromstring(content)  # well-formed XML
    text = "".join(root.itertext())
    assert "In-country pre-session on the periodic review (កិច្ចប្រជុំត្រៀម)" in text
    assert "ការរើសអើងលើជនជាតិខ្មែរក្រោមនៅតែបន្តកើតមាន។" in text
    assert "Attendance and gender balance" in text


def test_libreoffice_opens_the_odt(demo, tmp_path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed")
    src = tmp_path / "report.odt"
    src.write_bytes(render(_document(demo, "pre-session", RedactionPolicy.FULL), "odt"))
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    text = (tmp_path / "report.txt").read_text(encoding="utf-8-sig")
    assert "In-country pre-session on the periodic review" in text
    assert "ជាលើកដំបូងដែលខ្ញុំចូលរួម" in text
    assert "IV. Summary of discussion" in text


def test_a_long_report_loses_nothing_in_the_pdf(tmp_path) -> None:
    """Qt lays long documents out lazily; every paragraph must still reach the PDF."""
    from app.reports.model import (
        BulletList,
        Document,
        Paragraph,
        Section,
        Subheading,
        Table,
        plain,
    )

    doc = Document(kicker="Narrative report", title="Long meeting", distribution="Internal")
    for day in range(3):
        section = Section(f"Day {day + 1}")
        for item in range(12):
            section.blocks.append(Subheading(f"Item {day}.{item}", level=4))
            section.blocks.append(
                BulletList(
                    tuple(
                        plain(f"Entry marker-{day}-{item}-{e} " + "text to fill the line " * 12)
                        for e in range(9)
                    )
                )
            )
        section.blocks.append(Paragraph(plain("អ្នកចូលរួមបានពិភាក្សា " * 20)))
        doc.sections.append(section)
    rows = tuple((f"row-{r}", "Organisation", "Role") for r in range(60))
    doc.sections.append(Section("Annex", [Table(("Name", "Organisation", "Role"), rows)]))
    text = pdf_text(render(doc, "pdf"), tmp_path)
    missing = [
        f"marker-{d}-{i}-{e}"
        for d in range(3)
        for i in range(12)
        for e in range(9)
        if f"marker-{d}-{i}-{e} " not in text
    ]
    assert missing == []
    assert all(f"row-{r}\n" in text or f"row-{r} " in text for r in range(60))
    assert "Page 12 of " in text


def test_odt_corrects_qts_odf_writer(demo) -> None:
    """Widths, row rules, Khmer font properties and multi-line cells as word processors need."""
    data = render(_document(demo, "February 2025", RedactionPolicy.PARTNERS), "odt")
    with zipfile.ZipFile(BytesIO(data)) as z:
        content = z.read("content.xml").decode("utf-8")
    assert 'style:width="100pt"' not in content
    assert 'style:rel-width="100%"' in content
    assert 'style:rel-column-width="26*"' in content  # the title block's label column
    assert 'style:font-family-complex="&apos;Noto Sans Khmer&apos;"' in content
    assert 'style:font-size-complex="10.5pt"' in content
    assert content.count("<table:table-header-rows>") == content.count("<table:table ") - 1
    assert 'fo:background-color="#e6edf3"' in content  # header rows and title-block labels
    assert 'fo:background-color="#f3f5f7"' in content  # the attendance total row
    root = ET.fromstring(content)
    ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0"}
    first_row = root.find(".//table:table/table:table-row", ns)
    cells = first_row.findall("table:table-cell", ns)
    assert len(cells) == 2  # "Organisers" and both organisers in one cell
    lines = [t.strip() for t in cells[1].itertext() if t.strip()]
    assert lines == [
        "Human Rights League of Cambodia (HRLC)",  # the reports' own style (issue 9 item 8)
        "Committee for Fair Elections (CFE)",
    ]
    assert "line-break" in ET.tostring(cells[1], encoding="unicode")


def test_a_meeting_with_nothing_recorded_still_renders(sensitive, tmp_path) -> None:
    from app.domain.records import Meeting

    meeting = sensitive.store.add(Meeting(title="Empty meeting (ប្រជុំ)"))
    doc = meeting_document(sensitive.store, meeting.id, RedactionPolicy.PUBLIC)
    assert doc.sections == []
    md = render(doc, "md").decode("utf-8")
    assert md.splitlines()[2] == "# Empty meeting (ប្រជុំ)"
    assert "Distribution:** Public version" in md
    assert "Empty meeting (ប្រជុំ)" in pdf_text(render(doc, "pdf"), tmp_path)
    assert render(doc, "odt")[:2] == b"PK"

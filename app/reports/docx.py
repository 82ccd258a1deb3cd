"""Word (DOCX) through python-docx: our users and the donors they report to work in Word.

Real Word styles carry the structure — Title, Heading 1-3 (so Word's navigation pane and a
table of contents find the sections), List Bullet, Quote — and tables get a header row that
repeats on every page. Khmer text gets a Khmer font for Word's complex-script slot (Word
otherwise picks a Latin font that has no Khmer). Written to memory; nothing touches disk.
"""

from __future__ import annotations

import io

from docx import Document as new_docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from app.reports.fonts import KHMER_FAMILY
from app.reports.model import (
    Block,
    BulletList,
    Document,
    Inline,
    Paragraph,
    Subheading,
    Table,
    fitted_widths,
    for_readers,
)

NAVY = RGBColor(0x12, 0x30, 0x4A)
MUTED = RGBColor(0x4A, 0x56, 0x60)
LATIN_FAMILY = "Noto Sans"
TEXT_WIDTH_MM = 170
TABLE_TEXT = Pt(9.5)  # as in the PDF and ODT: the column shares are fitted to it
HEADER_FILL = "E6EDF3"
TOTAL_FILL = "F3F5F7"


def _complex_font(element: object, size: float | None = None) -> None:
    """Khmer (a complex script for Word) in Noto Sans Khmer, at the Latin size."""
    rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:cs"), KHMER_FAMILY)
    if size is not None:
        szcs = OxmlElement("w:szCs")
        szcs.set(qn("w:val"), str(int(size * 2)))
        rpr.append(szcs)


def _styles(docx: object, khmer: bool) -> None:
    styles = docx.styles  # type: ignore[attr-defined]
    normal = styles["Normal"]
    normal.font.name = LATIN_FAMILY
    normal.font.size = Pt(10.5)
    _complex_font(normal.element, 10.5)
    for name, size in (("Title", 20), ("Heading 1", 14), ("Heading 2", 11.5), ("Heading 3", 10.5)):
        style = styles[name]
        style.font.name = LATIN_FAMILY
        style.font.size = Pt(size)
        style.font.color.rgb = NAVY
        _complex_font(style.element, size)
    if khmer:  # a justified Khmer line gets wide gaps between phrases
        normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT


def _spans(paragraph: object, spans: Inline, *, italic: bool = False) -> None:
    for s in spans:
        run = paragraph.add_run(s.text)  # type: ignore[attr-defined]
        run.bold = s.bold or None
        run.italic = (s.italic or italic) or None


def _shade(cell: object, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tcpr.append(shading)


def _repeat_header(row: object) -> None:
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def _table(docx: object, t: Table, *, facts: bool = False) -> None:
    header_rows = 0 if facts else 1
    table = docx.add_table(rows=len(t.rows) + header_rows, cols=len(t.header))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = t.widths if facts else fitted_widths(t)
    for c, share in enumerate(widths):
        # The table grid too: LibreOffice lays a fixed table out from the grid alone, which
        # python-docx makes equal ("Participant/s", "Organisatio/n").
        table.columns[c].width = Mm(TEXT_WIDTH_MM * share / 100)
        for cell in table.columns[c].cells:
            cell.width = Mm(TEXT_WIDTH_MM * share / 100)
    if header_rows:
        _repeat_header(table.rows[0])
        for c, text in enumerate(t.header):
            cell = table.cell(0, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.font.size = TABLE_TEXT
            run.bold = True
            run.font.color.rgb = NAVY
            _shade(cell, HEADER_FILL)
            if c in t.numeric:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r, row in enumerate(t.rows):
        total = t.total_row and r == len(t.rows) - 1
        for c, value in enumerate(row):
            cell = table.cell(r + header_rows, c)
            paragraph = cell.paragraphs[0]
            for i, line in enumerate(value.split("\n")):
                if i:
                    paragraph.add_run().add_break()
                run = paragraph.add_run(line)
                run.font.size = TABLE_TEXT
                run.bold = (total or (facts and c == 0)) or None
            if c in t.numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if total or (facts and c == 0):
                _shade(cell, TOTAL_FILL if total else HEADER_FILL)
    docx.add_paragraph()  # type: ignore[attr-defined]


def _block(docx: object, block: Block) -> None:
    add = docx.add_paragraph  # type: ignore[attr-defined]
    if isinstance(block, Subheading):
        docx.add_heading(block.text, level=2 if block.level <= 3 else 3)  # type: ignore[attr-defined]
    elif isinstance(block, Paragraph):
        if block.style in ("quote", "attribution"):
            p = add(style="Quote")
            _spans(p, block.spans)
        elif block.style == "note":
            p = add()
            _spans(p, block.spans)
            for run in p.runs:
                run.font.size = Pt(9.5)
                run.font.color.rgb = MUTED
        else:
            _spans(add(), block.spans)
    elif isinstance(block, BulletList):
        for item in block.items:
            _spans(add(style="List Bullet"), item)
    else:
        _table(docx, block)


def _footer(docx: object, doc: Document) -> None:
    footer = docx.sections[0].footer  # type: ignore[attr-defined]
    p = footer.paragraphs[0]
    p.text = doc.distribution
    for run in p.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = MUTED
    if doc.distribution:
        p.add_run("\t")
    # "Page n of N" with Word fields, in the words of the report's language.
    before, _, rest = doc.page_label.partition("{n}")
    middle, _, after = rest.partition("{total}")
    for text, field in ((before, "PAGE"), (middle, "NUMPAGES"), (after, None)):
        if text:
            p.add_run(text).font.size = Pt(8)
        if field:
            _field(p, field)


def _field(paragraph: object, code: str) -> None:
    run = paragraph.add_run()  # type: ignore[attr-defined]
    for kind, text in (
        ("begin", None),
        (None, code),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)
    run.font.size = Pt(8)


def render_docx(doc: Document) -> bytes:
    doc = for_readers(doc)  # no control or bidi-override characters reach a reader
    docx = new_docx()
    section = docx.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(18), Mm(16)
    _styles(docx, doc.language == "km")
    docx.core_properties.title = doc.title
    docx.core_properties.author = ""  # a report names no author unless it says so
    docx.core_properties.comments = ""
    kicker = docx.add_paragraph()
    run = kicker.add_run(doc.kicker.upper())
    run.bold = True
    run.font.color.rgb = MUTED
    run.font.size = Pt(8.5)
    docx.add_heading(doc.title, level=0)
    if doc.organisers:
        docx.add_paragraph(" · ".join(doc.organisers))
    if doc.facts:
        facts = Table(
            ("", ""),
            tuple((label, "\n".join(values)) for label, values in doc.facts),
            widths=(26, 74),
        )
        _table(docx, facts, facts=True)
    for title, sec in zip(doc.numbered_titles(), doc.sections, strict=True):
        docx.add_heading(title, level=1)
        for block in sec.blocks:
            _block(docx, block)
    _footer(docx, doc)
    out = io.BytesIO()
    docx.save(out)
    return out.getvalue()

"""OpenDocument text through QTextDocumentWriter (opens in LibreOffice and Word).

Qt's ODF writer gets a few things wrong that word processors then show wrongly; the written
content.xml is corrected here, in memory, with the same ODF it should have contained:
- a table's 100 % width is written as "100pt", and column shares as "26%" (ODF wants
  relative widths, "26*"), so tables collapse;
- cell borders are written as "0pt outset": we put a thin rule under each row instead;
- only Western font properties are written, so Khmer (a "complex" script in ODF terms)
  falls back to the word processor's default font and size: the complex-script properties
  are added with the same size and weight, in Noto Sans Khmer;
- cell backgrounds are dropped and header rows are not marked as such: the shading of
  header rows, title-block labels and total rows is put back, and header rows repeat on
  every page, as in the PDF;
- headings are written as plain paragraphs: they become real headings (text:h with an
  outline level), so the navigator, the outline and a table of contents in LibreOffice and
  Word find the report's sections.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QTextDocumentWriter

from app.errors import ReportError
from app.reports.fonts import KHMER_FAMILY
from app.reports.model import Document, Subheading, Table, for_readers
from app.reports.textdoc import build_text_document

_TABLE_WIDTH = re.compile(r'(<style:table-properties\b[^>]*?)style:width="100pt"')
_COLUMN_WIDTH = re.compile(r'style:column-width="([\d.]+)%"')
_TEXT_PROPS = re.compile(r"<style:text-properties\b([^>]*?)/>")
_ROW_RULE = 'fo:border="none" fo:border-bottom="0.5pt solid #b8c4ce"'


def _complex_script(m: re.Match[str]) -> str:
    attrs = m.group(1)
    extra = [f'style:font-family-complex="&apos;{KHMER_FAMILY}&apos;"']
    for western, complex_ in (
        ("fo:font-size", "style:font-size-complex"),
        ("fo:font-weight", "style:font-weight-complex"),
        ("fo:font-style", "style:font-style-complex"),
    ):
        found = re.search(rf'{western}="([^"]*)"', attrs)
        if found and complex_ not in attrs:
            extra.append(f'{complex_}="{found.group(1)}"')
    return f"<style:text-properties{attrs} {' '.join(extra)}/>"


def fix_content_xml(xml: str) -> str:
    xml = _TABLE_WIDTH.sub(r'\1style:rel-width="100%" table:align="margins"', xml)
    xml = _COLUMN_WIDTH.sub(r'style:rel-column-width="\1*"', xml)
    xml = xml.replace('fo:border="0pt outset #808080"', _ROW_RULE)
    return _TEXT_PROPS.sub(_complex_script, xml)


HEADER_FILL = "#e6edf3"
TOTAL_FILL = "#f3f5f7"
_TABLE = re.compile(r"(<table:table\b[^>]*>)(.*?)(</table:table>)", re.S)
_ROW = re.compile(r"<table:table-row>.*?</table:table-row>", re.S)
_CELL_STYLE = re.compile(r'<table:table-cell table:style-name="([^"]+)"')


@dataclass(frozen=True)
class TableShape:
    """What the PDF shades in one table, in document order."""

    header_row: bool = True
    label_column: bool = False  # the title block
    total_row: bool = False


def table_shapes(doc: Document) -> list[TableShape]:
    shapes = [TableShape(header_row=False, label_column=True)] if doc.facts else []
    for section in doc.sections:
        shapes += [
            TableShape(total_row=b.total_row) for b in section.blocks if isinstance(b, Table)
        ]
    return shapes


def shade_tables(xml: str, shapes: list[TableShape]) -> str:
    tables = list(_TABLE.finditer(xml))
    if len(tables) != len(shapes):
        return xml  # not the document we think it is: leave Qt's output as it was
    fills: dict[str, str] = {}
    pieces: list[str] = []
    last = 0
    for m, shape in zip(tables, shapes, strict=True):
        body = m.group(2)
        rows = _ROW.findall(body)
        if shape.label_column:
            for row in rows:
                fills.update({name: HEADER_FILL for name in _CELL_STYLE.findall(row)[:1]})
        if shape.total_row and rows:
            fills.update({name: TOTAL_FILL for name in _CELL_STYLE.findall(rows[-1])})
        if shape.header_row and rows:
            fills.update({name: HEADER_FILL for name in _CELL_STYLE.findall(rows[0])})
            body = body.replace(
                rows[0], f"<table:table-header-rows>{rows[0]}</table:table-header-rows>", 1
            )
        pieces += [xml[last : m.start()], m.group(1), body, m.group(3)]
        last = m.end()
    pieces.append(xml[last:])
    xml = "".join(pieces)
    for name, colour in fills.items():
        xml = re.sub(
            rf'(<style:style style:name="{re.escape(name)}" style:family="table-cell">\s*'
            r"<style:table-cell-properties)",
            rf'\1 fo:background-color="{colour}"',
            xml,
            count=1,
        )
    return xml


_PARAGRAPH = re.compile(r'<text:p text:style-name="([^"]+)">(.*?)</text:p>', re.S)
_TAGS = re.compile(r"<[^>]+>")


def document_headings(doc: Document) -> list[tuple[str, int]]:
    """(text, outline level) of every heading, in order: sections 1, days 2, items 3."""
    out: list[tuple[str, int]] = []
    for title, section in zip(doc.numbered_titles(), doc.sections, strict=True):
        out.append((title, 1))
        out += [
            (b.text, 2 if b.level <= 3 else 3) for b in section.blocks if isinstance(b, Subheading)
        ]
    return out


def mark_headings(xml: str, headings: list[tuple[str, int]]) -> str:
    """Turn the paragraphs holding the headings (in order) into text:h elements."""
    pending = list(headings)
    levels: dict[str, int] = {}

    def replace(m: re.Match[str]) -> str:
        if not pending:
            return m.group(0)
        text = html.unescape(_TAGS.sub("", m.group(2))).strip()
        if text != pending[0][0].strip():
            return m.group(0)
        level = pending.pop(0)[1]
        levels[m.group(1)] = level
        return (
            f'<text:h text:style-name="{m.group(1)}" text:outline-level="{level}">'
            f"{m.group(2)}</text:h>"
        )

    xml = _PARAGRAPH.sub(replace, xml)
    for name, level in levels.items():
        xml = xml.replace(
            f'<style:style style:name="{name}" style:family="paragraph"',
            f'<style:style style:name="{name}" style:family="paragraph" '
            f'style:default-outline-level="{level}"',
            1,
        )
    return xml


def _rezip(data: bytes, shapes: list[TableShape], headings: list[tuple[str, int]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "content.xml":
                xml = shade_tables(fix_content_xml(body.decode("utf-8")), shapes)
                xml = mark_headings(xml, headings)
                body = xml.encode("utf-8")
            # "mimetype" stays first and uncompressed, as ODF requires.
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            dst.writestr(zipfile.ZipInfo(info.filename, info.date_time), body, method)
    return out.getvalue()


def render_odt(doc: Document) -> bytes:
    doc = for_readers(doc)  # no control or bidi-override characters reach a reader
    qdoc = build_text_document(doc)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
    if not writer.write(qdoc):
        raise ReportError()
    buffer.close()
    return _rezip(bytes(data.data()), table_shapes(doc), document_headings(doc))

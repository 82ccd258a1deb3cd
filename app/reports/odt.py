"""OpenDocument text through QTextDocumentWriter (opens in LibreOffice and Word).

Qt's ODF writer gets a few things wrong that word processors then show wrongly; the written
content.xml is corrected here, in memory, with the same ODF it should have contained:
- a table's 100 % width is written as "100pt", and column shares as "26%" (ODF wants
  relative widths, "26*"), so tables collapse;
- cell borders are written as "0pt outset": we put a thin rule under each row instead;
- only Western font properties are written, so Khmer (a "complex" script in ODF terms)
  falls back to the word processor's default font and size: the complex-script properties
  are added with the same size and weight, in Noto Sans Khmer.
"""

from __future__ import annotations

import io
import re
import zipfile

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QTextDocumentWriter

from app.errors import ReportError
from app.reports.fonts import KHMER_FAMILY
from app.reports.model import Document
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


def _rezip(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "content.xml":
                body = fix_content_xml(body.decode("utf-8")).encode("utf-8")
            # "mimetype" stays first and uncompressed, as ODF requires.
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            dst.writestr(zipfile.ZipInfo(info.filename, info.date_time), body, method)
    return out.getvalue()


def render_odt(doc: Document) -> bytes:
    qdoc = build_text_document(doc)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
    if not writer.write(qdoc):
        raise ReportError()
    buffer.close()
    return _rezip(bytes(data.data()))

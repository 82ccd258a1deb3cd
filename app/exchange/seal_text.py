"""The visible text of a sealed ODT or DOCX, so a co-organiser reads what it signs in each
format, not only the PDF's pages (docs/sealed-reports.md). The file is another organisation's
input: its zip member is read with a size cap, XML declaring a DTD (the way to entity
expansion) is refused before parsing, and the parser (lxml, as python-docx uses) resolves no
entity and loads nothing."""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from app.errors import PreviewUnavailable

MAX_XML = 64 * 1024**2
_BODY = {"odt": "content.xml", "docx": "word/document.xml"}
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xml(data: bytes, member: str) -> etree._Element:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            found = [i for i in z.infolist() if i.filename == member]
            if len(found) != 1 or found[0].file_size > MAX_XML:
                raise PreviewUnavailable()
            body = z.read(found[0])
        if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
            raise PreviewUnavailable()
        parser = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
        )
        return etree.fromstring(body, parser)
    except (zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError, OSError, ValueError, EOFError):
        raise PreviewUnavailable() from None


def _odt_text(root: etree._Element) -> list[str]:
    lines: list[str] = []

    def inline(el: etree._Element) -> str:
        parts = [el.text or ""]
        for child in el:
            tag = child.tag
            if tag == f"{{{_TEXT}}}s":
                parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1") or 1))
            elif tag == f"{{{_TEXT}}}tab":
                parts.append("\t")
            elif tag == f"{{{_TEXT}}}line-break":
                parts.append("\n")
            else:
                parts.append(inline(child))
            parts.append(child.tail or "")
        return "".join(parts)

    for el in root.iter():
        if el.tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"):
            lines.append(inline(el))
    return lines


def _docx_text(root: etree._Element) -> list[str]:
    lines: list[str] = []
    for p in root.iter(f"{{{_WORD}}}p"):
        parts = []
        for el in p.iter():
            if el.tag == f"{{{_WORD}}}t":
                parts.append(el.text or "")
            elif el.tag == f"{{{_WORD}}}tab":
                parts.append("\t")
            elif el.tag in (f"{{{_WORD}}}br", f"{{{_WORD}}}cr"):
                parts.append("\n")
        lines.append("".join(parts))
    return lines


def document_text(data: bytes, fmt: str) -> str:
    """Every paragraph and heading of the document's body (table cells included), in order,
    one per line."""
    if fmt not in _BODY:
        raise PreviewUnavailable()
    root = _xml(data, _BODY[fmt])
    lines = _odt_text(root) if fmt == "odt" else _docx_text(root)
    return "\n".join(lines).strip("\n") + "\n"

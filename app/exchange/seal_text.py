"""The visible text of a sealed ODT or DOCX, so a co-organiser reads what it signs in each
format, not only the PDF's pages (docs/sealed-reports.md). The file is another organisation's
input: its zip member is read with a size cap, XML declaring a DTD (the way to entity
expansion) is refused before parsing, and the parser (lxml, as python-docx uses) resolves no
entity and loads nothing. What a parsed tree and its text may cost is bounded too: nodes by
`MAX_NODES` before parsing, the text read out by the XML's own size."""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from app.errors import PreviewUnavailable

MAX_XML = 64 * 1024**2
# lxml holds ~140 bytes an element, ~240 an attribute (measured): 64 MiB of `<a/>` would take
# 2 GiB. Each element, attribute and text node follows a '<' or holds a '=', so their count
# bounds the tree before it is built (at this cap: 225 MiB at worst). A long report's
# document.xml has tens of thousands.
MAX_NODES = 1_000_000
_BODY = {"odt": "content.xml", "docx": "word/document.xml"}
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xml(data: bytes, member: str) -> tuple[etree._Element, int]:
    """The parsed body, and its size in bytes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            found = [i for i in z.infolist() if i.filename == member]
            if len(found) != 1 or found[0].file_size > MAX_XML:
                raise PreviewUnavailable()
            body = z.read(found[0])
        if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
            raise PreviewUnavailable()
        if body.count(b"<") + body.count(b"=") > MAX_NODES:
            raise PreviewUnavailable()
        parser = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
        )
        return etree.fromstring(body, parser), len(body)
    except (zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError, OSError, ValueError, EOFError):
        raise PreviewUnavailable() from None


class _Budget:
    """The characters the text read out may hold: never more than the XML it came from (a
    hostile file could otherwise ask for a billion spaces in one `<text:s text:c=...>`, or nest
    paragraphs so that each repeats the text of those inside it)."""

    def __init__(self, chars: int) -> None:
        self.left = chars

    def take(self, n: int) -> int:
        self.left -= n
        if self.left < 0:
            raise PreviewUnavailable()
        return n


def _spaces(value: str | None, budget: _Budget) -> str:
    value = value or "1"
    if not (value.isascii() and value.isdigit()):
        return " "  # not a count, as ODF writes it: one space, as when none is given
    return " " * budget.take(int(value) if len(value) <= 12 else budget.left + 1)


def _odt_text(root: etree._Element, budget: _Budget) -> list[str]:
    lines: list[str] = []

    def inline(el: etree._Element) -> str:
        parts = [el.text or ""]
        for child in el:
            tag = child.tag
            if tag == f"{{{_TEXT}}}s":
                parts.append(_spaces(child.get(f"{{{_TEXT}}}c"), budget))
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
            line = inline(el)
            budget.take(len(line))
            lines.append(line)
    return lines


def _docx_text(root: etree._Element, budget: _Budget) -> list[str]:
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
        line = "".join(parts)
        budget.take(len(line))
        lines.append(line)
    return lines


def document_text(data: bytes, fmt: str) -> str:
    """Every paragraph and heading of the document's body (table cells included), in order,
    one per line."""
    if fmt not in _BODY:
        raise PreviewUnavailable()
    root, size = _xml(data, _BODY[fmt])
    budget = _Budget(size)
    lines = _odt_text(root, budget) if fmt == "odt" else _docx_text(root, budget)
    return "\n".join(lines).strip("\n") + "\n"

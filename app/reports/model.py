"""A small, format-neutral document model: what a report says, not how it looks.

Reports are built once as a `Document` (Qt-free, plain dataclasses) and then rendered to
Markdown, HTML, ODT or PDF, so every format carries exactly the same content, and redaction
happens before any renderer sees a word.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A run of text with one emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


Inline = tuple[Span, ...]


def plain(text: str) -> Inline:
    return (Span(text),)


def inline_text(spans: Inline) -> str:
    return "".join(s.text for s in spans)


@dataclass(frozen=True)
class Paragraph:
    spans: Inline
    style: str = "body"  # body | note | quote | attribution


@dataclass(frozen=True)
class Subheading:
    text: str
    level: int = 3  # 3 = a day or a group, 4 = an agenda item


@dataclass(frozen=True)
class BulletList:
    items: tuple[Inline, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()  # percentages of the text width; empty = even
    numeric: frozenset[int] = frozenset()  # columns aligned right
    total_row: bool = False  # the last row sums the others


Block = Paragraph | Subheading | BulletList | Table


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    numbered: bool = True

    @property
    def empty(self) -> bool:
        return not self.blocks


@dataclass
class Document:
    kicker: str  # e.g. "Narrative report"
    title: str
    organisers: list[str] = field(default_factory=list)
    facts: list[tuple[str, list[str]]] = field(default_factory=list)  # the title block
    sections: list[Section] = field(default_factory=list)
    distribution: str = ""  # e.g. "For partners", printed in every page footer
    language: str = "en"
    khmer_digits: bool = False  # sections ១. ២. ... instead of I. II. ..., pages in Khmer digits
    page_label: str = "Page {n} of {total}"  # the PDF footer, in the report's language
    label_format: str = "{label}:"  # a label before its values, in the report's language

    def numbered_titles(self) -> list[str]:
        """Section titles as printed: numbered sections get I., II., ... in order."""
        out: list[str] = []
        n = 0
        for s in self.sections:
            if s.numbered:
                n += 1
                number = str(n).translate(_KHMER_DIGITS) if self.khmer_digits else roman(n)
                out.append(f"{number}. {s.title}")
            else:
                out.append(s.title)
        return out

    def all_text(self) -> str:
        """Every word of the document, for tests and search (no markup)."""
        parts = [self.kicker, self.title, *self.organisers, self.distribution]
        for label, values in self.facts:
            parts += [label, *values]
        for title, section in zip(self.numbered_titles(), self.sections, strict=True):
            parts.append(title)
            for block in section.blocks:
                parts.append(block_text(block))
        return "\n".join(parts)


def page_number(doc: Document, n: int, total: int) -> str:
    if doc.khmer_digits:
        return doc.page_label.format(
            n=str(n).translate(_KHMER_DIGITS), total=str(total).translate(_KHMER_DIGITS)
        )
    return doc.page_label.format(n=n, total=total)


def block_text(block: Block) -> str:
    if isinstance(block, Paragraph):
        return inline_text(block.spans)
    if isinstance(block, Subheading):
        return block.text
    if isinstance(block, BulletList):
        return "\n".join(inline_text(i) for i in block.items)
    return "\n".join(" ".join(r) for r in (block.header, *block.rows))


_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
_ROMAN = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out

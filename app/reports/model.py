"""A small, format-neutral document model: what a report says, not how it looks.

Reports are built once as a `Document` (Qt-free, plain dataclasses) and then rendered to
Markdown, HTML, ODT or PDF, so every format carries exactly the same content, and redaction
happens before any renderer sees a word.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.domain.display_text import for_display
from app.domain.khmer_calendar import khmer_digits


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
                number = khmer_digits(str(n)) if self.khmer_digits else roman(n)
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
        return doc.page_label.format(n=khmer_digits(str(n)), total=khmer_digits(str(total)))
    return doc.page_label.format(n=n, total=total)


def block_text(block: Block) -> str:
    if isinstance(block, Paragraph):
        return inline_text(block.spans)
    if isinstance(block, Subheading):
        return block.text
    if isinstance(block, BulletList):
        return "\n".join(inline_text(i) for i in block.items)
    return "\n".join(" ".join(r) for r in (block.header, *block.rows))


_ROMAN = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def visual_length(word: str) -> float:
    """About how many Latin letters wide `word` is.

    Khmer takes more room per consonant than Latin per letter, and less per code point: a
    subscript (coeng + consonant) and most vowel signs sit above, below or inside a cluster.
    """
    width = 0.0
    after_coeng = False
    for ch in word:
        code = ord(ch)
        if 0x1780 <= code <= 0x17B3:  # consonants and independent vowels
            width += 0 if after_coeng else 1.45
        elif code in (0x17B6, 0x17C7, 0x17C8) or 0x17C1 <= code <= 0x17C5:
            width += 0.8  # vowel signs with an advance of their own
        elif 0x17E0 <= code <= 0x17E9:
            width += 1.15  # Khmer digits
        elif not 0x17B4 <= code <= 0x17DD:
            width += 1
        after_coeng = code == 0x17D2
    return width


# One letter of a 9.5 pt bold table heading, and a cell's padding, in percent of the A4 text
# width (170 mm): measured on the PDF, rounded up.
_LETTER_SHARE = 1.2
_PADDING_SHARE = 1.6


def fitted_widths(table: Table) -> tuple[int, ...]:
    """Column shares in which no header word has to break: a column narrower than its
    longest heading word is widened, taking the room from columns that have room to spare
    (word processors and Qt otherwise cut "NGO" into "NG/O")."""
    n = len(table.header)
    widths = list(table.widths) if len(table.widths) == n else [100 / n] * n
    need = [
        max((visual_length(w) for w in h.split()), default=0) * _LETTER_SHARE + _PADDING_SHARE
        for h in table.header
    ]
    if sum(need) >= 100:
        total = sum(need)
        return _integral([100 * x / total for x in need])
    short = sum(max(0.0, nd - w) for nd, w in zip(need, widths, strict=True))
    if short:
        spare = [max(0.0, w - nd) for nd, w in zip(need, widths, strict=True)]
        room = sum(spare)
        widths = [
            max(w, nd) - (short * sp / room if room else 0)
            for w, nd, sp in zip(widths, need, spare, strict=True)
        ]
    return _integral(widths)


def _integral(shares: list[float]) -> tuple[int, ...]:
    out = [int(s) for s in shares]
    rest = 100 - sum(out)
    order = sorted(range(len(shares)), key=lambda i: shares[i] - out[i], reverse=True)
    for i in order[: max(rest, 0)]:
        out[i] += 1
    return tuple(out)


def _clean_spans(spans: Inline) -> Inline:
    return tuple(replace(s, text=for_display(s.text)) for s in spans)


def _clean_block(block: Block) -> Block:
    if isinstance(block, Paragraph):
        return replace(block, spans=_clean_spans(block.spans))
    if isinstance(block, Subheading):
        return replace(block, text=for_display(block.text))
    if isinstance(block, BulletList):
        return replace(block, items=tuple(_clean_spans(i) for i in block.items))
    return replace(
        block,
        header=tuple(for_display(h) for h in block.header),
        rows=tuple(tuple(for_display(c) for c in row) for row in block.rows),
    )


def for_readers(doc: Document) -> Document:
    """`doc` with every string made safe to show (no control or bidi-override characters):
    each renderer starts from this, so no output format can carry them."""
    return replace(
        doc,
        kicker=for_display(doc.kicker),
        title=for_display(doc.title),
        organisers=[for_display(o) for o in doc.organisers],
        facts=[(for_display(k), [for_display(v) for v in vs]) for k, vs in doc.facts],
        sections=[
            replace(s, title=for_display(s.title), blocks=[_clean_block(b) for b in s.blocks])
            for s in doc.sections
        ],
        distribution=for_display(doc.distribution),
    )

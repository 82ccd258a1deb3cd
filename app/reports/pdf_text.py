"""Make the Khmer in our PDFs extractable: copy, paste, search, screen readers, pdftotext.

Qt's PDF engine draws shaped glyphs, and a ToUnicode map cannot describe Khmer: a coeng
subscript is one glyph for two characters, and a pre-base vowel sign is drawn before the
consonant it follows in the text. Qt leaves PDF's remedy, /ActualText, unimplemented. So we do
it afterwards: every Khmer glyph run Qt laid out is known (QTextLine.glyphRuns gives its font,
position and source characters); each text object Qt wrote in that font is found by its font
and starting point, and wrapped in `/Span << /ActualText <logical text> >> BDC ... EMC`.
A text object that matches nothing is left as it was, so the worst case is Qt's own output.
"""

from __future__ import annotations

import io
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextDocument, QTextLayout, QTextLine

_FLAGS = (
    QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
    | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
)
_MAYBE_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff\u200b-\u200d]")
TOLERANCE = 2.0  # device pixels (1/300 inch); Qt rounds baselines to 1/64 pixel
_TEXT_OBJECT = re.compile(
    rb"BT\n/(F\d+) [-\d.]+ Tf ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) [-\d.]+ [-\d.]+ Tm\n"
    rb"([-\d.]+) ([-\d.]+) Td.*?\nET\n",
    re.S,
)


def _is_complex(family: str) -> bool:
    return "Khmer" in family


@dataclass
class RunIndex:
    """Khmer glyph runs: where each starts, on which page, and the characters it shows.

    Body runs are in document coordinates (Qt writes them so, under a per-page transform);
    running headers and footers are in page coordinates and kept apart, by page.
    """

    body: list[tuple[int, float, float, str]] = field(default_factory=list)
    margins: dict[int, list[tuple[int, float, float, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    _rows: dict[int, list[tuple[int, float, float, str]]] | None = None  # body runs by y

    def __bool__(self) -> bool:
        return bool(self.body or self.margins)

    def add_line(
        self, page: int, origin: QPointF, line: QTextLine, text: str, *, margin: bool = False
    ) -> None:
        runs = line.glyphRuns(-1, -1, _FLAGS)
        if not any(_is_complex(r.rawFont().familyName()) for r in runs):
            return
        starts = []
        for r in runs:
            indexes = r.stringIndexes()
            starts.append(min(indexes) if indexes else line.textStart())
        line_end = line.textStart() + line.textLength()
        target = self.margins[page] if margin else self.body
        self._rows = None
        seen = -1
        for r, start in zip(runs, starts, strict=True):
            # A run split off by font fallback reports its item's first index again: its
            # characters are already in the text of the run it was split from.
            text_of_run = ""
            if start > seen:
                end = min((s for s in starts if s > start), default=line_end)
                text_of_run = text[start:end]
                seen = start
            positions = r.positions()
            if not positions or not _is_complex(r.rawFont().familyName()):
                continue
            p = positions[0]
            target.append((page, origin.x() + p.x(), origin.y() + p.y(), text_of_run))

    def add_document(self, qdoc: QTextDocument, page_height: float) -> None:
        layout = qdoc.documentLayout()
        block = qdoc.begin()
        while block.isValid():
            tl = block.layout()
            text = block.text()
            if tl is not None and tl.lineCount() and _MAYBE_KHMER.search(text):
                origin = layout.blockBoundingRect(block).topLeft()
                for i in range(tl.lineCount()):
                    line = tl.lineAt(i)
                    page = int((origin.y() + line.y()) // page_height)
                    self.add_line(page, origin, line, text)
            block = block.next()

    def find(self, page: int, x: float, y: float) -> str | None:
        """The text of the run drawn at (x, y) on `page`.

        A body line that reaches past the bottom of its page is drawn again, clipped away, on
        the next page: that copy gets an empty text, so extraction does not repeat it.
        """
        if self._rows is None:
            self._rows = defaultdict(list)
            for run in self.body:
                self._rows[round(run[2])].append(run)
        nearby = [
            run for row in range(round(y) - 3, round(y) + 4) for run in self._rows.get(row, ())
        ]
        for candidates in (self.margins.get(page, ()), nearby):
            best = None
            for run_page, rx, ry, text in candidates:
                d = math.hypot(rx - x, ry - y)
                if d <= TOLERANCE and (best is None or d < best[0]):
                    best = (d, text if run_page == page else "")
            if best is not None:
                return best[1]
        return None


def _hex_utf16(text: str) -> bytes:
    return b"FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii")


def add_actual_text(pdf: bytes, index: RunIndex) -> bytes:
    """`pdf` with each indexed Khmer text object wrapped in an /ActualText span."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject

    if not index:
        return pdf
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    changed = False
    for number, page in enumerate(writer.pages):
        fonts = page["/Resources"]["/Font"]
        complex_fonts = {
            name.lstrip("/").encode()
            for name in fonts
            if _is_complex(str(fonts[name].get_object().get("/BaseFont", "")))
        }
        contents = page.get_contents()
        if contents is None or not complex_fonts:
            continue
        data = contents.get_data()
        new = _wrap_page(data, complex_fonts, index, number)
        if new != data:
            stream = DecodedStreamObject()
            stream.set_data(new)
            page.replace_contents(stream)
            page.compress_content_streams()
            changed = True
    if not changed:
        return pdf
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _wrap_page(data: bytes, complex_fonts: set[bytes], index: RunIndex, page: int) -> bytes:
    def wrap(m: re.Match[bytes]) -> bytes:
        if m.group(1) not in complex_fonts:
            return m.group(0)
        # The first glyph's origin, through the text matrix (Qt shears synthesized italics).
        a, b, c, d = (float(v) for v in m.group(2, 3, 4, 5))
        tx, ty = float(m.group(6)), float(m.group(7))
        text = index.find(page, a * tx + c * ty, b * tx + d * ty)
        if text is None:
            return m.group(0)
        span = b"/Span << /ActualText <" + _hex_utf16(text) + b"> >> BDC\n"
        return span + m.group(0) + b"EMC\n"

    return _TEXT_OBJECT.sub(wrap, data)

"""The document model laid out as a QTextDocument (Qt's text engine), for PDF and ODT.

Built with a QTextCursor rather than from HTML so every measure is explicit: fonts (with a
Khmer fallback family), spacing, table borders, header rows that repeat across pages.
Lengths are CSS-like pixels (1/96 inch); Qt scales them to the paint device.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
    QTextLength,
    QTextListFormat,
    QTextOption,
    QTextTable,
    QTextTableFormat,
)

from app.reports.fonts import FAMILIES, register_fonts, report_font
from app.reports.model import (
    Block,
    BulletList,
    Document,
    Inline,
    Paragraph,
    Subheading,
    Table,
    fitted_widths,
)

INK = QColor("#1d2329")
NAVY = QColor("#12304a")
BLUE = QColor("#1f4e79")
MUTED = QColor("#4a5660")
RULE = QColor("#b8c4ce")
HEADER_FILL = QColor("#e6edf3")
TOTAL_FILL = QColor("#f3f5f7")
BODY_PT = 10.5
_KHMER_RUN = re.compile("([\u1780-\u17ff\u19e0-\u19ff][\u1780-\u17ff\u19e0-\u19ff\u200b-\u200d ]*)")


def _chars(
    size: float = BODY_PT,
    *,
    bold: bool = False,
    italic: bool = False,
    color: QColor = INK,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(report_font(size, bold=bold, italic=italic))
    fmt.setFontFamilies(FAMILIES)
    fmt.setForeground(QBrush(color))
    return fmt


def _block(
    *,
    top: float = 0,
    bottom: float = 6,
    left: float = 0,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    line_height: int = 125,
    heading: int = 0,
) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setLeftMargin(left)
    fmt.setAlignment(align)
    fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if heading:
        fmt.setHeadingLevel(heading)
    return fmt


class _Builder:
    def __init__(self, qdoc: QTextDocument) -> None:
        self.qdoc = qdoc
        self.cursor = QTextCursor(qdoc)
        self.first = True
        # Justifying stretches only the spaces, and Khmer puts spaces between phrases, not
        # words: a justified Khmer line gets wide gaps. Khmer reports are set ragged right.
        self.body_align = Qt.AlignmentFlag.AlignJustify
        # Rows a page would cut (table number, row): each starts a new page under the header
        # (`build_paginated`); `segments` maps every Qt table back to (table, first row, header).
        self.row_breaks: frozenset[tuple[int, int]] = frozenset()
        self.tables = 0
        self.segments: list[tuple[int, int, int]] = []

    def block(self, fmt: QTextBlockFormat, chars: QTextCharFormat) -> None:
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(chars)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, chars)

    def spans(self, spans: Inline, base: QTextCharFormat) -> None:
        for s in spans:
            fmt = QTextCharFormat(base)
            if s.bold:
                fmt.setFontWeight(700)
            if s.italic:
                fmt.setFontItalic(True)
            self.text(s.text, fmt)

    def text(self, text: str, chars: QTextCharFormat) -> None:
        if not chars.fontItalic():
            self.cursor.insertText(text, chars)
            return
        # Khmer has no italics; Qt would slant it synthetically, which Khmer readers find
        # hard to read. Khmer runs inside an italic span stay upright.
        upright = QTextCharFormat(chars)
        upright.setFontItalic(False)
        for part in _KHMER_RUN.split(text):
            if part:
                self.cursor.insertText(part, upright if _KHMER_RUN.fullmatch(part) else chars)

    def back_to_root(self) -> None:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    # --- blocks -----------------------------------------------------------------------------
    def paragraph(self, p: Paragraph) -> None:
        if p.style == "quote":
            self.block(_block(top=6, bottom=2, left=28), _chars(italic=True))
            self.spans(p.spans, _chars(italic=True))
        elif p.style == "attribution":
            self.block(_block(bottom=8, left=28), _chars(9.5, color=MUTED))
            self.spans(p.spans, _chars(9.5, color=MUTED))
        elif p.style == "note":
            self.block(_block(bottom=4), _chars(9.5, color=MUTED))
            self.spans(p.spans, _chars(9.5, color=MUTED))
        else:
            self.block(_block(bottom=7, align=self.body_align), _chars())
            self.spans(p.spans, _chars())

    def subheading(self, h: Subheading) -> None:
        if h.level <= 3:
            self.block(_block(top=12, bottom=3, heading=3), _chars(11.5, bold=True, color=BLUE))
            self.text(h.text, _chars(11.5, bold=True, color=BLUE))
        else:
            self.block(_block(top=8, bottom=2, heading=4), _chars(BODY_PT, bold=True))
            self.text(h.text, _chars(BODY_PT, bold=True))

    def bullets(self, lst: BulletList) -> None:
        list_fmt = QTextListFormat()
        list_fmt.setStyle(QTextListFormat.Style.ListDisc)
        list_fmt.setIndent(1)
        current = None
        for item in lst.items:
            self.block(_block(bottom=3), _chars())
            if current is None:
                current = self.cursor.createList(list_fmt)
            else:
                current.add(self.cursor.block())
            self.spans(item, _chars())
        # The block after a list must not join it.
        self.block(_block(bottom=0, line_height=40), _chars(4))

    def table(self, t: Table, *, facts: bool = False) -> None:
        number, self.tables = self.tables, self.tables + 1
        cuts = {r for k, r in self.row_breaks if k == number and 0 <= r < len(t.rows)}
        bounds = sorted({0, len(t.rows)} | cuts)
        for i, (start, end) in enumerate(zip(bounds, bounds[1:] or [len(t.rows)], strict=False)):
            self._table_part(t, facts, start, end, break_before=i > 0 or 0 in cuts)
            self.segments.append((number, start, 0 if facts else 1))

    def _table_part(
        self, t: Table, facts: bool, start: int, end: int, *, break_before: bool
    ) -> None:
        spacer = _block(bottom=0, line_height=40)
        if break_before:
            spacer.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self.block(spacer, _chars(4))
        fmt = QTextTableFormat()
        # Rules between rows, none between columns (cell borders; the frame draws none).
        fmt.setBorderCollapse(True)
        fmt.setBorder(0)
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setBottomMargin(0)
        columns = len(t.header)
        widths = t.widths if facts else fitted_widths(t)
        if len(widths) == columns:
            fmt.setColumnWidthConstraints(
                [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
            )
        header_rows = 0 if facts else 1
        fmt.setHeaderRowCount(header_rows)
        rows = end - start + header_rows
        table = self.cursor.insertTable(rows, columns, fmt)
        size = 9.5
        if header_rows:
            for c, h in enumerate(t.header):
                self._cell(
                    table,
                    0,
                    c,
                    h,
                    _chars(size, bold=True, color=NAVY),
                    HEADER_FILL,
                    right=c in t.numeric,
                    rule=(1.0, NAVY),
                )
        for r in range(start, end):
            row = t.rows[r]
            total = t.total_row and r == len(t.rows) - 1
            for c, value in enumerate(row):
                label = facts and c == 0
                fill = HEADER_FILL if label else TOTAL_FILL if total else None
                chars = _chars(size, bold=label or total, color=NAVY if label else INK)
                last = r == end - 1
                self._cell(
                    table,
                    r - start + header_rows,
                    c,
                    value,
                    chars,
                    fill,
                    right=c in t.numeric,
                    rule=(1.0, NAVY) if last else (0.6, RULE),
                    top=(1.0, NAVY) if total else (1.2, NAVY) if facts and r == 0 else None,
                )
        self.back_to_root()
        self.cursor.setBlockFormat(_block(bottom=0, line_height=100))
        self.cursor.setBlockCharFormat(_chars(6))

    def _cell(
        self,
        table,
        row: int,
        column: int,
        text: str,
        chars: QTextCharFormat,
        fill: QColor | None,
        *,
        right: bool,
        rule: tuple[float, QColor],
        top: tuple[float, QColor] | None = None,
    ) -> None:
        cell = table.cellAt(row, column)
        cf = cell.format().toTableCellFormat()
        if fill is not None:
            cf.setBackground(QBrush(fill))
        solid = QTextFrameFormat.BorderStyle.BorderStyle_Solid
        cf.setBottomBorder(rule[0])
        cf.setBottomBorderBrush(QBrush(rule[1]))
        cf.setBottomBorderStyle(solid)
        if top is not None:
            cf.setTopBorder(top[0])
            cf.setTopBorderBrush(QBrush(top[1]))
            cf.setTopBorderStyle(solid)
        cell.setFormat(cf)
        cursor = cell.firstCursorPosition()
        align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        cursor.setBlockFormat(_block(bottom=0, align=align, line_height=115))
        # Lines of one cell are one block with line separators: Qt's ODF writer would turn
        # a second block into a cell of its own.
        cursor.insertText(text.replace("\n", "\u2028"), chars)

    def add(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            self.paragraph(block)
        elif isinstance(block, Subheading):
            self.subheading(block)
        elif isinstance(block, BulletList):
            self.bullets(block)
        else:
            self.table(block)


def build_text_document(
    doc: Document,
    device: QPaintDevice | None = None,
    row_breaks: frozenset[tuple[int, int]] = frozenset(),
) -> QTextDocument:
    """Lay out `doc`; with `device` (a QPdfWriter) fonts are measured at its resolution."""
    return _build(doc, device, row_breaks)[0]


def _build(
    doc: Document, device: QPaintDevice | None, row_breaks: frozenset[tuple[int, int]]
) -> tuple[QTextDocument, list[tuple[int, int, int]]]:
    register_fonts()
    qdoc = QTextDocument()
    if device is not None:
        qdoc.documentLayout().setPaintDevice(device)
    qdoc.setUseDesignMetrics(True)
    qdoc.setDocumentMargin(0)
    qdoc.setUndoRedoEnabled(False)  # nobody undoes a report; keeps no history in memory
    qdoc.setDefaultFont(report_font(BODY_PT))
    # Lines break between words only: a word wider than its table column overflows a little
    # rather than being cut in two ("NG/O"); fitted_widths() keeps heading words from that.
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    qdoc.setDefaultTextOption(option)
    qdoc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
    b = _Builder(qdoc)
    b.row_breaks = row_breaks
    if doc.language == "km":
        b.body_align = Qt.AlignmentFlag.AlignLeft
    # One edit block: Qt lays the document out once at the end instead of after every insert.
    b.cursor.beginEditBlock()
    try:
        _fill(b, doc)
    finally:
        b.cursor.endEditBlock()
    return qdoc, b.segments


def build_paginated(doc: Document, device: QPaintDevice, page: QSizeF) -> QTextDocument:
    """`doc` laid out on pages of `page` with no table row cut by a page end.

    Qt breaks a row between its lines ("Whole meeting (distinct" at the foot of a page,
    "people)" alone under the repeated header on the next) unless none of its cells' first
    lines fits. Each cut row starts a new page instead, under the table's header, and the
    document is laid out again (rows taller than half a page are left to break)."""
    breaks: set[tuple[int, int]] = set()
    while True:
        qdoc, segments = _build(doc, device, frozenset(breaks))
        qdoc.setPageSize(page)
        finish_layout(qdoc)
        if keep_headings_with_next(qdoc, page.height()):
            finish_layout(qdoc)
        cut = _cut_row(qdoc, segments, page.height())
        if cut is None or cut in breaks or len(breaks) >= 200:
            return qdoc
        breaks.add(cut)


def _tables(frame: QTextFrame) -> list[QTextTable]:
    out: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            out.append(child)
        out += _tables(child)
    return out


def _row_extent(qdoc: QTextDocument, table: QTextTable, r: int) -> tuple[float, float]:
    """Top and bottom of row `r`'s text, in document coordinates."""
    layout = qdoc.documentLayout()
    top, bottom = float("inf"), float("-inf")
    for c in range(table.columns()):
        cell = table.cellAt(r, c)
        block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            top, bottom = min(top, rect.top()), max(bottom, rect.bottom())
            if block == last:
                break
            block = block.next()
    return top, bottom


def _cut_row(
    qdoc: QTextDocument, segments: list[tuple[int, int, int]], page_height: float
) -> tuple[int, int] | None:
    """(table number, row) of the first row whose lines lie on two pages."""
    for table, (number, start, header) in zip(_tables(qdoc.rootFrame()), segments, strict=False):
        for q in range(header, table.rows()):
            top, bottom = _row_extent(qdoc, table, q)
            if bottom - top < page_height / 2 and int(top // page_height) != int(
                (bottom - 1) // page_height
            ):
                return number, start + q - header
    return None


def _fill(b: _Builder, doc: Document) -> None:
    kicker = 10 if doc.language == "km" else 8.5  # small Khmer loses its subscripts
    b.block(_block(bottom=2), _chars(kicker, bold=True, color=MUTED))
    b.text(doc.kicker.upper(), _chars(kicker, bold=True, color=MUTED))
    b.block(_block(bottom=4, line_height=115, heading=1), _chars(20, bold=True, color=NAVY))
    b.text(doc.title, _chars(20, bold=True, color=NAVY))
    if doc.organisers:
        b.block(_block(bottom=10), _chars(11, color=BLUE))
        b.text(" · ".join(doc.organisers), _chars(11, color=BLUE))
    if doc.facts:
        facts = Table(
            ("", ""),
            tuple((label, "\n".join(values)) for label, values in doc.facts),
            widths=(26, 74),
        )
        b.table(facts, facts=True)

    for title, section in zip(doc.numbered_titles(), doc.sections, strict=True):
        heading = _block(top=16, bottom=6, heading=2)
        heading.setProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
        b.block(heading, _chars(14, bold=True, color=NAVY))
        b.text(title, _chars(14, bold=True, color=NAVY))
        for block in section.blocks:
            b.add(block)


def finish_layout(qdoc: QTextDocument) -> None:
    """Lay the whole document out now.

    After a change, Qt lays a long document out lazily, in steps driven by the event loop,
    and `pageCount()` reports only what is done so far: painting then would drop the rest.
    Asking where the last block is forces the layout to the end.
    """
    qdoc.documentLayout().blockBoundingRect(qdoc.lastBlock())


def keep_headings_with_next(qdoc: QTextDocument, page_height: float) -> int:
    """Move every heading that would end a page to the next one; returns how many moved.

    Qt's text layout has no "keep with next"; after pagination, a heading whose following
    text starts on the next page gets a page break before it (in document order, so each
    fix sees the positions the earlier ones produced).
    """
    layout = qdoc.documentLayout()
    moved = 0
    block = qdoc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 1:
            nxt = block.next()
            while nxt.isValid() and not nxt.text().strip():
                nxt = nxt.next()  # spacer blocks before tables and after lists
            if nxt.isValid():
                here = layout.blockBoundingRect(block)
                there = layout.blockBoundingRect(nxt)
                first_line = there.top() + min(there.height(), page_height / 30)
                if int(here.top() // page_height) != int(first_line // page_height):
                    fmt = block.blockFormat()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                    moved += 1
        block = block.next()
    return moved


def heading_pages(qdoc: QTextDocument, page_height: float) -> list[tuple[str, int, int]]:
    """(text, level, page index) of every section heading and subheading, in order (for the
    PDF's outline: level 2 is a section, 3 a day or group, 4 an agenda item)."""
    layout = qdoc.documentLayout()
    out = []
    block = qdoc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level >= 2 and block.text().strip():
            top = layout.blockBoundingRect(block).top()
            out.append((block.text().strip(), level, int(top // page_height)))
        block = block.next()
    return out

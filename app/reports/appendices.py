"""A meeting's attachments as appendices of its PDF report (issue 9): a PDF's own pages, an
image on a page of its own, a CSV file as a table; anything else is named, not included.

The appendices follow the report's list of attachments, which redaction already decided (the
same records, under the same policy); their bytes are read from the vault into memory, checked
against their SHA-256 as they stream, and never written anywhere but into the report.
A CSV appendix is a table the report prints itself, so it goes through the same redaction as
the report's own tables: a cell naming someone the policy hides shows them as the report does
("Participant", a code name), and their contact details are left out (`hidden_values`).
PDF pages and pictures are printed as they are; the Report tab says to check them first.
Each appendix starts with its title ("Appendix 2: budget.csv"), which also goes into the PDF's
outline.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from app.domain.display_text import for_display
from app.domain.meeting_detail import MeetingDetail
from app.domain.records import Attachment
from app.errors import RoundtableError
from app.exchange.redaction import ORG_CONTACT_FIELDS
from app.reports.language import ReportLanguage
from app.reports.model import Document, Paragraph, Section, Table, plain
from app.storage.attachments import iter_attachment
from app.storage.records import RecordStore

MAX_APPENDIX_BYTES = 64 * 1024 * 1024  # one attachment printed into a report
MAX_APPENDICES_BYTES = 192 * 1024 * 1024  # all of a report's: the rest are named, not printed
MAX_APPENDIX_PAGES = 300  # of one attached PDF: a partner's file of 100,000 pages would hang
MAX_CSV_ROWS = 2_000
MAX_CSV_COLUMNS = 30  # wider than any page; a partner's file of 10,000 columns would hang layout
MAX_CSV_CELL = 1_000  # characters of one cell
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp")


@dataclass(frozen=True)
class Appendix:
    number: int
    attachment: Attachment
    data: bytes | None  # None: too large or unreadable, named only

    @property
    def kind(self) -> str:
        a = self.attachment
        name = a.filename.lower()
        if a.media_type == "application/pdf" or name.endswith(".pdf"):
            return "pdf"
        if a.media_type in IMAGE_TYPES or name.endswith((".png", ".jpg", ".jpeg", ".gif")):
            return "image"
        if a.media_type in ("text/csv", "application/csv") or name.endswith(".csv"):
            return "csv"
        return "other"


def read_appendices(store: RecordStore, attachments: list[Attachment]) -> list[Appendix]:
    out = []
    budget = MAX_APPENDICES_BYTES  # all of them are held in memory at once
    for n, a in enumerate((a for a in attachments if not a.deleted), start=1):
        data: bytes | None = None
        if a.size <= min(MAX_APPENDIX_BYTES, budget):
            budget -= a.size
            try:
                data = b"".join(iter_attachment(store, a.id))
            except RoundtableError:
                data = None  # not in this vault (a bundle without files) or damaged
        out.append(Appendix(n, a, data))
    return out


def hidden_values(original: MeetingDetail, shown: MeetingDetail) -> dict[str, str]:
    """What the redacted meeting (`shown`) hides of the `original`, as text to replace: a
    person's name by the name the report gives them, contact details by nothing."""
    out: dict[str, str] = {}
    for pid, person in original.people.items():
        seen = shown.people.get(pid)
        if seen is None:
            continue
        for field in ("name", "code_name"):
            value = getattr(person, field).strip()
            if value and value != seen.name and value not in (seen.name, seen.code_name):
                out.setdefault(value, seen.name)
        if person.contact.strip() and seen.contact != person.contact:
            out[person.contact.strip()] = ""
    for oid, org in original.organisations.items():
        seen_org = shown.organisations.get(oid)
        for field in ORG_CONTACT_FIELDS:
            value = getattr(org, field).strip()
            if value and seen_org is not None and getattr(seen_org, field) != getattr(org, field):
                out[value] = ""
    return out


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def redact_cell(cell: str, hidden: dict[str, str]) -> str:
    """`cell` with every hidden value in it replaced, longest first (a full name before the
    part of it that is someone else's code name); a phone number matches whatever its spacing."""
    for value in sorted(hidden, key=len, reverse=True):
        digits = _digits(value)
        if len(digits) >= 6 and _digits(cell) == digits:
            return hidden[value]
        if re.search(r"[\u1780-\u17ff]", value):  # Khmer: no spaces between words
            cell = cell.replace(value, hidden[value])
        else:
            pattern = rf"(?<!\w){re.escape(' '.join(value.split()))}(?!\w)"
            cell = re.sub(pattern, lambda _m, v=hidden[value]: v, cell, flags=re.IGNORECASE)
    return cell


def _title(L: ReportLanguage, appendix: Appendix) -> str:
    # The file name comes from a partner's bundle and goes where `for_readers` does not reach
    # (the image page, the outline): no bidi override may reorder it there either.
    return L.translate("ReportNarrative", "Appendix {n}: {file}").format(
        n=L.number(appendix.number), file=for_display(appendix.attachment.filename, one_line=True)
    )


def _cover(
    L: ReportLanguage,
    appendix: Appendix,
    doc: Document,
    note: str = "",
    hidden: dict[str, str] | None = None,
) -> bytes:
    """A page that opens the appendix: its title, description and (for a CSV) its table."""
    from app.reports.pdf import render_pdf

    blocks: list = []
    if appendix.attachment.description:
        blocks.append(Paragraph(plain(appendix.attachment.description)))
    if note:
        blocks.append(Paragraph(plain(note), "note"))
    if appendix.kind == "csv" and appendix.data is not None:
        table, status = _csv_table(appendix.data, L, hidden or {})
        if status == "unreadable":
            blocks.append(
                Paragraph(
                    plain(
                        L.translate("ReportNarrative", "The CSV file could not be read as a table.")
                    ),
                    "note",
                )
            )
        if table is not None:
            blocks.append(table)
        if status == "shortened":
            blocks.append(
                Paragraph(
                    plain(
                        L.translate(
                            "ReportNarrative",
                            "The table is shortened: only its first {rows} rows and {columns} "
                            "columns are printed; the whole file is kept in the vault.",
                        ).format(rows=L.number(MAX_CSV_ROWS), columns=L.number(MAX_CSV_COLUMNS))
                    ),
                    "note",
                )
            )
    page = Document(
        kicker=doc.kicker,
        title=_title(L, appendix),
        distribution=doc.distribution,
        language=doc.language,
        khmer_digits=doc.khmer_digits,
        page_label=doc.page_label,
        label_format=doc.label_format,
    )
    page.sections = [Section(L.translate("ReportNarrative", "Attachment"), blocks, numbered=False)]
    return render_pdf(page, outline=False)


def _csv_table(data: bytes, L: ReportLanguage, hidden: dict[str, str]) -> tuple[Table | None, str]:
    """The CSV as a table and "" / "shortened" / "unreadable". Rows are read one at a time and
    cut at the caps, so a partner's file of millions of rows or columns costs no more than a
    page's worth of them."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    rows: list[list[str]] = []
    shortened = False
    try:
        for r in csv.reader(io.StringIO(text), dialect):
            if not any(c.strip() for c in r):
                continue
            if len(rows) > MAX_CSV_ROWS:
                shortened = True
                break
            if len(r) > MAX_CSV_COLUMNS or any(len(c) > MAX_CSV_CELL for c in r):
                shortened = True
            rows.append(r[:MAX_CSV_COLUMNS])
    except csv.Error:  # a field past the csv module's limit, a NUL byte: not a table
        return None, "unreadable"
    if not rows:
        return None, ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if hidden:
        rows = [[redact_cell(c, hidden) for c in r] for r in rows]
    rows = [[c[:MAX_CSV_CELL] for c in r] for r in rows]  # after redaction: no half a name left
    numeric = frozenset(
        c
        for c in range(width)
        if all(_is_number(r[c]) for r in rows[1:] if r[c].strip()) and len(rows) > 1
    )
    table = Table(tuple(rows[0]), tuple(tuple(r) for r in rows[1:]), numeric=numeric)
    return table, "shortened" if shortened else ""


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "").replace(" ", "").rstrip("%"))
    except ValueError:
        return False
    return True


def _image_page(L: ReportLanguage, appendix: Appendix, doc: Document) -> bytes | None:
    """The image scaled into an A4 page under the appendix's title."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from app.reports.fonts import register_fonts, report_font
    from app.reports.pdf import DPI, new_pdf_writer

    image = QImage()
    if appendix.data is None or not image.loadFromData(appendix.data):
        return None
    register_fonts()
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_pdf_writer(buffer, _title(L, appendix))
    page = writer.pageLayout().paintRectPixels(DPI)
    painter = QPainter(writer)
    try:
        painter.setFont(report_font(14, bold=True))
        painter.setPen(QColor("#12304a"))
        title_h = page.height() * 0.06
        painter.drawText(
            QRectF(0, 0, page.width(), title_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            _title(L, appendix),
        )
        box = QRectF(0, title_h, page.width(), page.height() - title_h)
        scaled = image.size().scaled(box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        if image.width() < scaled.width():  # never enlarge a small picture past its pixels x2
            scaled = image.size() * min(2.0, box.width() / max(1, image.width()))
        target = QRectF(QPointF(box.left(), box.top()), scaled.toSizeF())
        painter.drawImage(target, image)
    finally:
        painter.end()
    del writer
    buffer.close()
    return bytes(out.data())


def _page_count(data: bytes) -> int:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        return len(PdfReader(io.BytesIO(data)).pages)
    except (PdfReadError, ValueError, KeyError, OSError):
        return 0  # said when it is appended


def add_appendices(
    pdf: bytes,
    appendices: list[Appendix],
    doc: Document,
    L: ReportLanguage,
    hidden: dict[str, str] | None = None,
) -> bytes:
    """`pdf` with every appendix after its last page, each named in the outline; `hidden`
    (from `hidden_values`) is redacted out of CSV tables."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    if not appendices:
        return pdf
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    parent = writer.add_outline_item(
        title=L.translate("ReportNarrative", "Appendices"), page_number=len(writer.pages)
    )
    for appendix in appendices:
        first = len(writer.pages)
        parts: list[bytes] = []
        kind = appendix.kind
        if appendix.data is None:
            parts.append(
                _cover(
                    L,
                    appendix,
                    doc,
                    L.translate(
                        "ReportNarrative",
                        "Not included: the file is not in this vault or is too large.",
                    ),
                )
            )
        elif kind == "pdf":
            total = _page_count(appendix.data)
            note = ""
            if total > MAX_APPENDIX_PAGES:
                note = L.translate(
                    "ReportNarrative",
                    "Only the first {n} of its {total} pages are printed; the whole file is "
                    "kept in the vault.",
                ).format(n=L.number(MAX_APPENDIX_PAGES), total=L.number(total))
            parts.append(_cover(L, appendix, doc, note))
            parts.append(appendix.data)
        elif kind == "image":
            page = _image_page(L, appendix, doc)
            parts.append(page if page is not None else _cover(L, appendix, doc))
        elif kind == "csv":
            parts.append(_cover(L, appendix, doc, hidden=hidden))
        else:
            note = L.translate(
                "ReportNarrative", "This kind of file cannot be printed; it is kept in the vault."
            )
            parts.append(_cover(L, appendix, doc, note))
        for part in parts:
            try:
                source = PdfReader(io.BytesIO(part))
                if source.is_encrypted:
                    raise PdfReadError("encrypted")
                last = min(len(source.pages), MAX_APPENDIX_PAGES)
                writer.append(source, pages=(0, last), import_outline=False)
            except (PdfReadError, ValueError, KeyError, OSError):
                note = L.translate(
                    "ReportNarrative", "The PDF could not be read (damaged or protected)."
                )
                writer.append(PdfReader(io.BytesIO(_cover(L, appendix, doc, note))))
        writer.add_outline_item(title=_title(L, appendix), page_number=first, parent=parent)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

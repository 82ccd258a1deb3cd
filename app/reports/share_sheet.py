"""The printable sheet for one holder of a recovery share (issue 12): a PDF with the sheet in
English on the first page and in Khmer on the second, so a board member reads it in either.

Rendered with the report fonts (Noto Sans, Noto Sans Khmer) into memory; the caller writes the
bytes 0600 (`app.storage.files.write_private_atomic`): a share is a secret.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from app.reports.fonts import register_fonts, report_font
from app.reports.language import ReportLanguage

CONTEXT = "ShareSheet"
DPI = 300


def sheet_html(
    lang: ReportLanguage,
    *,
    org_name: str,
    number: int,
    count: int,
    threshold: int,
    words: list[str],
    made_on: dt.date,
) -> str:
    title = lang.translate("ShareSheet", "Roundtable recovery share {n} of {count}").format(
        n=lang.number(number), count=lang.number(count)
    )
    rows = [
        (lang.translate("ShareSheet", "Organisation:"), org_name),
        (
            lang.translate("ShareSheet", "Share:"),
            lang.translate("ShareSheet", "{n} of {count}").format(
                n=lang.number(number), count=lang.number(count)
            ),
        ),
        (
            lang.translate("ShareSheet", "Shares needed to recover:"),
            lang.translate("ShareSheet", "any {k} of the {count}").format(
                k=lang.number(threshold), count=lang.number(count)
            ),
        ),
        (lang.translate("ShareSheet", "Made on:"), lang.long_date(made_on)),
    ]
    facts = "".join(
        f"<tr><td style='padding-right:12px'>{html.escape(a)}</td>"
        f"<td><b>{html.escape(b)}</b></td></tr>"
        for a, b in rows
    )
    cells = []
    columns = 4
    per_column = -(-len(words) // columns)
    for r in range(per_column):
        row = []
        for c in range(columns):
            i = c * per_column + r
            if i < len(words):
                row.append(
                    f"<td style='padding:6px 18px 6px 0'>{html.escape(lang.number(i + 1))}. "
                    f"<span style='font-family: monospace; font-size: 15pt'><b>"
                    f"{html.escape(words[i])}</b></span></td>"
                )
        cells.append("<tr>" + "".join(row) + "</tr>")
    words_table = "<table>" + "".join(cells) + "</table>"
    explain = lang.translate(
        "ShareSheet",
        "If the vault's passphrase is lost, or the laptop is seized or broken, any {k} of the "
        "{count} board members who hold a share can together open the vault again. Fewer than "
        "{k} shares reveal nothing about it.",
    ).format(k=lang.number(threshold), count=lang.number(count))
    todo_title = lang.translate("ShareSheet", "What to do with this sheet")
    todo = [
        lang.translate(
            "ShareSheet",
            "Keep it private, on paper, in a safe place away from the office computers. Do not "
            "photograph it, copy it into a phone or type it into any other program.",
        ),
        lang.translate(
            "ShareSheet",
            "Never keep it together with another share: anyone holding {k} shares can open "
            "the vault.",
        ).format(k=lang.number(threshold)),
        lang.translate(
            "ShareSheet",
            "When the organisation needs to recover the vault, type the {n} words, in order, "
            "on Roundtable's start screen (Use the recovery key or shares… → Recovery shares "
            "held by board members), or "
            "do it in person with the one who recovers it. The first four letters of each word "
            "are enough.",
        ).format(n=lang.number(len(words))),
        lang.translate(
            "ShareSheet",
            "If new shares are made, this share stops working: destroy this sheet then. If it "
            "is lost or may have been seen, tell the organisation so that new shares are made.",
        ),
    ]
    items = "".join(f"<li style='margin-bottom:6px'>{html.escape(x)}</li>" for x in todo)
    return (
        f"<h1>{html.escape(title)}</h1>"
        f"<table>{facts}</table>"
        f"<p>{html.escape(explain)}</p>"
        f"{words_table}"
        f"<h2>{html.escape(todo_title)}</h2><ul>{items}</ul>"
    )


def render_pdf(
    *,
    org_name: str,
    number: int,
    count: int,
    threshold: int,
    words: list[str],
    made_on: dt.date | None = None,
    languages: tuple[str, ...] = ("en", "km"),
) -> bytes:
    """One share sheet as PDF bytes: one page per language."""
    register_fonts()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"Roundtable recovery share {number}/{count}")
    writer.setCreator("Roundtable")
    page = writer.pageLayout().paintRectPixels(DPI)
    painter = QPainter(writer)
    try:
        for i, code in enumerate(languages):
            if i:
                writer.newPage()
            doc = QTextDocument()
            doc.setDefaultFont(report_font(11))
            doc.setPageSize(QSizeF(page.width(), page.height()))
            doc.setHtml(
                sheet_html(
                    ReportLanguage(code),
                    org_name=org_name,
                    number=number,
                    count=count,
                    threshold=threshold,
                    words=words,
                    made_on=made_on or dt.date.today(),
                )
            )
            painter.save()
            scale = DPI / 96  # the document lays out in points at screen resolution
            painter.scale(scale, scale)
            doc.setPageSize(QSizeF(page.width() / scale, page.height() / scale))
            doc.drawContents(painter)
            painter.restore()
    finally:
        painter.end()
    del writer
    buffer.close()
    return bytes(data.data())


def file_name(number: int, count: int) -> str:
    return f"recovery-share-{number:02d}-of-{count:02d}.pdf"


def refuse_existing(out: Path, count: int) -> None:
    """Never overwrite sheets of an earlier set: which set a holder got must be certain."""
    from app.errors import ShareSheetsPresent

    if any((out / file_name(n, count)).exists() for n in range(1, count + 1)):
        raise ShareSheetsPresent()


def write_sheets(out: Path, org: str, shares: list[str], threshold: int) -> list[Path]:
    """One sheet per share in the existing folder `out`, each 0600; all or none are left."""
    from app.storage.files import write_private_atomic

    refuse_existing(out, len(shares))
    written: list[Path] = []
    try:
        for n, words in enumerate(shares, start=1):
            pdf = render_pdf(
                org_name=org, number=n, count=len(shares), threshold=threshold, words=words.split()
            )
            path = out / file_name(n, len(shares))
            write_private_atomic(path, pdf)
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written

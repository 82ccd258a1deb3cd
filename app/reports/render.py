"""One entry point for every output format: a Document in, bytes out."""

from __future__ import annotations

from enum import StrEnum

from app.reports.model import Document


class ReportFormat(StrEnum):
    PDF = "pdf"
    ODT = "odt"
    HTML = "html"
    MARKDOWN = "md"
    DOCX = "docx"

    @property
    def suffix(self) -> str:
        return f".{self.value}"

    @property
    def label(self) -> str:
        return {
            "pdf": "PDF",
            "odt": "OpenDocument text",
            "html": "HTML",
            "md": "Markdown",
            "docx": "Word (DOCX)",
        }[self.value]


def render(doc: Document, fmt: ReportFormat | str) -> bytes:
    fmt = ReportFormat(fmt)
    if fmt is ReportFormat.MARKDOWN:
        from app.reports.markdown import render_markdown

        return render_markdown(doc).encode("utf-8")
    if fmt is ReportFormat.HTML:
        from app.reports.html import render_html

        return render_html(doc).encode("utf-8")
    if fmt is ReportFormat.DOCX:
        from app.reports.docx import render_docx

        return render_docx(doc)
    if fmt is ReportFormat.ODT:
        from app.reports.odt import render_odt

        return render_odt(doc)
    from app.reports.pdf import render_pdf

    return render_pdf(doc)

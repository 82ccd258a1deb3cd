"""Printing a report (Ctrl+P): Qt's print preview, then the system's print dialog.

The report is laid out and paginated exactly as its PDF (app/reports/pdf.py: A4, running
header, "Page n of N", Khmer shaped by HarfBuzz), but painted onto the printer. QtPrintSupport
ships in PySide6-Essentials. Nothing is written to disk: the preview paints in memory and the
printer receives the pages from the system's print service, as with any printed document.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QGraphicsView, QLineEdit, QToolBar, QWidget

from app.reports.model import Document


def new_printer(title: str) -> QPrinter:
    from app.reports.pdf import DPI, MARGINS_MM

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(DPI)  # the PDF layout's units: the same pages on paper
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(title)
    printer.setCreator("Roundtable")
    return printer


def paint_report(doc: Document, printer: QPrinter) -> int:
    """Lay `doc` out for `printer`'s page and paint every page; returns the page count."""
    from app.reports.fonts import register_fonts
    from app.reports.model import for_readers
    from app.reports.pdf import DPI, _body_height, paint_pdf
    from app.reports.textdoc import build_paginated

    doc = for_readers(doc)
    register_fonts()
    if printer.resolution() != DPI:
        printer.setResolution(DPI)
    page = printer.pageLayout().paintRectPixels(DPI)
    qdoc = build_paginated(doc, printer, QSizeF(page.width(), _body_height(printer)))  # type: ignore[arg-type]
    return paint_pdf(
        qdoc,
        printer,  # type: ignore[arg-type]
        header=f"{doc.title} · {doc.kicker}",
        footer=doc.distribution,
        doc=doc,
    )


def preview_dialog(doc: Document, parent: QWidget) -> QPrintPreviewDialog:
    """The print preview of `doc` (its Print button opens the system's print dialog)."""
    printer = new_printer(doc.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("reportPrintPreview")
    dialog.setWindowTitle(
        QCoreApplication.translate("ReportView", "Print preview: {title}").format(title=doc.title)
    )
    dialog.printer_ = printer  # type: ignore[attr-defined]  # kept alive with the dialog
    dialog.paintRequested.connect(lambda target: paint_report(doc, target))
    dialog.resize(900, 760)
    _name_qts_controls(dialog)
    return dialog


def _name_qts_controls(dialog: QPrintPreviewDialog) -> None:
    """Qt's preview leaves its page view, page number and zoom unnamed for screen readers."""
    for view in dialog.findChildren(QGraphicsView):
        view.setAccessibleName(QCoreApplication.translate("ReportView", "Pages of the report"))
    for toolbar in dialog.findChildren(QToolBar):
        for edit in toolbar.findChildren(QLineEdit):
            edit.setAccessibleName(QCoreApplication.translate("ReportView", "Page number"))
        for combo in toolbar.findChildren(QComboBox):
            combo.setAccessibleName(QCoreApplication.translate("ReportView", "Zoom"))

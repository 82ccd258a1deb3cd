"""Making a sealed report and showing later edits as addenda (docs/sealed-reports.md); what a
seal is, how it is kept and checked: app/exchange/seals.py."""

from __future__ import annotations

import datetime as dt
import difflib
import io
import uuid
import zipfile
from typing import Any

from app.domain.values import RedactionPolicy
from app.errors import InvalidInput, ReportError
from app.exchange.seals import (
    ATTACHMENT,
    FORMAT,
    Seal,
    canonical,
    latest_seal,
    own_signature,
    sha256,
    store_seal,
    store_signature,
)
from app.reports.language import ReportLanguage
from app.reports.model import BulletList, Document, Paragraph, Section, Span


def content_document(
    *,
    seal_id: str,
    meeting_id: str,
    policy: str,
    lang: ReportLanguage,
    sealed_on: str,
    sealed_by: str,
    report: str,
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "seal_id": seal_id,
        "meeting_id": meeting_id,
        "policy": policy,
        "language": lang.code,
        "khmer_digits": bool(lang.khmer_digits),
        "lunar_dates": bool(lang.lunar_dates),
        "sealed_on": sealed_on,
        "sealed_by": sealed_by,
        "report": report,
    }


# --- sealing ---------------------------------------------------------------------------------
def _seal_section(lang: ReportLanguage, org_name: str, sealed_on: str, seal_id: str) -> Section:
    text = lang.translate(
        "ReportSeal",
        "Sealed by {org} on {date} (seal {seal}). This report is sealed as PDF, ODT and "
        "DOCX; each organiser's signature of this file is a separate file next to it "
        "(FILE.ORGANISATION.minisig); check them with roundtable verify --seal or "
        "minisign -V. The content that was signed is inside this file as {file}.",
    ).format(
        org=org_name,
        date=lang.long_date(dt.date.fromisoformat(sealed_on)),
        seal=seal_id,
        file=ATTACHMENT,
    )
    return Section(
        lang.translate("ReportSeal", "Seal"), [Paragraph((Span(text),), "note")], numbered=False
    )


def _attach(pdf: bytes, content: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(ATTACHMENT, content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# Declaring the added member keeps the package valid: ODF lists every file in its manifest,
# OPC gives every part a content type (an unreferenced part is ignored by Word and LibreOffice).
_ODT_ENTRY = (
    f'<manifest:file-entry manifest:full-path="{ATTACHMENT}" '
    'manifest:media-type="application/json"/>'
)
_DOCX_ENTRY = f'<Override PartName="/{ATTACHMENT}" ContentType="application/json"/>'


def _add_member(package: bytes, content: bytes, *, listing: str, closing: str, entry: str) -> bytes:
    """The ODT/DOCX zip with `content` added as `roundtable-seal.json`, declared in `listing`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == listing:
                text = body.decode("utf-8")
                if closing not in text:
                    raise ReportError()
                body = text.replace(closing, entry + closing, 1).encode("utf-8")
            # ODF: "mimetype" first and stored; everything else as it was.
            dst.writestr(zipfile.ZipInfo(info.filename, info.date_time), body, info.compress_type)
        dst.writestr(
            zipfile.ZipInfo(ATTACHMENT, (2000, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED
        )
    return out.getvalue()


def _attach_odt(odt: bytes, content: bytes) -> bytes:
    return _add_member(
        odt,
        content,
        listing="META-INF/manifest.xml",
        closing="</manifest:manifest>",
        entry=_ODT_ENTRY,
    )


def _attach_docx(docx: bytes, content: bytes) -> bytes:
    return _add_member(
        docx, content, listing="[Content_Types].xml", closing="</Types>", entry=_DOCX_ENTRY
    )


def sealed_markdown(
    store: Any, meeting_id: str, policy: RedactionPolicy, lang: ReportLanguage, sealed_on: str
) -> tuple[Document, str]:
    from app.reports import meeting_document
    from app.reports.markdown import render_markdown

    doc = meeting_document(
        store,
        meeting_id,
        policy,
        prepared_on=dt.date.fromisoformat(sealed_on),
        lang=lang,
        addenda=False,
    )
    return doc, render_markdown(doc)


def make_seal(
    vault: Any, meeting_id: str, policy: RedactionPolicy, lang: ReportLanguage, *, today: dt.date
) -> Seal:
    """Freeze the meeting's report in every format (not stored, not signed yet)."""
    from app.reports.docx import render_docx
    from app.reports.odt import render_odt
    from app.reports.pdf import render_pdf

    seal_id = str(uuid.uuid4())
    sealed_on = today.isoformat()
    doc, report = sealed_markdown(vault.store, meeting_id, policy, lang, sealed_on)
    content = canonical(
        content_document(
            seal_id=seal_id,
            meeting_id=meeting_id,
            policy=policy.value,
            lang=lang,
            sealed_on=sealed_on,
            sealed_by=vault.org_id,
            report=report,
        )
    )
    doc.sections.append(_seal_section(lang, vault.org_name, sealed_on, seal_id))
    pdf = _attach(render_pdf(doc), content)
    odt = _attach_odt(render_odt(doc), content)
    docx = _attach_docx(render_docx(doc), content)
    return Seal(
        seal_id,
        meeting_id,
        policy.value,
        lang.code,
        sealed_on,
        vault.org_id,
        vault.org_name,
        content,
        sha256(content),
        pdf,
        sha256(pdf),
        odt=odt,
        docx=docx,
    )


def seal_meeting(
    vault: Any,
    meeting_id: str,
    policy: RedactionPolicy,
    lang: ReportLanguage,
    *,
    today: dt.date | None = None,
    new: bool = False,
) -> tuple[Seal, bool]:
    """The meeting's seal under `policy` and `lang`: the latest one, or (none yet, or `new`) a
    new one, signed by this organisation. Returns (seal, made now)."""
    conn = vault.conn
    if not new:
        found = latest_seal(conn, meeting_id, policy.value, lang.code, signed_by=vault.org_id)
        if found is not None:
            return found, False
    seal = make_seal(vault, meeting_id, policy, lang, today=today or dt.date.today())
    sig = own_signature(vault, seal)
    with vault.store.transaction():
        store_seal(conn, seal)
        store_signature(conn, seal.id, sig)
    seal.signatures = [sig]
    return seal, True


# --- addenda ---------------------------------------------------------------------------------
def add_addenda(
    store: Any, meeting_id: str, policy: RedactionPolicy, lang: ReportLanguage, doc: Document
) -> None:
    """A report of a sealed meeting says so; what changed since sealing follows as addenda,
    never folded silently into the sealed text."""
    seal = latest_seal(store.conn, meeting_id, policy.value, lang.code, signed_by=store.actor)
    if seal is None:
        return
    try:
        sealed_lang = ReportLanguage(
            seal.language,
            khmer_digits=bool(seal.document.get("khmer_digits")),
            lunar_dates=bool(seal.document.get("lunar_dates")),
        )
    except (ValueError, InvalidInput):
        return
    _doc, now = sealed_markdown(store, meeting_id, policy, sealed_lang, seal.sealed_on)
    names = ", ".join(s.org_name for s in seal.signatures) or seal.sealed_by_name
    intro = lang.translate(
        "ReportSeal",
        "This report was sealed on {date} and signed by {names} (seal {seal}, content "
        "SHA-256 {hash}).",
    ).format(
        date=lang.long_date(dt.date.fromisoformat(seal.sealed_on)),
        names=names,
        seal=seal.id,
        hash=seal.content_sha256,
    )
    blocks: list[Any] = [Paragraph((Span(intro),), "note")]
    before, after = seal.report_text.splitlines(), now.splitlines()
    removed: list[str] = []
    added: list[str] = []
    # Whole lines compared as lines: ndiff's character-level pass on similar lines is cubic,
    # and renumbering (one item inserted first) makes every later line similar.
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            removed += [t for t in (x.strip() for x in before[i1:i2]) if t]
        if tag in ("replace", "insert"):
            added += [t for t in (x.strip() for x in after[j1:j2]) if t]
    if not removed and not added:
        blocks.append(
            Paragraph(
                (Span(lang.translate("ReportSeal", "Nothing has changed since it was sealed.")),),
                "note",
            )
        )
    else:
        blocks.append(
            Paragraph(
                (
                    Span(
                        lang.translate(
                            "ReportSeal",
                            "Changed since sealing (the sealed version itself is unchanged):",
                        )
                    ),
                ),
            )
        )
        if removed and policy != RedactionPolicy.FULL:
            # What left the report may have left it for someone's safety (a minute marked
            # confidential, a witness made anonymous, a line deleted): a report for readers
            # outside the organisation never prints it back; the sealed version keeps it.
            blocks.append(
                Paragraph(
                    (
                        Span(
                            lang.translate(
                                "ReportSeal",
                                "{n} line(s) of the sealed version are no longer in this "
                                "report; the sealed version itself keeps them.",
                            ).format(n=len(removed))
                        ),
                    )
                )
            )
        elif removed:
            blocks.append(
                Paragraph(
                    (Span(lang.translate("ReportSeal", "No longer in the report:"), bold=True),)
                )
            )
            blocks.append(BulletList(tuple((Span(t),) for t in removed[:200])))
        if added:
            blocks.append(
                Paragraph((Span(lang.translate("ReportSeal", "Added after sealing:"), bold=True),))
            )
            blocks.append(BulletList(tuple((Span(t),) for t in added[:200])))
    doc.sections.append(
        Section(lang.translate("ReportSeal", "Addenda after sealing"), blocks, numbered=False)
    )

"""Sealed reports, the part below the report renderer (docs/sealed-reports.md): what a seal
is, where it is kept, how it and its signatures are checked, and the files an auditor gets.
Making one (rendering the report) and addenda are in app/reports/seal.py.

The PDF, ODT and DOCX are made once, at sealing, and their bytes are kept: Qt's output depends
on the Qt version, the fonts installed and the time of writing, so a file made again elsewhere
would not be the same bytes and no signature would carry over. The canonical content is embedded
in each file (`roundtable-seal.json`: a PDF attachment, a member of the ODT/DOCX zip), so an
auditor can recompute its hash from the file alone. Each organiser signs each format: a stock
minisign signature over the file whose trusted comment names the seal, the meeting, the signer,
and the content and file hashes. Seals made before ODT and DOCX were sealed hold the PDF only.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.crypto import signing
from app.crypto.fingerprint import fingerprint
from app.errors import (
    ContentAltered,
    InvalidInput,
    NotFound,
    SealFormatMissing,
    SealFormatUnknown,
    SealInvalid,
    SealSignatureMissing,
    SealSignerUnknown,
    SignatureKeyMismatch,
    SignatureMalformed,
    TrustedCommentAltered,
)
from app.storage.records import utc_now

FORMAT = "roundtable-seal/1"
ATTACHMENT = "roundtable-seal.json"
COMMENT = (
    "roundtable/v1 seal={seal} meeting={meeting} org={org} content_sha256={content} "
    "{fmt}_sha256={file}"
)
_COMMENT = re.compile(
    r"^roundtable/v1 seal=(?P<seal>[0-9a-f-]{36}) meeting=(?P<meeting>[0-9A-Za-z-]{1,64}) "
    r"org=(?P<org>[0-9A-Za-z-]{1,64}) content_sha256=(?P<content>[0-9a-f]{64}) "
    r"(?P<fmt>pdf|odt|docx)_sha256=(?P<file>[0-9a-f]{64})\Z"
)
MAX_PDF = 256 * 1024**2  # any one sealed file
MAX_CONTENT = 64 * 1024**2
# A seal holds every format, or (sealed before ODT and DOCX were) the PDF only.
FORMATS = ("pdf", "odt", "docx")
LEGACY_FORMATS = ("pdf",)
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def canonical(value: Any) -> bytes:
    """RFC 8785 (JCS) for documents of ASCII keys, strings and booleans: sorted keys, no
    spaces, UTF-8, only `"`, `\\` and control characters escaped (docs/sealed-reports.md)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class SealSignature:
    org_id: str
    org_name: str
    public_key: str  # minisign base64 line (RWQ…)
    minisig: bytes  # over the PDF
    signed_at: str
    odt_minisig: bytes = b""
    docx_minisig: bytes = b""

    def minisig_for(self, fmt: str) -> bytes:
        return {"pdf": self.minisig, "odt": self.odt_minisig, "docx": self.docx_minisig}[fmt]

    @property
    def formats(self) -> tuple[str, ...]:
        return tuple(f for f in FORMATS if self.minisig_for(f))

    @property
    def fingerprint(self) -> str:
        key_id, public = signing.read_public_key(self.public_key)
        return fingerprint(key_id, public)


@dataclass
class Seal:
    id: str
    meeting_id: str
    policy: str
    language: str
    sealed_on: str
    sealed_by: str
    sealed_by_name: str
    content: bytes
    content_sha256: str
    pdf: bytes
    pdf_sha256: str
    received_from: str = ""
    odt: bytes = b""  # empty in a seal made before ODT and DOCX were sealed
    docx: bytes = b""
    signatures: list[SealSignature] = field(default_factory=list)

    @property
    def formats(self) -> tuple[str, ...]:
        return tuple(f for f in FORMATS if self.file(f))

    def file(self, fmt: str) -> bytes:
        return {"pdf": self.pdf, "odt": self.odt, "docx": self.docx}[fmt]

    def file_sha256(self, fmt: str) -> str:
        return self.pdf_sha256 if fmt == "pdf" else sha256(self.file(fmt))

    @property
    def document(self) -> dict[str, Any]:
        return json.loads(self.content)

    @property
    def report_text(self) -> str:
        return str(self.document.get("report", ""))

    def comment_for(self, org_id: str, fmt: str = "pdf") -> str:
        return COMMENT.format(
            seal=self.id,
            meeting=self.meeting_id,
            org=org_id,
            content=self.content_sha256,
            fmt=fmt,
            file=self.file_sha256(fmt),
        )


# --- storage ---------------------------------------------------------------------------------
_SEAL_COLUMNS = (
    "id, meeting_id, policy, language, sealed_on, sealed_by, sealed_by_name, content, "
    "content_sha256, pdf, pdf_sha256, received_from, odt, docx"
)


def _signatures(conn: Any, seal_id: str) -> list[SealSignature]:
    return [
        SealSignature(o, n, k, bytes(m), at, bytes(odt), bytes(docx))
        for o, n, k, m, at, odt, docx in conn.execute(
            "SELECT org_id, org_name, public_key, minisig, signed_at, odt_minisig, docx_minisig "
            "FROM seal_signatures WHERE seal_id = ? ORDER BY signed_at, org_id",
            (seal_id,),
        )
    ]


def _seal(conn: Any, row: Any) -> Seal:
    values = list(row)
    for i in (7, 9, 12, 13):
        values[i] = bytes(values[i])
    seal = Seal(*values)
    seal.signatures = _signatures(conn, seal.id)
    return seal


def get_seal(conn: Any, seal_id: str) -> Seal:
    row = conn.execute(f"SELECT {_SEAL_COLUMNS} FROM seals WHERE id = ?", (seal_id,)).fetchone()
    if row is None:
        raise NotFound()
    return _seal(conn, row)


def find_seal(conn: Any, seal_id: str) -> Seal | None:
    try:
        return get_seal(conn, seal_id)
    except NotFound:
        return None


def list_seals(conn: Any, meeting_id: str | None = None) -> list[Seal]:
    sql = f"SELECT {_SEAL_COLUMNS} FROM seals"
    args: tuple[Any, ...] = ()
    if meeting_id is not None:
        sql += " WHERE meeting_id = ?"
        args = (meeting_id,)
    sql += " ORDER BY created_at DESC"
    return [_seal(conn, r) for r in conn.execute(sql, args)]


def latest_seal(
    conn: Any, meeting_id: str, policy: str, language: str, *, signed_by: str
) -> Seal | None:
    """The newest seal of the meeting that `signed_by` (our organisation) signed: one a partner
    only asked us to co-sign is its text, not ours, until we sign it."""
    row = conn.execute(
        f"SELECT {_SEAL_COLUMNS} FROM seals WHERE meeting_id = ? AND policy = ? AND "
        "language = ? AND EXISTS (SELECT 1 FROM seal_signatures s WHERE s.seal_id = seals.id "
        "AND s.org_id = ?) ORDER BY created_at DESC LIMIT 1",
        (meeting_id, policy, language, signed_by),
    ).fetchone()
    return _seal(conn, row) if row else None


def store_seal(conn: Any, seal: Seal, *, bundle_id: str = "") -> None:
    conn.execute(
        f"INSERT INTO seals ({_SEAL_COLUMNS}, received_bundle, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            seal.id,
            seal.meeting_id,
            seal.policy,
            seal.language,
            seal.sealed_on,
            seal.sealed_by,
            seal.sealed_by_name,
            seal.content,
            seal.content_sha256,
            seal.pdf,
            seal.pdf_sha256,
            seal.received_from,
            seal.odt,
            seal.docx,
            bundle_id,
            utc_now(),
        ),
    )


def store_signature(conn: Any, seal_id: str, sig: SealSignature) -> None:
    """A signature already verified against each of the seal's files (`check_signature`)."""
    conn.execute(
        "INSERT INTO seal_signatures (seal_id, org_id, org_name, public_key, minisig, signed_at, "
        "odt_minisig, docx_minisig) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (seal_id, org_id) DO UPDATE SET "
        "org_name = excluded.org_name, public_key = excluded.public_key, "
        "minisig = excluded.minisig, signed_at = excluded.signed_at, "
        "odt_minisig = excluded.odt_minisig, docx_minisig = excluded.docx_minisig",
        (
            seal_id,
            sig.org_id,
            sig.org_name,
            sig.public_key,
            sig.minisig,
            sig.signed_at,
            sig.odt_minisig,
            sig.docx_minisig,
        ),
    )


# --- checking --------------------------------------------------------------------------------
def check_seal(seal: Seal) -> None:
    """The seal's own consistency: hashes, the content's fields, every file's embedded copy."""
    if sha256(seal.content) != seal.content_sha256 or sha256(seal.pdf) != seal.pdf_sha256:
        raise SealInvalid()
    if seal.formats not in (FORMATS, LEGACY_FORMATS):
        raise SealInvalid()
    try:
        doc = json.loads(seal.content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SealInvalid() from None
    try:
        if not isinstance(doc, dict) or canonical(doc) != seal.content:
            raise SealInvalid()
    except UnicodeEncodeError:  # a lone surrogate ("\ud800" in JSON) is not text
        raise SealInvalid() from None
    expected = {
        "format": FORMAT,
        "seal_id": seal.id,
        "meeting_id": seal.meeting_id,
        "policy": seal.policy,
        "language": seal.language,
        "sealed_on": seal.sealed_on,
        "sealed_by": seal.sealed_by,
    }
    if any(doc.get(k) != v for k, v in expected.items()) or not isinstance(doc.get("report"), str):
        raise SealInvalid()
    for fmt in seal.formats:
        if sniff(seal.file(fmt)) != fmt or embedded_content(seal.file(fmt)) != seal.content:
            raise SealInvalid()


def check_signature(seal: Seal, sig: SealSignature) -> None:
    """`sig` holds a valid minisign signature of `sig.org_id` over each of the seal's files
    (no more, no fewer), each naming the seal, its content and that file."""
    if sig.formats != seal.formats:
        raise SealInvalid()
    try:
        key_id, public = signing.read_public_key(sig.public_key)
        for fmt in seal.formats:
            info = signing.parse_signature(sig.minisig_for(fmt))
            want = seal.comment_for(sig.org_id, fmt)

            def same(comment: str, want: str = want) -> None:
                if comment != want:
                    raise SealInvalid()

            signing.verify(key_id, public, seal.file(fmt), info, check_comment_first=same)
    except (
        ContentAltered,
        TrustedCommentAltered,
        SignatureKeyMismatch,
        SignatureMalformed,
        InvalidInput,
    ):
        raise SealInvalid() from None
    except Exception as exc:
        if type(exc).__name__ in ("PublicKeyMalformed", "SignatureNotPrehashed"):
            raise SealInvalid() from None
        raise


def sniff(data: bytes) -> str:
    """The kind of sealed file `data` is — pdf, odt, docx, or "" — read from its bytes, so a
    renamed file is still checked as what it is."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            mimetype = z.getinfo("mimetype") if "mimetype" in names else None
            if mimetype and mimetype.file_size < 200 and z.read(mimetype) == ODT_MIMETYPE:
                return "odt"
            if "[Content_Types].xml" in names and "word/document.xml" in names:
                return "docx"
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, KeyError, EOFError, RuntimeError):
        pass
    return ""


def embedded_content(data: bytes) -> bytes | None:
    """The canonical content carried by a sealed file (`roundtable-seal.json`), if any."""
    if not data.startswith(b"%PDF-"):
        return _zip_member(data, ATTACHMENT)
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        found = reader.attachments.get(ATTACHMENT)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError):
        return None
    if not found or len(found) != 1:
        return None
    return bytes(found[0])


def _zip_member(data: bytes, name: str) -> bytes | None:
    """One member of an ODT/DOCX zip, exactly one of that name, of bounded size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            found = [i for i in z.infolist() if i.filename == name]
            if len(found) != 1 or found[0].file_size > MAX_CONTENT:
                return None
            return z.read(found[0])  # reads at most file_size; CRC checked
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, KeyError, EOFError, RuntimeError):
        return None


def own_signature(vault: Any, seal: Seal) -> SealSignature:
    """This organisation's signature over each of the seal's files."""
    from app.crypto.identity import load_identity

    ident = load_identity(vault.conn)
    signer = signing.Signer.from_identity(ident)
    try:
        signed = {
            f: signer.sign(seal.file(f), seal.comment_for(vault.org_id, f)) for f in seal.formats
        }
    finally:
        signer.wipe()
    return SealSignature(
        vault.org_id,
        vault.org_name,
        signing.public_key_base64(ident.sign_key_id, ident.sign_public),
        signed["pdf"],
        utc_now(),
        signed.get("odt", b""),
        signed.get("docx", b""),
    )


def cosign(vault: Any, seal_id: str) -> SealSignature:
    """Sign a seal we hold (a co-organiser's request) with our key, after the user saw it."""
    seal = get_seal(vault.conn, seal_id)
    check_seal(seal)
    sig = own_signature(vault, seal)
    with vault.store.transaction():
        store_signature(vault.conn, seal.id, sig)
    return sig


# --- files -----------------------------------------------------------------------------------
def slug(name: str, org_id: str) -> str:
    """An organisation's part of a `.minisig` file name: its name in ASCII letters and digits,
    else its id."""
    text = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:60]
    return text or org_id


def signature_names(out: Path, seal: Seal) -> list[tuple[Path, SealSignature]]:
    used: set[str] = set()
    found = []
    for sig in seal.signatures:
        base = slug(sig.org_name, sig.org_id)
        part = base
        if part in used:
            part = f"{base}-{sig.org_id[:8]}"
        if part in used:  # time-ordered ids made within a minute share their first digits
            part = f"{base}-{sig.org_id}"
        used.add(part)
        found.append((out.with_name(f"{out.name}.{part}.minisig"), sig))
    return found


def format_of(path: Path) -> str:
    """The sealed format a file name asks for, by its suffix (.pdf, .odt, .docx)."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise SealFormatUnknown()
    return fmt


def write_export(path: Path, data: bytes) -> None:
    from app.errors import DiskFull, ReportWriteFailed, StorageFailure
    from app.storage.files import write_private_atomic

    if path.is_dir() or not path.parent.is_dir():
        raise ReportWriteFailed()
    try:
        write_private_atomic(path, data)
    except DiskFull:
        raise
    except (StorageFailure, OSError):
        raise ReportWriteFailed() from None


def write_files(out: Path, seal: Seal) -> list[Path]:
    """The sealed file in the format `out`'s suffix names, and beside it each signature over
    it."""
    fmt = format_of(out)
    if fmt not in seal.formats:
        raise SealFormatMissing()
    write_export(out, seal.file(fmt))
    written = [out]
    for path, sig in signature_names(out, seal):
        write_export(path, sig.minisig_for(fmt))
        written.append(path)
    return written


@dataclass
class VerifiedSignature:
    path: Path
    signer: str
    org_id: str
    fingerprint: str
    seal_id: str
    meeting_id: str
    content_sha256: str


@dataclass
class SealCheck:
    file_sha256: str
    content_sha256: str  # recomputed from the file's embedded content ("" when none)
    signatures: list[VerifiedSignature]
    format: str = "pdf"


def verify_files(file_path: Path, signer_paths: list[Path]) -> SealCheck:
    """Without a vault: every `FILE.*.minisig` beside the sealed PDF, ODT or DOCX must verify
    with one of the given keys, every given key must have signed, and all must name the same
    seal, content and file."""
    from app.crypto.bundle_reader import open_regular
    from app.errors import BundleError
    from app.exchange.verify import read_signer, signer_org

    try:
        f, _size = open_regular(file_path, MAX_PDF)
        with f:
            data = f.read(MAX_PDF + 1)
    except Exception:
        raise InvalidInput() from None
    keys = [read_signer(p) for p in signer_paths]
    orgs = {k[0]: signer_org(p) for k, p in zip(keys, signer_paths, strict=True)}
    if not keys:
        raise InvalidInput()
    fmt = sniff(data) or "pdf"  # not one of ours: every signature fails on its hash below
    content = embedded_content(data)
    content_sha = sha256(content) if content is not None else ""
    file_sha = sha256(data)
    results: list[VerifiedSignature] = []
    pattern = re.escape(file_path.name) + r"\.[A-Za-z0-9-]+\.minisig"
    files = sorted(p for p in file_path.parent.iterdir() if re.fullmatch(pattern, p.name))
    if not files:
        raise SealInvalid()
    for path in files:
        try:  # a regular file of signature size only: a FIFO would wait for ever
            sig_file, _size = open_regular(path, 16 * 1024)
            with sig_file:
                info = signing.parse_signature(sig_file.read(16 * 1024 + 1))
        except (OSError, BundleError):
            raise SealInvalid() from None
        key = next((k for k in keys if k[0] == info.key_id), None)
        if key is None:
            raise SealSignerUnknown(file=path.name)
        comment = signing.verify(key[0], key[1], data, info)  # ContentAltered if it changed
        m = _COMMENT.match(comment)
        if (
            m is None
            or m["fmt"] != fmt
            or m["file"] != file_sha
            or (content_sha and m["content"] != content_sha)
        ):
            raise SealInvalid()
        if orgs.get(key[0]) and m["org"] != orgs[key[0]]:
            raise SealInvalid()  # signed in another organisation's name than its card's
        results.append(
            VerifiedSignature(
                path,
                key[2] or m["org"],
                m["org"],
                fingerprint(key[0], key[1]),
                m["seal"],
                m["meeting"],
                m["content"],
            )
        )
    if len({(r.seal_id, r.content_sha256) for r in results}) != 1:
        raise SealInvalid()
    signed = {fingerprint(k[0], k[1]) for k in keys}
    if signed - {r.fingerprint for r in results}:
        raise SealSignatureMissing()
    return SealCheck(file_sha, content_sha, results, fmt)


# --- the exchange's seal.json ----------------------------------------------------------------
def seal_json(seal: Seal) -> dict[str, Any]:
    """A PDF-only seal (made before ODT and DOCX were sealed) has no "odt" and "docx"."""
    extra = {f: base64.b64encode(seal.file(f)).decode("ascii") for f in seal.formats[1:]}
    return extra | {
        "id": seal.id,
        "meeting_id": seal.meeting_id,
        "policy": seal.policy,
        "language": seal.language,
        "sealed_on": seal.sealed_on,
        "sealed_by": seal.sealed_by,
        "sealed_by_name": seal.sealed_by_name,
        "content": base64.b64encode(seal.content).decode("ascii"),
        "pdf": base64.b64encode(seal.pdf).decode("ascii"),
    }


def signature_json(sig: SealSignature) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "org_id": sig.org_id,
        "org_name": sig.org_name,
        "public_key": sig.public_key,
        "signed_at": sig.signed_at,
    }
    for fmt in sig.formats:
        key = "minisig" if fmt == "pdf" else f"{fmt}_minisig"
        doc[key] = sig.minisig_for(fmt).decode("ascii", "replace")
    return doc

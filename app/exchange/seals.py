"""Sealed reports, the part below the report renderer (docs/sealed-reports.md): what a seal
is, where it is kept, how it and its signatures are checked, and the files an auditor gets.
Making one (rendering the report) and addenda are in app/reports/seal.py.

The PDF is made once, at sealing, and its bytes are kept: Qt's PDF output depends on the Qt
version, the fonts installed and the time of writing, so a PDF made again elsewhere would not be
the same bytes and no signature would carry over. The canonical content is embedded in the PDF
as the attached file `roundtable-seal.json`, so an auditor can recompute its hash from the PDF
alone. Each signature is a stock minisign signature over the PDF whose trusted comment names the
seal, the meeting, the signer, and the content and PDF hashes.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.crypto import signing
from app.crypto.fingerprint import fingerprint
from app.errors import (
    ContentAltered,
    InvalidInput,
    NotFound,
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
    "pdf_sha256={pdf}"
)
_COMMENT = re.compile(
    r"^roundtable/v1 seal=(?P<seal>[0-9a-f-]{36}) meeting=(?P<meeting>[0-9A-Za-z-]{1,64}) "
    r"org=(?P<org>[0-9A-Za-z-]{1,64}) content_sha256=(?P<content>[0-9a-f]{64}) "
    r"pdf_sha256=(?P<pdf>[0-9a-f]{64})\Z"
)
MAX_PDF = 256 * 1024**2


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
    minisig: bytes
    signed_at: str

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
    signatures: list[SealSignature] = field(default_factory=list)

    @property
    def document(self) -> dict[str, Any]:
        return json.loads(self.content)

    @property
    def report_text(self) -> str:
        return str(self.document.get("report", ""))

    def comment_for(self, org_id: str) -> str:
        return COMMENT.format(
            seal=self.id,
            meeting=self.meeting_id,
            org=org_id,
            content=self.content_sha256,
            pdf=self.pdf_sha256,
        )


# --- storage ---------------------------------------------------------------------------------
_SEAL_COLUMNS = (
    "id, meeting_id, policy, language, sealed_on, sealed_by, sealed_by_name, content, "
    "content_sha256, pdf, pdf_sha256, received_from"
)


def _signatures(conn: Any, seal_id: str) -> list[SealSignature]:
    return [
        SealSignature(o, n, k, bytes(m), at)
        for o, n, k, m, at in conn.execute(
            "SELECT org_id, org_name, public_key, minisig, signed_at FROM seal_signatures "
            "WHERE seal_id = ? ORDER BY signed_at, org_id",
            (seal_id,),
        )
    ]


def _seal(conn: Any, row: Any) -> Seal:
    values = list(row)
    values[7], values[9] = bytes(values[7]), bytes(values[9])
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
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            bundle_id,
            utc_now(),
        ),
    )


def store_signature(conn: Any, seal_id: str, sig: SealSignature) -> None:
    """A signature already verified against the seal's PDF (`check_signature`)."""
    conn.execute(
        "INSERT INTO seal_signatures (seal_id, org_id, org_name, public_key, minisig, signed_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (seal_id, org_id) DO UPDATE SET "
        "org_name = excluded.org_name, public_key = excluded.public_key, "
        "minisig = excluded.minisig, signed_at = excluded.signed_at",
        (seal_id, sig.org_id, sig.org_name, sig.public_key, sig.minisig, sig.signed_at),
    )


# --- checking --------------------------------------------------------------------------------
def check_seal(seal: Seal) -> None:
    """The seal's own consistency: hashes, the content's fields, the embedded copy."""
    if sha256(seal.content) != seal.content_sha256 or sha256(seal.pdf) != seal.pdf_sha256:
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
    if embedded_content(seal.pdf) != seal.content:
        raise SealInvalid()


def check_signature(seal: Seal, sig: SealSignature) -> None:
    """`sig` is a valid minisign signature of `sig.org_id` over the seal's PDF, naming it."""
    try:
        key_id, public = signing.read_public_key(sig.public_key)
        info = signing.parse_signature(sig.minisig)
        want = seal.comment_for(sig.org_id)

        def same(comment: str) -> None:
            if comment != want:
                raise SealInvalid()

        signing.verify(key_id, public, seal.pdf, info, check_comment_first=same)
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


def embedded_content(pdf: bytes) -> bytes | None:
    """The canonical content attached to a sealed PDF (`roundtable-seal.json`), if any."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(pdf))
        found = reader.attachments.get(ATTACHMENT)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError):
        return None
    if not found or len(found) != 1:
        return None
    return bytes(found[0])


def own_signature(vault: Any, seal: Seal) -> SealSignature:
    from app.crypto.identity import load_identity

    ident = load_identity(vault.conn)
    signer = signing.Signer.from_identity(ident)
    try:
        minisig = signer.sign(seal.pdf, seal.comment_for(vault.org_id))
    finally:
        signer.wipe()
    return SealSignature(
        vault.org_id,
        vault.org_name,
        signing.public_key_base64(ident.sign_key_id, ident.sign_public),
        minisig,
        utc_now(),
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
        part = slug(sig.org_name, sig.org_id)
        if part in used:
            part = f"{part}-{sig.org_id[:8]}"
        used.add(part)
        found.append((out.with_name(f"{out.name}.{part}.minisig"), sig))
    return found


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
    write_export(out, seal.pdf)
    written = [out]
    for path, sig in signature_names(out, seal):
        write_export(path, sig.minisig)
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
    pdf_sha256: str
    content_sha256: str  # recomputed from the PDF's attached content ("" when none)
    signatures: list[VerifiedSignature]


def verify_files(pdf_path: Path, signer_paths: list[Path]) -> SealCheck:
    """Without a vault: every `PDF.*.minisig` beside the PDF must verify with one of the given
    keys, every given key must have signed, and all must name the same seal, content and PDF."""
    from app.crypto.bundle_reader import open_regular
    from app.errors import BundleError
    from app.exchange.verify import read_signer, signer_org

    try:
        f, _size = open_regular(pdf_path, MAX_PDF)
        with f:
            pdf = f.read(MAX_PDF + 1)
    except Exception:
        raise InvalidInput() from None
    keys = [read_signer(p) for p in signer_paths]
    orgs = {k[0]: signer_org(p) for k, p in zip(keys, signer_paths, strict=True)}
    if not keys:
        raise InvalidInput()
    content = embedded_content(pdf)
    content_sha = sha256(content) if content is not None else ""
    pdf_sha = sha256(pdf)
    results: list[VerifiedSignature] = []
    pattern = re.escape(pdf_path.name) + r"\.[A-Za-z0-9-]+\.minisig"
    files = sorted(p for p in pdf_path.parent.iterdir() if re.fullmatch(pattern, p.name))
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
        comment = signing.verify(key[0], key[1], pdf, info)  # ContentAltered if the PDF changed
        m = _COMMENT.match(comment)
        if m is None or m["pdf"] != pdf_sha or (content_sha and m["content"] != content_sha):
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
    return SealCheck(pdf_sha, content_sha, results)


# --- the exchange's seal.json ----------------------------------------------------------------
def seal_json(seal: Seal) -> dict[str, Any]:
    return {
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
    return dataclasses.asdict(sig) | {"minisig": sig.minisig.decode("ascii", "replace")}

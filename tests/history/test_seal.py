"""Sealed reports (docs/sealed-reports.md): canonical form, signing, co-signing through bundles
between two vaults, stock minisign, the vault-less check, addenda, hostile co-sign bundles."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from app.cli import main
from app.crypto import kdf, signing
from app.crypto.identity import load_identity
from app.domain.records import Meeting
from app.domain.values import RedactionPolicy
from app.errors import SealInvalid
from app.exchange import seal_exchange, seals
from app.exchange.importer import import_bundle, prepare_import
from app.reports import meeting_document
from app.reports.language import ReportLanguage
from app.reports.markdown import render_markdown
from app.reports.seal import content_document, seal_meeting
from app.vault import Vault, create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import introduce, make_vault

GOLDEN_CONTENT = (
    '{"format":"roundtable-seal/1","khmer_digits":false,"language":"en","lunar_dates":false,'
    '"meeting_id":"m-1","policy":"partners","report":"# Leaders\' meeting\\n\\nកិច្ចប្រជុំ '
    '\\"quoted\\" \\\\ tab\\tend\\n","seal_id":"00000000-0000-4000-8000-000000000001",'
    '"sealed_by":"org-a","sealed_on":"2026-12-01"}'
)
# Pinned: a change of the canonical form must be deliberate (and documented).
GOLDEN_SHA256 = "46e64adec8fcf4636ca7adb42fae70df06c10a2f593e6665d95be66a687e1f73"


def test_canonical_content_golden_vector() -> None:
    doc = content_document(
        seal_id="00000000-0000-4000-8000-000000000001",
        meeting_id="m-1",
        policy="partners",
        lang=ReportLanguage("en"),
        sealed_on="2026-12-01",
        sealed_by="org-a",
        report='# Leaders\' meeting\n\nកិច្ចប្រជុំ "quoted" \\ tab\tend\n',
    )
    raw = seals.canonical(doc)
    assert raw == GOLDEN_CONTENT.encode("utf-8")
    assert seals.sha256(raw) == GOLDEN_SHA256 == hashlib.sha256(raw).hexdigest()


# --- two vaults, through the command line ---------------------------------------------------
@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    for name, org in (("a", "Alpha Rights"), ("b", "Bravo Union")):
        create_vault(tmp_path / name, org, PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rt(*args: object) -> int:
    return main([str(a) for a in args])


def _minisign(pub: Path, pdf: Path, sig: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["minisign", "-V", "-p", str(pub), "-m", str(pdf), "-x", str(sig)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_seal_cosign_between_two_vaults_and_check_with_stock_minisign(env: Path, capsys) -> None:
    t = env
    for v in ("a", "b"):
        assert (
            rt(
                "identity",
                "--vault",
                t / v,
                "--card",
                t / f"{v}.card",
                "--minisign-pub",
                t / f"{v}.pub",
            )
            == 0
        )
    assert rt("contacts", "add", "--vault", t / "a", t / "b.card", "--verified") == 0
    assert rt("contacts", "add", "--vault", t / "b", t / "a.card", "--verified") == 0
    with open_vault(t / "a", PASSPHRASE) as vault:
        meeting = vault.store.add(Meeting(title="Joint UPR meeting", start_date="2026-03-01"))
    capsys.readouterr()

    # A seals (here asking for the ODT): every format is frozen and signed; stock minisign
    # checks the ODT it wrote.
    assert rt("seal", "--vault", t / "a", "--meeting", meeting.id, "-o", t / "report.odt") == 0
    out = capsys.readouterr().out
    content_sha = out.split("Content SHA-256: ")[1].split()[0]
    odt = t / "report.odt"
    sig_a = t / "report.odt.alpha-rights.minisig"
    assert sorted(p.name for p in t.glob("report.*")) == [odt.name, sig_a.name]
    checked = _minisign(t / "a.pub", odt, sig_a)
    assert checked.returncode == 0, checked.stderr
    assert f"content_sha256={content_sha}" in checked.stdout
    assert f"odt_sha256={seals.sha256(odt.read_bytes())}" in checked.stdout
    assert seals.sha256(seals.embedded_content(odt.read_bytes()) or b"") == content_sha

    # A asks B to co-sign; B sees the exact content, signs, and replies.
    assert rt("cosign", "list", "--vault", t / "a", "--json") == 0
    listed = json.loads(capsys.readouterr().out)[0]
    seal_id = listed["seal_id"]
    assert listed["formats"] == ["pdf", "odt", "docx"]
    assert (
        rt(
            "cosign",
            "request",
            "--vault",
            t / "a",
            seal_id,
            "--to",
            "Bravo Union",
            "-o",
            t / "req.rtbundle",
        )
        == 0
    )
    assert rt("import", "--vault", t / "b", t / "req.rtbundle") == 0
    capsys.readouterr()
    assert rt("cosign", "show", "--vault", t / "b", seal_id, "-o", t / "seen.docx") == 0
    shown = capsys.readouterr().out
    assert "Joint UPR meeting" in shown and content_sha in shown and "DOCX SHA-256" in shown
    assert (
        rt(
            "cosign",
            "sign",
            "--vault",
            t / "b",
            seal_id,
            "--to",
            "Alpha Rights",
            "-o",
            t / "sig.rtbundle",
        )
        == 1
    )  # not without --yes
    assert (
        rt(
            "cosign",
            "sign",
            "--vault",
            t / "b",
            seal_id,
            "--to",
            "Alpha Rights",
            "-o",
            t / "sig.rtbundle",
            "--yes",
        )
        == 0
    )
    assert rt("import", "--vault", t / "a", t / "sig.rtbundle") == 0

    # A writes the sealed report again in each format: the bytes sealed, both signatures.
    sealed_odt = odt.read_bytes()
    with open_vault(t / "a", PASSPHRASE) as vault:  # an edit after sealing: an addendum
        vault.store.update(vault.store.get(Meeting, meeting.id), title="Renamed later")
        held = seals.get_seal(vault.conn, seal_id)
    assert held.odt == sealed_odt and (t / "seen.docx").read_bytes() == held.docx
    capsys.readouterr()
    sealed: dict[str, bytes] = {}
    for ext in ("pdf", "odt", "docx"):
        path = t / f"report.{ext}"
        assert rt("seal", "--vault", t / "a", "--meeting", meeting.id, "-o", path) == 0
        assert "Already sealed" in capsys.readouterr().err
        sealed[ext] = path.read_bytes()
        assert sealed[ext] == held.file(ext)  # a sealed version never changes
        assert seals.sniff(sealed[ext]) == ext
        assert seals.embedded_content(sealed[ext]) == held.content
        for org, pub in (("alpha-rights", t / "a.pub"), ("bravo-union", t / "b.pub")):
            checked = _minisign(pub, path, t / f"report.{ext}.{org}.minisig")
            assert checked.returncode == 0, checked.stderr
            assert f"{ext}_sha256={seals.sha256(sealed[ext])}" in checked.stdout
        assert rt("verify", "--seal", path, "--signer", t / "a.card", "--signer", t / "b.card") == 0
        out = capsys.readouterr().out
        assert "Alpha Rights" in out and "Bravo Union" in out and content_sha in out

    # An altered file fails both checks (exit 1, one line): a flipped byte, and for the zip
    # formats a re-zipped copy with one word of the text changed.
    for ext in ("pdf", "odt", "docx"):
        path = t / f"report.{ext}"
        altered = bytearray(sealed[ext])
        altered[len(altered) // 2] ^= 0x01
        for changed in (bytes(altered), _reworded(sealed[ext])):
            if changed is None:
                continue
            path.write_bytes(changed)
            assert _minisign(t / "a.pub", path, t / f"report.{ext}.alpha-rights.minisig").returncode
            assert (
                rt("verify", "--seal", path, "--signer", t / "a.card", "--signer", t / "b.card")
                == 1
            )
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "Traceback" not in err
        path.write_bytes(sealed[ext])
    # A signature of one format does not pass for another.
    (t / "report.odt.alpha-rights.minisig").write_bytes(
        (t / "report.docx.alpha-rights.minisig").read_bytes()
    )
    assert rt("verify", "--seal", odt, "--signer", t / "a.card", "--signer", t / "b.card") == 1
    capsys.readouterr()
    # A signer that did not sign: named as missing, exit 1.
    assert rt("verify", "--seal", t / "report.pdf", "--signer", t / "a.card") == 1
    assert "key you did not give" in capsys.readouterr().err
    # A name that is no sealed format seals nothing.
    assert rt("seal", "--vault", t / "a", "--meeting", meeting.id, "-o", t / "r.txt") == 1
    assert "PDF, ODT or DOCX" in capsys.readouterr().err


def _reworded(package: bytes) -> bytes | None:
    return None if package.startswith(b"%PDF") else _reworded_bytes(package, b"Joint")


def _reworded_bytes(package: bytes, word: bytes = b"meeting") -> bytes:
    """A zip-format report with `word` changed in its body, the sealed content left inside."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename in ("content.xml", "word/document.xml"):
                assert word in body
                body = body.replace(word, b"X" * len(word))
            dst.writestr(info, body)
    return out.getvalue()


# --- the library: addenda, hostile co-sign bundles --------------------------------------------
@pytest.fixture
def pair(tmp_path: Path):
    a, b = make_vault(tmp_path, "Alpha Rights"), make_vault(tmp_path, "Bravo Union")
    introduce(a, b)
    yield a, b
    a.close()
    b.close()


def _sealed(vault: Vault) -> tuple[Meeting, seals.Seal]:
    meeting = vault.store.add(Meeting(title="Leaders' meeting", start_date="2026-01-10"))
    seal, _made = seal_meeting(vault, meeting.id, RedactionPolicy.PARTNERS, ReportLanguage("en"))
    return meeting, seal


def test_edits_after_sealing_are_addenda(pair) -> None:
    a, _b = pair
    meeting, seal = _sealed(a)
    text = render_markdown(meeting_document(a.store, meeting.id, RedactionPolicy.PARTNERS))
    assert "Addenda after sealing" in text and "Nothing has changed" in text
    a.store.update(meeting, title="Edited after sealing")
    text = render_markdown(meeting_document(a.store, meeting.id, RedactionPolicy.PARTNERS))
    assert "Edited after sealing" in text.split("Addenda after sealing")[1]
    # What it replaced is counted, not printed back, outside the full report (rev15).
    assert "1 line(s) of the sealed version" in text.split("Addenda after sealing")[1]
    again, made = seal_meeting(a, meeting.id, RedactionPolicy.PARTNERS, ReportLanguage("en"))
    assert not made and again.pdf == seal.pdf


def _bundle(src: Vault, dst: Vault, path: Path, meeting: Meeting, doc: dict) -> Path:
    from app.exchange.contacts import get_contact
    from app.exchange.exporter import export_bundle

    export_bundle(
        src,
        [get_contact(src.conn, dst.org_id)],
        [meeting.id],
        path,
        policy="partners",
        seal_files={"seal.json": seals.canonical(doc)},
    )
    return path


def _request(seal: seals.Seal) -> dict:
    return json.loads(seal_exchange.request_files(seal)["seal.json"])


def _refused(vault: Vault, path: Path) -> None:
    before = vault.conn.execute("SELECT count(*) FROM seal_signatures").fetchone()[0]
    with pytest.raises(SealInvalid):
        prepare_import(vault, path)
    assert vault.conn.execute("SELECT count(*) FROM seal_signatures").fetchone()[0] == before


def test_hostile_cosign_bundles_are_refused(pair, tmp_path: Path) -> None:
    a, b = pair
    meeting, seal = _sealed(a)
    good = _request(seal)

    # The content altered (its hash no longer the one signed).
    doc = json.loads(json.dumps(good))
    content = json.loads(base64.b64decode(doc["seal"]["content"]))
    content["report"] = content["report"].replace("Leaders", "Forged")
    doc["seal"]["content"] = base64.b64encode(seals.canonical(content)).decode()
    _refused(b, _bundle(a, b, tmp_path / "1.rtbundle", meeting, doc))

    # The PDF swapped for another one (signature no longer over it).
    doc = json.loads(json.dumps(good))
    doc["seal"]["pdf"] = base64.b64encode(b"%PDF-1.4 other").decode()
    _refused(b, _bundle(a, b, tmp_path / "2.rtbundle", meeting, doc))

    # A co-signature in the recipient's own name, made with another key (the sender's): a
    # valid signature whose comment names the recipient.
    from app.crypto import signing
    from tests.exchange.helpers import signer_of

    forger = signer_of(a)
    forged = dataclasses.replace(
        seals.own_signature(a, seal),
        org_id=b.org_id,
        org_name="Bravo Union",
        minisig=forger.sign(seal.pdf, seal.comment_for(b.org_id)),
        odt_minisig=forger.sign(seal.odt, seal.comment_for(b.org_id, "odt")),
        docx_minisig=forger.sign(seal.docx, seal.comment_for(b.org_id, "docx")),
    )
    seals.check_signature(seal, forged)  # valid as a signature: refused for whose it claims
    assert signing.parse_signature(forged.minisig).key_id != b""
    doc = json.loads(json.dumps(good))
    doc["signatures"].append(seals.signature_json(forged))
    _refused(b, _bundle(a, b, tmp_path / "3.rtbundle", meeting, doc))

    # No signature of the sender at all.
    doc = json.loads(json.dumps(good))
    doc["signatures"] = []
    _refused(b, _bundle(a, b, tmp_path / "4.rtbundle", meeting, doc))

    # The ODT or the DOCX swapped for another (a valid one carrying the same content, or a
    # reworded one), or dropped; the sender's signature of one format left out.
    for fmt in ("odt", "docx"):
        for other in (seal.docx if fmt == "odt" else seal.odt, _reworded_bytes(seal.file(fmt))):
            doc = json.loads(json.dumps(good))
            doc["seal"][fmt] = base64.b64encode(other).decode()
            _refused(b, _bundle(a, b, tmp_path / f"{fmt}.rtbundle", meeting, doc))
        doc = json.loads(json.dumps(good))
        del doc["seal"][fmt]
        _refused(b, _bundle(a, b, tmp_path / f"{fmt}-gone.rtbundle", meeting, doc))
        doc = json.loads(json.dumps(good))
        del doc["signatures"][0][f"{fmt}_minisig"]
        _refused(b, _bundle(a, b, tmp_path / f"{fmt}-unsigned.rtbundle", meeting, doc))
        doc = json.loads(json.dumps(good))  # the PDF's signature given as this format's
        doc["signatures"][0][f"{fmt}_minisig"] = doc["signatures"][0]["minisig"]
        _refused(b, _bundle(a, b, tmp_path / f"{fmt}-pdfsig.rtbundle", meeting, doc))

    # The real request imports, and a later one cannot change the seal it named.
    import_bundle(b, _bundle(a, b, tmp_path / "5.rtbundle", meeting, good))
    assert seals.get_seal(b.conn, seal.id).pdf == seal.pdf
    a.store.update(meeting, title="Changed")
    other, _ = seal_meeting(a, meeting.id, RedactionPolicy.PARTNERS, ReportLanguage("en"), new=True)
    doc = _request(other)
    doc["seal"]["id"] = seal.id  # the old seal's id with the new content
    _refused(b, _bundle(a, b, tmp_path / "6.rtbundle", meeting, doc))


def test_hostile_cosign_replies_are_refused(pair, tmp_path: Path) -> None:
    a, b = pair
    meeting, seal = _sealed(a)
    import_bundle(b, _bundle(a, b, tmp_path / "req.rtbundle", meeting, _request(seal)))
    sig = seals.cosign(b, seal.id)
    good = json.loads(seal_exchange.reply_files(seal, sig)["seal.json"])

    # A signature over other bytes.
    other = dataclasses.replace(seal, pdf=seal.pdf + b"\n")
    bad = seals.own_signature(b, other)
    doc = json.loads(json.dumps(good))
    doc["signature"] = seals.signature_json(bad)
    _refused(a, _bundle(b, a, tmp_path / "1.rtbundle", meeting, doc))

    # The ODT or DOCX signature over other bytes, missing, or naming other hashes.
    for fmt in ("odt", "docx"):
        other = seals.own_signature(
            b, dataclasses.replace(seal, **{fmt: _reworded_bytes(seal.file(fmt))})
        )
        doc = json.loads(json.dumps(good))
        doc["signature"][f"{fmt}_minisig"] = seals.signature_json(other)[f"{fmt}_minisig"]
        _refused(a, _bundle(b, a, tmp_path / f"{fmt}-1.rtbundle", meeting, doc))
        doc = json.loads(json.dumps(good))
        del doc["signature"][f"{fmt}_minisig"]
        _refused(a, _bundle(b, a, tmp_path / f"{fmt}-2.rtbundle", meeting, doc))
        doc = json.loads(json.dumps(good))
        doc[f"{fmt}_sha256"] = "0" * 64
        _refused(a, _bundle(b, a, tmp_path / f"{fmt}-3.rtbundle", meeting, doc))
        doc = json.loads(json.dumps(good))
        del doc[f"{fmt}_sha256"]
        _refused(a, _bundle(b, a, tmp_path / f"{fmt}-4.rtbundle", meeting, doc))

    # The sender signing in the name of a third organisation (or of the recipient).
    doc = json.loads(json.dumps(good))
    doc["signature"]["org_id"] = a.org_id
    _refused(a, _bundle(b, a, tmp_path / "2.rtbundle", meeting, doc))

    # A seal the recipient never made.
    doc = json.loads(json.dumps(good))
    doc["seal_id"] = "00000000-0000-4000-8000-000000000009"
    _refused(a, _bundle(b, a, tmp_path / "3.rtbundle", meeting, doc))

    # The genuine reply is stored.
    import_bundle(a, _bundle(b, a, tmp_path / "4.rtbundle", meeting, good))
    names = {s.org_name for s in seals.get_seal(a.conn, seal.id).signatures}
    assert names == {"Alpha Rights", "Bravo Union"}


# --- seals made before ODT and DOCX were sealed; the schema step on the v1 vault --------------
def _as_before_odt_docx(vault: Vault, seal: seals.Seal) -> None:
    """Turn the vault back into one from before the step, holding a PDF-only seal signed as
    it was then (the PDF alone)."""
    from app.storage import schema

    step = next(v for v, run in schema.MIGRATIONS if run is schema._sealed_odt_docx)
    conn = vault.conn
    legacy = dataclasses.replace(seal, odt=b"", docx=b"")
    sig = seals.own_signature(vault, legacy)
    assert sig.formats == ("pdf",)
    conn.execute("UPDATE seal_signatures SET minisig = ?", (sig.minisig,))
    for table, column in (
        ("seals", "odt"),
        ("seals", "docx"),
        ("seal_signatures", "odt_minisig"),
        ("seal_signatures", "docx_minisig"),
    ):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute(f"PRAGMA user_version = {step - 1}")


def test_a_pdf_only_seal_from_before_stays_readable_and_cosignable(tmp_path: Path) -> None:
    from app.errors import SealFormatMissing

    a, b = make_vault(tmp_path, "Alpha Rights"), make_vault(tmp_path, "Bravo Union")
    introduce(a, b)
    meeting, seal = _sealed(a)
    _as_before_odt_docx(a, seal)
    folder = a.folder
    a.close()
    a = open_vault(folder, PASSPHRASE)  # the step runs
    try:
        held = seals.get_seal(a.conn, seal.id)
        assert held.formats == ("pdf",) and held.pdf == seal.pdf
        seals.check_seal(held)
        seals.check_signature(held, held.signatures[0])
        with pytest.raises(SealFormatMissing):
            seals.write_files(tmp_path / "old.odt", held)
        assert not (tmp_path / "old.odt").exists()

        # Co-signed through bundles as before: the request and reply name the PDF only.
        request = _request(held)
        assert "odt" not in request["seal"] and "odt_minisig" not in request["signatures"][0]
        import_bundle(b, _bundle(a, b, tmp_path / "req.rtbundle", meeting, request))
        sig = seals.cosign(b, seal.id)
        assert sig.formats == ("pdf",)
        reply = json.loads(seal_exchange.reply_files(held, sig)["seal.json"])
        assert "odt_sha256" not in reply
        forged = json.loads(json.dumps(reply))  # an ODT signature on a PDF-only seal
        forged["signature"]["odt_minisig"] = forged["signature"]["minisig"]
        forged["signature"]["docx_minisig"] = forged["signature"]["minisig"]
        _refused(a, _bundle(b, a, tmp_path / "forged.rtbundle", meeting, forged))
        import_bundle(a, _bundle(b, a, tmp_path / "reply.rtbundle", meeting, reply))

        pdf = tmp_path / "old.pdf"
        written = seals.write_files(pdf, seals.get_seal(a.conn, seal.id))
        assert len(written) == 3 and pdf.read_bytes() == seal.pdf
        cards = []
        for v in (a, b):
            card = tmp_path / f"{v.org_id}.pub"
            ident = load_identity(v.conn)
            card.write_bytes(signing.public_key_file(ident.sign_key_id, ident.sign_public))
            cards.append(card)
            sig_file = next(p for p in written[1:] if slug_of(v) in p.name)
            assert _minisign(card, pdf, sig_file).returncode == 0
        checked = seals.verify_files(pdf, cards)
        assert checked.format == "pdf" and len(checked.signatures) == 2
    finally:
        a.close()
        b.close()


def slug_of(vault: Vault) -> str:
    return seals.slug(vault.org_name, vault.org_id)


def test_the_v1_vault_migrates_and_seals_every_format(tmp_path: Path) -> None:
    import shutil

    from app.storage.schema import LATEST_VERSION

    folder = tmp_path / "v1"
    shutil.copytree(Path(__file__).parents[1] / "data" / "vault-v1", folder)
    with open_vault(folder, "fixture passphrase v1 kampot") as vault:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        meeting = vault.store.select(Meeting, limit=1)[0]
        seal, made = seal_meeting(vault, meeting.id, RedactionPolicy.PUBLIC, ReportLanguage("km"))
        assert made and seal.formats == ("pdf", "odt", "docx")
        held = seals.get_seal(vault.conn, seal.id)
        assert (held.odt, held.docx) == (seal.odt, seal.docx)
        seals.check_seal(held)
        ident = load_identity(vault.conn)
    pub = tmp_path / "v1.pub"
    pub.write_bytes(signing.public_key_file(ident.sign_key_id, ident.sign_public))
    for ext in ("odt", "docx"):
        out = tmp_path / f"sealed.{ext}"
        written = seals.write_files(out, held)
        assert _minisign(pub, out, written[1]).returncode == 0
        assert seals.verify_files(out, [pub]).content_sha256 == held.content_sha256


def test_the_text_of_a_sealed_odt_or_docx_is_read_safely(
    pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a co-signer reads of the ODT and DOCX comes from the files themselves; another
    organisation's file with a DTD, a broken zip or an oversized body is refused, not parsed."""
    from app.errors import PreviewUnavailable
    from app.exchange import seal_text

    a, _b = pair
    _meeting, seal = _sealed(a)
    for fmt in ("odt", "docx"):
        text = seal_text.document_text(seal.file(fmt), fmt)
        assert "Leaders' meeting" in text and seal.id in text
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>'
    )
    hostile = io.BytesIO()
    with zipfile.ZipFile(hostile, "w") as z:
        z.writestr("content.xml", laughs)
        z.writestr("word/document.xml", laughs)
    for data in (hostile.getvalue(), b"not a zip", seal.pdf):
        for fmt in ("odt", "docx"):
            with pytest.raises(PreviewUnavailable):
                seal_text.document_text(data, fmt)
    monkeypatch.setattr(seal_text, "MAX_XML", 100)
    with pytest.raises(PreviewUnavailable):
        seal_text.document_text(seal.odt, "odt")


# --- review (rev15): a partner's seal is not ours until we sign it ------------------------------
def test_a_partners_unsigned_seal_never_shapes_our_reports(pair, tmp_path: Path) -> None:
    """A partner may seal any text it likes about a meeting we hold (its own report, or text it
    put in only for the seal) and send it as a co-sign request. Until we co-sign it, our own
    reports of that meeting must not carry its text as "addenda", and `seal` must not hand it
    back to us as our seal."""
    from app.exchange.contacts import get_contact
    from app.exchange.exporter import export_bundle

    a, b = pair
    meeting = a.store.add(Meeting(title="Leaders' meeting", start_date="2026-01-10"))
    export_bundle(a, [get_contact(a.conn, b.org_id)], [meeting.id], tmp_path / "0.rtbundle")
    import_bundle(b, tmp_path / "0.rtbundle")
    # The partner seals a text it never sends as the record (then puts the title back).
    a.store.update(meeting, title="Planted line naming the witness Sok Dara")
    seal, _made = seal_meeting(a, meeting.id, RedactionPolicy.PARTNERS, ReportLanguage("en"))
    a.store.update(meeting, title="Leaders' meeting")
    import_bundle(b, _bundle(a, b, tmp_path / "1.rtbundle", meeting, _request(seal)))
    assert seals.get_seal(b.conn, seal.id).received_from == a.org_id  # held, to be viewed

    text = render_markdown(meeting_document(b.store, meeting.id, RedactionPolicy.PARTNERS))
    assert "Sok Dara" not in text and "Addenda after sealing" not in text
    own, made = seal_meeting(b, meeting.id, RedactionPolicy.PARTNERS, ReportLanguage("en"))
    assert made and own.id != seal.id and own.sealed_by == b.org_id

    # Once co-signed (the user saw it and agreed), it is the meeting's seal here too.
    seals.cosign(b, seal.id)
    b.conn.execute("DELETE FROM seal_signatures WHERE seal_id = ?", (own.id,))
    b.conn.execute("DELETE FROM seals WHERE id = ?", (own.id,))
    text = render_markdown(meeting_document(b.store, meeting.id, RedactionPolicy.PARTNERS))
    assert "Addenda after sealing" in text


def test_a_cosign_request_cannot_borrow_a_known_name(pair, tmp_path: Path) -> None:
    """Review (rev15): a signature is shown, listed in addenda and written to disk under its
    organisation's name: a request must not put ours or a contact's name on another key, nor
    rename the sender's own signature."""
    from tests.exchange.helpers import signer_of

    a, b = pair
    meeting, seal = _sealed(a)
    good = _request(seal)

    # A third "organisation" (another key of the sender's) named like the recipient.
    impostor = dataclasses.replace(
        seals.own_signature(a, seal),
        org_id="x-impostor",
        org_name="Bravo  UNION",
        minisig=signer_of(a).sign(seal.pdf, seal.comment_for("x-impostor")),
        odt_minisig=signer_of(a).sign(seal.odt, seal.comment_for("x-impostor", "odt")),
        docx_minisig=signer_of(a).sign(seal.docx, seal.comment_for("x-impostor", "docx")),
    )
    seals.check_signature(seal, impostor)
    doc = json.loads(json.dumps(good))
    doc["signatures"].append(seals.signature_json(impostor))
    _refused(b, _bundle(a, b, tmp_path / "1.rtbundle", meeting, doc))

    # The sender's own signature under another name is stored under its card's name.
    doc = json.loads(json.dumps(good))
    doc["signatures"][0]["org_name"] = "Office of the High Commissioner"
    doc["seal"]["sealed_by_name"] = "Office of the High Commissioner"
    import_bundle(b, _bundle(a, b, tmp_path / "2.rtbundle", meeting, doc))
    held = seals.get_seal(b.conn, seal.id)
    assert [s.org_name for s in held.signatures] == ["Alpha Rights"]
    assert held.sealed_by_name == "Alpha Rights"


def test_addenda_never_reprint_what_was_withdrawn_for_safety(pair) -> None:
    """Review (rev15): after sealing, a minute that names an informant is marked confidential.
    The next partners report leaves it out, and its addenda must not print it back as "no
    longer in the report" (the full, internal report still may)."""
    from app.domain.records import AgendaItem, MinuteEntry, Session

    a, _b = pair
    meeting = a.store.add(Meeting(title="Forum", start_date="2026-05-01"))
    session = a.store.add(Session(meeting_id=meeting.id, date="2026-05-01"))
    item = a.store.add(AgendaItem(meeting_id=meeting.id, session_id=session.id, title="Land"))
    entry = a.store.add(
        MinuteEntry(agenda_item_id=item.id, meeting_id=meeting.id, text="Sok Dara named the unit")
    )
    for policy in (RedactionPolicy.PARTNERS, RedactionPolicy.FULL):
        seal, _made = seal_meeting(a, meeting.id, policy, ReportLanguage("en"))
        assert "Sok Dara" in seal.report_text
    a.store.update(entry, confidential=True)
    text = render_markdown(meeting_document(a.store, meeting.id, RedactionPolicy.PARTNERS))
    assert "Addenda after sealing" in text and "Sok Dara" not in text
    assert "no longer in this report" in text
    text = render_markdown(meeting_document(a.store, meeting.id, RedactionPolicy.FULL))
    assert "Sok Dara" in text.split("Addenda after sealing")[1]


def test_a_cosign_reply_never_sends_our_records_unredacted(env: Path) -> None:
    """Review (rev15): a seal's policy is its sealer's word. Co-signing a partner's seal made
    under `full` must not export our copy of the meeting unredacted (and its history) to it:
    the reply's records go under `partners` at most."""
    from tests.exchange.helpers import decrypt_inner

    t = env
    for v in ("a", "b"):
        assert rt("identity", "--vault", t / v, "--card", t / f"{v}.card") == 0
    assert rt("contacts", "add", "--vault", t / "a", t / "b.card", "--verified") == 0
    assert rt("contacts", "add", "--vault", t / "b", t / "a.card", "--verified") == 0
    with open_vault(t / "a", PASSPHRASE) as vault:
        meeting = vault.store.add(Meeting(title="Joint meeting", start_date="2026-03-01"))
    pdf = t / "report.pdf"
    assert (
        rt("seal", "--vault", t / "a", "--meeting", meeting.id, "--redact", "full", "-o", pdf) == 0
    )
    with open_vault(t / "a", PASSPHRASE) as vault:
        seal_id = seals.list_seals(vault.conn)[0].id
    req = t / "req.rtbundle"
    assert (
        rt("cosign", "request", "--vault", t / "a", seal_id, "--to", "Bravo Union", "-o", req) == 0
    )
    assert rt("import", "--vault", t / "b", req) == 0
    reply = t / "sig.rtbundle"
    args = ("cosign", "sign", "--vault", t / "b", seal_id, "--to", "Alpha Rights", "-o", reply)
    assert rt(*args, "--yes") == 0
    with open_vault(t / "a", PASSPHRASE) as vault:
        inner = dict(decrypt_inner(reply, vault))
    assert json.loads(inner["data.json"])["policy"] == "partners"
    assert "history.json" not in inner


def test_a_cosign_request_cannot_name_a_meeting_never_shared_with_its_sender(
    pair, tmp_path: Path
) -> None:
    """Review (rev15): co-signing replies with our copy of the seal's meeting. A partner that
    only knows the id of one of our meetings (from a third organisation, a report) must not
    be able to ask us to co-sign "its" seal of it, and so receive our records."""
    a, b = pair
    private = b.store.add(Meeting(title="Bravo's own meeting", start_date="2026-02-01"))
    fake = a.store.add(Meeting(id=private.id, title="Same id", start_date="2026-02-01"))
    seal, _made = seal_meeting(a, fake.id, RedactionPolicy.PARTNERS, ReportLanguage("en"))
    _refused(b, _bundle(a, b, tmp_path / "1.rtbundle", fake, _request(seal)))
    assert seals.find_seal(b.conn, seal.id) is None


def test_a_cosign_request_with_broken_text_is_refused_cleanly(pair, tmp_path: Path) -> None:
    """Review (rev15): JSON can spell a lone surrogate ("\\ud800"), which no UTF-8 writer
    accepts: a request carrying one is refused, not a crash (a traceback)."""
    from tests.exchange.helpers import signer_of

    a, b = pair
    meeting, seal = _sealed(a)
    doc = _request(seal)
    doc["seal"]["content"] = base64.b64encode(b'{"report":"\\ud800"}').decode()
    _refused(b, _bundle(a, b, tmp_path / "1.rtbundle", meeting, doc))

    other = dataclasses.replace(
        seals.own_signature(a, seal),
        org_id="x-third",
        org_name="Third \ud800",
        minisig=signer_of(a).sign(seal.pdf, seal.comment_for("x-third")),
    )
    doc = _request(seal)
    doc["signatures"].append(seals.signature_json(other))
    raw = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()  # \ud800 escaped
    path = tmp_path / "2.rtbundle"
    from app.exchange.contacts import get_contact
    from app.exchange.exporter import export_bundle

    export_bundle(
        a,
        [get_contact(a.conn, b.org_id)],
        [meeting.id],
        path,
        policy="partners",
        seal_files={"seal.json": raw},
    )
    _refused(b, path)


def _crafted(a: Vault, meeting: Meeting, **fields: str) -> seals.Seal:
    """A seal the sender made by hand: consistent hashes, embedded copy and signature."""
    import io
    import uuid

    from pypdf import PdfWriter

    from app.reports.seal import _attach

    blank = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.write(blank)
    values = {"policy": "partners", "language": "en", "sealed_on": "2026-12-01"} | fields
    doc = content_document(
        seal_id=str(uuid.uuid4()),
        meeting_id=meeting.id,
        policy=values["policy"],
        lang=ReportLanguage("en"),
        sealed_on=values["sealed_on"],
        sealed_by=a.org_id,
        report="# Text\\n",
    ) | {"language": values["language"]}
    content = seals.canonical(doc)
    pdf = _attach(blank.getvalue(), content)
    seal = seals.Seal(
        doc["seal_id"],
        meeting.id,
        values["policy"],
        values["language"],
        values["sealed_on"],
        a.org_id,
        a.org_name,
        content,
        seals.sha256(content),
        pdf,
        seals.sha256(pdf),
    )
    seals.check_seal(seal)
    seal.signatures = [seals.own_signature(a, seal)]
    return seal


def test_a_cosign_request_with_fields_outside_the_format_is_refused(pair, tmp_path: Path) -> None:
    """Review (rev15): policy, language and date are printed (`cosign show`, `cosign list`)
    and read back (addenda parse the date): a request with a policy that is a terminal escape
    sequence, an unknown language or a date that is not one is refused."""
    a, b = pair
    meeting = a.store.add(Meeting(title="Forum", start_date="2026-05-01"))
    bad_fields = ({"policy": "\x1b[2J"}, {"language": "xx"}, {"sealed_on": "2026-13-45"})
    for i, bad in enumerate(bad_fields):
        seal = _crafted(a, meeting, **bad)
        _refused(b, _bundle(a, b, tmp_path / f"{i}.rtbundle", meeting, _request(seal)))
    good = _request(_crafted(a, meeting))
    import_bundle(b, _bundle(a, b, tmp_path / "good.rtbundle", meeting, good))


def test_verify_seal_never_waits_on_a_signature_that_is_not_a_file(pair, tmp_path: Path) -> None:
    """Review (rev15): `verify --seal` reads every FILE.pdf.*.minisig beside the PDF, files an
    auditor received from anyone. One that is a FIFO (it travels in a tar) must be refused at
    once, not wait for ever for a writer; one of gigabytes is not read whole."""
    import os
    import threading

    from app.errors import RoundtableError

    a, _b = pair
    _meeting, seal = _sealed(a)
    pdf = tmp_path / "out" / "report.pdf"
    pdf.parent.mkdir()
    seals.write_files(pdf, seal)
    card = tmp_path / "a.card"
    from app.exchange.contacts import own_card

    card.write_bytes(own_card(a).raw)
    os.mkfifo(pdf.with_name("report.pdf.zz-fifo.minisig"))
    outcome: list[object] = []

    def run() -> None:
        try:
            seals.verify_files(pdf, [card])
        except RoundtableError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive():  # unblock it, so the test process can end
        with open(pdf.with_name("report.pdf.zz-fifo.minisig"), "wb"):
            pass
        pytest.fail("verify --seal waited on a FIFO")
    assert outcome and isinstance(outcome[0], RoundtableError)


def test_verify_seal_refuses_a_signature_naming_another_organisation(pair, tmp_path: Path) -> None:
    """Review (rev15): a signature's comment names the organisation that signed; checked
    against a contact card, it must be the card's organisation (else `--json` reports one
    organisation's signature under another's id)."""
    from app.exchange.contacts import own_card
    from tests.exchange.helpers import signer_of

    a, b = pair
    _meeting, seal = _sealed(a)
    pdf = tmp_path / "report.pdf"
    seals.write_files(pdf, seal)
    for v in (a, b):
        (tmp_path / f"{v.org_id}.card").write_bytes(own_card(v).raw)
    cards = [tmp_path / f"{v.org_id}.card" for v in (a, b)]
    lying = signer_of(b).sign(seal.pdf, seal.comment_for(a.org_id))  # Bravo's key, Alpha's name
    (tmp_path / "report.pdf.bravo-union.minisig").write_bytes(lying)
    with pytest.raises(SealInvalid):
        seals.verify_files(pdf, cards)
    honest = signer_of(b).sign(seal.pdf, seal.comment_for(b.org_id))
    (tmp_path / "report.pdf.bravo-union.minisig").write_bytes(honest)
    found = seals.verify_files(pdf, cards)
    assert {s.org_id for s in found.signatures} == {a.org_id, b.org_id}


def test_addenda_of_a_long_report_with_every_line_touched_come_quickly(
    pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review (rev15): one item inserted at the top renumbers every line below it. The addenda
    compared the sealed and current reports with difflib.ndiff, whose character-level pass on
    similar lines is cubic: 300 such lines took 10 s, 600 over a minute and a half, and the
    report (and every export of the meeting) hung. Lines are compared as lines."""
    import time

    import app.reports.seal as seal_mod
    from app.reports.model import Document

    a, _b = pair
    meeting, seal = _sealed(a)
    lines = [f"{i}. Decision about the land dispute in village {i % 37}" for i in range(1, 401)]
    before = "\n".join(lines) + "\n"
    after = "0. A decision added first\n" + "\n".join(
        f"{i + 1}. Decision about the land dispute in village {i % 37}" for i in range(1, 401)
    )
    content = seals.canonical(json.loads(seal.content) | {"report": before})
    a.conn.execute("UPDATE seals SET content = ? WHERE id = ?", (content, seal.id))
    monkeypatch.setattr(seal_mod, "sealed_markdown", lambda *_a, **_k: (None, after))
    doc = Document(kicker="", title="t")
    started = time.monotonic()
    seal_mod.add_addenda(a.store, meeting.id, RedactionPolicy.PARTNERS, ReportLanguage("en"), doc)
    assert time.monotonic() - started < 3
    text = render_markdown(doc)
    assert "0. A decision added first" in text and "line(s) of the sealed version" in text


def test_seal_languages_are_the_report_languages() -> None:
    from app.reports.language import LANGUAGES

    assert seal_exchange.LANGUAGES == LANGUAGES


def test_three_organisers_with_the_same_name_get_three_signature_files() -> None:
    """Time-ordered ids made within a minute share their first eight digits: the third
    same-named signer's file name was the second's, and one signature overwrote the other."""
    from app.exchange.seals import SealSignature, signature_names

    ids = [f"019ad2f0-7c1{n}-7000-8000-00000000000{n}" for n in range(3)]
    sigs = [SealSignature(i, "Alpha Rights", "RWQ", b"s", "2026-12-01") for i in ids]
    seal = type("S", (), {"signatures": sigs})()
    names = [p.name for p, _ in signature_names(Path("/x/report.pdf"), seal)]
    assert len(set(names)) == 3, names
    assert names[0] == "report.pdf.alpha-rights.minisig"

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
    assert "Leaders' meeting" in text.split("Addenda after sealing")[1]  # what it replaced
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

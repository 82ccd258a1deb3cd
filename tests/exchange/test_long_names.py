"""Every organisation name a user can type works end to end (issue 17 item 6): a 300-character
Khmer name (9 bytes per character once percent-encoded) used to break every bundle it sent."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
import zipfile

import pytest

from app.crypto import bundle, kdf, signing
from app.crypto.identity import load_identity
from app.exchange.contacts import own_card
from app.exchange.importer import import_bundle
from app.exchange.verify import verify_bundle
from app.vault import create_vault
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import introduce, make_vault, seed_meeting, send

MINISIGN = shutil.which("minisign")
# "Cambodian Human Rights and Development Organisation", with subscripts (coeng) throughout.
WORDS = "អង្គការ សិទ្ធិមនុស្ស និង អភិវឌ្ឍន៍ កម្ពុជា ស្រ្តី យុវជន "
KHMER_300 = (WORDS * 10)[:299].rstrip() + "ក"
KHMER_300 = KHMER_300 + "ខ" * (300 - len(KHMER_300))


def test_the_name_used_here_is_long() -> None:
    assert len(KHMER_300) == 300
    assert len(bundle.percent_encode(KHMER_300)) > 2000


@pytest.fixture(scope="module")
def khmer(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("names")
    a = create_vault(root / "khmer", KHMER_300, PASSPHRASE, params=kdf.INSECURE_TEST).vault
    b = make_vault(root, "Org B")
    assert a.org_name == KHMER_300
    introduce(a, b)
    seed_meeting(a)
    yield a, b, root
    a.close()
    b.close()


def test_a_300_character_khmer_name_exports_verifies_and_imports(khmer, tmp_path) -> None:
    a, b, _ = khmer
    path = send(a, [b], tmp_path / "k.rtbundle")
    card = tmp_path / "a.card"
    card.write_bytes(own_card(a).raw)
    result = verify_bundle(path, card)
    assert result.signer == KHMER_300  # a known signer: the card's full name
    assert result.signer_from_card
    assert result.stated_sender == bundle.stated_name(KHMER_300)
    preview = import_bundle(b, path)
    assert preview.sender == KHMER_300
    assert preview.summary()["new"] >= 2


def test_a_bare_key_shows_the_shortened_stated_name_honestly(khmer, tmp_path) -> None:
    a, b, _ = khmer
    path = send(a, [b], tmp_path / "k.rtbundle")
    ident = load_identity(a.conn)
    pub = tmp_path / "a.pub"
    pub.write_bytes(signing.public_key_file(ident.sign_key_id, ident.sign_public))
    result = verify_bundle(path, pub)
    assert not result.signer_from_card
    assert result.signer.endswith("…")
    assert KHMER_300.startswith(result.signer[:-1])


def test_the_shortened_name_fits_and_is_cut_between_characters() -> None:
    for name in (KHMER_300, "ក្ស" * 200, "x" * 5000, "ស្រ្តី" * 100, "e\u0301" * 400):
        short = bundle.stated_name(name)
        assert len(bundle.percent_encode(short)) <= bundle.NAME_BUDGET
        assert short.endswith("…")
        prefix = short[:-1]
        assert name.startswith(prefix)
        assert not prefix.endswith("\u17d2")  # no coeng left without its consonant
        assert not unicodedata.category(name[len(prefix)]).startswith("M")
    assert bundle.stated_name("Org A") == "Org A"
    fits = "ក" * (bundle.NAME_BUDGET // 9)
    assert bundle.stated_name(fits) == fits


def test_a_sender_cannot_state_another_shortened_name(khmer, tmp_path) -> None:
    """The reader recomputes the stated name from the signed manifest's full name."""
    from app.crypto.bundle_reader import OuterBundle, open_inner
    from app.errors import SenderMismatch

    a, b, _ = khmer
    path = send(a, [b], tmp_path / "k.rtbundle")
    ident = load_identity(a.conn)
    key = (ident.sign_key_id, ident.sign_public)
    with OuterBundle(path) as outer:
        header = outer.verify(*key)
        plaintext = outer.decrypt(load_identity(b.conn).age_secret)
    wrong = header.__class__(**{**header.__dict__, "sender_name": KHMER_300[:50] + "…"})
    with pytest.raises(SenderMismatch):
        open_inner(plaintext, wrong, key)


@pytest.mark.skipif(MINISIGN is None, reason="the minisign program is not installed")
def test_stock_minisign_verifies_a_long_khmer_senders_bundle(khmer, tmp_path) -> None:
    a, b, _ = khmer
    path = send(a, [b], tmp_path / "k.rtbundle")
    ident = load_identity(a.conn)
    (tmp_path / "ORG.pub").write_bytes(
        signing.public_key_file(ident.sign_key_id, ident.sign_public)
    )
    with zipfile.ZipFile(path) as zf:
        zf.extractall(tmp_path, members=[bundle.PAYLOAD, bundle.PAYLOAD_SIG])
    done = subprocess.run(
        [MINISIGN, "-V", "-H", "-p", "ORG.pub", "-m", "payload.age"],
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    comment = done.stdout.decode().split("Trusted comment: ", 1)[1].strip()
    sender = comment.split(" from=", 1)[1].split(" ", 1)[0]
    assert bundle.percent_decode(sender) == bundle.stated_name(KHMER_300)


def test_cli_verify_and_import_with_a_long_khmer_name(khmer, tmp_path, capsys) -> None:
    from app.cli import main

    a, b, _ = khmer
    path = send(a, [b], tmp_path / "k.rtbundle")
    card = tmp_path / "a.card"
    card.write_bytes(own_card(a).raw)
    assert main(["verify", str(path), "--signer", str(card), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["signer"] == KHMER_300


def test_cli_verify_prints_no_false_stated_name_for_a_long_card_name(
    khmer, tmp_path, capsys
) -> None:
    """The shortened stated name is what the card's name gives: not a different name."""
    from app.cli import main

    a, b, _ = khmer
    path = send(a, [b], tmp_path / "k.rtbundle")
    card = tmp_path / "a.card"
    card.write_bytes(own_card(a).raw)
    assert main(["verify", str(path), "--signer", str(card)]) == 0
    out = capsys.readouterr().out
    assert "Stated name" not in out
    assert KHMER_300 in out

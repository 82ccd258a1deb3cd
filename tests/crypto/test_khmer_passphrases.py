"""Khmer passphrases typed in another order, or with zero-width characters, unlock; visibly
different passphrases stay different; vaults made before keep opening (issue 17 item 7)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.crypto import kdf
from app.crypto.keyfile import read_keyfile
from app.crypto.khmer_order import canonical
from app.crypto.passphrase import assess
from app.errors import WrongPassphrase
from app.vault import change_passphrase, create_vault, open_vault, rekey_vault

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "keyfile-nfc"
# The fixture's passphrase as it was typed (coeng RO first, E + II for OE, a zero-width space)
OLD_TYPED = "\u179f\u17d2\u179a\u17d2\u178f\u17b8 \u1780\u17c1\u17b8\u200b\u178f 2026 kampot"
# The same passphrase in canonical order, as another keyboard produces it.
CANONICAL = "\u179f\u17d2\u178f\u17d2\u179a\u17b8 \u1780\u17be\u178f 2026 kampot"

SAME = [
    # subscript order: coeng RO is drawn on the left whatever its place
    ("\u179f\u17d2\u179a\u17d2\u178f\u17b8", "\u179f\u17d2\u178f\u17d2\u179a\u17b8"),
    # a vowel typed before the subscript
    ("\u1780\u17b6\u17d2\u179f", "\u1780\u17d2\u179f\u17b6"),
    # a two-part vowel typed as its parts
    ("\u1780\u17c1\u17b8\u178f", "\u1780\u17be\u178f"),
    ("\u1780\u17c1\u17b6", "\u1780\u17c4"),
    # subscript DA and subscript TA are the same glyph
    ("\u1780\u17d2\u178a", "\u1780\u17d2\u178f"),
    # sign after vowel, typed the other way round
    ("\u1780\u17c6\u17bb", "\u1780\u17bb\u17c6"),
    # zero-width space, word joiner, BOM, and joiners that change nothing
    (
        "\u1781\u17d2\u1798\u17c2\u179a\u200b\u1797\u17b6\u179f\u17b6",
        "\u1781\u17d2\u1798\u17c2\u179a\u1797\u17b6\u179f\u17b6",
    ),
    ("pass\u2060word\ufeff", "password"),
    ("\u200d\u1780\u200c\u1781", "\u1780\u1781"),
]
DIFFERENT = [
    ("\u1780\u17b6", "\u1781\u17b6"),  # another letter
    ("\u1780\u17b7", "\u1780\u17b8"),  # another vowel
    ("\u179f\u17d2\u178f\u17d2\u1798", "\u179f\u17d2\u1798\u17d2\u178f"),  # stack order
    ("\u1794\u17ca\u200c\u17b7", "\u1794\u17ca\u17b7"),  # ZWNJ keeps the shifter's shape
    ("\u1780\u200b\u17b6", "\u1780\u17b6"),  # ZWSP before a vowel: drawn on a dotted circle
    ("\U0001f468\u200d\U0001f469", "\U0001f468\U0001f469"),  # one emoji vs two
    ("\u0915\u094d\u200d\u0937", "\u0915\u094d\u0937"),  # Devanagari half form vs conjunct
    ("abc", "ABC"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_equivalent_typings_are_one_passphrase(a: str, b: str) -> None:
    assert canonical(a) == canonical(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_visibly_different_passphrases_stay_different(a: str, b: str) -> None:
    assert canonical(a) != canonical(b)


def test_canonical_keeps_every_visible_character() -> None:
    text = "\u1780\u17b6\u17d2\u179f\u17c6 \u179f\u17d2\u179a\u17d2\u178f\u17b8 ok"
    visible = sorted(ch for ch in text if ch not in "\u200b\u200c\u200d\u2060\ufeff")
    assert sorted(canonical(text)) == visible
    assert canonical(canonical(text)) == canonical(text)


def test_zero_width_characters_do_not_count_towards_the_length() -> None:
    assert not assess("abc\u200b" * 6).acceptable


def test_a_vault_unlocks_however_its_khmer_passphrase_is_typed(vault_dir: Path) -> None:
    create_vault(vault_dir, "Org", OLD_TYPED, params=kdf.INSECURE_TEST).vault.close()
    open_vault(vault_dir, CANONICAL).close()
    change_passphrase(vault_dir, CANONICAL + " new", old_passphrase=OLD_TYPED)
    open_vault(vault_dir, OLD_TYPED + " new").close()
    with open_vault(vault_dir, OLD_TYPED + " new") as vault:
        rekey_vault(vault, passphrase=CANONICAL + " new")
    open_vault(vault_dir, OLD_TYPED + " new").close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, CANONICAL.replace("\u178f", "\u1790"))


def test_a_vault_made_by_the_old_code_opens_and_its_slot_is_upgraded(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    shutil.copytree(FIXTURE, folder)
    slot = json.loads((folder / "vault.key").read_text())["slots"][0]
    assert slot["type"] == "passphrase" and "norm" not in slot  # made with NFC only
    # Before the upgrade the old slot still opens with the passphrase as it was typed...
    open_vault(folder, OLD_TYPED).close()
    # ...and that unlock re-wrapped it under the current normalisation:
    migrated = read_keyfile(folder / "vault.key")
    assert migrated.legacy is None and migrated.norm == 2  # format 2, current normalisation
    open_vault(folder, CANONICAL).close()
    open_vault(folder, OLD_TYPED).close()
    with pytest.raises(WrongPassphrase):
        open_vault(folder, "fixture passphrase v1 kampot")


def test_an_old_slot_opens_with_a_canonical_typing_of_a_canonical_passphrase(
    tmp_path: Path,
) -> None:
    """An old slot made from a passphrase typed canonically: a typing in another order is tried
    under the current normalisation too."""
    folder = tmp_path / "v"
    shutil.copytree(FIXTURE, folder)
    # The fixture was typed out of order, so the other order only opens it after the upgrade.
    with pytest.raises(WrongPassphrase):
        open_vault(folder, CANONICAL)
    open_vault(folder, OLD_TYPED).close()
    open_vault(folder, CANONICAL).close()

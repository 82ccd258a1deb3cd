"""Review (issue 17 item 7): passphrases that are drawn differently must never normalise to the
same bytes (docs/passphrases.md). A joiner kept because it splits a Khmer cluster was then
moved by the syllable sort, and the last joiner of a run of invisible characters was kept
without the rest of the run, so these visibly different pairs became one passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.crypto import kdf
from app.crypto.khmer_order import canonical
from app.errors import WrongPassphrase
from app.vault import create_vault, open_vault

DRAWN_DIFFERENTLY = [
    # ZWNJ after the shifter keeps its shape; before it, the shifter is cut off its letter
    ("\u1780\u17c9\u200c\u17b7", "\u1780\u200c\u17c9\u17b7"),
    # a joiner before both vowels cuts both off; between them, only the second
    ("\u1780\u200d\u17b7\u17bb", "\u1780\u17b7\u200d\u17bb"),
    ("\u1780\u200c\u17b7\u17bb", "\u1780\u17b7\u200c\u17bb"),
    # a zero-width space (or a second joiner) between two emoji: two pictures, not one family
    ("\U0001f468\u200b\u200d\U0001f469", "\U0001f468\u200d\U0001f469"),
    ("\U0001f468\u200d\u200d\U0001f469", "\U0001f468\u200d\U0001f469"),
]


@pytest.mark.parametrize(("a", "b"), DRAWN_DIFFERENTLY)
def test_passphrases_drawn_differently_stay_different(a: str, b: str) -> None:
    assert canonical(a) != canonical(b)


def test_the_other_drawing_does_not_unlock(vault_dir: Path) -> None:
    typed = "family \U0001f468\u200b\u200d\U0001f469 kampot 2026"
    create_vault(vault_dir, "Org", typed, params=kdf.INSECURE_TEST).vault.close()
    open_vault(vault_dir, typed).close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, "family \U0001f468\u200d\U0001f469 kampot 2026")

"""Review (issue 17 item 3): card names that LOOK the same as a known contact's pass the clash
check. Each name below is drawn exactly like the partner's on screen (invisible combining
characters, blank-looking letters, a Khmer syllable typed in another order), yet the card was
accepted and the user saw two contacts with the same name."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.crypto.cards import make_card
from app.crypto.identity import load_identity
from app.errors import ContactNameClash
from app.exchange.contacts import add_contact, list_contacts, name_key
from tests.exchange.helpers import dump, introduce, make_vault

KHMER = "សមាគមស្ត្រី"  # the women's association: subscript TA then subscript RO
LOOK_ALIKES = [
    ("Honest Partner", "Honest\u034f Partner"),  # COMBINING GRAPHEME JOINER (Mn, invisible)
    ("Honest Partner", "Honest Partner\ufe0f"),  # a variation selector (Mn, invisible)
    ("Honest Partner", "Honest\u2800Partner"),  # BRAILLE PATTERN BLANK: drawn as a space
    ("Honest Partner", "Honest\u3164Partner"),  # HANGUL FILLER: drawn as a space
    ("Honest Partner", "Honest Partner\u3164"),  # ...or as nothing at the end
    (KHMER, "សមាគមស្រ្តី"),  # subscript RO typed first: the same written syllable
    (KHMER, "សមាគមស្តី្រ"),  # the vowel typed before the second subscript
    (KHMER, "សមាគម\u17b4ស្ត្រី"),  # KHMER VOWEL INHERENT AQ: invisible, "not to be used"
    (KHMER, "សមាគមស្ដ្រី"),  # subscript DA: the same glyph as subscript TA
]


@pytest.mark.parametrize(("taken", "look_alike"), LOOK_ALIKES)
def test_names_that_look_the_same_compare_the_same(taken: str, look_alike: str) -> None:
    assert name_key(look_alike) == name_key(taken)


def test_visibly_different_names_stay_different() -> None:
    assert name_key("Honest Partner") != name_key("Honest Partners")
    assert name_key(KHMER) != name_key("សមាគមស្ត្រ")  # no vowel
    assert name_key("សមាគមស្ត្ម") != name_key("សមាគមស្ម្ត")  # stacking order is visible


@pytest.fixture(scope="module")
def partners(tmp_path_factory: pytest.TempPathFactory):
    root: Path = tmp_path_factory.mktemp("lookalike")
    vaults = [make_vault(root, n) for n in ("Honest Partner", KHMER, "Receiver", "Sly Org")]
    introduce(*vaults)
    yield vaults
    for v in vaults:
        v.close()


@pytest.mark.parametrize(("taken", "look_alike"), LOOK_ALIKES)
def test_a_contact_cannot_take_a_name_that_looks_the_same(partners, taken, look_alike) -> None:
    _, _, r, s = partners
    before = dump(r)
    card = make_card(load_identity(s.conn), look_alike).raw
    with pytest.raises(ContactNameClash):
        add_contact(r, card, accept_rename=True)
    assert dump(r) == before
    assert sorted(c.org_name for c in list_contacts(r.conn)) == sorted(
        ["Honest Partner", KHMER, "Sly Org"]
    )

"""The duress passphrase and its decoy, travel mode's note, and key files that look the same
whatever is configured (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import unlock_guard, vault_duress, vault_note
from app.crypto import kdf
from app.crypto.keyfile import DB_B
from app.demo import fill_demo_vault
from app.domain.records import Meeting
from app.errors import DuressSameAsPassphrase, NoDecoy, WeakPassphrase, WrongPassphrase
from app.vault import (
    change_passphrase,
    create_vault,
    forget_passphrase_slot,
    open_vault,
    open_vault_with_recovery,
)
from tests.conftest import PASSPHRASE

DURESS = "ordinary garden meetings 2026"
WRONG = "not the passphrase at all 7"


@pytest.fixture
def folder(vault_dir: Path) -> Path:
    created = create_vault(vault_dir, "Real Coalition", PASSPHRASE, params=kdf.INSECURE_TEST)
    with created.vault as vault:
        vault.store.add(Meeting(title="Secret strategy meeting"))
    (vault_dir.parent / "recovery.txt").write_text(created.recovery_key)
    return vault_dir


def _recovery(folder: Path) -> str:
    return (folder.parent / "recovery.txt").read_text()


def _set_up(folder: Path, fill=fill_demo_vault, org: str | None = None) -> None:
    with open_vault(folder, PASSPHRASE) as vault:
        vault_duress.set_up_duress(
            vault, DURESS, passphrase=PASSPHRASE, fill=fill, decoy_org_name=org
        )
        assert vault_duress.has_duress(vault)


def _titles(vault) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.title for m in vault.store.select(Meeting)}


def test_the_duress_passphrase_opens_the_decoy_and_the_real_one_then_fails_like_a_wrong_one(
    folder: Path,
) -> None:
    _set_up(folder)
    with open_vault(folder, PASSPHRASE) as vault:  # set up, not fired: the real vault
        assert "Secret strategy meeting" in _titles(vault)
    with open_vault(folder, DURESS) as decoy:
        assert decoy.db == DB_B and decoy.org_name == "Real Coalition"
        titles = _titles(decoy)
        assert titles and "Secret strategy meeting" not in titles  # the sample meetings
        assert not vault_duress.has_duress(decoy)  # the decoy says nothing of the real vault
        assert decoy.meta(vault_duress.DECOY_META) == ""
    with pytest.raises(WrongPassphrase) as after:
        open_vault(folder, PASSPHRASE)
    with pytest.raises(WrongPassphrase) as wrong:
        open_vault(folder, WRONG)
    assert type(after.value) is type(wrong.value) and str(after.value) == str(wrong.value)
    assert after.value.__traceback__ is not None
    with open_vault(folder, DURESS) as decoy:  # and keeps opening
        assert decoy.db == DB_B
    with open_vault_with_recovery(folder, _recovery(folder)) as vault:
        assert "Secret strategy meeting" in _titles(vault)


def test_an_empty_decoy_the_real_vault_opens_to_prepare(folder: Path) -> None:
    _set_up(folder, fill=None, org="Garden Club")
    with open_vault(folder, PASSPHRASE) as vault:
        key = vault_duress.read_decoy_key(vault)
    with vault_duress.open_decoy(folder, key) as decoy:
        assert decoy.org_name == "Garden Club" and _titles(decoy) == set()
        decoy.store.add(Meeting(title="Tree planting"))
    with open_vault(folder, PASSPHRASE) as vault:  # preparing it fired nothing
        assert "Secret strategy meeting" in _titles(vault)
    with open_vault(folder, DURESS) as decoy:
        assert _titles(decoy) == {"Tree planting"}


def test_the_duress_passphrase_fires_at_every_prompt_passwd_included(folder: Path) -> None:
    """Forced to change the passphrase: the duress one fires, and what is changed is the
    decoy's passphrase."""
    _set_up(folder)
    new = "a brand new passphrase 55"
    change_passphrase(folder, new, old_passphrase=DURESS)
    with pytest.raises(WrongPassphrase):
        open_vault(folder, PASSPHRASE)
    with open_vault(folder, new) as vault:
        assert vault.db == DB_B and "Secret strategy meeting" not in _titles(vault)


def test_refused_duress_passphrases(folder: Path) -> None:
    with open_vault(folder, PASSPHRASE) as vault:
        with pytest.raises(DuressSameAsPassphrase):
            vault_duress.set_up_duress(vault, PASSPHRASE, passphrase=PASSPHRASE)
        with pytest.raises(WeakPassphrase):
            vault_duress.set_up_duress(vault, "1234", passphrase=PASSPHRASE)
        with pytest.raises(WrongPassphrase):
            vault_duress.set_up_duress(vault, DURESS, passphrase=WRONG)
        with pytest.raises(NoDecoy):
            vault_duress.read_decoy_key(vault)
        assert not vault_duress.has_duress(vault)
    assert list(folder.glob("*.new*")) == []


def test_changing_and_removing_the_duress_passphrase(folder: Path) -> None:
    _set_up(folder, fill=None)
    other = "another harmless phrase 88"
    with open_vault(folder, PASSPHRASE) as vault:
        vault_duress.change_duress_passphrase(vault, other, passphrase=PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        open_vault(folder, DURESS)  # the old duress passphrase no longer fires
    with open_vault(folder, PASSPHRASE) as vault:  # ... and fired nothing
        vault_duress.remove_duress(vault)
        assert not vault_duress.has_duress(vault)
    with pytest.raises(WrongPassphrase):
        open_vault(folder, other)
    open_vault(folder, PASSPHRASE).close()


def test_a_duress_unlock_resets_the_wrong_passphrase_count(folder: Path) -> None:
    _set_up(folder, fill=None)
    with open_vault(folder, PASSPHRASE) as vault:
        unlock_guard.set_wipe_after(vault.folder, 5)
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            open_vault(folder, WRONG)
    open_vault(folder, DURESS).close()
    assert unlock_guard.read_guard(folder).failed == 0  # type: ignore[union-attr]


def _shape(folder: Path) -> tuple:
    raw = (folder / "vault.key").read_bytes()
    doc = json.loads(raw)
    slots = doc["slots"]
    return (len(raw), tuple(sorted(doc)), doc["format"], len(slots), frozenset(map(len, slots)))


def test_key_files_with_and_without_duress_or_travel_mode_look_the_same(tmp_path: Path) -> None:
    shapes = []
    for n, setup in enumerate(["plain", "duress", "travel", "duress fired", "travel+duress"]):
        folder = tmp_path / str(n)
        create_vault(folder, "Org", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
        if "duress" in setup:
            _set_up(folder, fill=None)
        if "travel" in setup:
            forget_passphrase_slot(folder)
        if "fired" in setup:
            open_vault(folder, DURESS).close()
        shapes.append(_shape(folder))
        names = sorted(p.name for p in folder.iterdir())
        assert names == ["vault-b.db", "vault.db", "vault.key", "vault.lock"], names
    assert len(set(shapes)) == 1, shapes


def test_travel_mode_note(folder: Path) -> None:
    assert vault_note.read_note(folder) == ""
    vault_note.write_note(folder, "  Ask the secretariat.  ")
    assert vault_note.read_note(folder) == "Ask the secretariat."
    vault_note.write_note(folder, "")
    assert not (folder / vault_note.NOTE_NAME).exists()


def test_restoring_after_travel_mode_removes_the_note(folder: Path) -> None:
    forget_passphrase_slot(folder)
    vault_note.write_note(folder, "In travel mode.")
    change_passphrase(
        folder, "a new passphrase after the border 3", recovery_text=_recovery(folder)
    )
    assert vault_note.read_note(folder) == ""


def test_no_duress_set_up_inside_a_decoy(folder: Path) -> None:
    from app.errors import DuressNotPossible

    _set_up(folder, fill=None)
    with open_vault(folder, DURESS) as decoy:
        assert not vault_duress.has_duress(decoy)
        with pytest.raises(DuressNotPossible) as refused:
            vault_duress.set_up_duress(decoy, "yet another phrase here 5", passphrase=DURESS)
        assert "decoy" not in str(refused.value)


def test_the_settings_never_say_set_for_a_duress_slot_that_is_gone(folder: Path) -> None:
    """A crash between clearing slot 2 and recording it, or a passphrase change under new KDF
    settings (which clears slot 2), reads "not set"."""
    from app.crypto.keyfile import POS_DURESS, read_keyfile, write_keyfile

    _set_up(folder, fill=None)
    keyfile = read_keyfile(folder / "vault.key")
    keyfile.clear(POS_DURESS)  # what remove_duress does first; "killed" right after
    write_keyfile(folder / "vault.key", keyfile)
    with open_vault(folder, PASSPHRASE) as vault:
        assert not vault_duress.has_duress(vault)
    _set_up(folder, fill=None)
    change_passphrase(
        folder, PASSPHRASE, old_passphrase=PASSPHRASE, params=kdf.KdfParams(t=1, m_kib=8, p=1)
    )
    with open_vault(folder, PASSPHRASE) as vault:
        assert not vault_duress.has_duress(vault)
    with pytest.raises(WrongPassphrase):
        open_vault(folder, DURESS)


def test_travel_mode_restored_with_recovery_shares(folder: Path) -> None:
    from app import recovery_shares

    with open_vault(folder, PASSPHRASE) as vault:
        shares = recovery_shares.split_recovery(vault, threshold=2, count=3, passphrase=PASSPHRASE)
        unlock_guard.set_wipe_after(vault.folder, 5)
    forget_passphrase_slot(folder)
    vault_note.write_note(folder, "Ask two board members.")
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            open_vault(folder, PASSPHRASE)
    new = "a new passphrase after the border 3"
    recovery_shares.restore_with_shares(folder, [shares[2], shares[0]], new).close()
    assert vault_note.read_note(folder) == ""
    assert unlock_guard.read_guard(folder).failed == 0  # type: ignore[union-attr]
    with open_vault(folder, new) as vault:
        assert "Secret strategy meeting" in _titles(vault)


def test_the_duress_passphrase_typed_inside_the_open_real_vault_is_just_wrong(
    folder: Path,
) -> None:
    """Change keys proves the passphrase while the real vault is open: the duress passphrase
    there must not fire (the real vault would stay open on screen with its slot gone)."""
    from app.vault import rekey_vault

    _set_up(folder)
    with open_vault(folder, PASSPHRASE) as vault, pytest.raises(WrongPassphrase):
        rekey_vault(vault, passphrase=DURESS)
    with open_vault(folder, PASSPHRASE) as vault:  # the real passphrase still opens it
        assert "Secret strategy meeting" in _titles(vault)

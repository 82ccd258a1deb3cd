"""Key-file format 2 (docs/key-file.md): fixed equal slots, kind sealed inside, one derivation."""

from __future__ import annotations

import json
import shutil
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto import kdf
from app.crypto import keyfile as keyfile_module
from app.crypto.keyfile import (
    DB_B,
    DB_MAIN,
    POS_DURESS,
    POS_PASSPHRASE,
    POS_RECOVERY,
    SLOT_BYTES,
    SLOT_COUNT,
    KeyFile,
    KeyFileCorrupt,
    Role,
    new_data_key,
    new_keyfile,
)
from app.crypto.keyfile_v1 import KeyFileV1
from app.crypto.recovery import format_recovery_key, new_recovery_key, parse_recovery_key
from app.errors import VaultCorrupt, WrongPassphrase, WrongRecoveryKey

FAST = kdf.INSECURE_TEST
PASS = "a long test passphrase"
FIXTURE = Path(__file__).resolve().parents[1] / "data" / "vault-v1"


def _keyfile(passphrase: str = PASS) -> tuple[KeyFile, bytes, bytes]:
    kf = new_keyfile(FAST)
    data_key = new_data_key()
    recovery = new_recovery_key()
    kf.set_passphrase(passphrase, data_key)
    kf.set_recovery(recovery, data_key)
    return kf, bytes(data_key.buffer), recovery


def _key(opened) -> bytes:
    return bytes(opened.data_key.buffer)


def test_round_trip_through_bytes_opens_the_same_key_in_its_slot() -> None:
    kf, data_key, recovery = _keyfile()
    again = KeyFile.from_bytes(kf.to_bytes())
    by_pass = again.open_with_passphrase(PASS)
    assert (by_pass.role, by_pass.db, by_pass.position) == (Role.PASSPHRASE, DB_MAIN, 0)
    assert _key(by_pass) == data_key
    by_recovery = again.open_with_recovery(recovery)
    assert (by_recovery.role, by_recovery.position) == (Role.RECOVERY, POS_RECOVERY)
    assert _key(by_recovery) == data_key


def test_wrong_passphrase_and_wrong_recovery_key_are_told_apart() -> None:
    kf, _, recovery = _keyfile()
    with pytest.raises(WrongPassphrase):
        kf.open_with_passphrase("a long test passphrasE")
    with pytest.raises(WrongRecoveryKey):
        kf.open_with_recovery(new_recovery_key())
    with pytest.raises(WrongPassphrase):  # a recovery slot never opens for a passphrase
        kf.open_with_passphrase(format_recovery_key(recovery))


def test_a_new_passphrase_keeps_the_recovery_and_duress_slots() -> None:
    kf, data_key, recovery = _keyfile()
    decoy_key = new_data_key()
    kf.set_passphrase("the duress words", decoy_key, role=Role.DURESS, position=POS_DURESS, db=DB_B)
    kf.set_passphrase("another long passphrase", data_key)
    again = KeyFile.from_bytes(kf.to_bytes())
    assert _key(again.open_with_passphrase("another long passphrase")) == data_key
    assert _key(again.open_with_recovery(recovery)) == data_key
    duress = again.open_with_passphrase("the duress words")
    assert (duress.role, duress.db, duress.position) == (Role.DURESS, DB_B, POS_DURESS)
    assert _key(duress) == bytes(decoy_key.buffer)
    with pytest.raises(WrongPassphrase):
        again.open_with_passphrase(PASS)


def test_new_kdf_settings_clear_every_passphrase_derived_slot() -> None:
    kf, data_key, recovery = _keyfile()
    kf.set_passphrase("the duress words", new_data_key(), role=Role.DURESS, position=POS_DURESS)
    kf.reset_kdf(FAST)
    kf.set_passphrase("another long passphrase", data_key)
    with pytest.raises(WrongPassphrase):
        kf.open_with_passphrase("the duress words")
    assert _key(kf.open_with_recovery(recovery)) == data_key


def test_every_key_file_has_the_same_shape_whatever_its_slots() -> None:
    """Duress configured, travel mode, a fresh file: same keys, same slot sizes, same length."""
    plain, _, _ = _keyfile()
    duress, _, _ = _keyfile()
    duress.set_passphrase("the duress words", new_data_key(), role=Role.DURESS, position=2, db=1)
    travel, _, _ = _keyfile()
    travel.clear(POS_PASSPHRASE)
    blobs = [k.to_bytes() for k in (plain, duress, travel)]
    assert len({len(b) for b in blobs}) == 1
    docs = [json.loads(b) for b in blobs]
    assert len({tuple(sorted(d)) for d in docs}) == 1
    for doc in docs:
        assert len(doc["slots"]) == SLOT_COUNT
        assert {len(s) for s in doc["slots"]} == {len(docs[0]["slots"][0])}
        assert "type" not in json.dumps(doc)


def test_an_unlock_tries_every_slot_whichever_opens(monkeypatch) -> None:
    """No early exit: the passphrase slot (first) and the duress slot (third) cost the same."""
    calls: list[int] = []
    real = keyfile_module.AESGCM

    class Counting:  # a wrapper: the Rust class cannot be subclassed
        def __init__(self, key) -> None:
            self._inner = real(key)

        def decrypt_into(self, *args, **kwargs):
            calls.append(1)
            return self._inner.decrypt_into(*args, **kwargs)

        def encrypt(self, *args, **kwargs):
            return self._inner.encrypt(*args, **kwargs)

    monkeypatch.setattr(keyfile_module, "AESGCM", Counting)
    kf, _, _ = _keyfile()
    kf.set_passphrase("the duress words", new_data_key(), role=Role.DURESS, position=2, db=1)
    kf.open_with_passphrase(PASS)
    first = len(calls)
    calls.clear()
    kf.open_with_passphrase("the duress words")
    assert len(calls) == first == SLOT_COUNT
    calls.clear()
    with pytest.raises(WrongPassphrase):
        kf.open_with_passphrase("nothing like it at all")
    assert len(calls) == SLOT_COUNT


def test_a_device_bound_slot_needs_the_device_secret_and_recovery_does_not() -> None:
    kf = new_keyfile(FAST)
    data_key, recovery, device = new_data_key(), new_recovery_key(), b"\x07" * 32
    kf.set_passphrase(PASS, data_key, device_secret=device)
    kf.set_recovery(recovery, data_key)
    with pytest.raises(WrongPassphrase):
        kf.open_with_passphrase(PASS)
    with pytest.raises(WrongPassphrase):
        kf.open_with_passphrase(PASS, device_secret=b"\x08" * 32)
    assert _key(kf.open_with_passphrase(PASS, device_secret=device)) == bytes(data_key.buffer)
    assert _key(kf.open_with_recovery(recovery)) == bytes(data_key.buffer)


def test_a_slot_moved_to_another_vault_does_not_open() -> None:
    kf, _, _ = _keyfile()
    other = new_keyfile(FAST)
    other.salt = kf.salt
    other.slots = list(kf.slots)
    with pytest.raises(WrongPassphrase):
        other.open_with_passphrase(PASS)


def test_lowered_kdf_settings_in_the_file_do_not_open_the_slot() -> None:
    kf, _, _ = _keyfile()
    doc = json.loads(kf.to_bytes())
    doc["kdf"]["t"] = 2
    with pytest.raises(WrongPassphrase):
        KeyFile.from_bytes(json.dumps(doc).encode()).open_with_passphrase(PASS)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(kdf={"alg": "argon2id", "t": 3, "m_kib": 2**40, "p": 4}),
        lambda d: d.update(kdf={"alg": "scrypt", "t": 3, "m_kib": 1024, "p": 4}),
        lambda d: d.update(kdf={"alg": "argon2id", "t": 3, "m_kib": 1024, "p": 10_000}),
        lambda d: d.update(kdf={"alg": "argon2id", "t": "3", "m_kib": 1024, "p": 1}),
        lambda d: d.update(salt="AAAA"),
        lambda d: d.update(vault_id="not-a-uuid"),
        lambda d: d.update(slots=[]),
        lambda d: d.update(slots=d["slots"][:7]),
        lambda d: d["slots"].__setitem__(0, "AAAA"),
        lambda d: d["slots"].__setitem__(0, "!!"),
        lambda d: d.update(norm="2"),
        lambda d: d.update(extra=1),
        lambda d: d.pop("salt"),
    ],
)
def test_hostile_key_files_are_refused_before_any_work(mutate) -> None:
    kf, _, _ = _keyfile()
    doc = json.loads(kf.to_bytes())
    mutate(doc)
    with pytest.raises(VaultCorrupt):
        KeyFile.from_bytes(json.dumps(doc).encode())


def test_truncated_and_garbage_key_files_are_corrupt() -> None:
    kf, _, _ = _keyfile()
    raw = kf.to_bytes()
    for bad in (raw[: len(raw) // 2], b"", b"\xff\xfe\x00", b"[]", b"x" * 100_000):
        with pytest.raises(KeyFileCorrupt):
            KeyFile.from_bytes(bad)


def test_newer_format_and_newer_normalisation_are_named_as_such() -> None:
    kf, _, _ = _keyfile()
    for change in ({"format": "roundtable-vault-key/9"}, {"norm": 99}):
        doc = json.loads(kf.to_bytes())
        doc.update(change)
        with pytest.raises(VaultCorrupt, match="newer version"):
            KeyFile.from_bytes(json.dumps(doc).encode())


def _v1(passphrase: str = PASS) -> tuple[bytes, bytes, bytes]:
    old = KeyFileV1("6f1c1d9e-3f55-4a53-9a43-0c2d3a4b5c6d", FAST, b"s" * 16)
    data_key, recovery = new_data_key(), new_recovery_key()
    old.set_slot("passphrase", old.stretch(passphrase), data_key)
    old.set_slot("recovery", recovery, data_key)
    return old.to_bytes(), bytes(data_key.buffer), recovery


def test_a_format_1_file_migrates_on_a_passphrase_unlock_and_its_recovery_key_still_opens() -> None:
    raw, data_key, recovery = _v1()
    kf = KeyFile.from_bytes(raw)
    with pytest.raises(ValueError):
        kf.to_bytes()  # never written back unmigrated
    assert _key(kf.open_with_passphrase(PASS)) == data_key
    assert kf.upgraded
    migrated = KeyFile.from_bytes(kf.to_bytes())
    assert json.loads(kf.to_bytes())["format"] == "roundtable-vault-key/2"
    assert migrated.vault_id == "6f1c1d9e-3f55-4a53-9a43-0c2d3a4b5c6d"
    assert _key(migrated.open_with_passphrase(PASS)) == data_key
    # The recovery key printed for format 1 opens the carried slot:
    assert _key(migrated.open_with_recovery(recovery)) == data_key
    with pytest.raises(WrongRecoveryKey):
        migrated.open_with_recovery(new_recovery_key())
    assert len(kf.to_bytes()) == len(_keyfile()[0].to_bytes())


def test_a_format_1_file_opened_by_recovery_migrates_when_a_passphrase_is_set() -> None:
    raw, data_key, recovery = _v1()
    kf = KeyFile.from_bytes(raw)
    opened = kf.open_with_recovery(recovery)
    assert _key(opened) == data_key
    kf.migrate_after_recovery(recovery, opened.data_key)
    kf.set_passphrase("a brand new passphrase here", opened.data_key)
    again = KeyFile.from_bytes(kf.to_bytes())
    assert _key(again.open_with_passphrase("a brand new passphrase here")) == data_key
    assert _key(again.open_with_recovery(recovery)) == data_key


def test_the_v1_fixture_vault_migrates_and_opens_by_both_secrets(tmp_path: Path) -> None:
    from app.vault import open_vault, open_vault_with_recovery

    folder = tmp_path / "v"
    shutil.copytree(FIXTURE, folder)
    recovery = (FIXTURE / "RECOVERY.txt").read_text().strip()
    open_vault(folder, "fixture passphrase v1 kampot").close()
    doc = json.loads((folder / "vault.key").read_text())
    assert doc["format"] == "roundtable-vault-key/2"
    assert (folder / "vault-b.db").stat().st_size % 4096 == 0
    open_vault(folder, "fixture passphrase v1 kampot").close()
    open_vault_with_recovery(folder, recovery).close()


@settings(max_examples=50, deadline=None)
@given(st.binary(min_size=20, max_size=20), st.sampled_from(["upper", "lower", "spaced"]))
def test_recovery_keys_survive_how_people_type_them(key: bytes, style: str) -> None:
    text = format_recovery_key(key)
    typed = {"upper": text, "lower": text.lower(), "spaced": text.replace("-", " ")}[style]
    assert parse_recovery_key(typed) == key


def test_recovery_key_is_eight_groups_of_four() -> None:
    text = format_recovery_key(new_recovery_key())
    groups = text.split("-")
    assert len(groups) == 8
    assert all(len(g) == 4 and set(g) <= set(string.ascii_uppercase + "234567") for g in groups)
    with pytest.raises(WrongRecoveryKey):
        parse_recovery_key(text[:-1])


def test_slot_size_is_what_the_format_says() -> None:
    kf, _, _ = _keyfile()
    assert {len(s) for s in kf.slots} == {SLOT_BYTES}


def test_calibration_steps_memory_down_to_the_floor_on_a_slow_machine(monkeypatch) -> None:
    monkeypatch.delenv(kdf.UNSAFE_TEST_ENV, raising=False)
    seen: list[int] = []
    monkeypatch.setattr(kdf, "derive", lambda s, salt, p: seen.append(p.m_kib))
    clock = iter(range(0, 1000, 3))  # every derivation "takes" 3 s
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: next(clock))
    params = kdf.calibrated()
    assert params.m_kib == kdf.FLOOR_M_KIB
    assert seen == [256 * 1024, 128 * 1024, 64 * 1024]
    assert (params.t, params.p) == (kdf.DEFAULT_T, kdf.DEFAULT_P)


def test_calibration_keeps_the_default_on_a_fast_machine(monkeypatch) -> None:
    monkeypatch.delenv(kdf.UNSAFE_TEST_ENV, raising=False)
    monkeypatch.setattr(kdf, "derive", lambda s, salt, p: None)
    assert kdf.calibrated() == kdf.DEFAULT

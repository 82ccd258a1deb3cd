from __future__ import annotations

import json
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto import kdf
from app.crypto.keyfile import KeyFile, KeyFileCorrupt, new_data_key, new_keyfile
from app.crypto.recovery import format_recovery_key, new_recovery_key, parse_recovery_key
from app.errors import VaultCorrupt, WrongPassphrase, WrongRecoveryKey

FAST = kdf.INSECURE_TEST


def _keyfile(passphrase: str = "a long test passphrase") -> tuple[KeyFile, bytes, bytes]:
    kf = new_keyfile(FAST)
    data_key = new_data_key()
    recovery = new_recovery_key()
    kf.set_slot("passphrase", kf.stretch(passphrase), data_key)
    kf.set_slot("recovery", recovery, data_key)
    return kf, data_key, recovery


def test_round_trip_through_bytes_unwraps_the_same_key() -> None:
    kf, data_key, recovery = _keyfile()
    again = KeyFile.from_bytes(kf.to_bytes())
    assert again.unlock_with_passphrase("a long test passphrase") == data_key
    assert again.unlock_with_recovery_key(recovery) == data_key


def test_wrong_passphrase_and_wrong_recovery_key_are_told_apart() -> None:
    kf, _, _ = _keyfile()
    with pytest.raises(WrongPassphrase):
        kf.unlock_with_passphrase("a long test passphrasE")
    with pytest.raises(WrongRecoveryKey):
        kf.unlock_with_recovery_key(new_recovery_key())


def test_new_passphrase_gets_a_fresh_salt_and_keeps_the_recovery_slot() -> None:
    kf, data_key, recovery = _keyfile()
    old_salt = kf.salt
    kf.set_passphrase("another long passphrase", data_key, FAST)
    again = KeyFile.from_bytes(kf.to_bytes())
    assert again.salt != old_salt
    assert again.unlock_with_passphrase("another long passphrase") == data_key
    assert again.unlock_with_recovery_key(recovery) == data_key
    with pytest.raises(WrongPassphrase):
        again.unlock_with_passphrase("a long test passphrase")


def test_a_slot_moved_to_another_vault_does_not_open() -> None:
    kf, _, _ = _keyfile()
    other = new_keyfile(FAST)
    other.salt = kf.salt
    other.slots = kf.slots
    with pytest.raises(WrongPassphrase):
        other.unlock_with_passphrase("a long test passphrase")


def test_lowered_kdf_settings_in_the_file_do_not_open_the_slot() -> None:
    kf, _, _ = _keyfile()
    doc = json.loads(kf.to_bytes())
    doc["kdf"]["t"] = 2
    with pytest.raises(WrongPassphrase):
        KeyFile.from_bytes(json.dumps(doc).encode()).unlock_with_passphrase(
            "a long test passphrase"
        )


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
        lambda d: d["slots"][0].update(nonce="AAAA"),
        lambda d: d["slots"][0].update(wrapped="!!"),
        lambda d: d["slots"][0].update(type="magic"),
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


def test_newer_format_is_named_as_such() -> None:
    kf, _, _ = _keyfile()
    doc = json.loads(kf.to_bytes())
    doc["format"] = "roundtable-vault-key/9"
    with pytest.raises(VaultCorrupt, match="newer version"):
        KeyFile.from_bytes(json.dumps(doc).encode())


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

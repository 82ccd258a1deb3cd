"""Key material is kept in buffers that are zeroed once used (issue 17 item 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.crypto import kdf, key_buffer
from app.crypto.key_buffer import KeyBuffer
from app.errors import WrongPassphrase
from app.vault import (
    change_passphrase,
    create_vault,
    open_vault,
    open_vault_with_recovery,
    rekey_vault,
)
from tests.conftest import PASSPHRASE


@pytest.fixture
def buffers(monkeypatch: pytest.MonkeyPatch) -> list[KeyBuffer]:
    made: list[KeyBuffer] = []
    original = KeyBuffer.__init__

    def tracking(self: KeyBuffer, size: int) -> None:
        original(self, size)
        made.append(self)

    monkeypatch.setattr(KeyBuffer, "__init__", tracking)
    return made


def test_wipe_zeroes_the_buffer_in_place() -> None:
    buf = KeyBuffer.copy_of(b"\x01" * 32)
    raw = buf.buffer
    assert any(raw)
    buf.wipe()
    assert raw == bytearray(32) and buf.is_wiped()
    assert "01" not in repr(buf)


def test_every_key_buffer_is_zeroed_after_create_open_passwd_rekey_and_close(
    vault_dir: Path, buffers: list[KeyBuffer]
) -> None:
    created = create_vault(vault_dir, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    created.vault.close()
    with open_vault(vault_dir, PASSPHRASE) as vault:
        new_recovery = rekey_vault(vault, passphrase=PASSPHRASE)
    change_passphrase(vault_dir, "another long passphrase 7", old_passphrase=PASSPHRASE)
    open_vault_with_recovery(vault_dir, new_recovery).close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, "not the passphrase at all")
    assert len(buffers) > 10
    assert [b for b in buffers if not b.is_wiped()] == []


def test_key_buffers_are_locked_in_memory_where_the_platform_allows(monkeypatch) -> None:
    calls: list[tuple[int, int]] = []

    def fake_lock(address: int, size: int) -> int:
        calls.append((address, size))
        return 0

    monkeypatch.setattr(key_buffer, "_lock_functions", lambda: (fake_lock, fake_lock))
    monkeypatch.setattr(key_buffer.sys, "platform", "linux")
    buf = KeyBuffer(32)
    assert buf.locked and calls[0][1] == 32
    buf.wipe()
    assert not buf.locked and len(calls) == 2  # unlocked when wiped


def test_a_refused_lock_is_not_an_error(monkeypatch) -> None:
    monkeypatch.setattr(key_buffer, "_lock_functions", lambda: (lambda a, s: -1, lambda a, s: 0))
    monkeypatch.setattr(key_buffer.sys, "platform", "linux")
    buf = KeyBuffer.copy_of(b"\x02" * 32)
    assert not buf.locked
    buf.wipe()
    assert buf.is_wiped()

"""The CLI at a real terminal: secrets typed at a prompt are never echoed (issue 17 item 8)."""

from __future__ import annotations

import os
import pty
import select
import sys
import time
from pathlib import Path

import pytest

from app.crypto import kdf
from app.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
NEW = "a brand new passphrase 55"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")


def run_in_terminal(args: list[str], answers: dict[str, str], env: dict[str, str]) -> str:
    """Run `python -m app ARGS` with a pseudo-terminal as its controlling terminal, typing each
    answer when its prompt appears; return everything the terminal showed."""
    pid, fd = pty.fork()
    if pid == 0:  # the child
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "app", *args], {**os.environ, **env})
    shown = b""
    pending = dict(answers)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        for prompt in list(pending):
            if prompt.encode() in shown.split(b"\n")[-1]:
                os.write(fd, pending.pop(prompt).encode() + b"\n")
    os.waitpid(pid, 0)
    os.close(fd)
    return shown.decode("utf-8", "replace")


def test_the_recovery_key_is_not_echoed(vault_dir: Path) -> None:
    created = create_vault(vault_dir, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    created.vault.close()
    key = created.recovery_key
    shown = run_in_terminal(
        ["passwd", "--vault", str(vault_dir), "--recovery-key"],
        {"Recovery key: ": key},
        {"ROUNDTABLE_NEW_PASSPHRASE": NEW, kdf.UNSAFE_TEST_ENV: "1"},
    )
    assert "Passphrase changed." in shown
    assert key not in shown
    assert key.replace("-", "")[:8] not in shown.replace("-", "")
    open_vault(vault_dir, NEW).close()

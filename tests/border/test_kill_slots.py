"""A process killed (SIGKILL) during a slot change — travel mode, setting up the duress
passphrase, the duress passphrase firing — leaves the old state or the new one, never a vault
that the old or the new secrets do not open as they should (issue 13).

These changes take milliseconds, so a kill at a random moment almost always lands before or
after them. Instead a forked child is killed at *every* file-system step in turn: at the k-th
call of os.write / fsync / link / replace / rename / unlink, for k = 1, 2, ... until the
change completes without being killed.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app import vault_duress
from app.crypto import kdf
from app.domain.records import Meeting
from app.errors import WrongPassphrase
from app.vault import create_vault, forget_passphrase_slot, open_vault, open_vault_with_recovery
from tests.conftest import PASSPHRASE

DURESS = "ordinary garden meetings 2026"
STEPS = ("write", "fsync", "link", "replace", "rename", "unlink")


def _killed_at(k: int, change: Callable[[], None]) -> bool:
    """Run `change` in a child killed at its k-th file-system step; True if it was killed,
    False if it finished first."""
    pid = os.fork()
    if pid == 0:  # the child: never returns
        try:
            count = [0]

            def counting(real):  # type: ignore[no-untyped-def]
                def step(*args, **kwargs):  # type: ignore[no-untyped-def]
                    count[0] += 1
                    if count[0] == k:
                        os.kill(os.getpid(), signal.SIGKILL)
                    return real(*args, **kwargs)

                return step

            for name in STEPS:
                setattr(os, name, counting(getattr(os, name)))
            change()
            os._exit(0)
        except BaseException:
            os._exit(3)
    deadline = time.monotonic() + 60  # a child that hangs must not hang the suite
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            pytest.fail("the forked child hung")
        time.sleep(0.005)
    if os.WIFSIGNALED(status):
        return True
    assert os.WEXITSTATUS(status) == 0, "the change failed instead of finishing"
    return False


def _real_opens(folder: Path) -> bool:
    try:
        with open_vault(folder, PASSPHRASE) as vault:
            assert vault.db == 0 and [m.title for m in vault.store.select(Meeting)] == ["Real"]
            return True
    except WrongPassphrase:
        return False


def _decoy_opens(folder: Path) -> bool:
    try:
        with open_vault(folder, DURESS) as vault:
            assert vault.db == 1
            return True
    except WrongPassphrase:
        return False


def _setup(folder: Path) -> None:
    with open_vault(folder, PASSPHRASE) as vault:
        vault_duress.set_up_duress(vault, DURESS, passphrase=PASSPHRASE)


CHANGES = {
    "travel": forget_passphrase_slot,
    "setup": _setup,
    "fire": lambda folder: open_vault(folder, DURESS).close(),
}


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "fork"), reason="fork, SIGKILL")
@pytest.mark.parametrize("what", sorted(CHANGES))
def test_sigkill_at_every_step_of_a_slot_change_leaves_the_old_or_the_new_state(
    tmp_path: Path, what: str
) -> None:
    pristine = tmp_path / "pristine"
    created = create_vault(pristine, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    recovery = created.recovery_key
    with created.vault as vault:
        vault.store.add(Meeting(title="Real"))
        if what == "fire":
            vault_duress.set_up_duress(vault, DURESS, passphrase=PASSPHRASE)
    seen = set()
    for k in range(1, 200):
        folder = tmp_path / f"k{k}"
        shutil.copytree(pristine, folder)
        killed = _killed_at(k, lambda f=folder: CHANGES[what](f))
        real = _real_opens(folder)  # first: the duress passphrase would fire
        if what == "setup":
            assert real  # setting up never touches the real slot
            state = "new" if _decoy_opens(folder) else "old"
        else:
            state = "old" if real else "new"
            if state == "new" and what == "fire":
                assert _decoy_opens(folder)
        seen.add(state)
        with open_vault_with_recovery(folder, recovery) as vault:  # whatever the state
            assert [m.title for m in vault.store.select(Meeting)] == ["Real"]
        shutil.rmtree(folder)
        if not killed:
            assert state == "new"
            break
    else:
        pytest.fail("the change never finished")
    assert seen == {"old", "new"} and k > 2, (seen, k)

from __future__ import annotations

import threading

from app.errors import RoundtableError, VaultLocked, WrongPassphrase
from app.ui.ops import Ops
from app.vault import open_vault
from tests.conftest import PASSPHRASE


def _wait_idle(qtbot, ops: Ops) -> None:
    qtbot.waitUntil(lambda: not ops.is_busy, timeout=10_000)


def test_work_runs_off_the_gui_thread_and_results_come_back(qtbot, vault_dir, vault) -> None:
    vault.close()
    ops = Ops()
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}
    ops.open(lambda: open_vault(vault_dir, PASSPHRASE))
    ops.run(
        lambda v: (threading.get_ident(), v.org_name),
        on_done=lambda r: seen.update(result=r, thread=threading.get_ident()),
    )
    _wait_idle(qtbot, ops)
    worker_thread, org = seen["result"]
    assert worker_thread != gui_thread
    assert seen["thread"] == gui_thread
    assert org == "Test Coalition"
    ops.shutdown()


def test_errors_are_ours_and_unknown_ones_are_generic(qtbot, vault_dir, vault) -> None:
    vault.close()
    ops = Ops()
    errors: list[RoundtableError] = []
    ops.open(lambda: open_vault(vault_dir, "not the passphrase"), on_error=errors.append)
    ops.run(lambda v: 1 / 0, on_error=errors.append, needs_vault=False)
    _wait_idle(qtbot, ops)
    assert isinstance(errors[0], WrongPassphrase)
    assert type(errors[1]) is RoundtableError
    assert "ZeroDivision" not in str(errors[1])
    ops.shutdown()


def test_lock_drops_pending_results_and_closes_the_vault(qtbot, vault_dir, vault) -> None:
    vault.close()
    ops = Ops()
    results: list[object] = []
    errors: list[RoundtableError] = []
    ops.open(lambda: open_vault(vault_dir, PASSPHRASE))
    ops.run(lambda v: v.org_name, on_done=results.append)
    ops.lock()
    ops.run(lambda v: v.org_name, on_done=results.append, on_error=errors.append)
    _wait_idle(qtbot, ops)
    assert results == []
    assert isinstance(errors[0], VaultLocked)
    # The folder lock was released: another opener can take the vault.
    open_vault(vault_dir, PASSPHRASE).close()
    ops.shutdown()

"""A workspace over a real vault opened through Ops."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.domain.records import Meeting
from app.ui.meeting.workspace import MeetingWorkspace
from app.ui.ops import Ops
from app.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.ui.meeting.helpers import in_vault, make_workspace, open_meeting


@pytest.fixture
def ops(qtbot: Any, vault_dir: Any, vault: Vault) -> Iterator[Ops]:
    vault.close()
    ops = Ops()
    opened: list[Vault] = []
    ops.open(lambda: open_vault(vault_dir, PASSPHRASE), on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    yield ops
    ops.shutdown()


@pytest.fixture
def demo_ops(qtbot: Any, vault_dir: Any, demo_vault: Vault) -> Iterator[Ops]:
    demo_vault.close()
    ops = Ops()
    opened: list[Vault] = []
    ops.open(lambda: open_vault(vault_dir, PASSPHRASE), on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    yield ops
    ops.shutdown()


@pytest.fixture
def new_meeting(qtbot: Any, ops: Ops) -> Meeting:
    return in_vault(
        qtbot,
        ops,
        lambda v: v.store.add(
            Meeting(title="Leaders' meeting", start_date="2026-03-02", end_date="2026-03-03")
        ),
    )


@pytest.fixture
def ws(qtbot: Any, ops: Ops, new_meeting: Meeting) -> MeetingWorkspace:
    workspace = make_workspace(qtbot, ops)
    open_meeting(qtbot, workspace, new_meeting.id)
    return workspace

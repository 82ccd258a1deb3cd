"""Review (issue 17 item 9): "while they live, their page is locked in RAM" was not true. Locks
are per page and the OS does not count them: wiping one key buffer unlocked the page under
every other live key buffer sharing it (the data key next to the slot key it was just
unwrapped with), so the data key could be written to swap."""

from __future__ import annotations

import mmap
import sys
from pathlib import Path

import pytest

from app.crypto.key_buffer import KeyBuffer, _address

SMAPS = Path("/proc/self/smaps")


def _page_locked(address: int) -> bool:
    """The kernel splits a mapping where a lock starts or ends: the mapping holding `address`
    carries the "lo" flag exactly when its page is locked."""
    inside = False
    for line in SMAPS.read_text().splitlines():
        head = line.split()[0]
        if "-" in head and all(c in "0123456789abcdef-" for c in head):
            start, end = (int(x, 16) for x in head.split("-"))
            inside = start <= address < end
        elif inside and head == "VmFlags:":
            return "lo" in line.split()[1:]
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux") or not SMAPS.exists(), reason="smaps")
def test_wiping_one_key_buffer_keeps_its_neighbours_page_locked() -> None:
    kept = []
    for _ in range(2000):
        a, b = KeyBuffer(32), KeyBuffer(32)
        same_page = _address(a.buffer) // mmap.PAGESIZE == _address(b.buffer) // mmap.PAGESIZE
        if same_page and a.locked and b.locked:
            break
        kept += [a, b]
    else:
        pytest.skip("mlock refused, or no two buffers on one page")
    address = _address(b.buffer)
    assert _page_locked(address)
    a.wipe()
    assert b.locked and _page_locked(address)  # b still lives: its page stays locked
    for buf in [b, *kept]:
        buf.wipe()
    assert not _page_locked(address)  # the last buffer on the page is gone: unlocked

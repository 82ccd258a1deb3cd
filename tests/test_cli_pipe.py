"""Every command's output may be piped into a reader that stops early (`| head -1`): no error
line, no traceback, and the command's own exit code (issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import PASSPHRASE
from tests.test_cli import ROOT, demo  # noqa: F401 - the module's demo vault fixture

COMMANDS = [
    ["--help"],
    ["--version"],
    ["meetings"],
    ["meetings", "--json"],
    ["actions"],
    ["actions", "--json"],
    ["search", "land"],
    ["identity"],
    ["contacts", "list"],
    ["conflicts", "list"],
    ["completion", "bash"],
    ["--lang", "km", "actions"],
    ["--lang", "km", "--help"],
]


def run_into_closed_pipe(args: list[str]) -> tuple[int, str]:
    """Run `roundtable ARGS` with stdout a pipe whose reader has already gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=ROOT,
            env={**os.environ, "ROUNDTABLE_PASSPHRASE": PASSPHRASE},
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    return proc.returncode, proc.stderr


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_a_reader_that_leaves_is_not_an_error(demo, args) -> None:  # noqa: F811
    no_vault = {"--help", "--version", "completion"} & set(args)
    vault = [] if no_vault else ["--vault", str(demo)]
    code, err = run_into_closed_pipe([*args, *vault])
    assert err == "", err
    assert code == 0


def test_head_reads_the_first_line(demo) -> None:  # noqa: F811
    """Through a real `head -1`: one line out, exit 0, nothing on stderr."""
    command = f'"{sys.executable}" -m app actions --vault "{demo}"'
    script = f"{command} | head -1; exit ${{PIPESTATUS[0]}}"
    proc = subprocess.run(
        ["bash", "-c", script],
        cwd=ROOT,
        env={**os.environ, "ROUNDTABLE_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0 and proc.stderr == ""
    assert len(proc.stdout.splitlines()) == 1

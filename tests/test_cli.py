"""End-to-end through the command line, as a script or a person would use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None):
    full_env = {**os.environ, "ROUNDTABLE_INSECURE_TEST_KDF": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=full_env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "vault"
    proc = run("demo", "--vault", str(folder), env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE})
    assert proc.returncode == 0, proc.stderr
    assert "Recovery key" in proc.stdout
    return folder


def ok(*args: str, **kw):
    proc = run(*args, env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE}, **kw)
    assert proc.returncode == 0, proc.stderr
    return proc


def test_version_and_usage_errors() -> None:
    assert run("--version").stdout.startswith("roundtable ")
    assert run("meetings", "--bogus").returncode == 2
    assert run("actions", "--status", "nonsense").returncode == 2


def test_init_reads_the_passphrase_from_a_file_and_prints_a_recovery_key(tmp_path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    proc = run(
        "init", "--vault", str(tmp_path / "v"), "--org", "Org", "--passphrase-file", str(secret)
    )
    assert proc.returncode == 0, proc.stderr
    key_line = proc.stdout.splitlines()[2].strip()
    assert len(key_line.split("-")) == 8
    listed = run(
        "meetings", "--vault", str(tmp_path / "v"), "--passphrase-file", "-", stdin=PASSPHRASE
    )
    assert listed.returncode == 0 and listed.stdout == ""


def test_init_refuses_a_weak_passphrase_with_the_reason(tmp_path) -> None:
    proc = run(
        "init",
        "--vault",
        str(tmp_path / "v"),
        "--org",
        "Org",
        env={"ROUNDTABLE_PASSPHRASE": "qwerty"},
    )
    assert proc.returncode == 1
    assert "too weak" in proc.stderr and "shorter than" in proc.stderr
    assert not (tmp_path / "v" / "vault.key").exists()


def test_no_passphrase_and_no_terminal_is_a_clear_error(tmp_path) -> None:
    proc = run("init", "--vault", str(tmp_path / "v"), "--org", "Org", stdin="")
    assert proc.returncode == 1
    assert "ROUNDTABLE_PASSPHRASE" in proc.stderr


def test_meetings_json_lists_the_demo(demo: Path) -> None:
    rows = json.loads(ok("meetings", "--vault", str(demo), "--json").stdout)
    assert len(rows) == 6
    assert rows[0]["start_date"] >= rows[-1]["start_date"]
    assert {"id", "title", "start_date", "end_date"} <= set(rows[0])
    assert any("កិច្ចប្រជុំ" in r["title"] for r in rows)


def test_actions_filter_by_status(demo: Path) -> None:
    everything = json.loads(ok("actions", "--vault", str(demo), "--json").stdout)
    assert {a["status"] for a in everything} == {"open", "in_progress", "done", "dropped"}
    done = json.loads(ok("actions", "--vault", str(demo), "--status", "done", "--json").stdout)
    assert done and all(a["status"] == "done" for a in done)
    assert len(done) < len(everything)
    text = ok("actions", "--vault", str(demo), "--status", "open").stdout
    assert "Agree the venue" in text


def test_search_english_and_khmer_substrings(demo: Path) -> None:
    english = json.loads(ok("search", "--vault", str(demo), "digital security", "--json").stdout)
    assert english["total"] >= 3
    assert all("igital" in h["snippet"] for h in english["hits"])
    # Khmer is written without spaces: a 2-character substring inside a word is found.
    khmer = json.loads(ok("search", "--vault", str(demo), "ឌី", "--json").stdout)
    assert khmer["total"] >= 1
    assert all("ឌី" in h["snippet"] for h in khmer["hits"])
    plain = ok("search", "--vault", str(demo), "សហជីព").stdout
    assert "«សហជីព»" in plain


def test_wrong_passphrase_exit_1_with_one_line(demo: Path) -> None:
    proc = run("meetings", "--vault", str(demo), env={"ROUNDTABLE_PASSPHRASE": "wrong passphrase"})
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == ["roundtable: Wrong passphrase."]


def test_missing_and_corrupt_vaults_exit_1_with_one_line(tmp_path, demo: Path) -> None:
    env = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
    missing = run("meetings", "--vault", str(tmp_path / "none"), env=env)
    assert missing.returncode == 1 and "No vault" in missing.stderr
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "vault.key").write_text("{not json")
    (broken / "vault.db").write_bytes(b"SQLite format 3\0" + b"\0" * 4000)
    proc = run("meetings", "--vault", str(broken), env=env)
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1
    assert "vault.key" in proc.stderr and "Traceback" not in proc.stderr


def test_passwd_with_old_passphrase_then_recovery_key(tmp_path) -> None:
    folder = tmp_path / "v"
    created = run(
        "init", "--vault", str(folder), "--org", "Org", env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
    )
    recovery = created.stdout.splitlines()[2].strip()
    new = "a brand new long passphrase"
    proc = run(
        "passwd",
        "--vault",
        str(folder),
        env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE, "ROUNDTABLE_NEW_PASSPHRASE": new},
    )
    assert proc.returncode == 0, proc.stderr
    assert (
        run("meetings", "--vault", str(folder), env={"ROUNDTABLE_PASSPHRASE": new}).returncode == 0
    )
    third = "yet another long passphrase"
    wrong = run(
        "passwd",
        "--vault",
        str(folder),
        "--recovery-key",
        env={"ROUNDTABLE_RECOVERY_KEY": "AAAA-" * 7 + "AAAA", "ROUNDTABLE_NEW_PASSPHRASE": third},
    )
    assert wrong.returncode == 1 and "Wrong recovery key" in wrong.stderr
    proc = run(
        "passwd",
        "--vault",
        str(folder),
        "--recovery-key",
        env={"ROUNDTABLE_RECOVERY_KEY": recovery, "ROUNDTABLE_NEW_PASSPHRASE": third},
    )
    assert proc.returncode == 0, proc.stderr
    assert (
        run("meetings", "--vault", str(folder), env={"ROUNDTABLE_PASSPHRASE": third}).returncode
        == 0
    )
    assert (
        run("meetings", "--vault", str(folder), env={"ROUNDTABLE_PASSPHRASE": new}).returncode == 1
    )


def test_report_of_khmer_text_prints_one_line_and_no_qt_notes(demo, tmp_path) -> None:
    """Qt's note that Noto Sans has no Khmer tables (an info message, one per run of Khmer
    text) is noise to the user: the command prints its one line only."""
    meetings = ok("meetings", "--vault", str(demo)).stdout.splitlines()
    upr = next(line.split()[0] for line in meetings if "pre-session" in line)
    out = tmp_path / "r.pdf"
    proc = ok("report", "--vault", str(demo), "--meeting", upr, "--lang", "km", "-o", str(out))
    assert out.read_bytes().startswith(b"%PDF")
    assert "OpenType" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_font_notes_stay_quiet_even_when_qt_logging_is_turned_on(demo, tmp_path) -> None:
    """QT_LOGGING_RULES (or a qtlogging.ini) overrides the app's rules: the message handler
    still drops the font-fallback notes, and only them (issue 16)."""
    meetings = ok("meetings", "--vault", str(demo)).stdout.splitlines()
    upr = next(line.split()[0] for line in meetings if "pre-session" in line)
    out = tmp_path / "r.pdf"
    proc = run(
        *("report", "--vault", str(demo), "--meeting", upr, "--lang", "km", "-o", str(out)),
        env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE, "QT_LOGGING_RULES": "qt.text.font.db.info=true"},
    )
    assert proc.returncode == 0, proc.stderr
    assert "qt.text.font.db" not in proc.stderr and "OpenType" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_other_qt_messages_still_reach_stderr() -> None:
    """Only the font notes are dropped: a real Qt warning is still printed."""
    code = (
        "from app.reports.fonts import ensure_gui_app; ensure_gui_app();"
        "from PySide6.QtCore import qWarning; qWarning('a real problem')"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert "a real problem" in proc.stderr


def test_report_to_standard_output_with_a_dash(demo, tmp_path) -> None:
    """`-o -` writes the report to standard output for a pipe (it wrote a file named "-"),
    and a missing --format is said, not guessed."""
    meetings = ok("meetings", "--vault", str(demo)).stdout.splitlines()
    upr = next(line.split()[0] for line in meetings if "pre-session" in line)
    proc = ok("report", "--vault", str(demo), "--meeting", upr, "--format", "md", "-o", "-")
    assert "\n# In-country pre-session" in proc.stdout and proc.stderr == ""
    assert not (ROOT / "-").exists()
    bare = run("report", "--vault", str(demo), "--meeting", upr, "-o", "-")
    assert bare.returncode == 2 and "--format" in bare.stderr

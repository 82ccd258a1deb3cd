"""Shell completion generated from the parser (issue 16): bash is driven for real; zsh and fish
are checked for syntax when those shells are installed, and for their content always."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.cli import build_parser
from app.cli.completion import script

BASH_DRIVER = r"""
source "$1"
complete_words() {
    COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
    _roundtable
    echo "${COMPREPLY[*]}"
}
"""


def bash_complete(tmp_path, *words: str) -> list[str]:
    path = tmp_path / "roundtable.bash"
    path.write_text(script("bash", build_parser()), encoding="utf-8")
    driver = BASH_DRIVER + "complete_words " + " ".join(f"'{w}'" for w in words) + "\n"
    proc = subprocess.run(
        ["bash", "-c", driver, "driver", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return proc.stdout.split()


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_commands_subcommands_options_and_choices(tmp_path) -> None:
    commands = bash_complete(tmp_path, "roundtable", "")
    assert {"meetings", "actions", "report", "contacts", "completion"} <= set(commands)
    assert bash_complete(tmp_path, "roundtable", "con") == ["contacts", "conflicts"]
    assert set(bash_complete(tmp_path, "roundtable", "contacts", "")) == {
        "add",
        "list",
        "verify",
        "remove",
    }
    assert "--verified" in bash_complete(tmp_path, "roundtable", "contacts", "add", "--")
    # The global --vault takes a value: the word after it is not the command.
    assert bash_complete(tmp_path, "roundtable", "--vault", "/tmp", "mee") == ["meetings"]
    assert bash_complete(tmp_path, "roundtable", "actions", "--status", "") == [
        "open",
        "in_progress",
        "done",
        "dropped",
    ]
    assert "pdf" in bash_complete(tmp_path, "roundtable", "report", "--format", "")
    assert bash_complete(tmp_path, "roundtable", "completion", "") == ["bash", "zsh", "fish"]


def test_every_command_is_in_every_script() -> None:
    names = set(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    for shell in ("bash", "zsh", "fish"):
        text = script(shell, build_parser())
        missing = [n for n in names if n not in text]
        assert not missing, (shell, missing)
    fish = script("fish", build_parser())
    assert "complete -c roundtable -n '__fish_use_subcommand' -a 'meetings'" in fish
    assert "-l status -x -a 'open in_progress done dropped'" in fish
    assert script("zsh", build_parser()).startswith("#compdef roundtable\n")


@pytest.mark.parametrize("shell, check", [("zsh", ["zsh", "-n"]), ("fish", ["fish", "-n"])])
def test_the_scripts_parse_in_their_shell(tmp_path, shell, check) -> None:
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    path = tmp_path / f"roundtable.{shell}"
    path.write_text(script(shell, build_parser()), encoding="utf-8")
    subprocess.run([*check, str(path)], check=True, timeout=30)


def test_help_says_what_opens_the_window(capsys) -> None:
    from app.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Without a command, roundtable opens the desktop app" in out
    assert "never open a window" in out
    assert "roundtable completion bash|zsh|fish" in out


def test_help_in_khmer_says_it_too(capsys) -> None:
    from app.cli import main

    with pytest.raises(SystemExit):
        main(["--lang", "km", "--help"])
    out = capsys.readouterr().out
    assert "roundtable completion bash|zsh|fish" in out
    assert "ពាក្យបញ្ជាទាំងឡាយមិនដែលបើកបង្អួចទេ" in "".join(out.split())

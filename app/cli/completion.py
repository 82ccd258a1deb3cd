"""`roundtable completion bash|zsh|fish`: completion scripts generated from the parser itself,
so every command, sub-command, option and choice the parser knows completes, and nothing else.

Install: bash `roundtable completion bash > ~/.local/share/bash-completion/completions/roundtable`;
zsh `roundtable completion zsh > "${fpath[1]}/_roundtable"`; fish `roundtable completion fish >
~/.config/fish/completions/roundtable.fish`.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from typing import Any

from app.cli.common import translate

SHELLS = ("bash", "zsh", "fish")
PROG = "roundtable"


@dataclass
class Option:
    flags: list[str]
    help: str
    takes_value: bool
    choices: list[str]
    folder: bool  # the value is a folder (--vault), else a file when not a choice


@dataclass
class Command:
    path: tuple[str, ...]
    help: str = ""
    options: list[Option] = field(default_factory=list)
    children: dict[str, Command] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)  # a positional's choices (bash|zsh|fish)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "completion",
        help=translate("Cli", "print a shell completion script (bash, zsh or fish)"),
        description=translate(
            "Cli",
            "Print a completion script for your shell. For example: "
            "roundtable completion bash > ~/.local/share/bash-completion/completions/roundtable",
        ),
    )
    p.add_argument("shell", choices=SHELLS, help=translate("Cli", "the shell"))
    p.set_defaults(func=cmd_completion)


def cmd_completion(args: argparse.Namespace) -> int:
    from app.cli import build_parser

    sys.stdout.write(script(args.shell, build_parser()))
    return 0


def script(shell: str, parser: argparse.ArgumentParser) -> str:
    tree = walk(parser, ())
    return {"bash": bash, "zsh": zsh, "fish": fish}[shell](tree)


def walk(parser: argparse.ArgumentParser, path: tuple[str, ...], help_text: str = "") -> Command:
    node = Command(path, help_text)
    for action in parser._actions:  # argparse has no public walk; shtab and argcomplete do this
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, child in action.choices.items():
                node.children[name] = walk(child, (*path, name), helps.get(name, ""))
        elif action.option_strings:
            if action.help == argparse.SUPPRESS:
                continue
            node.options.append(
                Option(
                    flags=list(action.option_strings),
                    help=_one_line(action.help or ""),
                    takes_value=action.nargs != 0,
                    choices=[str(c) for c in action.choices or ()],
                    folder=action.dest == "vault",
                )
            )
        elif action.choices:
            node.words += [str(c) for c in action.choices]
    return node


def _nodes(node: Command) -> list[Command]:
    found = [node]
    for child in node.children.values():
        found += _nodes(child)
    return found


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("%%", "%")).strip()


def _key(node: Command) -> str:
    return " ".join(node.path)


def _value_kind(option: Option) -> str:
    if not option.takes_value:
        return ""
    if option.choices:
        return "choices " + " ".join(option.choices)
    return "dir" if option.folder else "file"


def _sh_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def _case_lines(pairs: list[tuple[str, str]]) -> str:
    return "\n".join(f"        {_sh_quote(k)}) echo {_sh_quote(v)} ;;" for k, v in pairs)


def _helpers(tree: Command) -> str:
    """Shell functions both bash and zsh read: the words after a command path, its options,
    and what an option's value is."""
    nodes = _nodes(tree)
    subs = [(_key(n), " ".join([*n.children, *n.words])) for n in nodes]
    opts = [(_key(n), " ".join(f for o in n.options for f in o.flags)) for n in nodes]
    values = [
        (f"{_key(n)}|{flag}", _value_kind(o))
        for n in nodes
        for o in n.options
        for flag in o.flags
        if o.takes_value
    ]
    return f"""_roundtable_words() {{
    case "$1" in
{_case_lines(subs)}
    esac
}}
_roundtable_options() {{
    case "$1" in
{_case_lines(opts)}
    esac
}}
_roundtable_value() {{
    case "$1|$2" in
{_case_lines(values)}
    esac
}}
# The command path typed so far (e.g. "contacts add"), skipping options and their values.
_roundtable_path() {{
    local cmdpath="" i=1 word kind
    while [ "$i" -lt "$1" ]; do
        eval "word=\\${{$2[$i]}}"
        case "$word" in
            -*=*) ;;
            -*) kind=$(_roundtable_value "$cmdpath" "$word")
                [ -z "$kind" ] && kind=$(_roundtable_value "" "$word")
                [ -n "$kind" ] && i=$((i + 1)) ;;
            *) case " $(_roundtable_words "$cmdpath") " in
                   *" $word "*) cmdpath="${{cmdpath:+$cmdpath }}$word" ;;
               esac ;;
        esac
        i=$((i + 1))
    done
    echo "$cmdpath"
}}
"""


def bash(tree: Command) -> str:
    return f"""# bash completion for {PROG} (generated by `{PROG} completion bash`)
{_helpers(tree)}
_roundtable() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}" cmdpath kind
    cmdpath=$(_roundtable_path "$COMP_CWORD" COMP_WORDS)
    if [ "$COMP_CWORD" -gt 1 ]; then
        kind=$(_roundtable_value "$cmdpath" "$prev")
        [ -z "$kind" ] && kind=$(_roundtable_value "" "$prev")
        case "$kind" in
            choices*) COMPREPLY=($(compgen -W "${{kind#choices }}" -- "$cur")); return ;;
            dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
            file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        esac
    fi
    case "$cur" in
        -*) COMPREPLY=($(compgen -W "$(_roundtable_options "$cmdpath")" -- "$cur")) ;;
        *) local words; words=$(_roundtable_words "$cmdpath")
           if [ -n "$words" ]; then
               COMPREPLY=($(compgen -W "$words" -- "$cur"))
           else
               COMPREPLY=($(compgen -f -- "$cur"))
           fi ;;
    esac
}}
complete -o filenames -o bashdefault -F _roundtable {PROG}
"""


def _zsh_quote_desc(name: str, text: str) -> str:
    return _sh_quote(f"{name.replace(':', chr(92) + ':')}:{text}")


def zsh(tree: Command) -> str:
    nodes = _nodes(tree)
    described = []
    for n in nodes:
        items = [_zsh_quote_desc(k, _one_line(c.help)) for k, c in n.children.items()]
        items += [_zsh_quote_desc(w, "") for w in n.words]
        items += [_zsh_quote_desc(f, o.help) for o in n.options for f in o.flags]
        described.append(f"        {_sh_quote(_key(n))}) items=({' '.join(items)}) ;;")
    return f"""#compdef {PROG}
# zsh completion for {PROG} (generated by `{PROG} completion zsh`)
{_helpers(tree)}
_roundtable() {{
    local cmdpath kind cur="${{words[CURRENT]}}" prev="${{words[CURRENT-1]}}"
    local -a items _rt_args
    # zsh's words[1] is the program; _roundtable_path counts arguments from 1, as bash does.
    _rt_args=("${{(@)words[2,-1]}}")
    cmdpath=$(_roundtable_path $((CURRENT - 1)) _rt_args)
    kind=$(_roundtable_value "$cmdpath" "$prev")
    [ -z "$kind" ] && kind=$(_roundtable_value "" "$prev")
    case "$kind" in
        choices*) items=(${{=kind#choices }}); compadd -a items; return ;;
        dir) _files -/; return ;;
        file) _files; return ;;
    esac
    case "$cmdpath" in
{chr(10).join(described)}
    esac
    if [[ "$cur" == -* ]]; then
        items=(${{(M)items:#-*}})
    else
        items=(${{items:#-*}})
    fi
    if (( ${{#items}} )); then
        _describe -t values {PROG} items
    else
        _files
    fi
}}
if [ "$funcstack[1]" = "_roundtable" ]; then
    _roundtable "$@"
else
    compdef _roundtable {PROG}
fi
"""


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish(tree: Command) -> str:
    lines = [f"# fish completion for {PROG} (generated by `{PROG} completion fish`)"]
    lines.append(f"complete -c {PROG} -f")
    for n in _nodes(tree):
        if not n.path:
            cond = words_cond = "__fish_use_subcommand"
        else:
            cond = f"__fish_seen_subcommand_from {n.path[-1]}"
            if len(n.path) > 1:
                cond = f"__fish_seen_subcommand_from {n.path[0]}; and {cond}"
            words_cond = cond
            if n.children:  # a sub-command once, not again after it
                words_cond += f"; and not __fish_seen_subcommand_from {' '.join(n.children)}"
        for name, child in n.children.items():
            lines.append(
                f"complete -c {PROG} -n {_fish_quote(words_cond)} -a {_fish_quote(name)}"
                f" -d {_fish_quote(_one_line(child.help))}"
            )
        for word in n.words:
            lines.append(f"complete -c {PROG} -n {_fish_quote(cond)} -a {_fish_quote(word)}")
        for o in n.options:
            parts = [f"complete -c {PROG}"]
            if n.path:
                parts.append(f"-n {_fish_quote(cond)}")
            for flag in o.flags:
                parts.append(f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}")
            if o.takes_value:
                if o.choices:
                    parts.append(f"-x -a {_fish_quote(' '.join(o.choices))}")
                elif o.folder:
                    parts.append("-x -a '(__fish_complete_directories)'")
                else:
                    parts.append("-r -F")
            if o.help:
                parts.append(f"-d {_fish_quote(o.help)}")
            lines.append(" ".join(parts))
    return "\n".join(lines) + "\n"

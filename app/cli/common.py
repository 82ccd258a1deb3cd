"""What every command needs: the vault folder, passphrases, output."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.display_text import for_display
from app.errors import InvalidInput, PassphraseMismatch, PassphraseNotText, RoundtableError

if TYPE_CHECKING:
    from app.vault import Vault

# Nothing heavy is imported at module level here or in a command module's `register`: every
# command builds the whole parser, so what `register` imports every command pays for (`verify`
# must start like a small tool). Handlers import what they use (tests/test_cli_imports.py).

PASSPHRASE_ENV = "ROUNDTABLE_PASSPHRASE"  # noqa: S105 - a variable name
NEW_PASSPHRASE_ENV = "ROUNDTABLE_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_ENV = "ROUNDTABLE_RECOVERY_KEY"


# --- language -----------------------------------------------------------------------------
# The CLI prints its fixed lines and error messages in Khmer when asked (`--lang km`, or a km
# locale in LC_ALL / LC_MESSAGES / LANG). The messages are the app's catalogue; Qt's translator
# reads it without any application object. Loaded only for Khmer: English runs import no Qt.
CLI_LANGUAGES = ("en", "km")
_catalogue: Any = None


def __getattr__(name: str) -> Any:
    # I18N_DIR (the catalogues' folder) is looked up only when a catalogue is loaded: finding
    # it imports importlib.resources, which English runs never need. Tests may set it.
    if name == "I18N_DIR":
        from app.resource_paths import resource_dir

        return resource_dir("i18n")
    raise AttributeError(name)


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """The POSIX message locale: the first of LC_ALL, LC_MESSAGES, LANG that is set."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "km" if value.lower().split(".")[0].split("_")[0] == "km" else "en"
    return "en"


_retired: list[object] = []


def set_language(code: str) -> None:
    """Print messages in `code` from now on (English when its catalogue cannot be read)."""
    global _catalogue
    _route_argparse_messages()
    if _catalogue is not None:
        # Kept, never destroyed: a QTranslator's destructor takes Qt's translator lock, which
        # deadlocks if the app's Python translator holds it (see app/ui/language.py).
        _retired.append(_catalogue)
    _catalogue = None
    if code == "en" or code not in CLI_LANGUAGES:
        return
    folder = globals().get("I18N_DIR") or __getattr__("I18N_DIR")
    path = folder / f"roundtable_{code}.qm"
    if not path.is_file():
        return
    from PySide6.QtCore import QTranslator

    catalogue = QTranslator()
    if catalogue.load(str(path)):
        _catalogue = catalogue


ARGPARSE_CONTEXT = "argparse"


def _argparse_gettext(message: str) -> str:
    # argparse also passes None (an absent subparser description) and our own, already
    # translated titles: both come back unchanged.
    if _catalogue is None or not isinstance(message, str):
        return message
    return _catalogue.translate(ARGPARSE_CONTEXT, message) or message


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return _argparse_gettext(singular if n == 1 else plural)  # Khmer has no plural forms


def _route_argparse_messages() -> None:
    """argparse reads its module-level `_` and `ngettext` each time it words a message (help
    headings, usage errors); pointing them here puts those words in the CLI's language. The
    marked English texts are in app/cli/argparse_messages.py."""
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


def translate(context: str, text: str) -> str:
    """`text` (marked in the source under `context`) in the CLI's language. Written as a call
    with literal arguments it is also what lupdate extracts."""
    if _catalogue is None:
        return text
    return _catalogue.translate(context, text) or text


ERRORS_CONTEXT = "Errors"


def error_message(exc: RoundtableError) -> str:
    """An error's message in the CLI's language (see app/ui/messages.py `error_text`)."""
    template = getattr(exc, "template", None)
    params = getattr(exc, "params", None)
    if isinstance(template, str) and isinstance(params, dict):
        # A value that is itself a marked sentence (a passphrase's reason) is translated too.
        contexts = getattr(exc, "param_contexts", {})
        params = {
            k: translate(contexts[k], v) if k in contexts and v else v for k, v in params.items()
        }
        try:
            text = translate(ERRORS_CONTEXT, template).format(**params)
        except (KeyError, IndexError, ValueError):
            text = template.format(**params)
        return text.strip()
    return translate(ERRORS_CONTEXT, exc.user_message)


def fail(message: str) -> int:
    """Print one line to stderr: `message` (English, marked N_("Errors", ...)) translated."""
    print(f"roundtable: {translate(ERRORS_CONTEXT, message)}", file=sys.stderr)
    return 1


def add_vault_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault", type=Path, default=argparse.SUPPRESS, help=translate("Cli", "vault folder")
    )


def add_passphrase_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=translate(
            "Cli", "read the passphrase from FILE ('-' = standard input); or set {variable}"
        ).format(variable=PASSPHRASE_ENV),
    )


def vault_dir(args: argparse.Namespace) -> Path:
    from app.vault import default_vault_dir

    folder = getattr(args, "vault", None)
    return Path(folder).expanduser() if folder else default_vault_dir()


_SECRET_LINE_MAX = 64 * 1024  # a passphrase is one line; /dev/zero is not


def _read_secret_file(name: str) -> str:
    try:
        if name == "-":
            text = sys.stdin.readline(_SECRET_LINE_MAX)
        else:
            with open(name, encoding="utf-8") as handle:
                text = handle.readline(_SECRET_LINE_MAX)
    except (OSError, UnicodeDecodeError):
        raise InvalidInput(translate("Errors", "The passphrase file could not be read.")) from None
    return text.rstrip("\r\n")


def secret_text(value: str) -> str:
    """`value` if it is text. Undecodable bytes (a binary file on stdin, a non-UTF-8
    environment variable) reach Python as lone surrogates under the POSIX locale's
    surrogateescape; they would fail deep inside key derivation instead of here."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise PassphraseNotText() from None
    return value


def passphrase(args: argparse.Namespace, *, new: bool = False, prompt: str = "") -> str:
    """From --passphrase-file, the environment, or an interactive prompt (twice when `new`)."""
    source = getattr(args, "passphrase_file", None)
    if source:
        return secret_text(_read_secret_file(source))
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return secret_text(env)
    return secret_text(ask(prompt or translate("Cli", "Passphrase: "), twice=new))


def ask(prompt: str, *, twice: bool) -> str:
    if not sys.stdin.isatty():
        raise InvalidInput(
            translate("Errors", "No passphrase given: use --passphrase-file or {variable}.").format(
                variable=PASSPHRASE_ENV
            )
        )
    import getpass

    from app.crypto.khmer_order import canonical

    first = getpass.getpass(prompt)
    # Compared as the key derivation sees them (docs/passphrases.md).
    if twice and canonical(getpass.getpass(translate("Cli", "Repeat: "))) != canonical(first):
        raise PassphraseMismatch()
    return first


def unlock(args: argparse.Namespace) -> Vault:
    from app.vault import open_vault

    return open_vault(vault_dir(args), passphrase(args))


# JSON escapes C0 itself; these it would print raw, and a terminal may act on them.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def print_json(value: Any) -> None:
    """Exact data for scripts, with every character a terminal could act on \\u-escaped."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def safe_text(text: str) -> str:
    """Control and bidi-override characters from records never reach the terminal (STYLE 10);
    the joiners Khmer needs stay."""
    return for_display(text, one_line=True)


__all__ = ["RoundtableError", "add_passphrase_arg", "add_vault_arg", "fail", "passphrase"]

"""argparse's own words ("usage:", "options:", its error messages), marked for translation.

argparse looks every message up through its module-level `_` and `ngettext` when it uses it;
`app/cli/common.py` `set_language` points those names at our catalogue (context "argparse"), so
the CLI's help and usage errors read entirely in the chosen language. lupdate extracts the
marks below; they are copied exactly from argparse.py of Python 3.11, 3.12 and 3.13 (3.14's
new wordings are included too: a message argparse does not ask for is simply never looked up).
"""

from __future__ import annotations

from app.i18n import N_

MESSAGES = (
    # help output
    N_("argparse", "usage: "),
    N_("argparse", "positional arguments"),
    N_("argparse", "options"),
    N_("argparse", "optional arguments"),  # before 3.10
    N_("argparse", "show this help message and exit"),
    N_("argparse", "subcommands"),
    N_("argparse", "%(heading)s:"),  # 3.14
    # usage errors
    N_("argparse", "%(prog)s: error: %(message)s\n"),
    N_("argparse", "%(prog)s: warning: %(message)s\n"),  # 3.13
    N_("argparse", "argument %(argument_name)s: %(message)s"),
    N_("argparse", "the following arguments are required: %s"),
    N_("argparse", "one of the arguments %s is required"),
    N_("argparse", "not allowed with argument %s"),
    N_("argparse", "unrecognized arguments: %s"),
    N_("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    N_(
        "argparse",
        "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)",
    ),
    N_("argparse", "invalid %(type)s value: %(value)r"),
    N_("argparse", "expected one argument"),
    N_("argparse", "expected at most one argument"),
    N_("argparse", "expected at least one argument"),
    N_("argparse", "expected %s argument"),
    N_("argparse", "expected %s arguments"),
    N_("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    N_("argparse", "ignored explicit argument %r"),
    N_("argparse", "unexpected option string: %s"),
    N_("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("argparse", "can't open '%(filename)s': %(error)s"),
    N_("argparse", 'argument "-" with mode %r'),
    N_("argparse", "cannot have multiple subparser arguments"),
    N_("argparse", "command '%(parser_name)s' is deprecated"),  # 3.13
    N_("argparse", "option '%(option)s' is deprecated"),  # 3.13
    N_("argparse", "argument '%(argument_name)s' is deprecated"),  # 3.13
)

"""Text from records, made safe to show a person: in a terminal, a report file, a spreadsheet.

Records may come from a partner's bundle, so their text is untrusted (STYLE 10). What this
removes cannot be seen but acts:

- C0 and C1 control characters (ESC, BEL, CSI U+009B, NUL, ...): `cat report.md` would hand an
  ESC sequence to the terminal (move the cursor, rewrite earlier lines, set the window title).
  Each becomes U+FFFD, so the reader sees that something was there.
- Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they reorder the text
  around them, so "txt.exe" can read as "exe.txt" and a name can seem to say something else
  ("Trojan Source"). They are dropped.
- Lone surrogates (not text; they break every UTF-8 writer) become U+FFFD.

Kept on purpose: ZWSP U+200B, ZWNJ U+200C and ZWJ U+200D, which Khmer writing uses (word
boundaries, subscript and ligature control); the marks LRM U+200E, RLM U+200F and ALM U+061C,
which only give a direction to the characters next to them, cannot reorder a run, and belong
in names written in Arabic or Hebrew script; tab and newline (and, in one-line output, these
become spaces).
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

# C0 except tab and newline, DEL, C1; lone surrogates.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("[\r\n\t\u2028\u2029]")


_MARKS = {"\n": " \u23ce ", "\t": " \u21e5 ", "\u2028": " \u23ce ", "\u2029": " \u23ce "}
_MARKED = re.compile("[\n\t\u2028\u2029]")


def for_comparison(text: str) -> str:
    """`text` on one line where two values are told apart (a conflict's two sides): what
    `for_display` drops or turns into a space shows as a mark instead, so values that differ
    only in a line break (⏎), a tab (⇥) or a direction override (�) do not look the same."""
    if text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BIDI.sub(REPLACEMENT, _CONTROLS.sub(REPLACEMENT, text))
    return _MARKED.sub(lambda m: _MARKS[m.group()], text)


def for_display(text: str, *, one_line: bool = False) -> str:
    """`text` without controls and bidi overrides; with `one_line`, breaks become spaces."""
    if text.isprintable():
        # Everything below removes or replaces only characters `isprintable` refuses (controls,
        # surrogates, bidi formats, line breaks, tab): one pass in C for the usual text, which
        # a table's paint asks for thousands of times.
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BIDI.sub("", _CONTROLS.sub(REPLACEMENT, text))
    if one_line:
        text = _LINE_BREAKS.sub(" ", text)
    return text

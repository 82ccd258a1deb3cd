"""Khmer catalogue lint: character order, stray invisible characters, placeholders, glossary.

Khmer text that looks right on one machine can be stored in an order that another font or a search
does not understand (KeePassXC's Khmer catalogue stores ំ before ា, for example). Every finished
translation in resources/i18n/*.ts is checked here, so a bad edit fails CI instead of reaching
a user.
"""

from __future__ import annotations

import ast
import csv
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
GLOSSARY = ROOT / "resources" / "i18n" / "glossary-km.tsv"

CONSONANT = "[\u1780-\u17a2]"  # ក … អ: the only letters a coeng (្) may subscript
VOWEL = "[\u17b6-\u17c5]"  # dependent vowel signs ា … ៅ
NIKAHIT = "\u17c6"  # ំ
REAHMUK = "\u17c7"  # ះ
SHIFTER = "[\u17c9\u17ca]"  # ៉ ៊ (register shifters)
COENG = "\u17d2"  # ្
# What may carry a vowel sign: a consonant or independent vowel, a subscript, a shifter, robat.
BASE = "[\u1780-\u17b3\u17c9-\u17cc]"

# (name, pattern): each pattern finds a wrong sequence.
BAD_ORDERS = [
    ("ំ before a vowel sign (write ាំ, not ំា)", re.compile(NIKAHIT + VOWEL)),
    ("ះ before a vowel sign or ំ", re.compile(REAHMUK + f"(?:{VOWEL}|{NIKAHIT})")),
    ("coeng ្ not followed by a consonant", re.compile(COENG + f"(?!{CONSONANT})")),
    ("two vowel signs in a row", re.compile(VOWEL + VOWEL)),
    ("vowel sign before a register shifter (write ប៊ី, not បី៊)", re.compile(VOWEL + SHIFTER)),
    ("vowel sign before a subscript (write ស្រី, not សី្រ)", re.compile(VOWEL + COENG)),
    ("vowel sign with nothing to sit on", re.compile(f"(?<!{BASE}){VOWEL}")),
    ("ំ or ះ with nothing to sit on", re.compile(f"(?<!{BASE}|{VOWEL})[{NIKAHIT}{REAHMUK}]")),
    ("doubled sign", re.compile("([\u17c6-\u17d1\u17d3\u17dd])\\1")),
]
# Invisible or deprecated characters nobody means to type in a catalogue.
FORBIDDEN = {
    "\u200b": "zero-width space (Khmer needs no word separators in UI text)",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "byte-order mark",
    "\u00ad": "soft hyphen",
    "\u25cc": "dotted circle (copied from a character table)",
    "\u17a3": "deprecated independent vowel ឣ",
    "\u17a4": "deprecated independent vowel ឤ",
    "\u17b4": "invisible inherent vowel",
    "\u17b5": "invisible inherent vowel",
    "\u17d8": "deprecated sign ៘",
}
# Qt placeholders (%1, %n, %L1), Python format fields ({name}), and rich-text tags.
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
TAG = re.compile(
    r"</?(a|b|big|body|br|center|code|div|em|font|h[1-6]|head|hr|html|i|img|li|nobr|ol|p|pre|qt|s"
    r"|small|span|strong|sub|sup|table|td|th|tr|tt|u|ul)\b[^>]*>",
    re.IGNORECASE,
)
# Word choice (glossary terms, one spelling) is checked in the catalogues that follow the glossary;
# Qt's own strings (qtbase_km.ts) use the words of Qt's dialogs. Add a catalogue here once it does.
STYLE_CATALOGUES = {"roundtable_km.ts"}


@dataclass(frozen=True)
class Message:
    catalogue: str
    context: str
    source: str
    translations: tuple[str, ...]
    finished: bool


def _messages(path: Path) -> list[Message]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            if tr.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            out.append(
                Message(
                    path.name,
                    name,
                    message.findtext("source") or "",
                    tuple(forms),
                    tr.get("type") != "unfinished",
                )
            )
    return out


MESSAGES = [m for path in CATALOGUES for m in _messages(path)]


def _where(m: Message) -> str:
    return f"{m.catalogue} [{m.context}] {m.source[:60]!r}"


def order_problems(text: str) -> list[str]:
    """The wrong character orders and forbidden characters in `text`."""
    problems = [name for name, pattern in BAD_ORDERS if pattern.search(text)]
    problems += [why for ch, why in FORBIDDEN.items() if ch in text]
    if unicodedata.normalize("NFC", text) != text:
        problems.append("not in Unicode NFC")
    return problems


def test_there_is_a_khmer_catalogue() -> None:
    assert any(p.name.endswith("_km.ts") for p in CATALOGUES)
    assert MESSAGES


def test_every_message_is_translated() -> None:
    unfinished = [
        _where(m) for m in MESSAGES if not m.finished or (m.source and not all(m.translations))
    ]
    assert not unfinished, unfinished


def test_khmer_character_order() -> None:
    bad = {
        _where(m): problems
        for m in MESSAGES
        for text in m.translations
        if (problems := order_problems(text))
    }
    assert not bad, bad


# Words the Chuon Nath dictionary writes with subscript ដ (្ដ), often typed with subscript ត (្ត),
# which looks the same but does not match in a search. One spelling throughout.
DICTIONARY_SPELLING = {
    "ប្តូរ": "ប្ដូរ",
    "ផ្តល់": "ផ្ដល់",
    "ម្តង": "ម្ដង",
    "កណ្តាល": "កណ្ដាល",
    "បណ្តាញ": "បណ្ដាញ",
    "ស្តង់ដារ": "ស្ដង់ដារ",
    "ផ្តើម": "ផ្ដើម",
    "សេចក្តី": "សេចក្ដី",
}


def test_one_spelling_for_words_with_subscript_da() -> None:
    bad = [
        (_where(m), wrong, right)
        for m in MESSAGES
        if m.catalogue in STYLE_CATALOGUES
        for text in m.translations
        for wrong, right in DICTIONARY_SPELLING.items()
        if wrong in text
    ]
    assert not bad, bad


def test_translations_keep_placeholders_and_tags() -> None:
    bad = []
    for m in MESSAGES:
        want = sorted(PLACEHOLDER.findall(m.source))
        tags = sorted(t.lower() for t in TAG.findall(m.source))
        for text in m.translations:
            if sorted(PLACEHOLDER.findall(text)) != want:
                bad.append((_where(m), "placeholders", text))
            if sorted(t.lower() for t in TAG.findall(text)) != tags:
                bad.append((_where(m), "rich-text tags", text))
    assert not bad, bad


def test_translations_keep_accelerators_and_ellipses() -> None:
    bad = []
    for m in MESSAGES:
        source_has_accel = re.search(r"&[^&\s]", m.source.replace("&&", "")) is not None
        for text in m.translations:
            has_accel = re.search(r"&[^&\s]", text.replace("&&", "")) is not None
            if has_accel != source_has_accel:
                bad.append((_where(m), "accelerator", text))
            if m.source.endswith("…") and not text.rstrip().endswith("…"):
                bad.append((_where(m), "trailing …", text))
            if m.source.endswith(" ") and not text.endswith(" "):
                bad.append((_where(m), "prompt loses its trailing space", text))
    assert not bad, bad


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ចំា", "ំ before a vowel sign"),
        ("ក្ា", "coeng"),
        ("កាិ", "two vowel signs"),
        ("បី៊", "register shifter"),
        ("សី្រ", "subscript"),
        (" ា", "nothing to sit on"),
        (" ំ", "nothing to sit on"),
        ("ក\u200bខ", "zero-width space"),
        ("កំំ", "doubled sign"),
    ],
)
def test_the_lint_catches_known_mistakes(text: str, problem: str) -> None:
    assert any(problem in p for p in order_problems(text)), order_problems(text)


@pytest.mark.parametrize(
    "text", ["ឃ្លាំងទិន្នន័យ", "ស្ត្រី", "ប៊ូតុង", "អ៊ិនគ្រីប", "ដោះសោ", "ជុំ", "ម៉ោង", "ព័ត៌មាន", "ន័យ"]
)
def test_the_lint_accepts_correct_khmer(text: str) -> None:
    assert order_problems(text) == []


# --- glossary -----------------------------------------------------------------------------------
def _glossary() -> list[dict[str, str]]:
    with GLOSSARY.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_glossary_is_well_formed() -> None:
    rows = _glossary()
    assert len(rows) >= 60
    assert set(rows[0]) == {"term", "English", "Khmer", "note"}
    for row in rows:
        assert row["term"] and row["English"] and row["Khmer"], row
        assert not order_problems(row["Khmer"]), row
    terms = [r["term"] for r in rows]
    assert len(terms) == len(set(terms)), "a term is listed twice"


# English word (as a regular expression over the source) -> glossary term whose Khmer form every
# translation of such a message must contain. A loose check: it proves the core terms are used
# consistently, not that every sentence is right.
CORE_TERMS = {
    r"\bvaults?\b": "vault",
    r"\bbundles?\b": "bundle",
    r"\bpassphrases?\b": "passphrase",
    r"\brecovery key\b": "recovery key",
    r"\bfingerprints?\b": "fingerprint",
    r"\bcontact cards?\b": "contact card",
    r"\bsignatures?\b": "signature",
    r"\brecipients?\b": "recipient",
    r"\battachments?\b": "attachment",
    r"\btestimon(y|ies)\b": "testimony",
    r"\baction items?\b": "action item",
    r"\bagenda items?\b": "agenda item",
    r"\bredaction\b": "redaction",
    r"\bconflicts?\b": "conflict",
    r"\bpartners?\b": "partner",
    r"\bmeetings?\b": "meeting",
    r"\bexport\b": "export",
    r"\bimport\b": "import",
    r"\bunlock\b": "unlock",
    r"\bencrypt(ed|ion)?\b": "encrypt",
    r"\banonymous\b": "anonymous",
    r"\bsettings\b": "settings",
    r"\bverif(y|ied)\b": "verify",
}


def test_core_terms_follow_the_glossary() -> None:
    khmer = {r["term"]: r["Khmer"] for r in _glossary()}
    assert set(CORE_TERMS.values()) <= set(khmer)
    bad = []
    for m in MESSAGES:
        if m.catalogue not in STYLE_CATALOGUES:
            continue
        for pattern, term in CORE_TERMS.items():
            # Command lines (`roundtable contacts verify`, --redact), file names and placeholders
            # are not prose.
            # Example command lines in help texts (`  roundtable report … -o x.pdf`) neither.
            prose = re.sub(
                r"`[^`]*`|'roundtable [^']*'|^\s*roundtable .*$|--[\w-]+|\bvault\.\w+|\{\w+\}",
                "",
                m.source,
                flags=re.MULTILINE,
            )
            if not re.search(pattern, prose, re.IGNORECASE):
                continue
            forms = [f.strip() for f in khmer[term].split("/")]
            for text in m.translations:
                if not any(form in text for form in forms):
                    bad.append((_where(m), term, khmer[term], text))
    assert not bad, bad


# --- coverage: what the CLI and the error classes say is in the catalogue ----------------------
def _all_subclasses(cls: type) -> list[type]:
    out = []
    for sub in cls.__subclasses__():
        out += [sub, *_all_subclasses(sub)]
    return out


def test_every_error_message_is_in_the_catalogue() -> None:
    from app.errors import RoundtableError

    errors = {
        m.source for m in MESSAGES if m.context == "Errors" and m.catalogue.endswith("_km.ts")
    }
    classes = [RoundtableError, *_all_subclasses(RoundtableError)]
    missing = [
        f"{cls.__module__}.{cls.__name__}: {cls.message!r}"
        for cls in classes
        if cls.__module__ == "app.errors" and cls.message not in errors
    ]
    assert not missing, "mark the message with N_('Errors', ...) and run lupdate: " + str(missing)


# Calls whose text reaches the user; their literal text must go through N_(...).
USER_TEXT_CALLS = {"print", "input", "getpass", "fail", "error", "ask", "passphrase"}
USER_TEXT_KEYWORDS = {"help", "description", "prompt"}


def _has_words(node: ast.AST) -> bool:
    """A literal (or the fixed part of an f-string) with English words in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        # The program's name alone ("roundtable: …") is not English to translate.
        return re.search(r"[A-Za-z]{2,}", node.value.replace("roundtable", "")) is not None
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _has_words(node.left) or _has_words(node.right)
    return False


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_cli_text_is_marked_for_translation() -> None:
    from app import errors

    error_classes = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, Exception)
    }
    unmarked = []
    for path in sorted((ROOT / "app" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            texts = []
            if name in USER_TEXT_CALLS or name in error_classes:
                texts += node.args
            texts += [k.value for k in node.keywords if k.arg in USER_TEXT_KEYWORDS]
            unmarked += [
                f"{path.name}:{t.lineno} {ast.unparse(t)[:70]}" for t in texts if _has_words(t)
            ]
    assert not unmarked, "wrap in N_('Cli', ...) or N_('Errors', ...): " + str(unmarked)

"""How text is turned into search-index tokens and queries into FTS5 expressions.

Khmer is written without spaces between words, so a word tokenizer finds nothing inside it. Each
run of Khmer characters is indexed as its overlapping character bigrams, each bigram spelled as a
4-letter ASCII token; a query of n >= 2 Khmer characters becomes the phrase of its n-1 bigrams,
which matches exactly the texts containing that substring. Latin-script words go to a unicode61
word index. This mapping is part of the on-disk format: changing it needs a reindex migration.
"""

from __future__ import annotations

import re
import unicodedata

# Khmer (U+1780-17FF) and Khmer Symbols (U+19E0-19FF).
_KHMER_RUN = re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]+")
# Invisible characters that Khmer typists insert between words; ignored for matching.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_RUN_BREAK = "zzzz"  # never produced by _bigram_token (its first letter is a..h)
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE)


def _code(ch: str) -> str:
    offset = ord(ch) - 0x1780 if ord(ch) < 0x19E0 else ord(ch) - 0x19E0 + 0x80
    return chr(97 + offset // 26) + chr(97 + offset % 26)


def _bigram_tokens(run: str) -> list[str]:
    return [_code(run[i]) + _code(run[i + 1]) for i in range(len(run) - 1)]


def khmer_runs(text: str) -> list[str]:
    return _KHMER_RUN.findall(normalise(text))


def bodies(text: str) -> tuple[str, str]:
    """(`words_body(text)`, `khmer_body(text)`), normalising the text once."""
    if text.isascii():  # no Khmer, nothing to normalise or strip: the same two bodies, sooner
        return text, ""
    text = normalise(text)
    return _KHMER_RUN.sub(" ", text), _khmer_body(_KHMER_RUN.findall(text))


def khmer_body(text: str) -> str:
    """The bigram document for the Khmer index ("" when the text has no Khmer)."""
    return _khmer_body(khmer_runs(text))


def _khmer_body(runs: list[str]) -> str:
    parts: list[str] = []
    for run in runs:
        if len(run) < 2:
            continue
        if parts:
            parts.append(_RUN_BREAK)
        parts.extend(_bigram_tokens(run))
    return " ".join(parts)


def words_body(text: str) -> str:
    """The document for the word index: the text with Khmer runs blanked out."""
    return _KHMER_RUN.sub(" ", normalise(text))


def khmer_query(run: str) -> str | None:
    """FTS5 phrase for one Khmer run of the query, or None if it is too short to search."""
    run = normalise(run)
    if len(run) < 2:
        return None
    return '"' + " ".join(_bigram_tokens(run)) + '"'


def words_query(text: str) -> str | None:
    """FTS5 expression: every word must occur; the last one may be a prefix (search as you type)."""
    words = _WORD.findall(words_body(text))
    if not words:
        return None
    quoted = ['"' + w.replace('"', "") + '"' for w in words]
    quoted[-1] += " *"
    return " AND ".join(quoted)


def query_terms(text: str) -> list[str]:
    """The pieces of a query to highlight in snippets: Latin words and Khmer runs."""
    normal = normalise(text)
    return [*_WORD.findall(words_body(normal)), *(r for r in khmer_runs(normal) if len(r) >= 2)]

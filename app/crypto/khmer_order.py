"""One spelling for text typed in different ways: NFC, invisible characters dropped where they
change nothing on screen, Khmer syllables put in their canonical order.

Why not NFC alone: Unicode's canonical ordering only sorts combining marks by their combining
class, and almost every Khmer sign has class 0, so NFC keeps "ស + ្រ + ្ត + ី" and
"ស + ្ត + ្រ + ី" apart although both are the same written syllable, and keyboards and
operating systems differ in the order they produce.

The Khmer rules follow the Khmer encoding structure of The Unicode Standard (chapter 16.4) as
made precise by SIL International's Khmer character specification and its normaliser
(github.com/sillsdev/khmer-character-specification, MIT): inside a syllable (a base letter and
the signs after it), signs are stably sorted by their category: robat, subscripts, shifters,
pre-base, below, above and post-base vowels, then other signs. Signs of the same category keep
the order they were typed in (it can change the picture: two subscripts stack in that order).
Of that normaliser's rewrites we apply only those between sequences that look the same in a
Khmer font: coeng RO after another subscript, coeng DA as coeng TA, and the split vowels
E + II and E + AA as OE and OO. Its other rewrites (vowel -u to a shifter, lunar dates) change
letters rather than order and are left out. docs/passphrases.md states the whole rule.

Nothing here is allowed to make two visibly different texts equal: every letter, vowel and
sign is kept (only their order inside a syllable changes), and an invisible character is kept
wherever it changes what is displayed (see `_drop_invisible`).
"""

from __future__ import annotations

import re
import unicodedata

ZWSP, ZWNJ, ZWJ, WJ, BOM = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
COENG = "\u17d2"
# Never change a glyph: they only mark (or forbid) a line break.
_BREAK_MARKS = frozenset((ZWSP, WJ, BOM))
_JOINERS = frozenset((ZWNJ, ZWJ))
_INVISIBLE = _BREAK_MARKS | _JOINERS

# Sort keys of the syllable categories (the order signs take after the base letter).
OTHER, BASE, ROBAT, SUB, FINAL_COENG, SHIFT, NONJOINER = 0, 1, 2, 3, 4, 5, 6
V_PRE, V_BELOW, V_ABOVE, V_POST, SIGN, FINAL_SIGN = 7, 8, 9, 10, 11, 12

_RANGES = (  # (first, last, category) over U+1780..U+17DD
    (0x1780, 0x17A2, BASE),  # consonants
    (0x17A3, 0x17A4, OTHER),  # deprecated independent vowels
    (0x17A5, 0x17B3, BASE),  # independent vowels
    (0x17B4, 0x17B5, OTHER),  # inherent vowels (not to be used)
    (0x17B6, 0x17B6, V_POST),  # AA
    (0x17B7, 0x17BA, V_ABOVE),  # I, II, Y, YY
    (0x17BB, 0x17BD, V_BELOW),  # U, UU, UA
    (0x17BE, 0x17C5, V_PRE),  # OE .. AU: pre-base and two-part vowels
    (0x17C6, 0x17C6, SIGN),  # nikahit
    (0x17C7, 0x17C8, FINAL_SIGN),  # reahmuk, yuukaleapintu
    (0x17C9, 0x17CA, SHIFT),  # muusikatoan, triisap
    (0x17CB, 0x17CB, SIGN),  # bantoc
    (0x17CC, 0x17CC, ROBAT),
    (0x17CD, 0x17D1, SIGN),
    (0x17D2, 0x17D2, SUB),  # coeng: with the consonant after it, a subscript
    (0x17D3, 0x17D3, SIGN),
    (0x17D4, 0x17DC, OTHER),  # punctuation, currency
    (0x17DD, 0x17DD, SIGN),
)
_CATEGORY = {cp: cat for first, last, cat in _RANGES for cp in range(first, last + 1)}
_SHIFTERS = "\u17c9\u17ca"

_REWRITES = (
    # Coeng RO is drawn to the left of the base whatever its place: it goes after another
    # subscript.
    (re.compile("(\u17d2\u179a)(\u17d2[\u1780-\u17b3])"), r"\2\1"),
    # Subscript DA and subscript TA are the same glyph; TA is the usual spelling.
    (re.compile("\u17d2\u178a"), "\u17d2\u178f"),
    # Two-part vowels typed as their visible parts.
    (re.compile("\u17c1([\u17bb-\u17bd]?)\u17b8"), "\u17be\\1"),
    (re.compile("\u17c1([\u17bb-\u17bd]?)\u17b6"), "\u17c4\\1"),
)


def _is_khmer(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff"


def _is_mark(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch).startswith("M")


def _joiner_matters(joiner: str, prev: str, nxt: str) -> bool:
    if not prev or not nxt or prev.isspace() or nxt.isspace() or nxt in _INVISIBLE:
        return False  # at an edge, next to a space or in a run: nothing to join or separate
    if _is_mark(nxt):
        return True  # it may split the cluster: the mark would be drawn on a dotted circle
    if _is_khmer(prev):
        # In Khmer only two uses change the picture: ZWNJ keeps a shifter in its own shape
        # before a vowel; ZWJ after a coeng makes a final (Middle Khmer) subscript.
        return (joiner == ZWNJ and prev in _SHIFTERS) or (joiner == ZWJ and prev == COENG)
    # Elsewhere (emoji sequences, Indic conjuncts, Persian words) they change the shapes.
    return True


def _drop_invisible(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] not in _INVISIBLE:
            out.append(text[i])
            i += 1
            continue
        end = i
        while end < len(text) and text[end] in _INVISIBLE:
            end += 1
        run = text[i:end]
        prev = out[-1] if out else ""
        after = text[end] if end < len(text) else ""
        if len(run) > 1 and any(ch in _JOINERS and _joiner_matters(ch, prev, after) for ch in run):
            # Several invisible characters where a joiner changes shapes: what they draw
            # depends on the exact sequence (a space or a second joiner between two emoji
            # breaks the picture they make together), so the run is kept as typed.
            out.append(run)
            i = end
            continue
        for k in range(i, end):
            ch = text[k]
            nxt = text[k + 1] if k + 1 < len(text) else ""
            if ch in _BREAK_MARKS:
                if _is_mark(nxt):  # before a sign it breaks the syllable visibly
                    out.append(ch)
            elif _joiner_matters(ch, out[-1] if out else "", nxt):
                out.append(ch)
        i = end
    return "".join(out)


def _categories(text: str) -> list[int]:
    cats = [_CATEGORY.get(ord(ch), OTHER) for ch in text]
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        # A joiner belongs to the syllable only in its two Khmer uses (after a shifter, after
        # a coeng). Anywhere else it was kept because it splits the cluster: it ends the
        # syllable, so no sign moves across it (moving one would draw another picture).
        if ch == ZWNJ:
            cats[i] = NONJOINER if prev in _SHIFTERS else OTHER
        elif ch == ZWJ:
            cats[i] = FINAL_COENG if prev == COENG else OTHER
    # The letter after a coeng (or after a coeng's ZWJ) is a subscript, not a new syllable.
    for i in range(1, len(text)):
        after_coeng = text[i - 1] == COENG or (text[i - 1] == ZWJ and cats[i - 1] != OTHER)
        if after_coeng and cats[i] in (BASE, FINAL_COENG):
            cats[i] = SUB
    return cats


def reorder_khmer(text: str) -> str:
    """Each Khmer syllable with its signs in canonical order; everything else unchanged."""
    cats = _categories(text)
    out: list[str] = []
    i = 0
    while i < len(text):
        if cats[i] != BASE:
            out.append(text[i])
            i += 1
            continue
        end = i + 1
        while end < len(text) and cats[end] > BASE:
            end += 1
        order = sorted(range(i, end), key=lambda k: (cats[k], k))
        syllable = "".join(text[k] for k in order)
        for pattern, replacement in _REWRITES:
            syllable = pattern.sub(replacement, syllable)
        out.append(syllable)
        i = end
    return "".join(out)


def canonical(text: str) -> str:
    """The form passphrases are compared in (normalisation version 2)."""
    text = unicodedata.normalize("NFC", text)
    text = reorder_khmer(_drop_invisible(text))
    return unicodedata.normalize("NFC", text)

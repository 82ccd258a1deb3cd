"""Numbers in the interface's sentences: Khmer digits in the Khmer interface.

One rule for the Khmer interface (docs/translations.md "Numbers"): a count, size or percentage
that a translated sentence shows is written in Khmer digits (០១២…), as dates are; data keeps
its own digits (names, fingerprints, file names, what a user typed), and so do texts that show
what to type (example dates, keys such as F2). English shows Latin digits.
"""

from __future__ import annotations

from app.domain.khmer_calendar import khmer_digits
from app.ui.language import current_language


def number(value: int | float | str) -> str:
    """`value` as a sentence of the interface shows it: `.format(n=number(len(rows)))`."""
    text = str(value)
    return khmer_digits(text) if current_language() == "km" else text


def counted(text: str) -> str:
    """The digits of a `tr("%n …", "", n)` result, which Qt writes in Latin digits; call it
    before any data (a title, a name) is put into the text."""
    return khmer_digits(text) if current_language() == "km" else text

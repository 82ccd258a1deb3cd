"""The sentences a passphrase is refused or advised with, marked for translation.

zxcvbn words its feedback as a fixed set of English sentences (zxcvbn/feedback.py, looked up
through gettext with no catalogue, so always English). `Strength.reason` and `Strength.hint`
are one of these sentences, exactly; whoever shows them translates them under the context
"PassphraseFeedback" (the strength meter, `WeakPassphrase` through app/ui/messages.py and the
CLI). tests/crypto/test_passphrase_feedback.py fails if the installed zxcvbn says anything
not listed here.
"""

from __future__ import annotations

from app.i18n import N_

FEEDBACK_CONTEXT = "PassphraseFeedback"

# Ours (app/crypto/passphrase.py `assess`).
TOO_SHORT = N_("PassphraseFeedback", "It is shorter than 10 characters.")  # MIN_LENGTH
EASY_TO_GUESS = N_("PassphraseFeedback", "It is easy to guess.")

# zxcvbn's, copied exactly from zxcvbn/feedback.py (4.4 and 4.5 say the same).
ZXCVBN = (
    N_("PassphraseFeedback", "Use a few words, avoid common phrases."),
    N_("PassphraseFeedback", "No need for symbols, digits, or uppercase letters."),
    N_("PassphraseFeedback", "Add another word or two. Uncommon words are better."),
    N_("PassphraseFeedback", "Straight rows of keys are easy to guess."),
    N_("PassphraseFeedback", "Short keyboard patterns are easy to guess."),
    N_("PassphraseFeedback", "Use a longer keyboard pattern with more turns."),
    N_("PassphraseFeedback", 'Repeats like "aaa" are easy to guess.'),
    N_(
        "PassphraseFeedback",
        'Repeats like "abcabcabc" are only slightly harder to guess than "abc".',
    ),
    N_("PassphraseFeedback", "Avoid repeated words and characters."),
    N_("PassphraseFeedback", 'Sequences like "abc" or "6543" are easy to guess.'),
    N_("PassphraseFeedback", "Avoid sequences."),
    N_("PassphraseFeedback", "Recent years are easy to guess."),
    N_("PassphraseFeedback", "Avoid recent years."),
    N_("PassphraseFeedback", "Avoid years that are associated with you."),
    N_("PassphraseFeedback", "Dates are often easy to guess."),
    N_("PassphraseFeedback", "Avoid dates and years that are associated with you."),
    N_("PassphraseFeedback", "This is a top-10 common password."),
    N_("PassphraseFeedback", "This is a top-100 common password."),
    N_("PassphraseFeedback", "This is a very common password."),
    N_("PassphraseFeedback", "This is similar to a commonly used password."),
    N_("PassphraseFeedback", "A word by itself is easy to guess."),
    N_("PassphraseFeedback", "Names and surnames by themselves are easy to guess."),
    N_("PassphraseFeedback", "Common names and surnames are easy to guess."),
    N_("PassphraseFeedback", "Capitalization doesn't help very much."),
    N_("PassphraseFeedback", "All-uppercase is almost as easy to guess as all-lowercase."),
    N_("PassphraseFeedback", "Reversed words aren't much harder to guess."),
    N_(
        "PassphraseFeedback",
        "Predictable substitutions like '@' instead of 'a' don't help very much.",
    ),
)
DEFAULT_HINT = ZXCVBN[0]

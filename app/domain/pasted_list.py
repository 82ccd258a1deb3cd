"""A bulleted list pasted into the minutes: one entry per line, speaker prefixes split off.

    - Forum Asia: has a role to provide digital security training.
    • A training on digital security will be organised.
    1) The assessment on the Paris Peace Accords…

Bullets, ticks and numbering are dropped; a short "Name:" at the start of a line is offered as
the speaker (the caller keeps it only when the directory knows that name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BULLET = re.compile(r"^\s*(?:[-–—*•·▪◦‣○●✓✔☐☑➢➤>]+|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s+")
_SPEAKER = re.compile(r"^([^:：]{2,60})[:：]\s+(\S.*)$", re.DOTALL)
MAX_SPEAKER_WORDS = 6  # "The Cambodian Center for Human Rights:" yes; a sentence with a colon no


@dataclass(frozen=True)
class PastedLine:
    text: str  # the entry without its bullet (and without the speaker prefix, if any)
    speaker: str = ""  # the prefix before ":", to look up in the directory
    full: str = ""  # the line with the prefix, kept when the speaker is not known


def split_pasted(text: str) -> list[PastedLine]:
    """The entries of a pasted text; a single line gives one entry (typed text, not a list)."""
    out: list[PastedLine] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _BULLET.sub("", raw.strip(), count=1).strip()
        # A bullet glued to its text ("✓Strengthening"): drop the symbol alone.
        line = re.sub(r"^[✓✔•▪◦‣●]\s*", "", line)
        if not line:
            continue
        m = _SPEAKER.match(line)
        if m and len(m.group(1).split()) <= MAX_SPEAKER_WORDS and not m.group(1).startswith("http"):
            out.append(PastedLine(m.group(2).strip(), m.group(1).strip(), line))
        else:
            out.append(PastedLine(line, "", line))
    return out

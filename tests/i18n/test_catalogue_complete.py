"""Done means done: the app's Khmer catalogue has no unfinished message (issue 10).

These fail until the translations are written; they are not marked xfail on purpose: the
lead merges the translations and this file must then be green.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from xml.etree import ElementTree

import pytest

import app.errors

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def _live_messages(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation or "" when unfinished) of the messages still in use."""
    out = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            texts = [translation.text or ""] if translation is not None else [""]
            if message.get("numerus") == "yes" and translation is not None:
                texts = [form.text or "" for form in translation.iter("numerusform")]
            done = kind != "unfinished" and all(t.strip() for t in texts)
            out.append(
                (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    texts[0] if done else "",
                )
            )
    return out


@pytest.mark.parametrize("name", ["roundtable_km.ts", "qtbase_km.ts"])
def test_no_unfinished_message(name: str) -> None:
    unfinished = [(c, s) for c, s, t in _live_messages(I18N / name) if not t]
    listing = "\n".join(f"  {c}: {s!r}" for c, s in unfinished[:40])
    assert not unfinished, f"{len(unfinished)} unfinished in {name}, for example:\n{listing}"


def test_every_error_message_is_translated() -> None:
    """Each error class's message is in the catalogue under "Errors", translated."""
    translated = {s for c, s, t in _live_messages(I18N / "roundtable_km.ts") if c == "Errors" and t}
    missing = sorted(
        cls.message
        for _, cls in inspect.getmembers(app.errors, inspect.isclass)
        if issubclass(cls, app.errors.RoundtableError) and cls.message not in translated
    )
    assert not missing, "error messages without a Khmer translation:\n" + "\n".join(missing)

"""Pasting a bulleted list into the minutes (issue 9 item 14): the parsing and the look-up."""

from __future__ import annotations

from app.domain.pasted_list import split_pasted
from app.domain.records import Organisation, Person
from app.storage.lookups import match_speaker

PASTED = """
- Forum Asia has a role to provide digital security training and research.
•  A training on Digital security will be soon organized for Cambodian NGOs.
- Forum Asia: also interested in research on Human rights and advocacy skill training.
1) The assessment on the Paris Peace Accords (PPA), which was still in progress;
✓Strengthening collaboration between national CSOs: a first step
- Note: this is not a speaker because it is far too long a prefix to be a name: really
"""


def test_lines_bullets_and_speaker_prefixes() -> None:
    lines = split_pasted(PASTED)
    assert [line.text for line in lines] == [
        "Forum Asia has a role to provide digital security training and research.",
        "A training on Digital security will be soon organized for Cambodian NGOs.",
        "also interested in research on Human rights and advocacy skill training.",
        "The assessment on the Paris Peace Accords (PPA), which was still in progress;",
        "a first step",
        "this is not a speaker because it is far too long a prefix to be a name: really",
    ]
    assert [line.speaker for line in lines] == [
        "",
        "",
        "Forum Asia",
        "",
        "Strengthening collaboration between national CSOs",
        "Note",
    ]
    assert lines[4].full == "Strengthening collaboration between national CSOs: a first step"


def test_speakers_match_the_directory_exactly(vault) -> None:
    org = vault.store.add(Organisation(name="Forum Asia", acronym="FA"))
    person = vault.store.add(Person(name="Hans Fridlund"))
    assert match_speaker(vault.conn, "forum asia").id == org.id
    assert match_speaker(vault.conn, "FA").id == org.id
    assert match_speaker(vault.conn, "Hans Fridlund").id == person.id
    assert match_speaker(vault.conn, "Note") is None
    assert match_speaker(vault.conn, "Forum") is None  # a part of a name is not a match

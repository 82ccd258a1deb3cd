"""Full-text search through the real write path: Latin words, Khmer substrings, paging, ranking."""

from __future__ import annotations

import pytest

from app.domain.records import AgendaItem, Meeting, MinuteEntry, Session
from app.storage import search
from app.vault import Vault


def _meeting(vault: Vault, title: str = "Quarterly Leaders' Meeting") -> tuple[Meeting, str]:
    store = vault.store
    meeting = store.add(Meeting(title=title, start_date="2026-03-01"))
    session = store.add(Session(meeting_id=meeting.id, date="2026-03-01"))
    item = store.add(AgendaItem(meeting_id=meeting.id, session_id=session.id, title="Updates"))
    return meeting, item.id


def _minute(vault: Vault, meeting: Meeting, item_id: str, text: str) -> MinuteEntry:
    return vault.store.add(MinuteEntry(agenda_item_id=item_id, meeting_id=meeting.id, text=text))


def _ids(results: search.Results) -> set[str]:
    return {h.record_id for h in results.hits}


@pytest.fixture
def minutes(vault: Vault) -> dict[str, MinuteEntry]:
    meeting, item = _meeting(vault)
    texts = {
        "union": "The garment workers' union reported dismissals of its leaders.",
        "coordination": "Participants agreed on a coordination calendar for the provinces.",
        "cafe": "The next meeting will be held in the Café Kampot.",
        "khmer": "អ្នកចូលរួមបានពិភាក្សាអំពីសិទ្ធិមនុស្សនិងដីធ្លី។",
        "khmer_zwsp": "សុវត្ថិភាព\u200bឌីជីថល\u200bសម្រាប់\u200bសហជីព។",
        "mixed": "Land rights ដីធ្លី in Kampot province.",
    }
    return {key: _minute(vault, meeting, item, text) for key, text in texts.items()}


def test_an_english_word_is_found_whatever_its_case(vault, minutes) -> None:
    assert _ids(search.search(vault.conn, "UNION")) == {minutes["union"].id}


def test_the_last_word_is_a_prefix_so_search_works_as_you_type(vault, minutes) -> None:
    assert _ids(search.search(vault.conn, "coordin")) == {minutes["coordination"].id}
    # Earlier words are whole words: "coordin calendar" finds nothing.
    assert not search.search(vault.conn, "coordin calendar").hits


def test_every_word_of_the_query_must_occur(vault, minutes) -> None:
    assert _ids(search.search(vault.conn, "coordination calendar")) == {minutes["coordination"].id}
    assert not search.search(vault.conn, "coordination union").hits


def test_diacritics_are_ignored(vault, minutes) -> None:
    assert _ids(search.search(vault.conn, "cafe")) == {minutes["cafe"].id}


@pytest.mark.parametrize(
    "query",
    [
        "ដី",  # 2 characters, inside ដីធ្លី
        "សិទ",  # 3 characters, the start of សិទ្ធិ
        "មនុស្",  # 5 characters, across no word boundary the text marks
        "ពិភាក្សាអំពីសិទ្ធិ",  # a phrase spanning three words written without spaces
    ],
)
def test_khmer_substrings_are_found_inside_unspaced_text(vault, minutes, query) -> None:
    assert minutes["khmer"].id in _ids(search.search(vault.conn, query))


def test_a_khmer_substring_that_is_not_there_is_not_found(vault, minutes) -> None:
    assert not search.search(vault.conn, "ប្រជាធិបតេយ្យ").hits  # democracy: in no text
    assert not search.search(vault.conn, "ដ").hits  # one character is too short to search


def test_zero_width_spaces_are_ignored_in_text_and_query(vault, minutes) -> None:
    assert _ids(search.search(vault.conn, "ភាពឌីជី")) == {minutes["khmer_zwsp"].id}
    # A query typed with zero-width spaces finds text typed without them.
    assert minutes["khmer"].id in _ids(search.search(vault.conn, "សិទ្ធិ\u200bមនុស្ស"))


def test_a_mixed_query_needs_both_scripts(vault, minutes) -> None:
    assert _ids(search.search(vault.conn, "land ដីធ្លី")) == {minutes["mixed"].id}
    assert not search.search(vault.conn, "union ដីធ្លី").hits


def test_deleted_records_vanish_from_results(vault, minutes) -> None:
    vault.store.delete(minutes["union"])
    assert not search.search(vault.conn, "union").hits


def test_updated_text_is_reindexed(vault, minutes) -> None:
    entry = minutes["union"]
    vault.store.update(entry, text="The teachers' association met the ministry.")
    assert not search.search(vault.conn, "garment").hits
    assert _ids(search.search(vault.conn, "ministry")) == {entry.id}
    vault.store.update(entry, text="សហជីពគ្រូបង្រៀន")
    assert not search.search(vault.conn, "ministry").hits
    assert _ids(search.search(vault.conn, "គ្រូបង្រៀន")) == {entry.id}


def test_hits_name_their_meeting_and_highlight_the_terms(vault, minutes) -> None:
    (hit,) = search.search(vault.conn, "union").hits
    assert hit.kind == "Minutes"
    assert hit.meeting_title == "Quarterly Leaders' Meeting"
    assert "[union]" in hit.marked_snippet()
    hits = {h.record_id: h for h in search.search(vault.conn, "និងដីធ្លី").hits}
    assert "[និងដីធ្លី]" in hits[minutes["khmer"].id].marked_snippet()


def test_snippets_of_long_texts_are_windows_around_the_match(vault) -> None:
    meeting, item = _meeting(vault)
    filler = "Participants shared news from the provinces. " * 20
    _minute(vault, meeting, item, filler + "The ombudsperson will attend. " + filler)
    (hit,) = search.search(vault.conn, "ombudsperson").hits
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= search.SNIPPET_CHARS + 2
    assert "[ombudsperson]" in hit.marked_snippet()


def test_better_matches_rank_first(vault) -> None:
    meeting, item = _meeting(vault)
    weak = _minute(vault, meeting, item, "A long report about many things, " * 10 + "and land.")
    strong = _minute(vault, meeting, item, "Land, land and land again.")
    hits = search.search(vault.conn, "land").hits
    assert [h.record_id for h in hits[:2]] == [strong.id, weak.id]


def test_results_come_in_pages_with_a_total(vault) -> None:
    meeting, item = _meeting(vault)
    made = {_minute(vault, meeting, item, f"Budget line {i} was approved.").id for i in range(27)}
    first = search.search(vault.conn, "budget", limit=20)
    second = search.search(vault.conn, "budget", limit=20, offset=20)
    assert first.total == second.total == 27
    assert len(first.hits) == 20 and len(second.hits) == 7
    assert _ids(first) | _ids(second) == made
    assert not _ids(first) & _ids(second)
    assert not first.more_than_window


def test_a_query_matching_more_than_the_window_ranks_the_newest(vault, monkeypatch) -> None:
    monkeypatch.setattr(search, "WINDOW", 5)
    meeting, item = _meeting(vault)
    made = [_minute(vault, meeting, item, f"Training session {i}.") for i in range(12)]
    results = search.search(vault.conn, "training", limit=20)
    assert results.more_than_window
    assert results.total == 5
    assert _ids(results) == {m.id for m in made[-5:]}


def test_an_empty_or_punctuation_query_finds_nothing(vault, minutes) -> None:
    for query in ("", "   ", "?!", "\u200b"):
        results = search.search(vault.conn, query)
        assert results.hits == [] and results.total == 0


def test_fts_syntax_in_a_query_is_taken_literally(vault, minutes) -> None:
    # Quotes, operators and column filters must not raise or change the meaning.
    for query in ('"union', "union OR coordination", "body:union", "union*", "NEAR(union)"):
        search.search(vault.conn, query)
    assert not search.search(vault.conn, "union OR coordination").hits

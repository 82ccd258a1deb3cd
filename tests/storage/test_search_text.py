"""The Khmer bigram index finds exactly the texts that contain a query substring."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from app.storage import search_text

KHMER = "កខគឃងចឆជញដណតថទធនបផពភមយរលវសហឡអាិីឹឺុូួើឿៀេែៃោៅំះ្់"
khmer_text = st.text(alphabet=KHMER + " a\u200b", min_size=0, max_size=40)


def _matches(doc: str, query: str) -> bool:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE k USING fts5(body, content='', tokenize='unicode61')")
    body = search_text.khmer_body(doc)
    if body:
        db.execute("INSERT INTO k (rowid, body) VALUES (1, ?)", (body,))
    phrases = [search_text.khmer_query(r) for r in search_text.khmer_runs(query)]
    expr = " AND ".join(p for p in phrases if p)
    return bool(db.execute("SELECT rowid FROM k WHERE k MATCH ?", (expr,)).fetchall())


@settings(max_examples=150, deadline=None)
@given(khmer_text, st.data())
def test_every_substring_of_two_or_more_characters_is_found(doc: str, data) -> None:
    runs = [r for r in search_text.khmer_runs(doc) if len(r) >= 2]
    if not runs:
        return
    run = data.draw(st.sampled_from(runs))
    start = data.draw(st.integers(0, len(run) - 2))
    end = data.draw(st.integers(start + 2, len(run)))
    assert _matches(doc, run[start:end])


@settings(max_examples=150, deadline=None)
@given(khmer_text, st.text(alphabet=KHMER, min_size=2, max_size=6))
def test_nothing_is_found_that_is_not_there(doc: str, query: str) -> None:
    present = any(query in r for r in search_text.khmer_runs(doc))
    assert _matches(doc, query) == present


def test_zero_width_spaces_do_not_split_words() -> None:
    assert _matches("សិទ្ធិ\u200bមនុស្ស", "ធិមនុ")


def test_latin_words_are_kept_out_of_the_khmer_index_and_vice_versa() -> None:
    text = "Land rights ដីធ្លី in Kampot"
    assert "ដី" not in search_text.words_body(text)
    assert search_text.words_query("land rig") == '"land" AND "rig" *'
    assert search_text.khmer_query("ដ") is None

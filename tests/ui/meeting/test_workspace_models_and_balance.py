"""Item models pass qtmodeltester; attendance figures read like the reference report."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from app.domain.meeting_detail import GenderBalance
from app.domain.records import MinuteEntry
from app.storage.lookups import Choice
from app.ui.meeting.balance import count_text, kind_text, percent_text, summary_text
from app.ui.meeting.pickers import ChoiceModel
from app.ui.meeting.rows_model import BATCH, Column, RowsModel


def _entries(n: int) -> list[MinuteEntry]:
    return [
        MinuteEntry(agenda_item_id="a", meeting_id="m", text=f"entry {i}", position=float(i))
        for i in range(n)
    ]


def test_rows_model_passes_modeltester_and_fetches_lazily(qtmodeltester) -> None:
    edits: list[tuple[str, str]] = []
    model = RowsModel(
        [
            Column("Text", lambda e: e.text, edit_key="text"),
            Column("Pos", lambda e: str(e.position)),
        ],
        on_edit=lambda e, key, value: edits.append((e.id, value)),
        highlight=lambda e: e.position == 3,
    )
    model.set_rows(_entries(BATCH * 2 + 5))
    assert model.rowCount() == BATCH  # the rest is handed over as the view scrolls
    assert model.canFetchMore(QModelIndex())
    # One check connects the tester: it then verifies every later change as it happens.
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == BATCH * 2 + 5 and not model.canFetchMore(QModelIndex())

    assert model.index(3, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(4, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(2, 0), "changed")
    assert edits == [(model.row_at(2).id, "changed")]

    model.set_rows(_entries(BATCH * 3))
    far = model.row_at(BATCH * 3 - 1).id
    assert model.row_of(far) == BATCH * 3 - 1  # finding a row fetches up to it
    assert model.rowCount() == BATCH * 3
    model.clear()
    assert model.rowCount() == 0


def test_choice_model_passes_modeltester(qtmodeltester) -> None:
    model = ChoiceModel()
    model.set_choices(
        [Choice("1", "Sok Chanthea", "person", "LRW"), Choice("2", "CFE", "organisation")]
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Sok Chanthea — LRW"
    assert model.index(1, 0).data(Qt.ItemDataRole.EditRole) == "CFE"
    model.set_choices([])
    assert model.rowCount() == 0


def test_gender_balance_in_the_words_of_the_upr_report() -> None:
    participants = GenderBalance({"woman": 20, "man": 19}, 39)
    assert percent_text(participants) == "51% women, 49% men"
    speakers = GenderBalance({"woman": 7, "man": 6}, 13)
    assert percent_text(speakers) == "54% women, 46% men"
    assert count_text(participants) == "20 women, 19 men"
    mixed = GenderBalance({"man": 1, "woman": 2, "non_binary": 1, "unspecified": 1}, 5)
    assert percent_text(mixed) == "40% women, 20% men, 20% non-binary, 20% not stated"
    assert count_text(mixed) == "2 women, 1 man, 1 non-binary, 1 not stated"
    assert summary_text(GenderBalance({}, 0)) == "Nobody recorded yet"
    assert summary_text(GenderBalance({"woman": 1}, 1)) == "1 person — 100% women (1 woman)"
    assert kind_text({"union": 2, "ngo": 5, "embassy": 2}) == "NGO 5, Embassy 2, Union 2"

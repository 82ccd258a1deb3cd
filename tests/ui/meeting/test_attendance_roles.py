"""Session roles are stored in English and shown in the interface's language."""

from __future__ import annotations

from app.ui import language
from app.ui.meeting.attendance import role_key, role_label


def test_known_roles_are_translated_and_typed_ones_kept(khmer) -> None:
    assert role_label("speaker") == "អ្នកថ្លែង"
    assert role_key("អ្នកថ្លែង") == "speaker"
    assert role_key("Speaker ") == "speaker"
    assert role_label("rapporteur") == "rapporteur"
    assert role_key("rapporteur") == "rapporteur"


def test_the_attendance_panel_offers_roles_in_khmer_and_stores_english(khmer, ws) -> None:
    panel = ws.programme.attendance
    # Built before the switch: the retranslation replaces the items it handed out.
    language.switch_language("km")
    items = [panel.role.itemText(i) for i in range(panel.role.count())]
    assert "អ្នកថ្លែង" in items and "speaker" not in items
    panel.role.setCurrentIndex(items.index("អ្នកថ្លែង"))
    assert panel._role() == "speaker"

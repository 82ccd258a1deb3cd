"""The contract between the main window and every screen it shows.

The main window calls `on_vault_opened()` after an unlock (the screen starts loading through
`Ops`; it never reads the database on the GUI thread) and `clear_vault_data()` when the vault
locks (the screen drops every row, text and cached record it shows, so nothing readable stays
behind the lock screen). A screen is any QWidget with these two methods.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Screen(Protocol):
    def on_vault_opened(self) -> None:
        """The vault was unlocked: start loading (through ops, in the background)."""

    def clear_vault_data(self) -> None:
        """The vault is locking: drop everything read from it, synchronously."""

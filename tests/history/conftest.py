"""Sealed reports render PDFs with Qt: pytest-qt's QApplication first, so report code never
creates a bare QGuiApplication that a later widget test in the same process cannot use."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    return qapp

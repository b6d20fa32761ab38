"""Sticker tests draw with Qt: the QApplication of pytest-qt exists before any service runs
(the services would otherwise make a plain QGuiApplication, as the CLI does)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp: Any) -> Any:
    return qapp

"""One sticker job (check + PDF or images) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from ...core.errors import AppError, ErrorKind


class StickerJob(QThread):
    """Runs ``work()`` once; ``done(result, error)`` arrives in the GUI thread. Its owner keeps
    a reference until ``done`` and waits for it before going away."""

    done = Signal(object, object)  # the result or None, an AppError or None

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except AppError as exc:
            self.done.emit(None, exc)
        except Exception as exc:  # a bug must not take the window down
            message = f"The stickers could not be made ({type(exc).__name__}: {exc})."
            self.done.emit(None, AppError(ErrorKind.IO, message))
        else:
            self.done.emit(result, None)

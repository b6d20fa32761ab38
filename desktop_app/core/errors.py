"""Errors as values: a kind the UI and CLI can act on, and one human sentence."""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    AUTH = "auth"
    NETWORK = "network"
    RATE = "rate"
    DATA = "data"
    USAGE = "usage"
    IO = "io"
    CANCELLED = "cancelled"


class AppError(Exception):
    """An error with a kind and a message meant for a person, not a traceback."""

    def __init__(self, kind: ErrorKind, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class Cancelled(AppError):
    """The user (or the window closing) asked the work to stop."""

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(ErrorKind.CANCELLED, message)

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


# Process exit codes of the command-line tool, one per kind of error.
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_NETWORK = 4
EXIT_INTERRUPTED = 130

_EXIT_FOR_KIND = {
    ErrorKind.USAGE: EXIT_USAGE,
    ErrorKind.AUTH: EXIT_AUTH,
    ErrorKind.NETWORK: EXIT_NETWORK,
    ErrorKind.RATE: EXIT_NETWORK,
    ErrorKind.DATA: EXIT_NETWORK,
    ErrorKind.IO: EXIT_FAILED,
    ErrorKind.CANCELLED: EXIT_INTERRUPTED,
}


def exit_code(error: AppError) -> int:
    """The CLI exit code for ``error``: 2 usage, 3 auth, 4 network/API, 130 interrupted, else 1."""
    return _EXIT_FOR_KIND.get(error.kind, EXIT_FAILED)

"""Errors as values: a kind the UI and CLI can act on, and one human sentence."""

from __future__ import annotations

from enum import StrEnum

from .i18n import Errors, Message, plain


class ErrorKind(StrEnum):
    AUTH = "auth"
    NETWORK = "network"
    RATE = "rate"
    DATA = "data"
    USAGE = "usage"
    IO = "io"
    CANCELLED = "cancelled"


class AppError(Exception):
    """An error with a kind and a message meant for a person, not a traceback.

    ``message`` is the English sentence (the CLI, logs); ``text`` the marked message the window
    translates (a plain string given here is shown as it is).
    """

    def __init__(self, kind: ErrorKind, message: str | Message, *, detail: str = "") -> None:
        text = message if isinstance(message, Message) else plain(message)
        super().__init__(text.english())
        self.kind = kind
        self.text = text
        self.message = text.english()
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class Cancelled(AppError):
    """The user (or the window closing) asked the work to stop."""

    def __init__(self, message: str | Message | None = None) -> None:
        if message is None:
            message = Errors.tr("Cancelled.")
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

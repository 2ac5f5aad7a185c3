"""Exceptions that reach the event loop: shown to the user, never lost.

PySide prints an exception raised in a slot or an event handler and goes on;
the user sees nothing and the window may be half-updated. The hook shows
one line in a message box (the traceback still goes to stderr for a bug
report) and writes the recovery file at once.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def one_line(exc: BaseException) -> str:
    """``TypeName: message`` on one line, cut to 300 characters."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    text = text if len(text) <= 300 else text[:299] + "…"
    return f"{type(exc).__name__}: {text}"


def install(parent: QWidget, before_showing: Callable[[], None] | None = None) -> None:
    """Make ``sys.excepthook`` show unexpected errors over ``parent``."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        if showing or not isinstance(exc, Exception):
            return
        showing = True
        try:
            if before_showing is not None:
                before_showing()
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("error_hook", "Unexpected error"),
                QCoreApplication.translate(
                    "error_hook",
                    "Something went wrong; the window goes on and your network is kept.\n\n"
                    "{problem}",
                ).format(problem=one_line(exc)),
            )
        finally:
            showing = False

    sys.excepthook = hook

"""Run a short job (read a file, load a data set, evaluate weights) off the GUI thread.

Only the latest job's answer is delivered: choosing another file while one
is being read simply makes the first answer stale, and :meth:`forget`
(a Cancel button) drops the answer of the job in flight. Each job runs on
its own daemon thread, so a read that blocks (a slow disk, a hung network
mount) neither holds up the next choice nor keeps the process from
exiting; a Python thread cannot be killed, so a forgotten job finishes (or
waits) unseen. Its result comes back through a queued signal, so slots run
in the GUI thread.

A job object needs a parent: the thread keeps only a weak reference to it,
so the object is never deleted from the job's thread (Qt objects must die
in their own thread), and an answer for a closed window is dropped.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


def _run(
    owner: weakref.ref[BackgroundJob], token: int, job: Callable[..., Any], args: tuple[Any, ...]
) -> None:
    """The job's thread: run it, then answer the owner if it still exists."""
    try:
        value, ok = job(*args), True
    except (ValueError, OSError, MemoryError) as exc:  # DataError/ShapeError are ValueErrors
        value, ok = str(exc), False
    except Exception as exc:  # report, never lose the error in a background thread
        value, ok = f"{type(exc).__name__}: {exc}", False
    receiver = owner()
    if receiver is not None:
        with contextlib.suppress(RuntimeError):  # its window was closed while the job ran
            receiver._answered.emit(token, ok, value)


class BackgroundJob(QObject):
    """The latest job's answer, by signal.

    Signals
    -------
    succeeded(object)
        The job's return value.
    failed(str)
        The job raised one of the ``expected`` errors (its message) or an
        unexpected one (its type and message).
    busy_changed(bool)
        A job started (True) or the latest one ended or was forgotten (False).
    """

    succeeded = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)
    _answered = Signal(int, bool, object)  # token, ok, value: crosses threads

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._tokens = itertools.count(1)
        self._latest = 0
        self._closed = False
        self._answered.connect(self._on_answered)

    @property
    def busy(self) -> bool:
        """True while the latest job has not answered."""
        return self._latest != 0

    def submit(self, job: Callable[..., Any], *args: Any) -> None:
        """Run ``job(*args)`` on a background thread; an earlier answer becomes stale."""
        if self._closed:
            return
        token = next(self._tokens)
        self._latest = token
        self.busy_changed.emit(True)
        thread = threading.Thread(
            target=_run, args=(weakref.ref(self), token, job, args), name="cnnbuilder-job"
        )
        thread.daemon = True
        thread.start()

    def _on_answered(self, token: int, ok: bool, value: Any) -> None:
        if token != self._latest:
            return  # a newer job was submitted meanwhile, or this one was forgotten
        self._latest = 0
        self.busy_changed.emit(False)
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)

    def forget(self) -> None:
        """Drop the answer of the job in flight (its result is no longer wanted)."""
        if self._latest:
            self._latest = 0
            self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Forget pending answers and take no new jobs (application close; no waiting)."""
        self._latest = 0
        self._closed = True

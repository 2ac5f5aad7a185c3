"""Run a short job (load a data set, evaluate weights) off the GUI thread.

Only the latest job's answer is delivered: picking another data set while
one is loading simply makes the first answer stale. The job runs on a
Python thread; its result comes back through a queued signal, so slots run
in the GUI thread.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal


class BackgroundJob(QObject):
    """One job at a time, answer by signal.

    Signals
    -------
    succeeded(object)
        The job's return value.
    failed(str)
        The job raised one of the ``expected`` errors (its message) or an
        unexpected one (its type and message).
    busy_changed(bool)
        A job started (True) or the latest one ended (False).
    """

    succeeded = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)
    _answered = Signal(int, bool, object)  # token, ok, value: crosses threads

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cnnbuilder-job")
        self._tokens = itertools.count(1)
        self._latest = 0
        self._answered.connect(self._on_answered)

    @property
    def busy(self) -> bool:
        """True while the latest job has not answered."""
        return self._latest != 0

    def submit(self, job: Callable[..., Any], *args: Any) -> None:
        """Run ``job(*args)`` on the background thread."""
        token = next(self._tokens)
        self._latest = token
        self.busy_changed.emit(True)
        self._executor.submit(self._run, token, job, args)

    def _run(self, token: int, job: Callable[..., Any], args: tuple[Any, ...]) -> None:
        try:
            value, ok = job(*args), True
        except (ValueError, OSError, MemoryError) as exc:  # DataError/ShapeError are ValueErrors
            value, ok = str(exc), False
        except Exception as exc:  # report, never lose the error in a pool thread
            value, ok = f"{type(exc).__name__}: {exc}", False
        with contextlib.suppress(RuntimeError):  # the receiver was deleted while the job ran
            self._answered.emit(token, ok, value)

    def _on_answered(self, token: int, ok: bool, value: Any) -> None:
        if token != self._latest:
            return  # a newer job was submitted meanwhile
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
        """Forget pending answers and let the pool thread end (no waiting)."""
        self._latest = 0
        self._executor.shutdown(wait=False, cancel_futures=True)

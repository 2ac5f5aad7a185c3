"""Owns the training thread: starts a run, stops or pauses it, joins it on exit."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.run import RunRecorder
from cnnbuilder.core.training import TrainControl
from cnnbuilder.gui.training.worker import TrainingWorker


class WaitFeedback:
    """What :meth:`TrainingController.shutdown` shows while it waits (a dialog)."""

    def show(self) -> None:
        """The wait is noticeable: say so."""

    def gave_up(self) -> bool:
        """True once the user chose not to wait any longer."""
        return False

    def close(self) -> None:
        """The wait is over."""


# Threads still running when their window closed: referenced here so that
# nothing destroys them while they run.
_DETACHED: list[tuple[QThread, TrainingWorker | None]] = []


def detached_threads() -> int:
    """How many training threads were left running at close."""
    return sum(thread.isRunning() for thread, _ in _DETACHED)


class TrainingController(QObject):
    """Start, pause, resume and stop runs of a :class:`TrainingWorker`.

    Each run gets a fresh worker on a fresh ``QThread``. The GUI thread never
    waits for the worker, except in :meth:`shutdown` (application close),
    which stops the run and joins the thread so that Qt never destroys a
    running thread.

    Signals
    -------
    started()
        A run began.
    progressed(Progress), finished(Run), failed(str)
        Forwarded from the worker (queued: they arrive in the GUI thread).
    paused_changed(bool)
        Pause or resume was requested.
    running_changed(bool)
        True when a run starts, False once its thread has ended.
    """

    started = Signal()
    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    paused_changed = Signal(bool)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        # The worker has no parent (it is moved to its thread): this reference keeps
        # it alive until its thread has ended and deleted it.
        self._worker: TrainingWorker | None = None
        self._control: TrainControl | None = None

    @property
    def running(self) -> bool:
        """True from :meth:`start` until the run's thread has finished."""
        return self._thread is not None

    @property
    def paused(self) -> bool:
        """True while the current run is paused."""
        return self._control is not None and self._control.paused

    @property
    def stopping(self) -> bool:
        """True once Stop was requested for the current run."""
        return self._control is not None and self._control.stop_requested

    def start(self, network: Network, data: Dataset, recorder: RunRecorder) -> None:
        """Train ``network`` in place on a background thread; ``recorder`` makes the Run.

        Raises
        ------
        RuntimeError
            If a run is already in progress.
        """
        if self.running:
            raise RuntimeError("a training run is already in progress")
        self._control = TrainControl()
        worker = TrainingWorker(network, data, recorder, self._control)
        thread = QThread()
        thread.setObjectName("cnnbuilder-training")
        worker.moveToThread(thread)  # before any connection that depends on affinity
        thread.started.connect(worker.run)
        worker.progressed.connect(self.progressed)
        worker.finished.connect(self.finished)
        worker.failed.connect(self.failed)
        worker.done.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self.running_changed.emit(True)
        self.started.emit()
        thread.start()

    def stop(self) -> None:
        """Ask the run to end after its current mini-batch (returns at once)."""
        if self._control is not None:
            self._control.stop()
            self.paused_changed.emit(False)

    def pause(self) -> None:
        """Hold the run before its next mini-batch."""
        if self._control is not None and not self._control.stop_requested:
            self._control.pause()
            self.paused_changed.emit(True)

    def resume(self) -> None:
        """Let a paused run go on."""
        if self._control is not None:
            self._control.resume()
            self.paused_changed.emit(False)

    def shutdown(self, timeout_ms: int = 10_000, feedback: WaitFeedback | None = None) -> bool:
        """Stop the run and wait for its thread (only on application close).

        A mini-batch can take longer than anyone waits (a huge network, a
        slow machine): the events keep being processed while waiting, and
        ``feedback`` (a dialog) says so and may give up. A thread still
        running then is detached: kept referenced so that Qt never destroys
        it while it runs (that aborts the process), and :func:`detached_threads`
        tells the application to end without destroying it.

        Returns
        -------
        bool
            True when no thread is left running.
        """
        thread = self._thread
        if thread is None:
            return True
        self.stop()
        thread.quit()
        deadline = time.monotonic() + timeout_ms / 1000
        if feedback is not None and not thread.wait(200):
            feedback.show()
        while not thread.wait(50):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if time.monotonic() > deadline or (feedback is not None and feedback.gave_up()):
                break
        if feedback is not None:
            feedback.close()
        if thread.isRunning():
            _DETACHED.append((thread, self._worker))
            thread.finished.disconnect()
            self._thread, self._worker, self._control = None, None, None
            return False
        self._on_thread_finished()
        return True

    def _on_thread_finished(self) -> None:
        thread = self._thread
        if thread is None:
            return
        # ``finished`` is emitted from the thread's last moments; this wait only
        # lets it return (microseconds), it never waits on training. It must come
        # first: the thread deletes the worker (deleteLater) on its way out, and
        # dropping our reference before that would delete it twice.
        thread.wait()
        self._thread, self._worker, self._control = None, None, None
        thread.deleteLater()
        self.running_changed.emit(False)

"""Two buttons from the course: Gradient check and Overfit a tiny batch.

Each runs off the GUI thread (a :class:`BackgroundJob`), reports its
progress through a shared counter read by a timer, and can be cancelled
between two steps; the answer comes back in plain words with the numbers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from typing import Any

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.inside import sanity
from cnnbuilder.core.nn.network import Network
from cnnbuilder.gui.training.background import BackgroundJob

EXAMPLES = 3  # for the gradient check


class Cancelled:
    """The answer of a job that was cancelled."""


def drive(generator: Generator[Any, None, Any], progress: list[Any], stop: threading.Event) -> Any:
    """Run ``generator`` to its end, keeping its latest yield in ``progress[0]``;
    return its value, or a :class:`Cancelled` when ``stop`` is set between steps."""
    try:
        while True:
            progress[0] = next(generator)
            if stop.is_set():
                generator.close()
                return Cancelled()
    except StopIteration as end:
        return end.value


class SanityPanel(QWidget):
    """Object name ``sanityPanel``; :meth:`set_subject` gives the network and data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sanityPanel")
        self.network: Network | None = None
        self.data: Dataset | None = None
        self.grad_button = QPushButton(self.tr("Gradient check"))
        self.grad_button.setObjectName("gradientCheckButton")
        self.grad_button.setToolTip(
            self.tr("Back-propagation against centred differences, in float64, on a few examples")
        )
        self.grad_button.clicked.connect(self.start_gradient_check)
        self.overfit_button = QPushButton(self.tr("Overfit a tiny batch"))
        self.overfit_button.setObjectName("overfitButton")
        self.overfit_button.setToolTip(
            self.tr("Train fresh weights on 10 examples until the cost is near zero")
        )
        self.overfit_button.clicked.connect(self.start_overfit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("sanityCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.answer = QLabel()
        self._showing_problem = False  # the answer says why the checks cannot run
        self.answer.setObjectName("sanityAnswer")
        self.answer.setWordWrap(True)
        self.job = BackgroundJob(self)
        self.job.succeeded.connect(self._on_answer)
        self.job.failed.connect(lambda text: self._finish(text))
        self._stop = threading.Event()
        self._progress: list[Any] = [None]
        self._describe: Callable[[Any], str] = str
        self._timer = QTimer(self, interval=100)
        self._timer.timeout.connect(self._show_progress)
        self._build()
        self._set_running(False)

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.grad_button, self.overfit_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.answer)
        column.addStretch(1)

    def set_subject(self, network: Network | None, data: Dataset | None) -> None:
        """The network (with its weights) and the data the checks use."""
        self.network, self.data = network, data
        self._set_running(self.job.busy)

    def _fits(self) -> str | None:
        if self.network is None:
            return self.tr("There is no valid network to check.")
        if self.data is None or self.data.input_shape != self.network.spec.input.shape:
            return self.tr("Load data that fits the network's input first.")
        return None

    def _set_running(self, running: bool) -> None:
        problem = None if running else self._fits()
        for button in (self.grad_button, self.overfit_button):
            button.setEnabled(not running and problem is None)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        if problem:
            self.answer.setText(problem)
        elif self._showing_problem:  # it fits now: the old reason would mislead
            self.answer.clear()
        self._showing_problem = bool(problem)

    def _start(
        self, generator: Generator[Any, None, Any], total: int, describe: Callable[[Any], str]
    ) -> None:
        self._stop = threading.Event()
        self._progress = [None]
        self._describe = describe
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.answer.setText(self.tr("Working…"))
        self._set_running(True)
        self._timer.start()
        self.job.submit(drive, generator, self._progress, self._stop)

    def start_gradient_check(self) -> None:
        """Check the gradients of the current weights on a few examples."""
        if self._fits() or self.network is None or self.data is None:
            return
        labels = self.data.y.astype(np.intp)
        weights = self.network.get_weights()
        generator = sanity.gradient_check(
            self.network.spec, weights, self.data.x[:EXAMPLES], labels[:EXAMPLES]
        )
        total = 6 * len(weights)
        self._start(generator, total, self._gradient_text)

    def start_overfit(self) -> None:
        """Train fresh weights on ten examples."""
        if self._fits() or self.network is None or self.data is None:
            return
        x, y = sanity.tiny_batch(self.data.x, self.data.y.astype(np.intp))
        seed = self.network.spec.training.seed if self.network.spec.training else 0
        generator = sanity.overfit_tiny_batch(self.network.spec, x, y, seed=seed)
        self._start(generator, 300, self._overfit_text)

    def cancel(self) -> None:
        """Stop the running check between two of its steps."""
        self._stop.set()

    def _show_progress(self) -> None:
        latest = self._progress[0]
        if latest is not None:
            self.progress.setValue(int(latest[0]))
            if isinstance(latest[1], float):
                self.answer.setText(
                    self.tr("step {step}: cost {cost}").format(
                        step=latest[0], cost=f"{latest[1]:.4f}"
                    )
                )

    def _on_answer(self, value: Any) -> None:
        if isinstance(value, Cancelled):
            self._finish(self.tr("Cancelled."))
        else:
            self._finish(self._describe(value))

    def _finish(self, text: str) -> None:
        self._timer.stop()
        self._set_running(False)
        self.answer.setText(text)

    def _gradient_text(self, result: sanity.GradCheck) -> str:
        verdicts = {
            "great": self.tr("great (below 1e-7): back-propagation is right"),
            "fine": self.tr("fine (below 1e-5)"),
            "doubtful": self.tr("doubtful (between 1e-5 and 1e-3): look closer"),
            "wrong": self.tr("wrong (above 1e-3): a gradient is miscomputed"),
        }
        text = self.tr(
            "Relative error {error} over {probes} weights on {examples} examples: {verdict}."
        ).format(
            error=f"{result.error:.2e}",
            probes=result.probes,
            examples=result.examples,
            verdict=verdicts[result.verdict],
        )
        worst = max(result.per_key, key=lambda key: result.per_key[key])
        text += " " + self.tr("Largest for {key}: {error}.").format(
            key=worst, error=f"{result.per_key[worst]:.2e}"
        )
        if result.kinks:
            text += " " + self.tr(
                "{n} probes were left out: they sit on a kink (a ReLU at exactly z = 0), "
                "where the derivative does not exist."
            ).format(n=result.kinks)
        return text

    def _overfit_text(self, result: sanity.Overfit) -> str:
        values = {
            "steps": len(result.costs),
            "first": f"{result.costs[0]:.4f}",
            "last": f"{result.costs[-1]:.4f}",
            "accuracy": f"{result.accuracy:.0%}",
        }
        if result.learned:
            return self.tr(
                "It can learn: the cost went from {first} to {last} in {steps} steps, "
                "and it gets {accuracy} of the 10 examples right."
            ).format(**values)
        return self.tr(
            "It did not get near zero: the cost went from {first} to {last} in {steps} steps "
            "({accuracy} right). A network that cannot overfit 10 examples has a bug "
            "or too little capacity."
        ).format(**values)

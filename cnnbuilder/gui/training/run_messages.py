"""What the training side says when a run ends: plain text, no Qt.

The status line under Train and the results headline both describe the
end of a run; keeping their wording here keeps the two consistent.
"""

from __future__ import annotations

import math

from cnnbuilder.core.errors import TrainingDiverged
from cnnbuilder.core.training import EpochResult, TrainConfig, TrainResult
from cnnbuilder.gui.training.worker import RunOutcome

GUESS_FACTOR = 10  # a cost this many times ln(classes) is far above guessing


def divergence_message(exc: TrainingDiverged, lr: float) -> str:
    """Say in plain words why the run stopped and what to try."""
    kept = (
        "the initial weights were kept"
        if exc.iteration <= 1
        else f"the weights that iteration {exc.iteration - 1} started from (its cost was "
        "the last finite one) were kept"
    )
    return (
        f"Training stopped: the cost became {exc.cost} at iteration {exc.iteration:,}, so "
        f"the learning rate η = {lr:g} is too large for this network. Try a lower "
        f"learning rate, such as {lr / 10:g}; {kept}."
    )


def run_ending(outcome: RunOutcome, epochs: int, batches_per_epoch: int) -> str:
    """How a run ended early, for the results headline; ``""`` for a complete run.

    Parameters
    ----------
    outcome : RunOutcome
        The end of the run.
    epochs : int
        Epochs the run was set to train.
    batches_per_epoch : int
        Iterations in one epoch (to tell "after epoch 3" from "in epoch 4").
    """
    exc, result = outcome.diverged, outcome.result
    if exc is not None:
        kept = (
            "the initial weights"
            if exc.iteration <= 1
            else f"weights of the last finite cost (iteration {exc.iteration - 1:,})"
        )
        return f"diverged at iteration {exc.iteration:,}; {kept}"
    if result is None or not result.stopped:
        return ""
    done = result.epochs_completed
    if result.iterations == done * batches_per_epoch:
        return f"stopped after epoch {done} of {epochs}"
    return f"stopped in epoch {done + 1} of {epochs}, after iteration {result.iterations:,}"


def cost_hint(history: tuple[EpochResult, ...], lr: float, classes: int) -> str:
    """A hint when the last epoch's cost ended far above the cost of guessing; else ``""``.

    Guessing uniformly among ``classes`` costs ln(classes). Adam with a huge
    η can push the cost to 1e29 and keep it finite, so no divergence is
    reported; ten times the cost of guessing is a clear sign of such a run.
    """
    guess = math.log(classes) if classes > 1 else 0.0
    if not history or guess <= 0 or not history[-1].cost > GUESS_FACTOR * guess:
        return ""
    return (
        f" The cost rose far above ln({classes}) ≈ {guess:.1f} (the cost of guessing): "
        f"the learning rate η = {lr:g} is probably too large."
    )


def finish_status(result: TrainResult, config: TrainConfig, classes: int) -> tuple[str, str]:
    """The status line after a run that did not diverge, and its kind (good or warn)."""
    hint = cost_hint(result.history, config.lr, classes)
    if result.stopped:
        text = (
            f"Stopped after {result.epochs_completed} of {config.epochs} epochs "
            f"({result.iterations:,} iterations); the weights trained so far are kept."
        )
        return text + hint, "warn"
    test = "" if result.test_accuracy is None else f", test accuracy {result.test_accuracy:.1%}"
    text = (
        f"Finished {result.epochs_completed} epochs in {result.seconds:.1f} s{test}. "
        "Details under Results."
    )
    return text + hint, "warn" if hint else "good"

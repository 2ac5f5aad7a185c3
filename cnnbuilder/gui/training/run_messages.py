"""What the training side says when a run ends: plain text, no Qt.

The status line under Train and the results headline both describe the
end of a run; keeping their wording here keeps the two consistent.
"""

from __future__ import annotations

from cnnbuilder.core.errors import TrainingDiverged
from cnnbuilder.gui.training.worker import RunOutcome


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

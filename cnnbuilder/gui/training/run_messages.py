"""What the training side says when a run ends: plain text, no Qt (words via i18n).

The status line under Train and the results headline both describe the
end of a run; keeping their wording here keeps the two consistent.
"""

from __future__ import annotations

import math

from cnnbuilder.core.errors import TrainingDiverged
from cnnbuilder.core.training import EpochResult, TrainConfig, TrainResult
from cnnbuilder.gui.training.worker import RunOutcome
from cnnbuilder.i18n import translate

GUESS_FACTOR = 10  # a cost this many times ln(classes) is far above guessing


def divergence_message(exc: TrainingDiverged, lr: float) -> str:
    """Say in plain words why the run stopped and what to try."""
    kept = (
        translate("run_messages", "the initial weights were kept")
        if exc.iteration <= 1
        else translate(
            "run_messages",
            "the weights that iteration {n} started from (its cost was the last finite one) "
            "were kept",
        ).format(n=exc.iteration - 1)
    )
    return translate(
        "run_messages",
        "Training stopped: the cost became {cost} at iteration {iteration}, so the learning "
        "rate η = {lr} is too large for this network. Try a lower learning rate, such as "
        "{lower}; {kept}.",
    ).format(
        cost=exc.cost, iteration=f"{exc.iteration:,}", lr=f"{lr:g}", lower=f"{lr / 10:g}", kept=kept
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
            translate("run_messages", "the initial weights")
            if exc.iteration <= 1
            else translate(
                "run_messages", "weights of the last finite cost (iteration {n})"
            ).format(n=f"{exc.iteration - 1:,}")
        )
        return translate("run_messages", "diverged at iteration {n}; {kept}").format(
            n=f"{exc.iteration:,}", kept=kept
        )
    if result is None or not result.stopped:
        return ""
    done = result.epochs_completed
    if result.iterations == done * batches_per_epoch:
        return translate("run_messages", "stopped after epoch {done} of {epochs}").format(
            done=done, epochs=epochs
        )
    return translate(
        "run_messages", "stopped in epoch {epoch} of {epochs}, after iteration {n}"
    ).format(epoch=done + 1, epochs=epochs, n=f"{result.iterations:,}")


def cost_hint(history: tuple[EpochResult, ...], lr: float, classes: int) -> str:
    """A hint when the last epoch's cost ended far above the cost of guessing; else ``""``.

    Guessing uniformly among ``classes`` costs ln(classes). Adam with a huge
    η can push the cost to 1e29 and keep it finite, so no divergence is
    reported; ten times the cost of guessing is a clear sign of such a run.
    """
    guess = math.log(classes) if classes > 1 else 0.0
    if not history or guess <= 0 or not history[-1].cost > GUESS_FACTOR * guess:
        return ""
    return " " + translate(
        "run_messages",
        "The cost rose far above ln({classes}) ≈ {guess} (the cost of guessing): "
        "the learning rate η = {lr} is probably too large.",
    ).format(classes=classes, guess=f"{guess:.1f}", lr=f"{lr:g}")


def finish_status(result: TrainResult, config: TrainConfig, classes: int) -> tuple[str, str]:
    """The status line after a run that did not diverge, and its kind (good or warn)."""
    hint = cost_hint(result.history, config.lr, classes)
    if result.stopped:
        text = translate(
            "run_messages",
            "Stopped after {done} of {epochs} epochs ({n} iterations); "
            "the weights trained so far are kept.",
        ).format(done=result.epochs_completed, epochs=config.epochs, n=f"{result.iterations:,}")
        return text + hint, "warn"
    if result.test_accuracy is None:
        text = translate(
            "run_messages", "Finished {done} epochs in {seconds} s. Details under Results."
        )
    else:
        text = translate(
            "run_messages",
            "Finished {done} epochs in {seconds} s, test accuracy {accuracy}. "
            "Details under Results.",
        )
    accuracy = "" if result.test_accuracy is None else f"{result.test_accuracy:.1%}"
    text = text.format(
        done=result.epochs_completed, seconds=f"{result.seconds:.1f}", accuracy=accuracy
    )
    return text + hint, "warn" if hint else "good"

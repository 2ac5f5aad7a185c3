"""What the training side says when a run ends: plain text, no Qt.

The status line under Train, the results headline and the runs table all
describe the end of a run; keeping their wording here keeps them consistent.
"""

from __future__ import annotations

import math

from cnnbuilder.core.run import Outcome, Run, suggested_lr

GUESS_FACTOR = 10  # a cost this many times ln(classes) is far above guessing


def divergence_message(run: Run) -> str:
    """Say in plain words why the run stopped and what to try."""
    exc, settings = run.diverged, run.settings
    assert exc is not None
    kept = (
        "the initial weights were kept"
        if exc.iteration <= 1
        else f"the weights that iteration {exc.iteration - 1} started from (its cost was "
        "the last finite one) were kept"
    )
    return (
        f"Training stopped: the cost became {exc.cost} at iteration {exc.iteration:,}, so "
        f"the learning rate η = {settings.lr:g} is too large for this network. Try a lower "
        f"learning rate, such as {suggested_lr(settings.lr, settings.optimizer):g}; {kept}."
    )


def run_ending(run: Run, batches_per_epoch: int) -> str:
    """How a run ended, for the results headline; ``""`` for a complete run that learned.

    Parameters
    ----------
    run : Run
    batches_per_epoch : int
        Iterations in one epoch (to tell "after epoch 3" from "in epoch 4").
    """
    exc, epochs = run.diverged, run.settings.epochs
    if exc is not None:
        kept = (
            "the initial weights"
            if exc.iteration <= 1
            else f"weights of the last finite cost (iteration {exc.iteration - 1:,})"
        )
        return f"diverged at iteration {exc.iteration:,}; {kept}"
    learned = "" if run.outcome is not Outcome.DID_NOT_LEARN else "did not learn"
    if not run.stopped:
        return learned
    done = run.epochs_completed
    if run.iterations == done * batches_per_epoch:
        ending = f"stopped after epoch {done} of {epochs}"
    else:
        ending = f"stopped in epoch {done + 1} of {epochs}, after iteration {run.iterations:,}"
    return f"{learned}; {ending}" if learned else ending


def cost_hint(run: Run) -> str:
    """A hint when the last epoch's cost ended far above the cost of guessing; else ``""``.

    Guessing uniformly among the classes costs ln(classes). Adam with a huge
    η can push the cost to 1e29 and keep it finite, so no divergence is
    reported; ten times the cost of guessing is a clear sign of such a run.
    """
    classes = len(run.data.class_names)
    guess = math.log(classes) if classes > 1 else 0.0
    if not run.epochs or guess <= 0 or not run.epochs[-1].cost > GUESS_FACTOR * guess:
        return ""
    lr, optimizer = run.settings.lr, run.settings.optimizer
    return (
        f" The cost rose far above ln({classes}) ≈ {guess:.1f} (the cost of guessing): "
        f"the learning rate η = {lr:g} is probably too large; try "
        f"{suggested_lr(lr, optimizer):g}."
    )


def finish_status(run: Run) -> tuple[str, str]:
    """The status line after a run, and its kind (good, warn or error)."""
    if run.diverged is not None:
        return divergence_message(run), "error"
    hint = cost_hint(run)
    settings = run.settings
    if run.outcome is Outcome.DID_NOT_LEARN:
        text = (
            f"Run {run.number} did not learn: its cost did not fall below the first one, "
            f"or its accuracy stayed at chance level (1 in {len(run.data.class_names)})."
        )
        return text + (hint or " Try another learning rate."), "warn"
    if run.stopped:
        text = (
            f"Stopped after {run.epochs_completed} of {settings.epochs} epochs "
            f"({run.iterations:,} iterations); the weights trained so far are kept."
        )
        return text + hint, "warn"
    test = "" if run.test_accuracy is None else f", test accuracy {run.test_accuracy:.1%}"
    text = (
        f"Finished {run.epochs_completed} epochs in {run.seconds:.1f} s{test}. "
        "Details under Results."
    )
    return text + hint, "warn" if hint else "good"


def outcome_text(run: Run) -> str:
    """One word or two for the runs table: finished, stopped, diverged, did not learn."""
    return run.outcome.value

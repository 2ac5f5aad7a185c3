"""What the training side says when a run ends: plain text, no Qt (words via i18n).

The status line under Train, the results headline and the runs table all
describe the end of a run; keeping their wording here keeps them consistent.
"""

from __future__ import annotations

import math

from cnnbuilder.core.run import Outcome, Run, suggested_lr
from cnnbuilder.i18n import translate

GUESS_FACTOR = 10  # a cost this many times ln(classes) is far above guessing


def divergence_message(run: Run) -> str:
    """Say in plain words why the run stopped and what to try."""
    exc, settings = run.diverged, run.settings
    assert exc is not None
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
        cost=exc.cost,
        iteration=f"{exc.iteration:,}",
        lr=f"{settings.lr:g}",
        lower=f"{suggested_lr(settings.lr, settings.optimizer):g}",
        kept=kept,
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
            translate("run_messages", "the initial weights")
            if exc.iteration <= 1
            else translate(
                "run_messages", "weights of the last finite cost (iteration {n})"
            ).format(n=f"{exc.iteration - 1:,}")
        )
        return translate("run_messages", "diverged at iteration {n}; {kept}").format(
            n=f"{exc.iteration:,}", kept=kept
        )
    learned = outcome_text(run) if run.outcome is Outcome.DID_NOT_LEARN else ""
    if not run.stopped:
        return learned
    done = run.epochs_completed
    if run.iterations == done * batches_per_epoch:
        ending = translate("run_messages", "stopped after epoch {done} of {epochs}").format(
            done=done, epochs=epochs
        )
    else:
        ending = translate(
            "run_messages", "stopped in epoch {epoch} of {epochs}, after iteration {n}"
        ).format(epoch=done + 1, epochs=epochs, n=f"{run.iterations:,}")
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
    return " " + translate(
        "run_messages",
        "The cost rose far above ln({classes}) ≈ {guess} (the cost of guessing): "
        "the learning rate η = {lr} is probably too large; try {lower}.",
    ).format(
        classes=classes,
        guess=f"{guess:.1f}",
        lr=f"{lr:g}",
        lower=f"{suggested_lr(lr, optimizer):g}",
    )


def finish_status(run: Run) -> tuple[str, str]:
    """The status line after a run, and its kind (good, warn or error)."""
    if run.diverged is not None:
        return divergence_message(run), "error"
    hint = cost_hint(run)
    if run.outcome is Outcome.DID_NOT_LEARN:
        text = translate(
            "run_messages",
            "Run {number} did not learn: its cost ended above its first cost, or its "
            "accuracy stayed at chance level (1 in {classes}).",
        ).format(number=run.number, classes=len(run.data.class_names))
        return text + (
            hint or " " + translate("run_messages", "Try another learning rate.")
        ), "warn"
    if run.stopped:
        text = translate(
            "run_messages",
            "Stopped after {done} of {epochs} epochs ({n} iterations); "
            "the weights trained so far are kept.",
        ).format(done=run.epochs_completed, epochs=run.settings.epochs, n=f"{run.iterations:,}")
        return text + hint, "warn"
    if run.test_accuracy is None:
        text = translate(
            "run_messages", "Finished {done} epochs in {seconds} s. Details under Results."
        )
    else:
        text = translate(
            "run_messages",
            "Finished {done} epochs in {seconds} s, test accuracy {accuracy}. "
            "Details under Results.",
        )
    accuracy = "" if run.test_accuracy is None else f"{run.test_accuracy:.1%}"
    text = text.format(done=run.epochs_completed, seconds=f"{run.seconds:.1f}", accuracy=accuracy)
    return text + hint, "warn" if hint else "good"


def outcome_text(run: Run) -> str:
    """The outcome in words, for the runs table and the headline."""
    words = {
        Outcome.FINISHED: translate("run_messages", "finished"),
        Outcome.STOPPED: translate("run_messages", "stopped"),
        Outcome.DIVERGED: translate("run_messages", "diverged"),
        Outcome.DID_NOT_LEARN: translate("run_messages", "did not learn"),
    }
    return words[run.outcome]


def best_weights_note(run: Run) -> str:
    """Say which weights the results use when the best ones differ; else ``""``.

    E.g. "These results use the final weights. The best validation accuracy,
    96.1 %, was reached at epoch 4 of 10; Save weights offers those too."
    """
    if not run.best_differs or run.best_val_accuracy is None:
        return ""
    return translate(
        "run_messages",
        "These results use the final weights. The best validation accuracy, {best}, "
        "was reached at epoch {epoch} of {epochs}; Save weights offers those too.",
    ).format(best=f"{run.best_val_accuracy:.1%}", epoch=run.best_epoch, epochs=run.settings.epochs)

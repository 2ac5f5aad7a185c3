"""``cnnbuilder train NET --data SOURCE [options]``: train with the GUI's engine."""

from __future__ import annotations

import argparse
import json
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cnnbuilder.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    UsageError,
    checked_output,
    fail,
    load_trainable_spec,
    real_number,
    whole_number,
)
from cnnbuilder.cli.download_bar import load_data_with_bar
from cnnbuilder.cli.progress import ProgressBar
from cnnbuilder.core.backends import BACKENDS, DEVICES, available_backends
from cnnbuilder.core.durations import format_duration
from cnnbuilder.core.errors import MissingExtra, TrainingDiverged
from cnnbuilder.core.nn.blas import blas_threads
from cnnbuilder.core.report import escape_controls
from cnnbuilder.core.run import Outcome, Run, RunRecorder, suggested_lr
from cnnbuilder.core.spec import OPTIMIZERS, TrainingSpec
from cnnbuilder.core.training import (
    EpochResult,
    IterationResult,
    TrainControl,
    TrainResult,
    build_network,
    run_settings,
    train,
)
from cnnbuilder.core.weights import load_weights, save_weights
from cnnbuilder.i18n import translate
from cnnbuilder.interrupts import INTERRUPTS


def add_parser(sub: Any) -> None:
    """Register the sub-command; defaults come from the file's training section."""
    about = translate("cli", "train a network (same engine as the window)")
    p = sub.add_parser("train", help=about, description=about)
    p.add_argument("network", help=translate("cli", "a network file (*.cnn.json)"))
    p.add_argument(
        "--data",
        help=translate("cli", "the data: {names}, a .npz file, a folder or an IDX file").format(
            names="digits | shapes | mnist | fashion-mnist | cifar10"
        ),
    )
    from_file = translate("cli", "(default: the file's training settings)")
    p.add_argument(
        "--epochs",
        type=whole_number(1),
        help=translate("cli", "passes over the training data") + " " + from_file,
    )
    p.add_argument(
        "--batch-size",
        type=whole_number(1),
        help=translate("cli", "examples per update (mini-batch size)") + " " + from_file,
    )
    p.add_argument(
        "--lr", type=real_number, help=translate("cli", "learning rate") + " " + from_file
    )
    p.add_argument(
        "--optimizer", choices=OPTIMIZERS, help=translate("cli", "optimizer") + " " + from_file
    )
    p.add_argument(
        "--seed",
        type=whole_number(0),
        help=translate("cli", "seed of every random choice (weights, split, order)")
        + " "
        + from_file,
    )
    p.add_argument(
        "--val-split",
        type=real_number,
        help=translate("cli", "share of the training data kept for validation") + " " + from_file,
    )
    p.add_argument(
        "--no-shuffle", action="store_true", help=translate("cli", "keep the data order")
    )
    p.add_argument(
        "--init-weights", metavar="W.npz", help=translate("cli", "start from these weights")
    )
    p.add_argument(
        "--save-weights", metavar="OUT.npz", help=translate("cli", "write the trained weights")
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("cli", "replace a read-only --save-weights file"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "one JSON object per line"))
    p.add_argument(
        "--backend", choices=BACKENDS, help=translate("cli", "training engine (default numpy)")
    )
    p.add_argument(
        "--device", choices=DEVICES, help=translate("cli", "for --backend torch (default auto)")
    )
    p.set_defaults(run=run)


def _config(args: argparse.Namespace, spec: Any) -> TrainingSpec:
    config = run_settings(
        spec.training,
        dataset=args.data,
        epochs=args.epochs,
        batch_size=args.batch_size,
        lr=args.lr,
        optimizer=args.optimizer,
        seed=args.seed,
        val_split=args.val_split,
        shuffle=False if args.no_shuffle else None,
        backend=args.backend,
        device=args.device,
    )
    reason = config.invalid_reason()
    if reason:
        raise UsageError(translate("cli", "cnnbuilder train: {problem}").format(problem=reason))
    if config.backend not in available_backends():
        raise MissingExtra(config.backend, config.backend)
    return config


def run(args: argparse.Namespace) -> int:
    """Check everything that can be checked, then train."""
    spec = load_trainable_spec(args.network)
    config = _config(args, spec)
    source = args.data or (spec.training.dataset if spec.training else None)
    if not source:
        raise UsageError(
            translate("cli", "cnnbuilder train: no --data given and the file names no dataset")
        )
    output = None
    if args.save_weights is not None:
        inputs = [args.network, source, *([args.init_weights] if args.init_weights else [])]
        output = checked_output(args.save_weights, "--save-weights", args.force, inputs)
    data = load_data_with_bar(source, spec.input.shape)
    network = build_network(spec, config)
    if args.init_weights:
        network.set_weights(load_weights(args.init_weights, spec))
    reporter = _JsonReporter() if args.json else _TextReporter(config, data)
    control = TrainControl()
    recorder = RunRecorder(spec, data, source, config)
    # From here a signal only asks the loop to stop after the current update:
    # the weights of the last completed update are then saved (FORMATS.md).
    with INTERRUPTS.deferred(control.stop):
        # One OpenBLAS thread, as in the window: two BLAS threads on two cores
        # collapse when anything else runs; the engine splits big batches itself.
        with blas_threads(1):
            steps = train(network, data, config, control)
            outcome = _drive(steps, network, recorder, reporter)
        if output is not None:
            _save(outcome.run, output, outcome, args.force)
    if INTERRUPTS.exit_code is not None:
        return fail(
            translate("cli", "cnnbuilder train: interrupted") + _saved_note(output, outcome),
            INTERRUPTS.exit_code,
        )
    return outcome.code


@dataclass
class _Outcome:
    """How a run ended: exit code, the run, and where its weights were saved."""

    code: int
    run: Run
    saved_to: Path | None = None

    @property
    def updates(self) -> int:
        """Completed updates (a diverged iteration made none)."""
        run = self.run
        return run.diverged.iteration - 1 if run.diverged is not None else run.iterations

    @property
    def diverged(self) -> bool:
        """True when the cost stopped being finite."""
        return self.run.diverged is not None


def _saved_note(output: Path | None, outcome: _Outcome) -> str:
    if output is None:
        return ""
    if outcome.saved_to is None:
        return translate("cli", "; no update was made, no weights written")
    return translate("cli", "; the weights of update {updates} were saved to {saved_to}").format(
        updates=outcome.updates, saved_to=outcome.saved_to
    )


def diverged_path(output: Path) -> Path:
    """Where a diverged run's weights go: ``NAME.diverged.npz`` beside ``NAME.npz``.

    A run that failed never replaces the file the user asked for (it may hold
    the weights of a good earlier run).
    """
    return output.with_name(output.name.removesuffix(".npz") + ".diverged.npz")


def _save(run: Run, output: Path, outcome: _Outcome, force: bool) -> None:
    """Write the run's weights with the network they belong to (key ``network``)."""
    if outcome.updates == 0:
        return
    target = diverged_path(output) if outcome.diverged else output
    save_weights(run.weights, target, run.spec, force=force, recover=True)
    outcome.saved_to = target
    if outcome.diverged:
        fail(
            translate(
                "cli",
                "cnnbuilder train: the weights before the divergence were saved to "
                "{target} ({output} was left as it was)",
            ).format(target=target, output=output.name),
            EXIT_FAILED,
        )


def _drive(steps: Any, network: Any, recorder: RunRecorder, reporter: Any) -> _Outcome:
    """Run the generator to its end, recording every item into the run."""
    try:
        while True:
            item = next(steps)
            recorder.add(item, network)
            reporter.event(item)
    except StopIteration as stop:
        result: TrainResult = stop.value
        run = recorder.finish(network, result)
        reporter.done(result, run)
        return _Outcome(EXIT_INTERRUPTED if result.stopped else EXIT_OK, run)
    except TrainingDiverged as exc:
        run = recorder.finish(network, None, exc)
        reporter.diverged(exc, run)
        fail(
            translate("cli", "cnnbuilder train: {problem}").format(problem=_divergence_text(run)),
            EXIT_FAILED,
        )
        return _Outcome(EXIT_FAILED, run)


def _divergence_text(run: Run) -> str:
    exc, settings = run.diverged, run.settings
    assert exc is not None
    better = suggested_lr(settings.lr, settings.optimizer)
    return translate(
        "train_cmd",
        "the cost became {cost} at iteration {iteration}; the weights of the last finite "
        "step were kept. The learning rate {lr} is too large for {optimizer}: try a lower "
        "learning rate, such as {lower}.",
    ).format(
        cost=exc.cost,
        iteration=exc.iteration,
        lr=f"{settings.lr:g}",
        optimizer=settings.optimizer,
        lower=f"{better:g}",
    )


def _finite(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else value


class _JsonReporter:
    """One JSON object per line, exactly as FORMATS.md lists them."""

    def event(self, item: IterationResult | EpochResult) -> None:
        if isinstance(item, IterationResult):
            out = {
                "event": "iteration",
                "epoch": item.epoch,
                "iteration": item.iteration,
                "cost": item.cost,
            }
        else:
            out = {
                "event": "epoch",
                "epoch": item.epoch,
                "cost": item.cost,
                "train_accuracy": item.train_accuracy,
                "val_accuracy": _finite(item.val_accuracy),
                "seconds": item.seconds,
                "samples_per_second": item.samples_per_second,
            }
        print(json.dumps(out), flush=isinstance(item, EpochResult))

    def done(self, result: TrainResult, run: Run) -> None:
        print(
            json.dumps(
                {
                    "event": "done",
                    "epochs": result.epochs_completed,
                    "seconds": result.seconds,
                    "test_accuracy": _finite(result.test_accuracy),
                    "outcome": run.outcome.value,
                }
            ),
            flush=True,
        )

    def diverged(self, exc: TrainingDiverged, run: Run) -> None:
        print(
            json.dumps({"event": "diverged", "iteration": exc.iteration, "cost": str(exc.cost)}),
            flush=True,
        )


class _TextReporter:
    """A progress bar on stderr and a line per epoch on stdout."""

    def __init__(self, config: TrainingSpec, data: Any) -> None:
        self.config = config
        text = (
            translate(
                "cli",
                "Training on {data}: {m} samples ({share} kept for validation), 1 epoch, "
                "{optimizer}, lr {lr}, batch {batch}",
            )
            if config.epochs == 1
            else translate(
                "cli",
                "Training on {data}: {m} samples ({share} kept for validation), "
                "{epochs} epochs, {optimizer}, lr {lr}, batch {batch}",
            )
        )
        text = text.format(
            data=escape_controls(data.name),
            m=len(data.y),
            share=f"{config.val_split:.0%}",
            epochs=config.epochs,
            optimizer=config.optimizer,
            lr=f"{config.lr:g}",
            batch=config.batch_size,
        )
        print(text, flush=True)
        for note in data.notes:  # e.g. the images of a folder that were skipped
            note_line = translate("report", "note: {problem}").format(problem=escape_controls(note))
            print(note_line, flush=True)
        self.bar: ProgressBar | None = None
        self.start = time.perf_counter()

    def event(self, item: IterationResult | EpochResult) -> None:
        if isinstance(item, IterationResult):
            if self.bar is None:
                self.bar = ProgressBar(self.config.epochs * item.batches_per_epoch)
            self.bar.update(
                item.iteration,
                translate("cli", "epoch {epoch}/{epochs}").format(
                    epoch=item.epoch, epochs=self.config.epochs
                ),
                translate("cli", "cost {cost}").format(cost=f"{item.cost:.4f}"),
            )
            return
        if self.bar:
            self.bar.clear()
        val = ""
        if item.val_accuracy is not None:
            val = "  " + translate("cli", "val acc {accuracy}").format(
                accuracy=f"{item.val_accuracy:.2%}"
            )
        line = translate(
            "cli",
            "epoch {epoch}/{epochs}  cost {cost}  train acc {accuracy}{val}  {seconds}s "
            "({speed} samples/s)",
        ).format(
            epoch=f"{item.epoch:>3}",
            epochs=self.config.epochs,
            cost=f"{item.cost:.4f}",
            accuracy=f"{item.train_accuracy:.2%}",
            val=val,
            seconds=f"{item.seconds:.2f}",
            speed=f"{item.samples_per_second:,.0f}",
        )
        print(line, flush=True)

    def done(self, result: TrainResult, run: Run) -> None:
        if self.bar:
            self.bar.clear()
        test = (
            translate("cli", "no test split")
            if result.test_accuracy is None
            else translate("cli", "test accuracy {accuracy}").format(
                accuracy=f"{result.test_accuracy:.2%}"
            )
        )
        one = result.epochs_completed == 1
        if result.stopped:
            line = (
                translate("cli", "done (stopped early): 1 epoch in {time}, {test}")
                if one
                else translate("cli", "done (stopped early): {epochs} epochs in {time}, {test}")
            )
        else:
            line = (
                translate("cli", "done: 1 epoch in {time}, {test}")
                if one
                else translate("cli", "done: {epochs} epochs in {time}, {test}")
            )
        epochs, time_text = result.epochs_completed, format_duration(result.seconds)
        print(line.format(epochs=epochs, time=time_text, test=test), flush=True)
        if run.outcome is Outcome.DID_NOT_LEARN:
            warning = translate(
                "train_cmd",
                "warning: the network did not learn (its cost ended above its first cost, "
                "or its accuracy stayed at chance level); try another learning rate",
            )
            print(warning, flush=True)

    def diverged(self, exc: TrainingDiverged, run: Run) -> None:
        if self.bar:
            self.bar.clear()

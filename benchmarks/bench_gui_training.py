"""Does the window stay responsive while it trains, and is training there as fast?

Usage::

    python benchmarks/bench_gui_training.py [--repeats 3] [--digits-epochs 5]
                                            [--lenet-epochs 2] [--json]

For the digits preset (on the digits data) and the LeNet-5 preset (on the
shapes data) it runs, ``--repeats`` times and interleaved so that each sees
the same machine noise:

- **window**: the real main window (offscreen, 1280x800, shown) trains
  through its Train button while a 10 ms ``QTimer`` measures how late the GUI
  event loop serves it (its stall); the plot must hold every iteration;
- **core**: the same run through ``cnnbuilder.core.training.train`` directly
  on the main thread, no Qt involved, with NumPy's default OpenBLAS threads
  (as the CLI) and again with one OpenBLAS thread (as the window's worker);
- **cli**: ``python -m cnnbuilder train PRESET --epochs N --json``; its
  ``done`` event gives the training seconds.

It also measures how long the engine holds the GIL: a pure-Python thread
sleeping 1 ms at a time, while the core trains on another thread (one BLAS
thread, as in the window), records how late it wakes (no Qt involved).

It prints, per network, the medians of training seconds (``TrainResult.seconds``:
the run without start-up, as the CLI reports it) and of wall time, the
window/core and window/cli ratios (goal: at most 1.10), and the event-loop
lateness p50 / p99 / max over all window runs (goal: p99 under 50 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cnnbuilder.core.datasets import load_dataset  # noqa: E402
from cnnbuilder.core.fileio import load_spec  # noqa: E402
from cnnbuilder.core.nn.blas import blas_threads  # noqa: E402
from cnnbuilder.core.spec import TrainingSpec  # noqa: E402
from cnnbuilder.core.training import build_network, run_settings, train  # noqa: E402
from cnnbuilder.gui.app import create_main_window  # noqa: E402

PRESETS = ROOT / "resources" / "presets"
TICK_MS = 10


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def run_core(spec, data, config: TrainingSpec, threads: int | None = None) -> tuple[float, float]:
    """(training seconds, wall seconds) of one run without any GUI.

    ``threads``: OpenBLAS threads (None: NumPy's default, as the CLI runs).
    """
    if threads is not None:
        with blas_threads(threads):
            return run_core(spec, data, config)
    start = time.perf_counter()
    network = build_network(spec, config)
    gen = train(network, data, config)
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        result = stop.value
    return result.seconds, time.perf_counter() - start


def run_cli(preset: Path, data: str, epochs: int) -> tuple[float, float, list[str]]:
    """(training seconds from the ``done`` event, wall seconds, the command)."""
    command = [
        sys.executable,
        "-m",
        "cnnbuilder",
        "train",
        str(preset),
        "--data",
        data,
        "--epochs",
        str(epochs),
        "--json",
    ]
    start = time.perf_counter()
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    wall = time.perf_counter() - start
    done = json.loads(out.strip().splitlines()[-1])
    return done["seconds"], wall, command


class Lateness:
    """A 10 ms timer on the GUI thread; records how late each timeout comes."""

    def __init__(self) -> None:
        self.late_ms: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer(interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.late_ms.append(max(0.0, (now - self._last) / 1e6 - TICK_MS))
        self._last = now


def run_window(preset: Path, epochs: int) -> dict:
    """Train through the window's Train button; measure the event loop meanwhile."""
    window = create_main_window(str(preset))
    window.resize(1280, 800)
    window.show()
    session = window.training
    loop = QEventLoop()
    while session.panel.data_panel.dataset is None:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    session.panel.settings.epochs.setValue(epochs)
    outcome: list = []
    session.run_finished.connect(lambda o: (outcome.append(o), loop.quit()))
    session.controller.failed.connect(lambda text: (print(text), loop.quit()))
    probe = Lateness()
    probe.start()
    start = time.perf_counter()
    session.panel.train_button.click()
    loop.exec()
    wall = time.perf_counter() - start
    probe.stop()
    result = outcome[0].result
    plotted = len(session.curves.cost_plot.current_data()[0])
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return {
        "seconds": result.seconds,
        "wall": wall,
        "late_ms": probe.late_ms,
        "iterations": result.iterations,
        "plotted": plotted,
    }


def gil_probe(spec, data, config: TrainingSpec) -> list[float]:
    """How late (ms) a Python thread wakes from 1 ms sleeps while the core trains."""
    done = threading.Event()
    worker = threading.Thread(target=lambda: (run_core(spec, data, config), done.set()))
    late: list[float] = []
    worker.start()
    while not done.is_set():
        before = time.perf_counter()
        time.sleep(0.001)
        late.append(max(0.0, (time.perf_counter() - before) * 1e3 - 1.0))
    worker.join()
    return late


def bench(name: str, preset: Path, source: str, epochs: int, repeats: int) -> dict:
    spec = load_spec(preset)
    data = load_dataset(source, spec.input.shape)
    config = run_settings(spec.training, epochs=epochs)
    rows: dict[str, list] = {"window": [], "core": [], "core1": [], "cli": []}
    late: list[float] = []
    command: list[str] = []
    for _ in range(repeats):
        w = run_window(preset, epochs)
        if w["plotted"] != w["iterations"]:
            raise SystemExit(
                f"{name}: the plot holds {w['plotted']} of {w['iterations']} iterations"
            )
        rows["window"].append((w["seconds"], w["wall"]))
        late += w["late_ms"]
        rows["core"].append(run_core(spec, data, config))
        rows["core1"].append(run_core(spec, data, config, threads=1))
        seconds, wall, command = run_cli(preset, source, epochs)
        rows["cli"].append((seconds, wall))
    with blas_threads(1):  # as the window trains
        gil = gil_probe(spec, data, config)
    med = {
        k: (statistics.median(s for s, _ in v), statistics.median(w for _, w in v))
        for k, v in rows.items()
    }
    return {
        "network": name,
        "epochs": epochs,
        "iterations": w["iterations"],
        "repeats": repeats,
        "train_seconds": {k: round(v[0], 3) for k, v in med.items()},
        "wall_seconds": {k: round(v[1], 3) for k, v in med.items()},
        "window_vs_core": round(med["window"][0] / med["core"][0], 3),
        "window_vs_core1": round(med["window"][0] / med["core1"][0], 3),
        "window_vs_cli": round(med["window"][0] / med["cli"][0], 3),
        "plot_has_every_iteration": True,
        "loop_lateness_ms": {
            "p50": round(percentile(late, 50), 2),
            "p99": round(percentile(late, 99), 2),
            "max": round(max(late), 2),
            "ticks": len(late),
        },
        "gil_wake_lateness_ms": {
            "p50": round(percentile(gil, 50), 2),
            "p99": round(percentile(gil, 99), 2),
            "max": round(max(gil), 2),
        },
        "cli_command": " ".join(Path(c).name if i == 0 else c for i, c in enumerate(command)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--digits-epochs", type=int, default=15)
    parser.add_argument("--lenet-epochs", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print one JSON object per network")
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    reports = [
        bench("digits", PRESETS / "digits.cnn.json", "digits", args.digits_epochs, args.repeats),
        bench("LeNet-5", PRESETS / "lenet5.cnn.json", "shapes", args.lenet_epochs, args.repeats),
    ]
    print("command: python benchmarks/bench_gui_training.py " + " ".join(sys.argv[1:]))
    for r in reports:
        if args.json:
            print(json.dumps(r))
            continue
        t, w, lat, gil = (
            r["train_seconds"],
            r["wall_seconds"],
            r["loop_lateness_ms"],
            r["gil_wake_lateness_ms"],
        )
        print(
            f"\n{r['network']}: {r['epochs']} epochs, {r['iterations']} iterations, "
            f"median of {r['repeats']}"
        )
        print(
            f"  training seconds  window {t['window']:.2f}  core {t['core']:.2f}  "
            f"core/1 BLAS thread {t['core1']:.2f}  cli {t['cli']:.2f}"
        )
        print(
            f"  ratios            window/core {r['window_vs_core']:.2f}  "
            f"window/core-1-thread {r['window_vs_core1']:.2f}  "
            f"window/cli {r['window_vs_cli']:.2f}  (goal <= 1.10)"
        )
        print(
            f"  wall seconds      window {w['window']:.2f}  core {w['core']:.2f}  "
            f"core/1 {w['core1']:.2f}  cli {w['cli']:.2f} (cli includes start-up)"
        )
        print(
            f"  event-loop lateness of a {TICK_MS} ms timer: p50 {lat['p50']:.1f} ms  "
            f"p99 {lat['p99']:.1f} ms  max {lat['max']:.1f} ms over {lat['ticks']} ticks "
            "(goal p99 < 50 ms)"
        )
        print(f"  plot holds every iteration: {r['plot_has_every_iteration']}")
        print(
            f"  GIL: a 1 ms sleeper wakes late by p50 {gil['p50']:.1f} ms  "
            f"p99 {gil['p99']:.1f} ms  max {gil['max']:.1f} ms while the core trains"
        )
        print(f"  cli: {r['cli_command']}")


if __name__ == "__main__":
    main()

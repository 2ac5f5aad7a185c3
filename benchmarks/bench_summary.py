"""Time the live table on a 100-layer network: summarize() and a whole edit.

Usage::

    python benchmarks/bench_summary.py [--layers 100] [--repeats 200]

Prints the median time of ``summarize(spec)`` (goal: under 5 ms) and of a
full edit round trip in the window: push a ``set_param`` command, then
process events until the table, the canvas and the properties panel have
redrawn. Runs offscreen, so it needs no display.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cnnbuilder.core.spec import ConvSpec, DenseSpec, InputSpec, NetworkSpec, PoolSpec, SoftmaxSpec  # noqa: E402
from cnnbuilder.core.summary import summarize  # noqa: E402


def long_network(layers: int) -> NetworkSpec:
    """``layers - 3`` CONV 3×3 same layers, then POOL, FC and Softmax, on 64×64×3."""
    convs = [ConvSpec(filters=8, size=3, padding="same") for _ in range(layers - 3)]
    chain = (*convs, PoolSpec(), DenseSpec(units=32), SoftmaxSpec(classes=10))
    return NetworkSpec(name=f"{layers} layers", input=InputSpec(64, 64, 3), layers=chain)


def median_ms(samples: list[float]) -> float:
    """Median of durations in seconds, in milliseconds."""
    return statistics.median(samples) * 1000


def bench_summarize(spec: NetworkSpec, repeats: int) -> float:
    """Median milliseconds of one ``summarize(spec)``."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        summarize(spec)
        samples.append(time.perf_counter() - start)
    return median_ms(samples)


def bench_edit(spec: NetworkSpec, repeats: int) -> tuple[float, float]:
    """Median milliseconds of push alone and of push + redraw, in the window."""
    from PySide6.QtWidgets import QApplication

    from cnnbuilder.gui import commands
    from cnnbuilder.gui.app import application
    from cnnbuilder.gui.main_window import MainWindow

    app = application()
    window = MainWindow()
    window.document.reset(spec)
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    doc = window.document
    uids = [layer.uid for layer in doc.spec.layers[: len(spec.layers) - 3]]
    window.selection.set(uids[len(uids) // 2])
    push, total = [], []
    for i in range(repeats):
        uid = uids[i % len(uids)]
        start = time.perf_counter()
        # A new session each time: every edit is its own undo step, as when typing.
        doc.push(commands.set_param(doc, uid, "filters", 8 + (i % 2) + 1, session=i))
        pushed = time.perf_counter()
        QApplication.processEvents()  # repaint the canvas, table and panel
        done = time.perf_counter()
        push.append(pushed - start)
        total.append(done - start)
    window.document.undo_stack.setClean()
    window.close()
    return median_ms(push), median_ms(total)


def main() -> None:
    """Run both benchmarks and print their medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args()
    spec = long_network(args.layers)
    print(f"network: {args.layers} layers on 64×64×3, summary ok = {summarize(spec).ok}")
    print(f"summarize(): median {bench_summarize(spec, args.repeats):.2f} ms (goal < 5 ms)")
    push, total = bench_edit(spec, max(20, args.repeats // 4))
    print(
        f"edit in the window: push (summary, table, canvas, panel) median {push:.2f} ms; "
        f"with repaint median {total:.2f} ms"
    )


if __name__ == "__main__":
    main()

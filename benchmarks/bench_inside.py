"""Time the inside view's redraw for a new input: LeNet-5 and the digits preset.

Usage::

    python benchmarks/bench_inside.py [--repeats 60]

For each network, in a shown 1280×800 window (offscreen), picks test
image after test image and measures, per image, the forward pass
(``inspect_input``) alone and the whole redraw: ``set_input`` (forward
pass, colour images of every map, layout, the selected value's
arithmetic) plus a synchronous repaint of what is in view (the maps in
the scroll area, the computation panel). Prints medians and the 90th
percentile (goal: under 100 ms).
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

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cnnbuilder.core.datasets import load_dataset  # noqa: E402
from cnnbuilder.core.inside.inspection import inspect_input  # noqa: E402
from cnnbuilder.gui.app import create_main_window  # noqa: E402

PRESETS = ROOT / "resources" / "presets"


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[int(0.9 * (len(ordered) - 1))]
    return f"median {statistics.median(samples) * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms"


def bench(preset: str, data_name: str, repeats: int) -> tuple[list[float], list[float]]:
    """Forward-only and full-redraw seconds for ``repeats`` test images."""
    window = create_main_window(str(PRESETS / f"{preset}.cnn.json"))
    window.resize(1280, 800)
    window.show()
    view = window.inside
    view.set_data(load_dataset(data_name))
    window.show_panel(view)
    QApplication.processEvents()
    view.select_cell(1, (3, 3, 0))  # a selection is redrawn too
    images = view.data.x_test if view.data.x_test is not None else view.data.x
    forward, redraw = [], []
    for k in range(repeats):
        x = images[k % len(images)]
        start = time.perf_counter()
        inspect_input(view.network, x)
        forward.append(time.perf_counter() - start)
        start = time.perf_counter()
        view.set_input(x, f"test image {k}")
        # What the screen shows: the maps in the scroll area's view, the panel's text.
        view.maps_scroll.viewport().repaint()
        view.computation.viewport().repaint()
        redraw.append(time.perf_counter() - start)
    window.document.undo_stack.setClean()
    window.close()
    return forward, redraw


def main() -> None:
    """Measure both networks side by side and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=60)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    np.random.default_rng(0)
    for preset, data in (("lenet5", "shapes"), ("digits", "digits")):
        forward, redraw = bench(preset, data, args.repeats)
        print(f"{preset:8s} forward pass: {_ms(forward)}; whole redraw: {_ms(redraw)}")


if __name__ == "__main__":
    main()

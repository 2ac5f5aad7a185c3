"""Memory estimates against measured peaks: training steps and inference chunks.

For the presets and two large networks, build the network and optimiser and
run two training steps (then one inference chunk) under ``tracemalloc``
(NumPy reports its buffers to it), and print the estimate beside the
measured peak. The estimates size the training check, the evaluation and
``predict`` chunks (:mod:`cnnbuilder.core.memory`); the ratio must stay
within 0.75..1.25.

    python benchmarks/bench_memory.py
"""

from __future__ import annotations

import sys
import tracemalloc
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cnnbuilder.core.fileio import load_spec, spec_from_dict  # noqa: E402
from cnnbuilder.core.memory import inference_memory_bytes  # noqa: E402
from cnnbuilder.core.nn.network import Network  # noqa: E402
from cnnbuilder.core.nn.optim import make_optimizer  # noqa: E402
from cnnbuilder.core.summary import summarize  # noqa: E402

LARGE = {
    "wide-conv 96x96x3": {
        "format": "cnnbuilder.network",
        "version": 1,
        "name": "wide conv",
        "input": {"height": 96, "width": 96, "channels": 3},
        "layers": [
            {"type": "conv", "filters": 64, "size": 5, "padding": "same"},
            {"type": "pool", "size": 2},
            {"type": "conv", "filters": 128, "size": 3, "padding": "same"},
            {"type": "pool", "size": 2},
            {"type": "fc", "units": 256},
            {"type": "softmax", "classes": 10},
        ],
    },
    "big-fc 64x64x3": {
        "format": "cnnbuilder.network",
        "version": 1,
        "name": "big fc",
        "input": {"height": 64, "width": 64, "channels": 3},
        "layers": [
            {"type": "fc", "units": 4096},
            {"type": "fc", "units": 2048},
            {"type": "softmax", "classes": 100},
        ],
    },
}


def _networks():
    for path in sorted((ROOT / "resources" / "presets").glob("*.cnn.json")):
        yield path.name.removesuffix(".cnn.json"), load_spec(path)
    for name, data in LARGE.items():
        yield name, spec_from_dict(data)


def _peak(run) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure(spec, batch: int, chunk: int) -> tuple[int, int, int, int]:
    """(training estimate, training peak, inference estimate, inference peak) in bytes."""
    rng = np.random.default_rng(0)
    classes = spec.layers[-1].classes
    x = rng.random((max(batch, chunk), *spec.input.shape), dtype=np.float32)
    y = rng.integers(0, classes, len(x))
    summary = summarize(spec)

    def train() -> None:
        network = Network.from_spec(spec, np.random.default_rng(0))
        optimizer = make_optimizer("adam", 0.001)
        snapshot = {k: v.copy() for k, v in network.params.items()}  # as the run keeps
        tracemalloc.reset_peak()  # initialisation's float64 draws are not a step
        for _ in range(2):
            network.loss_and_grads(x[:batch], y[:batch])
            optimizer.step(network.params, network.grads)
        del snapshot

    def infer() -> None:
        inference = Network.from_spec(spec, np.random.default_rng(0))
        tracemalloc.reset_peak()
        inference.predict_proba(x[:chunk], batch_size=chunk)

    return (
        summary.training_memory_bytes(batch, "adam"),
        _peak(train),
        inference_memory_bytes(summary, chunk),
        _peak(infer),
    )


def main() -> None:
    """Print one row per network and batch size."""
    print(
        f"{'network':22} {'batch':>5} {'train est':>10} {'peak':>10} {'ratio':>6}"
        f"   {'infer est':>10} {'peak':>10} {'ratio':>6}"
    )
    for name, spec in _networks():
        spec = replace(spec, training=None)
        for batch in (1, 32):
            est, peak, iest, ipeak = measure(spec, batch, batch)
            print(
                f"{name:22} {batch:>5} {est / 2**20:>9.1f}M {peak / 2**20:>9.1f}M "
                f"{est / peak:>6.2f}   {iest / 2**20:>9.1f}M {ipeak / 2**20:>9.1f}M "
                f"{iest / ipeak:>6.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()

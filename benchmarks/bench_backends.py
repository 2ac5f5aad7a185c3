"""Epoch time of the CIFAR-sized network: the NumPy engine vs ``--backend torch``.

Usage::

    python benchmarks/bench_backends.py [--samples 2048] [--repeats 5] [--batch 64]

The network is the one of the PyTorch-backend issue: 32×32×3, CONV 3×3 ×32,
CONV 3×3 ×32, POOL, CONV 3×3 ×64, CONV 3×3 ×64, POOL, FC 256, Softmax 10
(``same`` padding, ReLU, Adam). Each round trains one epoch of ``--samples``
random 32×32×3 images through :func:`cnnbuilder.core.training.train` (the
loop ``cnnbuilder train`` and the window use) with each backend in turn, so
both see the same machine noise; the epoch's training time (``EpochResult.
seconds``, without the accuracy passes) is scaled to CIFAR-10's 50,000
training images. It prints medians, and the ratio of the medians. The NumPy
engine runs with one BLAS thread, as ``cnnbuilder train`` does; PyTorch with
its default threads and, for comparison, with one. With CUDA or MPS present
the GPU is measured too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # as cnnbuilder sets it for torch

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cnnbuilder.core.datasets import Dataset  # noqa: E402
from cnnbuilder.core.nn.blas import blas_threads  # noqa: E402
from cnnbuilder.core.spec import (  # noqa: E402
    ConvSpec,
    DenseSpec,
    InputSpec,
    NetworkSpec,
    PoolSpec,
    SoftmaxSpec,
    TrainingSpec,
)
from cnnbuilder.core.training import EpochResult, build_network, train  # noqa: E402

CIFAR_TRAIN = 50_000
CIFAR_NET = NetworkSpec(
    name="CIFAR-sized",
    input=InputSpec(32, 32, 3),
    layers=(
        ConvSpec(filters=32, size=3, padding="same"),
        ConvSpec(filters=32, size=3, padding="same"),
        PoolSpec(),
        ConvSpec(filters=64, size=3, padding="same"),
        ConvSpec(filters=64, size=3, padding="same"),
        PoolSpec(),
        DenseSpec(units=256),
        SoftmaxSpec(classes=10),
    ),
)


def epoch_seconds(data: Dataset, backend: str, device: str, batch: int) -> float:
    """Train one epoch; return its training time (without the accuracy passes)."""
    config = TrainingSpec(
        epochs=1, batch_size=batch, val_split=0, backend=backend, device=device, seed=0
    )
    network = build_network(CIFAR_NET, config)
    for item in train(network, data, config):
        if isinstance(item, EpochResult):
            return item.seconds
    raise RuntimeError("no epoch finished")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2048)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    x = rng.random((args.samples, 32, 32, 3), dtype=np.float32)
    y = rng.integers(0, 10, args.samples)
    data = Dataset("random", x, y, None, None, tuple(str(i) for i in range(10)))
    variants: dict[str, tuple[str, str, int | None]] = {"numpy": ("numpy", "cpu", None)}
    try:
        import torch
    except ImportError:
        torch = None
    if torch is not None:
        default_threads = torch.get_num_threads()
        variants[f"torch cpu ({default_threads} threads)"] = ("torch", "cpu", default_threads)
        variants["torch cpu (1 thread)"] = ("torch", "cpu", 1)
        if torch.cuda.is_available():
            variants["torch cuda"] = ("torch", "cuda", default_threads)
        elif torch.backends.mps.is_available():
            variants["torch mps"] = ("torch", "mps", default_threads)
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.repeats):
        for name, (backend, device, threads) in variants.items():
            if torch is not None and threads is not None:
                torch.set_num_threads(threads)
            with blas_threads(1):  # as cnnbuilder train runs the NumPy engine
                seconds = epoch_seconds(data, backend, device, args.batch)
            times[name].append(seconds * CIFAR_TRAIN / args.samples)
    base = statistics.median(times["numpy"])
    print(f"CIFAR-sized network, batch {args.batch}, Adam; one epoch of {CIFAR_TRAIN:,} images")
    print(f"(scaled from {args.samples:,} random images, median of {args.repeats} rounds)")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average at the end: {load:.1f} on {os.cpu_count()} CPUs")
    for name, values in times.items():
        median = statistics.median(values)
        spread = f"{min(values):.0f}–{max(values):.0f}"
        print(f"{name:>26}: {median:7.1f} s per epoch ({spread}), {base / median:4.2f}× NumPy")


if __name__ == "__main__":
    main()

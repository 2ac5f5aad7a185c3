"""Time one training step (forward + backward + Adam) of the NumPy engine vs PyTorch.

Usage::

    python benchmarks/bench_step.py [--batch 64] [--repeats 9] [--steps 20] [--json]

For each network (LeNet-5 with 6 and 16 filters on 32x32x3; the digits
preset on 8x8x1) it runs ``--repeats`` rounds; each round times ``--steps``
NumPy steps and then ``--steps`` PyTorch steps of the same architecture on
the same batch, so both see the same machine noise (with a short pause
before each block, so that one library's spinning worker threads do not
slow the other). It prints the median
time per step of each, their ratio and samples per second. PyTorch is
optional: without it only the NumPy figures are printed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cnnbuilder.core.fileio import load_spec  # noqa: E402
from cnnbuilder.core.nn.network import Network  # noqa: E402
from cnnbuilder.core.nn.optim import make_optimizer  # noqa: E402  # noqa: E402
from cnnbuilder.core.spec import (  # noqa: E402
    ConvSpec,
    DenseSpec,
    InputSpec,
    NetworkSpec,
    PoolSpec,
    SoftmaxSpec,
)

try:
    import torch
except ImportError:  # the benchmark still measures NumPy alone
    torch = None

LENET5 = NetworkSpec(
    name="LeNet-5",
    input=InputSpec(32, 32, 3),
    layers=(
        ConvSpec(filters=6, size=5),
        PoolSpec(mode="max", size=2, stride=2),
        ConvSpec(filters=16, size=5),
        PoolSpec(mode="max", size=2, stride=2),
        DenseSpec(units=120),
        DenseSpec(units=84),
        SoftmaxSpec(classes=10),
    ),
)


def networks() -> dict[str, NetworkSpec]:
    """The benchmarked specs by short name."""
    return {"lenet5": LENET5, "digits": load_spec(ROOT / "resources/presets/digits.cnn.json")}


def numpy_step(
    spec: NetworkSpec, x: np.ndarray, y: np.ndarray, split: bool | None = None
) -> Callable[[], None]:
    """Return a function that runs one NumPy training step."""
    net = Network.from_spec(spec, np.random.default_rng(0))
    net.split_batches = split
    opt = make_optimizer("adam", 1e-3)

    def step() -> None:
        net.loss_and_grads(x, y)
        opt.step(net.params, net.grads)

    return step


def torch_model(spec: NetworkSpec):
    """The same architecture in PyTorch (NCHW; flatten order does not change the cost)."""
    nn = torch.nn
    acts = {
        "relu": nn.ReLU,
        "leaky_relu": nn.LeakyReLU,
        "tanh": nn.Tanh,
        "sigmoid": nn.Sigmoid,
        "linear": nn.Identity,
    }
    modules: list = []
    channels = spec.input.channels
    flat = False
    for layer in spec.layers:
        if isinstance(layer, ConvSpec):
            pad = (layer.size - 1) // 2 if layer.padding == "same" else int(layer.padding or 0)
            modules += [
                nn.Conv2d(channels, layer.filters, layer.size, layer.stride, pad),
                acts[layer.activation](),
            ]
            channels = layer.filters
        elif isinstance(layer, PoolSpec):
            pool = nn.MaxPool2d if layer.mode == "max" else nn.AvgPool2d
            modules.append(pool(layer.size, layer.stride))
        else:
            if not flat:
                modules.append(nn.Flatten())
                flat = True
            units = layer.units if isinstance(layer, DenseSpec) else layer.classes
            modules.append(nn.LazyLinear(units))
            if isinstance(layer, DenseSpec):
                modules.append(acts[layer.activation]())
    return nn.Sequential(*modules)


def torch_step(spec: NetworkSpec, x: np.ndarray, y: np.ndarray) -> Callable[[], None]:
    """Return a function that runs one PyTorch training step."""
    model = torch_model(spec)
    xt = torch.tensor(x.transpose(0, 3, 1, 2).copy())
    yt = torch.tensor(y)
    model(xt)  # materialise the lazy layers
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.CrossEntropyLoss()

    def step() -> None:
        opt.zero_grad(set_to_none=True)
        loss_fn(model(xt), yt).backward()
        opt.step()

    return step


def per_step_ms(step: Callable[[], None], steps: int) -> float:
    """Mean milliseconds per step over ``steps`` consecutive steps."""
    tick = time.perf_counter()
    for _ in range(steps):
        step()
    return (time.perf_counter() - tick) / steps * 1e3


def bench(spec: NetworkSpec, args: argparse.Namespace) -> dict:
    """Interleaved NumPy / PyTorch timings of one network."""
    batch, repeats, steps, settle = args.batch, args.repeats, args.steps, args.settle
    rng = np.random.default_rng(0)
    x = rng.standard_normal((batch, *spec.input.shape)).astype(np.float32)
    y = rng.integers(0, spec.layers[-1].classes, batch)
    split = {"auto": None, "on": True, "off": False}[args.split]
    runners = {"numpy": numpy_step(spec, x, y, split)}
    if torch is not None:
        runners["torch"] = torch_step(spec, x, y)
    times: dict[str, list[float]] = {name: [] for name in runners}
    for step in runners.values():  # warm-up: buffers, lazy layers, caches
        per_step_ms(step, max(3, steps // 4))
    for _ in range(repeats):
        for name, step in runners.items():
            # Let the other library's idle worker threads stop spinning (OpenBLAS and
            # OpenMP busy-wait after each call) so that neither slows the other, then
            # wake this library's threads with two untimed steps.
            time.sleep(settle)
            per_step_ms(step, 2)
            times[name].append(per_step_ms(step, steps))
    result = {"net": spec.name, "batch": batch}
    for name, values in times.items():
        result[f"{name}_ms"] = round(statistics.median(values), 3)
        result[f"{name}_ms_range"] = [round(min(values), 3), round(max(values), 3)]
        result[f"{name}_samples_per_s"] = round(batch / statistics.median(values) * 1e3)
    if "torch_ms" in result:
        result["ratio"] = round(result["numpy_ms"] / result["torch_ms"], 3)
        # Best block against best block: less sensitive to other programs' load.
        result["ratio_best"] = round(min(times["numpy"]) / min(times["torch"]), 3)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2, help="PyTorch intra-op threads")
    parser.add_argument("--nets", default="lenet5,digits")
    parser.add_argument(
        "--settle", type=float, default=0.15, help="seconds of pause before each timed block"
    )
    parser.add_argument(
        "--split",
        choices=("auto", "on", "off"),
        default="auto",
        help="NumPy: split each batch over two threads",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args(argv)
    if torch is not None:
        torch.set_num_threads(args.threads)
    specs = networks()
    results = [bench(specs[name], args) for name in args.nets.split(",")]
    if args.json:
        print(json.dumps({"torch": torch.__version__ if torch else None, "results": results}))
        return 0
    for r in results:
        line = (
            f"{r['net']:<12} numpy {r['numpy_ms']:7.2f} ms/step"
            f" ({r['numpy_samples_per_s']:>6} samples/s)"
        )
        if "torch_ms" in r:
            line += (
                f" | torch {r['torch_ms']:6.2f} ms/step ({r['torch_samples_per_s']:>6}"
                f" samples/s) | numpy/torch {r['ratio']:.2f}x (best blocks"
                f" {r['numpy_ms_range'][0]:.2f} / {r['torch_ms_range'][0]:.2f} ms:"
                f" {r['ratio_best']:.2f}x)"
            )
        print(line)
    if torch is None:
        print("(PyTorch is not installed: NumPy figures only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``cnnbuilder inspect NET --input SOURCE [--at L,I,J,C | --at L,U] [--json]``.

One forward pass for one input: per-layer output statistics and the
prediction, or with ``--at`` the window, receptive field, ``z`` and ``a``
of one value (FORMATS.md).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from cnnbuilder.cli.common import EXIT_OK, UsageError, load_trainable_spec
from cnnbuilder.cli.predict_cmd import read_images
from cnnbuilder.core.datasets import load_dataset
from cnnbuilder.core.errors import DataError
from cnnbuilder.core.inside.cells import Cell, ConvCell, WindowCell
from cnnbuilder.core.inside.fields import field_rect
from cnnbuilder.core.inside.inspection import Inspection, inspect_input
from cnnbuilder.core.inside.picture import read_picture
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import NetworkSpec, display_name
from cnnbuilder.core.summary import summarize
from cnnbuilder.core.weights import load_weights


def add_parser(sub: Any) -> None:
    """Register the sub-command."""
    parser = sub.add_parser("inspect", help="every layer's output for one input, or one value")
    parser.add_argument("network", help="a network file (*.cnn.json)")
    parser.add_argument("--weights", help="weights file (.npz); default: the initial weights")
    parser.add_argument(
        "--input", required=True, help="a picture, a .npy array m x H x W x C or a data .npz"
    )
    parser.add_argument("--index", type=int, default=0, help="which example (default 0)")
    parser.add_argument(
        "--at", help="one value: L,I,J,C for a CONV or POOL layer, L,U for FC or Softmax"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(run=run)


def _examples(path: str, shape: tuple[int, int, int]) -> tuple[np.ndarray, str]:
    """The candidate inputs ``(m, H, W, C)`` of SOURCE and what they are."""
    suffix = Path(path).suffix.lower()
    if not Path(path).is_file():
        raise UsageError(f"cnnbuilder inspect: --input: {path} is not a file")
    if suffix == ".npy":
        return read_images(path, shape), "array"
    if suffix == ".npz":
        data = load_dataset(Path(path), shape)
        if data.x_test is not None and len(data.x_test):
            return data.x_test, "test split"
        return data.x, "examples"
    return read_picture(path, shape)[None], "picture"


def _pick(x: np.ndarray, index: int, what: str) -> np.ndarray:
    if not 0 <= index < len(x):
        raise UsageError(
            f"cnnbuilder inspect: --index {index} is outside 0..{len(x) - 1} ({len(x)} {what})"
        )
    return np.asarray(x[index])


def _parse_at(text: str) -> tuple[int, tuple[int, ...]]:
    try:
        numbers = [int(part) for part in text.split(",")]
    except ValueError:
        numbers = []
    if len(numbers) not in (2, 4):
        raise UsageError(f"cnnbuilder inspect: --at {text!r}: give L,I,J,C or L,U (integers)")
    return numbers[0], tuple(numbers[1:])


def _network(spec: NetworkSpec, weights: str | None) -> Network:
    seed = spec.training.seed if spec.training else 0
    network = Network.from_spec(spec, np.random.default_rng(seed))
    if weights:
        network.set_weights(load_weights(weights, spec))
    return network


def _check_at(spec: NetworkSpec, layer: int, position: tuple[int, ...]) -> None:
    if not 1 <= layer <= len(spec.layers):
        raise UsageError(
            f"cnnbuilder inspect: --at: layer {layer} does not exist (1..{len(spec.layers)})"
        )
    row = summarize(spec).rows[layer]
    assert row.output_shape is not None  # the spec is trainable
    wanted = len(row.output_shape)
    if len(position) != wanted:
        form = "L,I,J,C" if wanted == 3 else "L,U"
        raise UsageError(f"cnnbuilder inspect: --at: layer {layer} is {row.kind}: give {form}")


def cell_json(spec: NetworkSpec, cell: Cell) -> dict[str, Any]:
    """The ``--at`` object of FORMATS.md."""
    out: dict[str, Any] = {"layer": cell.layer, "type": cell.kind}
    if isinstance(cell, WindowCell):
        i, j, _ = cell.position
        rows, cols = field_rect(spec, cell.layer, i, j)
        out |= {
            "position": list(cell.position),
            "window": {"rows": list(cell.rows), "cols": list(cell.cols)},
            "receptive_field": {"rows": list(rows), "cols": list(cols)},
        }
        if isinstance(cell, ConvCell):
            out["z"] = cell.z
        out["a"] = cell.a
        return out
    return out | {"unit": cell.unit, "z": cell.z, "a": cell.a}


def layers_json(inspection: Inspection) -> dict[str, Any]:
    """The object printed without ``--at``."""
    return {
        "input_shape": list(inspection.x.shape),
        "layers": [
            {
                "index": s.index,
                "name": s.name,
                "type": s.kind,
                "output_shape": list(s.output_shape),
                "min": s.min,
                "max": s.max,
                "mean": s.mean,
            }
            for s in inspection.stats()
        ],
        "probabilities": [float(p) for p in inspection.probabilities],
        "predicted": inspection.predicted,
    }


def _layers_text(inspection: Inspection, heading: str) -> str:
    rows = [("#", "Layer", "Type", "Output shape", "min", "max", "mean")]
    for s in inspection.stats():
        shape = "×".join(map(str, s.output_shape))
        rows.append(
            (str(s.index), s.name, s.kind, shape, f"{s.min:.4g}", f"{s.max:.4g}", f"{s.mean:.4g}")
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [heading]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    k = inspection.predicted
    lines.append(f"predicted class {k} (probability {inspection.probabilities[k]:.4f})")
    lines.append(
        "probabilities: "
        + ", ".join(f"{n}: {p:.4f}" for n, p in enumerate(inspection.probabilities))
    )
    return "\n".join(lines)


def _cell_text(spec: NetworkSpec, cell: Cell) -> str:
    layer = spec.layers[cell.layer - 1]
    where = (
        f"unit {cell.unit}"
        if not isinstance(cell, WindowCell)
        else ("position i={}, j={}, c={}".format(*cell.position))
    )
    lines = [f"layer {cell.layer} ({display_name(layer, cell.layer)}, {cell.kind}), {where}"]
    lines += cell.lines()
    if isinstance(cell, WindowCell):
        rows, cols = field_rect(spec, cell.layer, cell.position[0], cell.position[1])
        lines.append(f"receptive field: input rows {rows[0]}:{rows[1]}, cols {cols[0]}:{cols[1]}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Inspect one input; exit 2 on any bad input."""
    spec = load_trainable_spec(args.network)
    at = _parse_at(args.at) if args.at else None
    if at is not None:
        _check_at(spec, *at)
    network = _network(spec, args.weights)
    examples, what = _examples(args.input, spec.input.shape)
    x = _pick(examples, args.index, what)
    if not np.all(np.isfinite(x)):
        raise DataError(f"{Path(args.input).name}: example {args.index} has NaN or infinite values")
    inspection = inspect_input(network, x)
    if at is not None:
        cell = inspection.cell(*at)
        print(json.dumps(cell_json(spec, cell)) if args.json else _cell_text(spec, cell))
        return EXIT_OK
    if args.json:
        print(json.dumps(layers_json(inspection)))
    else:
        weights = args.weights or "initial weights"
        heading = f"{spec.name}: {Path(args.input).name} ({what}, example {args.index}), {weights}"
        print(_layers_text(inspection, heading))
    return EXIT_OK

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

from cnnbuilder.cli.common import EXIT_OK, UsageError, load_trainable_spec, whole_number
from cnnbuilder.cli.predict_cmd import read_images
from cnnbuilder.core.datasets import load_dataset
from cnnbuilder.core.errors import DataError
from cnnbuilder.core.inside.cells import Cell, ConvCell, WindowCell
from cnnbuilder.core.inside.fields import field_rect
from cnnbuilder.core.inside.inspection import Inspection, inspect_input
from cnnbuilder.core.inside.picture import read_picture
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.report import aligned_rows, columns
from cnnbuilder.core.spec import NetworkSpec, display_name
from cnnbuilder.core.summary import summarize
from cnnbuilder.core.weights import load_weights
from cnnbuilder.i18n import translate


def add_parser(sub: Any) -> None:
    """Register the sub-command."""
    about = translate("cli", "every layer's output for one input, or one value")
    parser = sub.add_parser("inspect", help=about, description=about)
    parser.add_argument("network", help=translate("cli", "a network file (*.cnn.json)"))
    parser.add_argument(
        "--weights", help=translate("cli", "weights file (.npz); default: the initial weights")
    )
    parser.add_argument(
        "--input",
        required=True,
        help=translate("cli", "a picture, a .npy array m x H x W x C or a data .npz"),
    )
    parser.add_argument(
        "--index",
        type=whole_number(0),
        default=0,
        help=translate("cli", "which example (default 0)"),
    )
    parser.add_argument(
        "--at",
        help=translate("cli", "one value: L,I,J,C for a CONV or POOL layer, L,U for FC or Softmax"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print JSON instead of text")
    )
    parser.set_defaults(run=run)


def _examples(path: str, shape: tuple[int, int, int]) -> tuple[np.ndarray, str]:
    """The candidate inputs ``(m, H, W, C)`` of SOURCE and what they are."""
    suffix = Path(path).suffix.lower()
    if not Path(path).is_file():
        raise UsageError(
            translate("cli", "cnnbuilder inspect: --input: {file} is not a file").format(file=path)
        )
    if suffix == ".npy":
        return read_images(path, shape), translate("cli", "array")
    if suffix == ".npz":
        data = load_dataset(Path(path), shape)
        if data.x_test is not None and len(data.x_test):
            return data.x_test, translate("cli", "test split")
        return data.x, translate("cli", "examples")
    return read_picture(path, shape)[None], translate("cli", "picture")


def _pick(x: np.ndarray, index: int, what: str) -> np.ndarray:
    if not 0 <= index < len(x):
        raise UsageError(
            translate(
                "cli", "cnnbuilder inspect: --index {index} is outside 0..{last} ({count} {what})"
            ).format(index=index, last=len(x) - 1, count=len(x), what=what)
        )
    return np.asarray(x[index])


def _parse_at(text: str) -> tuple[int, tuple[int, ...]]:
    try:
        numbers = [int(part) for part in text.split(",")]
    except ValueError:
        numbers = []
    if len(numbers) not in (2, 4):
        raise UsageError(
            translate(
                "cli", "cnnbuilder inspect: --at {text}: give L,I,J,C or L,U (integers)"
            ).format(text=repr(text))
        )
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
            translate(
                "cli", "cnnbuilder inspect: --at: layer {layer} does not exist (1..{count})"
            ).format(layer=layer, count=len(spec.layers))
        )
    row = summarize(spec).rows[layer]
    assert row.output_shape is not None  # the spec is trainable
    wanted = len(row.output_shape)
    if len(position) != wanted:
        form = "L,I,J,C" if wanted == 3 else "L,U"
        raise UsageError(
            translate(
                "cli", "cnnbuilder inspect: --at: layer {layer} is {kind}: give {form}"
            ).format(layer=layer, kind=row.kind, form=form)
        )


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
    rows = [
        (
            "#",
            *columns()[1:3],
            columns()[4],
            translate("cli", "min"),
            translate("cli", "max"),
            translate("cli", "mean"),
        )
    ]
    for s in inspection.stats():
        shape = "×".join(map(str, s.output_shape))
        rows.append(
            (str(s.index), s.name, s.kind, shape, f"{s.min:.4g}", f"{s.max:.4g}", f"{s.mean:.4g}")
        )
    lines = [heading, *aligned_rows(rows)]
    k = inspection.predicted
    lines.append(
        translate("cli", "predicted class {k} (probability {p})").format(
            k=k, p=f"{inspection.probabilities[k]:.4f}"
        )
    )
    lines.append(
        translate("cli", "probabilities: {list}").format(
            list=", ".join(f"{n}: {p:.4f}" for n, p in enumerate(inspection.probabilities))
        )
    )
    return "\n".join(lines)


def _cell_text(spec: NetworkSpec, cell: Cell) -> str:
    where = (
        translate("cli", "unit {unit}").format(unit=cell.unit)
        if not isinstance(cell, WindowCell)
        else translate("cli", "position i={i}, j={j}, c={c}").format(
            i=cell.position[0], j=cell.position[1], c=cell.position[2]
        )
    )
    lines = [
        translate("cli", "layer {layer} ({name}, {kind}), {where}").format(
            layer=cell.layer, name=display_name(spec, cell.layer), kind=cell.kind, where=where
        )
    ]
    lines += cell.lines()
    if isinstance(cell, WindowCell):
        rows, cols = field_rect(spec, cell.layer, cell.position[0], cell.position[1])
        lines.append(
            translate("cli", "receptive field: input rows {rows}, cols {cols}").format(
                rows=f"{rows[0]}:{rows[1]}", cols=f"{cols[0]}:{cols[1]}"
            )
        )
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
        raise DataError(
            translate("cli", "{file}: example {index} has NaN or infinite values").format(
                file=Path(args.input).name, index=args.index
            )
        )
    inspection = inspect_input(network, x)
    if at is not None:
        cell = inspection.cell(*at)
        print(json.dumps(cell_json(spec, cell)) if args.json else _cell_text(spec, cell))
        return EXIT_OK
    if args.json:
        print(json.dumps(layers_json(inspection)))
    else:
        weights = args.weights or translate("cli", "initial weights")
        heading = translate("cli", "{network}: {file} ({what}, example {index}), {weights}").format(
            network=spec.name,
            file=Path(args.input).name,
            what=what,
            index=args.index,
            weights=weights,
        )
        print(_layers_text(inspection, heading))
    return EXIT_OK

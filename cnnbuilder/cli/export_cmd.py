"""``cnnbuilder export NET [--weights W.npz] --format pytorch|onnx --output OUT [--force]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cnnbuilder.cli.common import EXIT_OK, load_trainable_spec
from cnnbuilder.core.export.writer import FORMATS, export_network
from cnnbuilder.core.weights import load_weights
from cnnbuilder.i18n import translate


def add_parser(sub: Any) -> None:
    """Register the sub-command."""
    about = translate("cli", "write the network as a PyTorch script or ONNX graph")
    p = sub.add_parser("export", help=about, description=about)
    p.add_argument("network", help=translate("cli", "a network file (*.cnn.json)"))
    p.add_argument(
        "--weights",
        metavar="W.npz",
        help=translate("cli", "weights to include (required for onnx)"),
    )
    p.add_argument(
        "--format",
        required=True,
        choices=FORMATS,
        help=translate("cli", "pytorch: a Python script; onnx: an ONNX graph"),
    )
    p.add_argument(
        "--output",
        required=True,
        metavar="OUT",
        help=translate("cli", "the file to write: OUT.py or OUT.onnx"),
    )
    p.add_argument("--force", action="store_true", help=translate("cli", "replace existing files"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check the network and the weights, then write every file or none."""
    spec = load_trainable_spec(args.network)
    weights = load_weights(args.weights, spec) if args.weights else None
    inputs = [Path(args.network), *([Path(args.weights)] if args.weights else [])]
    for path in export_network(spec, args.format, args.output, weights, args.force, inputs):
        print(translate("export", "wrote {file}").format(file=path))
    return EXIT_OK

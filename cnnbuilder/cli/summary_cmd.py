"""``cnnbuilder summary NET.cnn.json [--json]``: the per-layer table and totals."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cnnbuilder.cli.common import EXIT_INVALID, EXIT_OK, fail
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.report import summary_json, text_table
from cnnbuilder.core.summary import summarize
from cnnbuilder.i18n import translate


def add_parser(sub: Any) -> None:
    """Register the sub-command."""
    parser = sub.add_parser(
        "summary", help=translate("cli", "print the per-layer table of a network")
    )
    parser.add_argument("network", help=translate("cli", "a network file (*.cnn.json)"))
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print JSON instead of a table")
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=None,
        help=translate("cli", "batch size for the memory estimate (default: the file's, or 32)"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the summary; exit 2 when a layer is invalid."""
    spec = load_spec(args.network)
    summary = summarize(spec)
    batch = args.batch_size or (spec.training.batch_size if spec.training else 32)
    if batch < 1:
        return fail(
            translate(
                "cli", "cnnbuilder summary: --batch-size must be at least 1 (got {batch})"
            ).format(batch=batch)
        )
    if args.json:
        print(json.dumps(summary_json(summary, spec.name), ensure_ascii=False))
    else:
        input_text = "×".join(str(n) for n in spec.input.shape)
        print(
            text_table(
                summary,
                translate("cli", "Network: {name}    input {shape}").format(
                    name=spec.name, shape=input_text
                ),
                batch,
            )
        )
    if summary.errors:
        return fail(f"cnnbuilder: error: {args.network}: {summary.errors[0]}", EXIT_INVALID)
    return EXIT_OK

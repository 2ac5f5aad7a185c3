"""``cnnbuilder summary NET.cnn.json [--json]``: the per-layer table and totals."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cnnbuilder.cli.common import EXIT_INVALID, EXIT_OK, fail, whole_number
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.report import escape_controls, summary_json, text_table
from cnnbuilder.core.summary import summarize
from cnnbuilder.i18n import translate


def add_parser(sub: Any) -> None:
    """Register the sub-command."""
    about = translate("cli", "print the per-layer table of a network")
    parser = sub.add_parser("summary", help=about, description=about)
    parser.add_argument("network", help=translate("cli", "a network file (*.cnn.json)"))
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print JSON instead of a table")
    )
    parser.add_argument(
        "--batch-size",
        type=whole_number(1),
        default=None,
        help=translate("cli", "batch size for the memory estimate (default: the file's, or 32)"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the summary; exit 2 when a layer is invalid."""
    spec = load_spec(args.network)
    summary = summarize(spec)
    if args.batch_size is not None:
        batch = args.batch_size
    else:
        batch = spec.training.batch_size if spec.training else 32
    if args.json:
        print(json.dumps(summary_json(summary, spec.name), ensure_ascii=False))
    else:
        input_text = "×".join(str(n) for n in spec.input.shape)
        title = translate("cli", "Network: {name}    input {shape}")
        table = text_table(summary, title.format(name=spec.name, shape=input_text), batch)
        # Names come from the file: no control character reaches the terminal.
        print("\n".join(escape_controls(line) for line in table.split("\n")))
    if summary.errors:
        problem = f"{args.network}: {summary.errors[0]}"
        message = translate("cli", "cnnbuilder: error: {problem}").format(problem=problem)
        return fail(message, EXIT_INVALID)
    return EXIT_OK

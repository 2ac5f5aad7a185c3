"""The command line: ``cnnbuilder summary | train | predict | export | gui`` (FORMATS.md).

Exit codes: 0 success; 2 invalid input (bad file, bad network, bad option),
with one line on stderr naming the problem; 1 a run that failed (diverged);
130 interrupted. Only the ``gui`` command imports Qt, and only when run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cnnbuilder import __version__
from cnnbuilder.cli.common import EXIT_INVALID, UsageError, fail
from cnnbuilder.core.errors import CnnBuilderError


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of every sub-command."""
    from cnnbuilder.cli import export_cmd, predict_cmd, summary_cmd, train_cmd

    parser = _Parser(prog="cnnbuilder", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"cnnbuilder {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    summary_cmd.add_parser(sub)
    train_cmd.add_parser(sub)
    predict_cmd.add_parser(sub)
    export_cmd.add_parser(sub)
    gui = sub.add_parser("gui", help="open the window")
    gui.add_argument("file", nargs="?", help="a network file (*.cnn.json)")
    gui.add_argument("--screenshot", metavar="OUT.png", help="render once, save, exit")
    gui.set_defaults(run=_run_gui)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from cnnbuilder.gui.app import main as gui_main

    argv = [args.file] if args.file else []
    if args.screenshot:
        argv += ["--screenshot", args.screenshot]
    return gui_main(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    try:
        args = build_parser().parse_args(argv)
        return int(args.run(args))
    except UsageError as exc:
        return fail(str(exc))
    except (CnnBuilderError, ValueError) as exc:
        return fail(f"cnnbuilder: error: {exc}")
    except BrokenPipeError:  # e.g. `cnnbuilder train ... | head`
        sys.stderr.close()
        return EXIT_INVALID

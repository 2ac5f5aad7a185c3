"""The command line: ``cnnbuilder summary | train | predict | inspect | export | data |
gui`` (FORMATS.md).

Exit codes: 0 success; 2 invalid input (bad file, bad network, bad option),
with one line on stderr naming the problem; 1 a run that failed (diverged);
130 interrupted by SIGINT, 143 by SIGTERM. Only the ``gui`` command imports Qt, and only when run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from cnnbuilder import __version__, i18n
from cnnbuilder.cli.argparse_words import WideHelpFormatter, argparse_translated
from cnnbuilder.cli.common import EXIT_INTERRUPTED, EXIT_INVALID, UsageError, fail
from cnnbuilder.core.errors import CnnBuilderError
from cnnbuilder.i18n import translate
from cnnbuilder.interrupts import INTERRUPTS, Interrupted


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit code 2.

    Its help wraps by terminal columns (Korean characters are two wide).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", WideHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of every sub-command."""
    from cnnbuilder.cli import (
        data_cmd,
        export_cmd,
        inspect_cmd,
        predict_cmd,
        summary_cmd,
        train_cmd,
    )

    parser = _Parser(
        prog="cnnbuilder",
        description=translate(
            "cli", "Design, train and look inside convolutional networks (course 4 notation)."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"cnnbuilder {__version__}",
        help=translate("cli", "show the version and exit"),
    )
    sub = parser.add_subparsers(
        dest="command",
        required=True,
        parser_class=_Parser,
        help=translate("cli", "what to do; cnnbuilder COMMAND --help tells more"),
    )
    summary_cmd.add_parser(sub)
    train_cmd.add_parser(sub)
    predict_cmd.add_parser(sub)
    inspect_cmd.add_parser(sub)
    export_cmd.add_parser(sub)
    data_cmd.add_parser(sub)
    for command in sub.choices.values():
        command.add_argument(
            "--lang",
            choices=i18n.LANGUAGES,
            help=translate("cli", "language of messages and tables: en or ko (default: from LANG)"),
        )
    about = translate("cli", "open the window")
    gui = sub.add_parser("gui", help=about, description=about)
    gui.add_argument("file", nargs="?", help=translate("cli", "a network file (*.cnn.json)"))
    gui.add_argument(
        "--screenshot", metavar="OUT.png", help=translate("cli", "render once, save, exit")
    )
    gui.add_argument(
        "--lang",
        choices=("system", *i18n.LANGUAGES),
        help=translate("cli", "language of the window"),
    )
    gui.set_defaults(run=_run_gui)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from cnnbuilder.gui.app import main as gui_main

    argv = [args.file] if args.file else []
    if args.screenshot:
        argv += ["--screenshot", args.screenshot]
    if args.lang:
        argv += ["--lang", args.lang]
    return gui_main(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    with i18n.language(i18n.command_line_language(argv)), argparse_translated():
        return _main(argv)


def _main(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command == "gui":  # the window handles its own signals
            return int(args.run(args))
        with INTERRUPTS.installed():
            return int(args.run(args))
    except (Interrupted, KeyboardInterrupt) as exc:
        code = exc.exit_code if isinstance(exc, Interrupted) else EXIT_INTERRUPTED
        return fail(translate("cli", "cnnbuilder: interrupted"), code)
    except UsageError as exc:
        return fail(str(exc))
    except (CnnBuilderError, ValueError) as exc:
        return fail(translate("cli", "cnnbuilder: error: {problem}").format(problem=exc))
    except BrokenPipeError:  # e.g. `cnnbuilder train ... | head`
        sys.stderr.close()
        return EXIT_INVALID
    except (OSError, OverflowError, MemoryError, RecursionError) as exc:
        # Whatever slipped past the checks: still one line, never a traceback.
        problem = f"{type(exc).__name__}: {exc}"
        return fail(translate("cli", "cnnbuilder: error: {problem}").format(problem=problem))

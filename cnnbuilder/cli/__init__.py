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

from cnnbuilder import __version__, i18n
from cnnbuilder.cli.argparse_words import argparse_translated
from cnnbuilder.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    CommandParser,
    UsageError,
    fail,
)
from cnnbuilder.core.errors import CnnBuilderError
from cnnbuilder.i18n import translate
from cnnbuilder.interrupts import INTERRUPTS, Interrupted


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of every sub-command."""
    from cnnbuilder.cli import (
        data_cmd,
        export_cmd,
        gui_cmd,
        inspect_cmd,
        predict_cmd,
        summary_cmd,
        train_cmd,
    )

    parser = CommandParser(
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
        parser_class=CommandParser,
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
    gui_cmd.add_parser(sub)
    return parser


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

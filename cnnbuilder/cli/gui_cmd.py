"""``cnnbuilder gui [FILE] [--screenshot OUT.png] [--size WxH] [--lang system|en|ko]``.

The window's options are defined here once, for ``cnnbuilder gui`` and for
the ``cnnbuilder-gui`` script / ``python main.py`` (:mod:`cnnbuilder.gui.app`).
No Qt here: the window is imported only when the command runs.
"""

from __future__ import annotations

import argparse
from typing import Any

from cnnbuilder import i18n
from cnnbuilder.cli.common import CommandParser
from cnnbuilder.i18n import translate

DEFAULT_SIZE = (1280, 800)
PROG = "cnnbuilder gui"


def about() -> str:
    """What the command does, in the chosen language."""
    return translate("cli", "open the window")


def window_size(text: str) -> tuple[int, int]:
    """An argparse ``type``: ``WxH`` such as ``1280x800``, else a one-line error."""
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "must look like 1280x800, got {text}").format(text=repr(text[:40]))
        ) from None
    return width, height


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The window's options and argument."""
    parser.add_argument("file", nargs="?", help=translate("cli", "a network file (*.cnn.json)"))
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help=translate("cli", "render once, save, exit")
    )
    parser.add_argument(
        "--size",
        type=window_size,
        default=DEFAULT_SIZE,
        metavar="WxH",
        help=translate("cli", "window size for --screenshot (default 1280x800)"),
    )
    parser.add_argument(
        "--lang",
        choices=i18n.WINDOW_LANGUAGES,
        help=translate("cli", "language of the window (default: the View menu's choice)"),
    )


def add_parser(sub: Any) -> None:
    """Register the sub-command."""
    gui = sub.add_parser("gui", help=about(), description=about())
    add_arguments(gui)
    gui.set_defaults(run=run)


def window_parser() -> argparse.ArgumentParser:
    """The parser of the ``cnnbuilder-gui`` script: the options of ``cnnbuilder gui``."""
    parser = CommandParser(prog=PROG, description=about())
    add_arguments(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    """Open the window (or render one screenshot); return the exit code."""
    from cnnbuilder.gui.app import run_window  # Qt only now

    return run_window(args)

"""argparse's own words (``usage:``, ``options``, its error messages) in the chosen language.

argparse passes every message of its own through the names ``_`` and
``ngettext`` that it imports from :mod:`gettext` (the Python howto "How to
translate the argparse output"). :func:`argparse_translated` points those two
names at :func:`cnnbuilder.i18n.translate` for the time of one command, so
argparse's texts come from the same catalogue as ours (context
``argparse``) and follow ``--lang`` / ``LANG`` like every other message.
No English output is parsed. The messages are listed in :data:`MESSAGES`
for ``pyside6-lupdate``; tests/cli/test_argparse_words.py fails when the
running Python's argparse has a message a person can meet that is not listed.

:class:`WideHelpFormatter` wraps help texts by terminal columns, where a
Korean character takes two.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cnnbuilder.core.report import display_width
from cnnbuilder.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"

#: argparse's messages that a person can meet; the %-placeholders stay in a translation.
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s"),
)


def _gettext(message: str) -> str:
    # "%(prog)s: error: %(message)s\n": the catalogue holds one line, the newline is argparse's.
    body = message.removesuffix("\n")
    return translate(CONTEXT, body) + message[len(body) :]


def _ngettext(singular: str, plural: str, n: int) -> str:
    # Each form is its own entry: English has two, Korean needs one, both are filled.
    return _gettext(singular if n == 1 else plural)


@contextmanager
def argparse_translated() -> Iterator[None]:
    """Within the block argparse's own texts go through :func:`~cnnbuilder.i18n.translate`.

    Build the parser inside the block too: argparse translates some texts
    (``options``, the ``-h`` help) when the parser is made.
    """
    names = vars(argparse)
    before = {name: names[name] for name in ("_", "ngettext")}
    names.update(_=_gettext, ngettext=_ngettext)
    try:
        yield
    finally:
        names.update(before)


def wrap_columns(text: str, width: int) -> list[str]:
    """Split ``text`` at spaces into lines of at most ``width`` terminal columns.

    A word longer than ``width`` gets a line of its own (never cut), as textwrap does
    with ``break_long_words=False``.
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        joined = f"{line} {word}" if line else word
        if line and display_width(joined) > width:
            lines.append(line)
            joined = word
        line = joined
    return [*lines, line] if line else lines


class WideHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, wrapping by terminal columns (a Korean character takes two).

    A text without wide characters is laid out by argparse itself, so English
    help stays exactly argparse's.
    """

    def _split_lines(self, text: str, width: int) -> list[str]:
        if display_width(text) == len(text):
            return super()._split_lines(text, width)
        return wrap_columns(re.sub(r"\s+", " ", text).strip(), width)

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None) -> str:
        # argparse lines the usage up under the prefix by len(); in columns "사용법: " is wider.
        prefix = _gettext("usage: ") if prefix is None else prefix
        extra = display_width(prefix) - len(prefix)
        self._width -= extra  # so that the first line, measured with len(), still fits
        try:
            lines = super()._format_usage(usage, actions, groups, prefix).split("\n")
        finally:
            self._width += extra
        pad = " " * extra
        return "\n".join([lines[0], *(pad + line if line else line for line in lines[1:])])

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if display_width(text) == len(text):
            return super()._fill_text(text, width, indent)
        lines = wrap_columns(re.sub(r"\s+", " ", text).strip(), width - len(indent))
        return "\n".join(indent + line for line in lines)

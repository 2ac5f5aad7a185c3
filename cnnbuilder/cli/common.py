"""Shared pieces of the command line: exit codes, errors, file checks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from cnnbuilder.cli.argparse_words import WideHelpFormatter
from cnnbuilder.core.atomic import output_target
from cnnbuilder.core.errors import OutputPathError, SpecError
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.kinds.fields import MAX_WHOLE
from cnnbuilder.core.report import escape_controls
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.core.summary import summarize
from cnnbuilder.i18n import translate

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INVALID = 2
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """A bad option or argument (exit code 2)."""


class CommandParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (:class:`UsageError`, exit code 2).

    Its help wraps by terminal columns (Korean characters are two wide).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", WideHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def fail(message: str, code: int = EXIT_INVALID) -> int:
    """Print ``message`` as one line on stderr and return ``code``."""
    print(escape_controls(" ".join(str(message).split("\n"))), file=sys.stderr)
    return code


def load_trainable_spec(path: str) -> NetworkSpec:
    """Load a network file and check that it can be trained.

    Raises
    ------
    SpecError
        Naming the file and the problem.
    """
    spec = load_spec(path)
    problem = summarize(spec).problem
    if problem:
        raise SpecError(f"{Path(path).name}: {problem}")  # the problem is translated
    return spec


def whole_number(least: int) -> Callable[[str], int]:
    """An argparse ``type``: a whole number in [``least``, MAX_WHOLE], else a one-line error."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("cli", "invalid int value: {value}").format(value=repr(text[:40]))
            ) from None
        if not least <= value <= MAX_WHOLE:
            raise argparse.ArgumentTypeError(
                translate("cli", "must be between {least} and {MAX_WHOLE}, got {value}").format(
                    least=least, MAX_WHOLE=f"{MAX_WHOLE:,}", value=text[:40]
                )
            )
        return value

    return parse


def real_number(text: str) -> float:
    """An argparse ``type``: a number such as ``0.01`` or ``1e-3``, else a one-line error.

    Range checks belong to the settings (``TrainingSpec``); this only reads.
    """
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "not a number: {value}").format(value=repr(text[:40]))
        ) from None


def checked_output(path: str, option: str, force: bool = False, inputs: Sequence[str] = ()) -> Path:
    """Fail early (before any work) when ``path`` cannot be written; return the target.

    See :func:`cnnbuilder.core.atomic.output_target` for the rules (symlinks
    followed, devices and FIFOs refused, read-only files only with ``force``,
    never one of the ``inputs``).
    """
    try:
        return output_target(path, force=force, inputs=inputs)
    except OutputPathError as exc:
        raise UsageError(f"cnnbuilder: {option}: {exc}") from None

"""Shared pieces of the command line: exit codes, errors, file checks."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.core.summary import summarize
from cnnbuilder.i18n import translate

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INVALID = 2
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """A bad option or argument (exit code 2)."""


def fail(message: str, code: int = EXIT_INVALID) -> int:
    """Print ``message`` as one line on stderr and return ``code``."""
    print(" ".join(str(message).split("\n")), file=sys.stderr)
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


def check_writable(path: str, option: str) -> Path:
    """Fail early (before any work) when ``path`` cannot be written."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UsageError(
            translate("cli", "cnnbuilder: {option}: {file} is a folder").format(
                option=option, file=path
            )
        )
    if not folder.is_dir():
        raise UsageError(
            translate("cli", "cnnbuilder: {option}: the folder {folder} does not exist").format(
                option=option, folder=folder
            )
        )
    if not os.access(folder, os.W_OK):
        raise UsageError(
            translate("cli", "cnnbuilder: {option}: the folder {folder} is not writable").format(
                option=option, folder=folder
            )
        )
    return target

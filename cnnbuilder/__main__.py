"""``python -m cnnbuilder``: the command line."""

import sys

from cnnbuilder.interrupts import install_early


def interrupted_line() -> str:
    """The line a signal prints before the command runs, in the command's language."""
    from cnnbuilder import i18n  # only when a signal comes: nothing heavy before the handler

    with i18n.language(i18n.command_line_language(sys.argv[1:])):
        return i18n.translate("cli", "cnnbuilder: interrupted")


# First, so that Ctrl+C during the imports below ends with one line, not a traceback.
install_early(interrupted_line)

from cnnbuilder.cli import main  # noqa: E402

raise SystemExit(main())

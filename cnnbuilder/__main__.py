"""``python -m cnnbuilder``: the command line."""

from cnnbuilder.interrupts import install_early

# First, so that Ctrl+C during the imports below ends with one line, not a traceback.
install_early()

from cnnbuilder.cli import main  # noqa: E402

raise SystemExit(main())

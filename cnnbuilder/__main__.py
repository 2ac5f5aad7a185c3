"""``python -m cnnbuilder``: the command line."""

from cnnbuilder.cli import main

raise SystemExit(main())

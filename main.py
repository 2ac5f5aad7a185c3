"""Start the cnnbuilder window: ``python main.py [FILE] [--screenshot OUT.png]``."""

from cnnbuilder.gui.app import main

raise SystemExit(main())

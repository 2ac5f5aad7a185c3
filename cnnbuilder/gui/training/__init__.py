"""The training side of the window: data, settings, the run, live curves, results.

PySide6 is imported before pyqtgraph anywhere in this package, so that
pyqtgraph picks the PySide6 binding.
"""

import PySide6.QtCore  # noqa: F401  (must precede pyqtgraph: it picks the loaded binding)

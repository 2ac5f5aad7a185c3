"""Put the training side into the main window: controls dock, curves and results tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from cnnbuilder.gui.training.curves_panel import CurvesPanel
from cnnbuilder.gui.training.results_view import ResultsView
from cnnbuilder.gui.training.session import TrainingSession
from cnnbuilder.gui.training.training_panel import TrainingPanel

if TYPE_CHECKING:
    from cnnbuilder.gui.main_window import MainWindow


def attach_training(window: MainWindow) -> TrainingSession:
    """Add the training panel (a dock beside Properties) and the Training and Results tabs.

    Returns the session; it is also ``window.training``.
    """
    panel = TrainingPanel(window.document)
    curves = CurvesPanel()
    results = ResultsView()
    session = TrainingSession(window.document, panel, curves, results)
    dock = window.add_panel(panel, "Training", "right")
    properties = getattr(window, "properties_dock", None)
    if properties is not None:
        window.tabifyDockWidget(properties, dock)
        properties.raise_()
    window.add_panel(curves, "Training curves")
    window.add_panel(results, "Results")
    session.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.closing.connect(session.shutdown)
    session.controller.started.connect(lambda: _show_training(window, dock, curves))
    QShortcut(
        QKeySequence("Ctrl+T"), window, session.start, context=Qt.ShortcutContext.WindowShortcut
    )
    window.training = session
    return session


TRAINING_SHARE = 0.6  # of the central splitter's height, for curves and results


def _show_training(window: MainWindow, dock: QWidget, curves: CurvesPanel) -> None:
    """A run started: show its controls and its curves, with room to read them.

    The network is locked during a run, so the canvas can give up some height;
    this happens only when the tabs are smaller, and the user can drag it back.
    """
    dock.raise_()
    window.show_panel(curves)
    splitter = getattr(window, "splitter", None)
    if splitter is not None and splitter.count() == 2:
        top, bottom = splitter.sizes()
        total = top + bottom
        if bottom < TRAINING_SHARE * total - 1:
            splitter.setSizes([round(total * (1 - TRAINING_SHARE)), round(total * TRAINING_SHARE)])

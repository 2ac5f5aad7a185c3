"""Put the training side into the main window: controls dock, curves and results tabs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QPushButton, QToolBar, QWidget

from cnnbuilder.gui.actions import make_action
from cnnbuilder.gui.panel_window import PanelWindow
from cnnbuilder.gui.training.curves_panel import CurvesPanel
from cnnbuilder.gui.training.data_preview import DataPreview
from cnnbuilder.gui.training.results_view import ResultsView
from cnnbuilder.gui.training.runs_table import RunsTable
from cnnbuilder.gui.training.session import TrainingSession
from cnnbuilder.gui.training.training_panel import TrainingPanel

TRAINING_SHARE = 0.6  # of the central splitter's height, for curves and results
DOCK_HEIGHTS = (640, 100)  # Training (and Properties) above History, as a ratio


def attach_training(window: PanelWindow) -> TrainingSession:
    """Add the Training dock (beside Properties), the curves and results tabs, and
    Train / Stop in the toolbar and a Training menu.

    Returns the session (the main window keeps it as ``training``).
    """
    panel = TrainingPanel(window.document)
    curves = CurvesPanel()
    results = ResultsView()
    session = TrainingSession(window.document, panel, curves, results)
    dock = window.add_dock(
        panel, QCoreApplication.translate("attach", "Training"), "right", "trainingDock"
    )
    properties = getattr(window, "properties_dock", None)
    if properties is not None:
        window.tabifyDockWidget(properties, dock)
        properties.raise_()
    history = getattr(window, "history_dock", None)
    if history is not None:
        # The training controls end with the run's status; at 1280×800 the
        # History dock's share would push it below the fold.
        window.resizeDocks([dock, history], list(DOCK_HEIGHTS), Qt.Orientation.Vertical)
    window.add_panel(curves, QCoreApplication.translate("attach", "Training curves"))
    window.add_panel(results, QCoreApplication.translate("attach", "Results"))
    runs_table = RunsTable(session.runs)
    runs_table.set_network(window.document.spec)
    window.document.spec_changed.connect(runs_table.set_network)
    window.add_panel(runs_table, QCoreApplication.translate("attach", "Runs"))
    # New, Open and closing ask first when trained weights are not saved.
    window.files.guards.append(session.confirm_closing_runs)
    # Weights of another network open the network stored with them, as File › Open would.
    session.weights.open_network = window.files.open_network
    _attach_preview(window, panel)
    session.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.closing.connect(session.shutdown)
    session.controller.started.connect(lambda: _show_training(window, dock, curves))
    _add_actions(window, session, dock)
    return session


def _attach_preview(window: PanelWindow, panel: TrainingPanel) -> None:
    """A Data tab: samples and class counts of the data the next run uses."""
    preview = DataPreview()
    window.add_panel(preview, QCoreApplication.translate("attach", "Data"))
    panel.data_panel.dataset_changed.connect(preview.set_dataset)
    panel.settings.changed.connect(lambda: preview.set_val_split(panel.settings.config().val_split))
    window.data_preview = preview


class _FollowButton(QObject):
    """Keeps an action enabled exactly when its button is, with the button's tooltip
    (which says why Train is disabled) plus the shortcut: the button decides."""

    def __init__(self, button: QPushButton, action: QAction, keys: str) -> None:
        super().__init__(button)
        self._action, self._keys = action, keys
        self._follow(button)
        button.installEventFilter(self)

    def _follow(self, button: QPushButton) -> None:
        self._action.setEnabled(button.isEnabled())
        self._action.setToolTip(
            f"{button.toolTip()} ({self._keys})"
        )  # text translated by the button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        changed = event.type() in (QEvent.Type.EnabledChange, QEvent.Type.ToolTipChange)
        if changed and isinstance(watched, QPushButton):
            self._follow(watched)
        return False


def _action(window: PanelWindow, text: str, name: str, keys: str, button: QPushButton) -> QAction:
    action = make_action(window, text, button.click, name, keys)
    action.setObjectName(f"{name}Action")
    _FollowButton(button, action, keys)
    return action


def _add_actions(window: PanelWindow, session: TrainingSession, dock: QDockWidget) -> None:
    """Train and Stop in the toolbar; a Training menu; View ▸ Training."""
    panel = session.panel
    train = _action(
        window,
        QCoreApplication.translate("attach", "&Train"),
        "train",
        "Ctrl+T",
        panel.train_button,
    )
    train.triggered.connect(dock.raise_)
    stop = _action(
        window, QCoreApplication.translate("attach", "&Stop"), "stop", "Ctrl+.", panel.stop_button
    )
    toolbar = window.findChild(QToolBar, "mainToolbar")
    if toolbar is not None:
        toolbar.addSeparator()
        toolbar.addActions([train, stop])
    bar = window.menuBar()
    # Menus are found by object name: their titles are translated.
    menus = {a.objectName(): a for a in bar.actions() if a.objectName()}
    menu = bar.addMenu(QCoreApplication.translate("attach", "T&raining"))
    menu.menuAction().setObjectName("trainingMenu")
    if "helpMenu" in menus:  # keep Help last
        bar.insertMenu(menus["helpMenu"], menu)
    menu.addActions([train, stop])
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("attach", "Save &Weights…"),
        session.results.save_weights_button.click,
    )
    menu.addAction(
        QCoreApplication.translate("attach", "&Load Weights…"),
        session.results.load_weights_button.click,
    )
    view = menus.get("viewMenu")
    view_menu = view.menu() if view is not None else None
    if isinstance(view_menu, QMenu):
        # A closed Training dock must be easy to bring back.
        view_menu.addAction(dock.toggleViewAction())


def _show_training(window: PanelWindow, dock: QWidget, curves: CurvesPanel) -> None:
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

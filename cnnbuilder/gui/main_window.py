"""The main window: assembles the views of one document and wires them.

Layout: the palette docked left, the canvas above a tab widget (Summary,
and the panels other parts add with :meth:`MainWindow.add_panel`), the
properties and the undo history docked right.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from cnnbuilder import __version__
from cnnbuilder.core.nn.network import Network
from cnnbuilder.gui.canvas.view import NetworkView
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.edit_actions import EditActions
from cnnbuilder.gui.file_controller import FileController
from cnnbuilder.gui.file_text import TITLE_CHARS, StatusBar, shown
from cnnbuilder.gui.inside.attach import attach_inside
from cnnbuilder.gui.language import LanguageMenu
from cnnbuilder.gui.network_export import NetworkExport
from cnnbuilder.gui.palette import PaletteWidget
from cnnbuilder.gui.panel_window import PanelWindow
from cnnbuilder.gui.properties_panel import PropertiesPanel
from cnnbuilder.gui.recent_files import RecentFiles
from cnnbuilder.gui.resources import icon
from cnnbuilder.gui.selection import LayerSelection
from cnnbuilder.gui.summary_view import SummaryView
from cnnbuilder.gui.training.attach import attach_training


class MainWindow(PanelWindow):
    """The builder window of one :class:`Document`.

    Attributes
    ----------
    document : Document
        The network being edited.
    selection : LayerSelection
        The selected block, shared by the canvas, table and properties.

    Panels are added with :meth:`PanelWindow.add_panel` (``closing`` is its signal).
    """

    def __init__(self, document: Document | None = None, recent: RecentFiles | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setStatusBar(StatusBar())  # before anything shows a message
        self.setWindowIcon(icon("cnnbuilder"))
        self.document = document if document is not None else Document(parent=self)
        self.selection = LayerSelection(self)
        self.edit = EditActions(self.document, self.selection, self)
        self.files = FileController(self.document, self, recent or RecentFiles(parent=self))
        self.network_export = NetworkExport(self.document, self, self._trained_network)
        self._build_central()
        self._build_docks()
        self._build_menus()
        self._build_toolbar()
        self._wire()
        self.training = attach_training(self)  # training dock, curves and results tabs
        self.inside = attach_inside(self)  # the inside view, beside Results
        self._add_language_menu()
        self._order_tab_chain()
        self.resize(1280, 800)
        self._update_title()

    # -- assembly ------------------------------------------------------------------
    def _build_central(self) -> None:
        self.canvas = NetworkView(self.document, self.selection)
        self.canvas.block_actions = self.edit.layer_actions
        self.summary_view = SummaryView(self.document, self.selection)
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setObjectName("bottomTabs")
        self.bottom_tabs.setDocumentMode(True)
        self.bottom_tabs.setUsesScrollButtons(True)
        self.bottom_tabs.setMinimumWidth(320)  # its size hint would follow the widest page
        self.bottom_tabs.addTab(self.summary_view, self.tr("Summary"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(self.bottom_tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 330])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _build_docks(self) -> None:
        self.layer_palette = PaletteWidget(self.document)
        hint = QLabel(self.tr("Drag a layer onto the canvas, or double-click it to append it."))
        hint.setStyleSheet("color: #6b7280;")
        hint.setWordWrap(True)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(6, 4, 6, 6)
        column.addWidget(self.layer_palette, 1)
        column.addWidget(hint)
        self.palette_dock = self.add_dock(box, self.tr("Layers"), "left", "layersDock")
        box.setMinimumWidth(170)
        self.palette_dock.setMaximumWidth(240)
        self.properties = PropertiesPanel(self.document, self.selection)
        self.properties.setMinimumWidth(270)
        self.properties_dock = self.add_dock(
            self.properties, self.tr("Properties"), "right", "propertiesDock"
        )
        self.history = QUndoView(self.document.undo_stack)
        self.history.setObjectName("undoHistory")
        self.history.setEmptyLabel(self.tr("Opened network"))
        self.history_dock = self.add_dock(self.history, self.tr("History"), "right", "historyDock")
        self.resizeDocks(
            [self.palette_dock, self.properties_dock], [180, 320], Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [self.properties_dock, self.history_dock], [520, 180], Qt.Orientation.Vertical
        )

    def _build_menus(self) -> None:
        bar, files, edit = self.menuBar(), self.files, self.edit
        menu = bar.addMenu(self.tr("&File"))
        menu.menuAction().setObjectName("fileMenu")
        menu.addActions([files.new_action])
        menu.addMenu(files.presets_menu)
        menu.addActions([files.open_action])
        menu.addMenu(files.recent_menu)
        menu.addSeparator()
        menu.addActions([files.save_action, files.save_as_action])
        menu.addSeparator()
        menu.addActions([files.copy_markdown_action, files.save_csv_action])
        export_menu = menu.addMenu(self.tr("&Export"))
        export_menu.menuAction().setObjectName("exportMenu")
        export_menu.addActions(
            [self.network_export.pytorch_action, self.network_export.onnx_action]
        )
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        menu = bar.addMenu(self.tr("&Edit"))
        menu.menuAction().setObjectName("editMenu")
        menu.addActions([edit.undo, edit.redo])
        menu.addSeparator()
        menu.addActions(edit.layer_actions)
        menu.addSeparator()
        add_menu = menu.addMenu(self.tr("&Add Layer"))
        add_menu.addActions(list(edit.append.values()))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.menuAction().setObjectName("viewMenu")
        self._build_view_menu(self.view_menu)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.menuAction().setObjectName("helpMenu")
        self.help_menu.addAction(self.tr("&About cnnbuilder"), self._show_about)

    def _build_view_menu(self, menu: QMenu) -> None:
        canvas = self.canvas
        self.fit_action = QAction(icon("fit"), self.tr("&Fit to Window"), self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.fit_action.triggered.connect(canvas.fit_to_window)
        menu.addAction(self.tr("Zoom &In"), canvas.zoom_in).setShortcut(
            QKeySequence.StandardKey.ZoomIn
        )
        menu.addAction(self.tr("Zoom &Out"), canvas.zoom_out).setShortcut(
            QKeySequence.StandardKey.ZoomOut
        )
        menu.addAction(self.tr("&Actual Size"), lambda: canvas.set_zoom(1.0)).setShortcut(
            QKeySequence("Ctrl+0")
        )
        menu.addAction(self.fit_action)
        menu.addSeparator()
        for dock in (self.palette_dock, self.properties_dock, self.history_dock):
            menu.addAction(dock.toggleViewAction())

    def _add_language_menu(self) -> None:
        """View ▸ Language, last (after the docks other parts add to View)."""
        self.language = LanguageMenu(self)
        self.language.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.language.menu)

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.files.new_action, self.files.open_action, self.files.save_action])
        bar.addSeparator()
        bar.addActions([self.edit.undo, self.edit.redo])
        bar.addSeparator()
        bar.addAction(self.fit_action)
        self.zoom_label = QLabel("100 %")
        self.zoom_label.setMinimumWidth(56)
        self.statusBar().addPermanentWidget(self.zoom_label)

    def _order_tab_chain(self) -> None:
        """Tab goes left to right: palette, canvas, tabs, table, then the right docks."""
        chain = [self.layer_palette, self.canvas, self.bottom_tabs, self.summary_view.table]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _wire(self) -> None:
        doc = self.document
        self.layer_palette.kind_activated.connect(self.edit.append_layer)
        self.canvas.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f} %"))
        self.files.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.network_export.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        doc.spec_changed.connect(self._update_title)
        doc.spec_changed.connect(lambda _spec: self.selection.resolve(doc.spec))
        doc.replaced.connect(lambda: self.selection.set(None))
        # Selecting a block shows its properties, even from behind the Training tab.
        self.selection.changed.connect(self._raise_properties)
        doc.path_changed.connect(self._update_title)
        doc.dirty_changed.connect(self._update_title)
        doc.locked_changed.connect(lambda locked: self.history.setEnabled(not locked))

    def _raise_properties(self, uid: int | None) -> None:
        if uid is not None:
            self.properties_dock.raise_()

    def _trained_network(self) -> Network | None:
        """The network of the last run or loaded weights file (for exports)."""
        training = getattr(self, "training", None)
        return training.weights.network if training is not None else None

    # -- title, close, about -----------------------------------------------------------
    def _update_title(self, *_args: object) -> None:
        doc = self.document
        self.setWindowTitle(
            self.tr("{file}[*] — {network} — cnnbuilder").format(
                file=shown(doc.file_name, TITLE_CHARS), network=shown(doc.spec.name, TITLE_CHARS)
            )
        )
        self.setWindowModified(doc.is_dirty)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.maybe_save():
            self.closing.emit()
            event.accept()
        else:
            event.ignore()

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About cnnbuilder"),
            self.tr(
                "<b>cnnbuilder {version}</b><p>Design and train small convolutional "
                "networks in the notation of the deep-learning course: CONV, POOL, FC and "
                "Softmax layers, n_H × n_W × n_c, f, s, p.</p>"
            ).format(version=__version__),
        )

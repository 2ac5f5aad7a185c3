"""The main window's frame: the panels other parts of the GUI add to it.

The training side adds its dock and tabs through this interface, so it
needs :class:`PanelWindow`, not :mod:`cnnbuilder.gui.main_window` (which
builds the training side: importing it back would be an import circle).
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QWidget

from cnnbuilder.gui.document import Document
from cnnbuilder.gui.file_controller import FileController

Area = Literal["bottom", "left", "right"]
_DOCK_AREAS = {
    "left": Qt.DockWidgetArea.LeftDockWidgetArea,
    "right": Qt.DockWidgetArea.RightDockWidgetArea,
}


class PanelWindow(QMainWindow):
    """A main window with a document, tabs under its canvas and docks.

    Subclasses set :attr:`document` and :attr:`bottom_tabs` before panels
    are added.

    Signals
    -------
    closing()
        The window is about to close (unsaved changes already settled):
        a training panel stops its run here.
    """

    closing = Signal()
    document: Document
    files: FileController  # New / Open / Save; its guards ask before closing
    bottom_tabs: QTabWidget
    data_preview: QWidget  # the Data tab, added by the training side

    def add_panel(
        self, widget: QWidget, title: str, area: Area = "bottom", name: str = ""
    ) -> QWidget:
        """Add a panel: a tab next to Summary (``"bottom"``) or a dock.

        ``title`` is translated text; a dock's object name (saved layouts,
        tests) is ``name``, else the widget's object name + ``Dock``.
        Returns the tab page (the widget itself) or the new ``QDockWidget``.
        """
        if area == "bottom":
            self.bottom_tabs.addTab(widget, title)
            return widget
        return self.add_dock(widget, title, area, name)

    def add_dock(
        self, widget: QWidget, title: str, area: Literal["left", "right"], name: str = ""
    ) -> QDockWidget:
        """Add ``widget`` as a dock (see :meth:`add_panel`) and return the dock."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name or f"{widget.objectName() or 'panel'}Dock")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(_DOCK_AREAS[area], dock)
        return dock

    def show_panel(self, widget: QWidget) -> None:
        """Bring a panel added with :meth:`add_panel` to the front."""
        index = self.bottom_tabs.indexOf(widget)
        if index >= 0:
            self.bottom_tabs.setCurrentIndex(index)

"""Put the inside view into the main window, beside Results, and wire it.

It follows the document (its network with initial weights), the results
(a run's trained network; clicks on mistakes and confusion cells), the
loaded data set, and the selected block (the sandbox).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSplitter, QStatusBar, QTabWidget, QWidget

from cnnbuilder.core.kinds.registry import kind_of
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.inside.inside_view import InsideView
from cnnbuilder.gui.selection import LayerSelection
from cnnbuilder.gui.training.session import TrainingSession


class InsideHost(Protocol):
    """What the inside view needs of the main window (which builds it: importing
    the window back would be an import circle)."""

    document: Document
    training: TrainingSession
    selection: LayerSelection
    bottom_tabs: QTabWidget
    splitter: QSplitter
    inside: InsideView

    def add_panel(self, widget: QWidget, title: str) -> QWidget: ...

    def show_panel(self, widget: QWidget) -> None: ...

    def statusBar(self) -> QStatusBar: ...


def attach_inside(window: InsideHost) -> InsideView:
    """Add the Inside tab; return the view (also ``window.inside``)."""
    view = InsideView()
    window.add_panel(view, QCoreApplication.translate("attach", "Inside"))
    document, session = window.document, window.training
    document.spec_changed.connect(view.set_spec)
    document.replaced.connect(lambda: view.set_trained(None))
    view.set_spec(document.spec)
    results = session.results
    results.evaluation_changed.connect(
        lambda ev: view.set_trained(
            None if ev is None else ev.network, "" if ev is None else ev.heading
        )
    )
    results.test_image_chosen.connect(lambda index: _show_image(window, view, index))
    data_panel = session.panel.data_panel
    data_panel.dataset_changed.connect(view.set_data)
    view.set_data(data_panel.dataset)
    view.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.selection.changed.connect(lambda _key: _follow_selection(window, view))
    window.bottom_tabs.currentChanged.connect(lambda _i: _make_room(window, view))
    window.inside = view
    return view


INSIDE_SHARE = 0.62  # of the central splitter's height while the Inside tab is shown


def _show_image(window: InsideHost, view: InsideView, index: int) -> None:
    window.show_panel(view)
    view.show_test_image(index)


def _make_room(window: InsideHost, view: InsideView) -> None:
    """The Inside tab came to the front: give it most of the height (the user can drag back)."""
    if window.bottom_tabs.currentWidget() is not view:
        return
    top, bottom = window.splitter.sizes()
    total = top + bottom
    if bottom < INSIDE_SHARE * total - 1:
        window.splitter.setSizes([round(total * (1 - INSIDE_SHARE)), round(total * INSIDE_SHARE)])


def _follow_selection(window: InsideHost, view: InsideView) -> None:
    """The sandbox starts from the selected CONV or POOL block."""
    uid = window.selection.layer_uid
    spec = window.document.spec
    if uid is None:
        return
    try:
        index = spec.index_of(uid)
    except KeyError:
        return
    layer = spec.layers[index]
    rows = window.document.summary.rows
    in_shape = rows[index].output_shape
    window_ = kind_of(layer).window(layer)
    if window_ is None or in_shape is None or len(in_shape) != 3:
        return
    name = rows[index + 1].name
    view.sandbox.set_layer(name, in_shape[0], in_shape[1], window_)

"""Names from files (class, layer and network names, paths) never widen the window.

Class names of 200 characters with control characters, right-to-left text
and emoji, a typed layer name and a network name of 200 characters, and
long paths: at 1280×800 the window keeps its size, the controls stay on
screen, a table column or a label does not take the width, and control
characters are shown escaped (``\\x1b``), as on the command line.
``CNNBUILDER_LONG_NAME_SHOTS=DIR`` saves a picture of every place checked.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QListWidget,
    QScrollArea,
    QTableWidget,
    QWidget,
)

from cnnbuilder.gui import commands
from tests.gui.reading import load_picture, try_picture

SHOTS = os.environ.get("CNNBUILDER_LONG_NAME_SHOTS")
CLASS_NAMES = (
    "class-" + "W" * 194,
    "\x1b[2J\x07bell " + "عربي نص طويل " * 14,
    "😀🐍🚀" * 66 + "\u202e end",
)
LAYER_NAME = "L" * 190 + "\x1b[31mred"
NETWORK_NAME = "Net \x1b]0;title\x07 " + "N" * 190
WIDEST_COLUMN = 0.5  # of its table's viewport


def _raw_controls(text: str) -> list[str]:
    """Control and format characters that would be drawn (or act) instead of shown escaped."""
    allowed = "\n\u200b"  # a line break; a zero-width space where a long name may break
    return [c for c in text if unicodedata.category(c) in ("Cc", "Cf") and c not in allowed]


@pytest.fixture(scope="module")
def long_files(tmp_path_factory):
    """A data file with long class names, and a picture, at paths of 250 characters."""
    folder = tmp_path_factory.mktemp("long") / ("d" * 60) / ("e" * 60)
    folder.mkdir(parents=True)
    rng = np.random.default_rng(0)
    y = np.arange(90) % 3
    x = (rng.random((90, 8, 8, 1)) * 60).astype(np.uint8)
    for k in range(3):
        x[y == k, :, 2 * k : 2 * k + 3, 0] = 255
    data = folder / ("data-" + "f" * 100 + ".npz")
    y_test = y[60:].copy()
    y_test[::3] = (y_test[::3] + 1) % 3  # mislabelled: the mistakes have captions to show
    np.savez(data, x=x[:60], y=y[:60], x_test=x[60:], y_test=y_test, class_names=CLASS_NAMES)
    picture = folder / ("picture-" + "p" * 100 + ".png")
    Image.new("L", (30, 30), 0).save(picture)
    return data, picture


@pytest.fixture
def hostile_window(make_window, qtbot, long_files):
    """The window at 1280×800 after a run on the data with long names, all named long."""
    data_path, picture = long_files
    window = make_window(show=True)
    session = window.training
    panel = session.panel.data_panel
    qtbot.waitUntil(lambda: not panel.loading, timeout=60_000)
    with qtbot.waitSignal(panel.dataset_changed, timeout=30_000, check_params_cb=bool):
        panel.set_source(str(data_path))
    panel.fit_network()
    document = window.document
    first = document.spec.layers[0]
    document.push(commands.set_param(document, first.uid, "name", LAYER_NAME))
    document.push(commands.set_name(document, NETWORK_NAME))
    window.selection.set(first.uid)
    session.panel.settings.epochs.setValue(1)
    session.panel.settings.batch_size.setValue(16)
    with qtbot.waitSignal(session.run_finished, timeout=60_000):
        session.start()
    qtbot.waitUntil(lambda: not session.controller.running, timeout=10_000)
    try_picture(qtbot, session.results.prediction, picture)
    load_picture(qtbot, window.inside.picker, picture)
    window.statusBar().showMessage(f"Saved weights to {data_path.parent / ('w' * 150)}.npz")
    return window


def _texts(widget: QWidget) -> list[str]:
    """What a widget shows: its text, items, headers and tool tip."""
    texts = [widget.toolTip()]
    # A line edit's text is the value being edited (a typed name): kept as it is.
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QTableWidget):
        for r in range(widget.rowCount()):
            for c in range(widget.columnCount()):
                item = widget.item(r, c)
                texts += [item.text(), item.toolTip()] if item is not None else []
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, root = widget.model(), QModelIndex()
        try:
            rows, columns = model.rowCount(root), model.columnCount(root)
        except TypeError:  # a model private to Qt (the undo view's): Qt's own texts
            return texts
        texts += [str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(columns)]
        texts += [str(model.headerData(i, Qt.Orientation.Vertical) or "") for i in range(rows)]
        for r in range(rows):
            for c in range(columns):
                index = model.index(r, c)
                texts += [
                    str(index.data() or ""),
                    str(index.data(Qt.ItemDataRole.ToolTipRole) or ""),
                ]
    return texts


def problems(window) -> list[str]:
    """Everything in view that is wider than the window allows or shows raw controls."""
    found = []
    hint = window.minimumSizeHint()
    if hint.width() > 1280 or hint.height() > 800:
        found.append(f"window minimum size {hint.width()}×{hint.height()}")
    if window.width() > 1280 or window.height() > 800:
        found.append(f"window size {window.width()}×{window.height()}")
    if _raw_controls(window.windowTitle()):
        found.append("window title has raw control characters")
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.width() <= 1:
            continue
        name = w.objectName() or type(w).__name__
        right = w.mapTo(window, w.rect().topRight()).x()
        if right > window.width() and not _inside_scrolled_content(w, window):
            found.append(f"{name} reaches x={right}, beyond the window")
        if isinstance(w, QScrollArea) and w.horizontalScrollBar().isVisible():
            found.append(f"panel {name} scrolls sideways")
        if isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            view = w.parentWidget()
            room = view.width() if view is not None else w.width()
            for s in range(w.count()):
                if w.sectionSize(s) > WIDEST_COLUMN * room and w.count() > 1:
                    found.append(f"{name}: column {s} is {w.sectionSize(s)} of {room} px")
        vertical = isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Vertical
        if vertical and w.width() > 300:
            found.append(f"{name}: row titles {w.width()} px wide")
        for text in _texts(w):
            if _raw_controls(text):
                found.append(f"{name} shows raw control characters: {text[:40]!r}")
    return found


def _inside_scrolled_content(widget: QWidget, window) -> bool:
    """True for a widget inside the scrolled content of a scroll area or item view."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


def _places(window):
    """Every bottom tab under each right dock, and each results sub-tab."""
    tabs = window.bottom_tabs
    training = window.findChild(QDockWidget, "trainingDock")
    details = window.training.results.details
    for dock in (window.properties_dock, training):
        dock.raise_()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            pages = range(details.count()) if tabs.widget(index) is window.training.results else [0]
            for page in pages:
                details.setCurrentIndex(page)
                QApplication.processEvents()
                yield f"{dock.objectName()}-{index}-{page}"


def test_long_names_keep_the_window_at_1280x800_and_are_shown_escaped(hostile_window):
    window = hostile_window
    found: set[str] = set()
    for place in _places(window):
        found.update(f"{place}: {p}" for p in problems(window))
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            window.grab().save(f"{SHOTS}/long-{place}.png")
    assert not found, "\n".join(sorted(found))


def test_key_controls_stay_fully_in_view(hostile_window):
    window = hostile_window
    training = window.findChild(QDockWidget, "trainingDock")
    session = window.training
    keys = {
        training: [session.panel.train_button, session.panel.data_panel.open_file_button],
        window.properties_dock: [window.properties.pages["conv"].editors["name"]],
    }
    for dock, widgets in keys.items():
        dock.raise_()
        QApplication.processEvents()
        for widget in widgets:
            seen = widget.visibleRegion().boundingRect()
            assert seen.width() == widget.width(), widget.objectName()
    window.show_panel(session.results)
    QApplication.processEvents()
    for button in (session.results.save_weights_button, session.results.load_weights_button):
        assert button.visibleRegion().boundingRect().width() == button.width()

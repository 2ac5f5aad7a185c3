"""With --lang ko the window shows no untranslated English; with en, the originals.

The walk (tests/gui/text_walk.py) covers menus, docks, tabs, forms, table
headers and tool tips, the summary working of every layer and of an invalid
one, a short run and its results, and the dialogs the program opens itself.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from cnnbuilder.core.kinds.input import INPUT as INPUT_KIND
from cnnbuilder.core.kinds.registry import layer_kinds
from cnnbuilder.core.summary import summarize
from cnnbuilder.gui import commands
from cnnbuilder.gui.app import application
from cnnbuilder.gui.selection import INPUT

Texts = list[tuple[str, str]]

# Words that stay as they are in Korean: the course notation and captions,
# activation/optimizer names, units, formats, keys, programs (GLOSSARY-ko.md).
ALLOWED_WORDS = {
    "CONV",
    "POOL",
    "FC",
    "Softmax",
    "softmax",
    "Input",  # captions (CONV1, POOL2)
    "ReLU",
    "Leaky",
    "relu",
    "leaky_relu",
    "tanh",
    "sigmoid",
    "linear",
    "sgd",
    "momentum",
    "adam",
    "SGD",
    "Adam",
    "valid",
    "same",
    "max",
    "avg",
    "cnnbuilder",
    "Ctrl",
    "Shift",
    "Del",
    "JSON",
    "CSV",
    "PNG",
    "Markdown",
    "npz",
    "npy",
    "idx",
    "IDX",
    "digits",  # the built-in data sets' names (FORMATS.md), shown as the user types them
    "shapes",
    "MNIST",  # data set and architecture names
    "Fashion",
    "CIFAR",
    "VGG",
    "PyTorch",  # programs and formats
    "ONNX",
    "NumPy",
    "GPU",
    "ubyte",
    "images",
    "labels",
    "GiB",
    "MB",
    "KB",
    "RGB",
    "im2col",
    "x_test",
    "y_test",
    "class_names",
    "English",
    "System",  # the language menu names each language in its own words
}
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,}")
FILE_NAME = re.compile(r"[\w.-]+\.(?:cnn\.json|json|npz|npy|png|csv|gz)(?![A-Za-z0-9])")
# captions and names (CONV1, layer0.W, LeNet), subscripted notation (n_c, n_H_prev, r_1, j_0)
CAPTION = re.compile(r"(?:CONV|POOL|FC|Softmax|layer|LeNet|ConvNet|CNN)\d*|[a-z]_[A-Za-z0-9_]+")
# keys of the network file (FORMATS.md), quoted in its error messages
FILE_KEYS = {"layers", "input", "training", "format", "version", "type"} | {
    f.name for kind in (INPUT_KIND, *layer_kinds()) for f in kind.fields
}
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def english_words(text: str, allowed: set[str]) -> list[str]:
    """Words of ``text`` that are English and not notation, names or data."""
    text = re.sub(r"<[^>]+>", " ", text)  # rich-text tags
    text = FILE_NAME.sub(" ", text)
    text = text.replace("a_prev[window", "a_prev[")  # the Inside tab's notation, as in README
    text = text.replace("&", "")
    return [
        w
        for w in WORD.findall(text)
        if w not in allowed | ALLOWED_WORDS | FILE_KEYS and not CAPTION.fullmatch(w)
    ]


def _add(out: Texts, where: str, text: object) -> None:
    if isinstance(text, str) and text.strip():
        out.append((where, text))


def _menu(out: Texts, menu: QMenu, where: str) -> None:
    _add(out, where, menu.title())
    for action in menu.actions():
        _action(out, action, f"{where} > {action.text()}")


def _action(out: Texts, action, where: str) -> None:
    _add(out, where, action.text())
    if action.toolTip() != action.text().replace("&", ""):
        _add(out, where + " (tip)", action.toolTip())
    _add(out, where + " (status)", action.statusTip())
    if action.menu() is not None:
        _menu(out, action.menu(), where)


def widgets(out: Texts, root: QWidget) -> None:
    """Texts, tool tips, placeholders, items and headers of ``root`` and its children."""
    for w in [root, *root.findChildren(QWidget)]:
        name = w.objectName() or type(w).__name__
        _add(out, f"{name} (tip)", w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            _add(out, name, w.text())
        if isinstance(w, QGroupBox):
            _add(out, name, w.title())
        if isinstance(w, QDockWidget):
            _add(out, name, w.windowTitle())
        if isinstance(w, QLineEdit):
            _add(out, f"{name} (placeholder)", w.placeholderText())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                _add(out, f"{name} item", w.itemText(i))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                _add(out, f"{name} tab", w.tabText(i))
                _add(out, f"{name} tab (tip)", w.tabToolTip(i))
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                _add(out, f"{name} item", w.item(i).text())
                _add(out, f"{name} item (tip)", w.item(i).toolTip())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            _model(out, w, name)
        _add(out, f"{name} (placeholder)", getattr(w, "placeholder", None))
        if isinstance(w, pg.PlotWidget):
            item = w.getPlotItem()
            for side in ("left", "bottom"):
                _add(out, f"{name} axis", item.getAxis(side).labelText)
            if item.legend is not None:
                for _sample, label in item.legend.items:
                    _add(out, f"{name} legend", label.text)
    if hasattr(root, "emptyLabel"):
        _add(out, "history (empty)", root.emptyLabel())


def _model(out: Texts, view: QAbstractItemView, name: str) -> None:
    model = view.model()
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # list models keep columnCount private: one column
        columns = 1
    for section in range(columns):
        _add(out, f"{name} header", model.headerData(section, Qt.Orientation.Horizontal))
    for row in range(min(model.rowCount(root), 30)):
        for column in range(columns):
            index = model.index(row, column)
            _add(out, f"{name} cell", index.data(Qt.ItemDataRole.DisplayRole))
            _add(out, f"{name} cell (tip)", index.data(Qt.ItemDataRole.ToolTipRole))


def _scene(out: Texts, window) -> None:
    for item in window.canvas.scene().items():
        _add(out, "canvas (tip)", item.toolTip())
        text = getattr(item, "text", None)
        if callable(text):
            _add(out, "canvas text", text())
        caption = getattr(item, "caption", None)
        if caption is not None:
            for field in ("hyper", "result", "tooltip"):
                _add(out, f"canvas block {field}", getattr(caption, field, ""))


def _dialog(out: Texts, qtbot, open_it, where: str, answer=QMessageBox.StandardButton.Cancel):
    """Run ``open_it`` (which shows a modal box), read the box, then close it."""
    seen: list[QMessageBox] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read)
            return
        seen.append(box)
        _add(out, where + " title", box.windowTitle())
        _add(out, where, box.text())
        _add(out, where + " details", box.informativeText())
        for button in box.buttons():
            _add(out, where + " button", button.text())
        target = box.button(answer) or box.buttons()[0]
        target.click()

    QTimer.singleShot(0, read)
    open_it()
    assert seen, f"{where}: no message box opened"


def _inside(out: Texts, window) -> None:
    """The Inside tab on a test image: each layer's caption (painted, not a widget) and
    how one value of every layer was computed."""
    inside = window.inside
    inside.show_test_image(0)
    rows = summarize(window.document.spec).rows
    for layer in range(1, len(rows)):
        shape = rows[layer].output_shape
        assert shape is not None
        inside.select_cell(layer, (0,) * len(shape))
        _add(out, f"inside working of layer {layer}", inside.computation.toPlainText())
    assert inside.canvas.bands, "the Inside tab drew nothing"
    for band in inside.canvas.bands:
        _add(out, "inside maps caption", band.caption)
    widgets(out, inside)


def walk(window, qtbot, bad_file: Path) -> Texts:
    """Drive ``window`` and return every text it showed, with where it was."""
    out: Texts = []
    status: list[str] = []
    window.statusBar().messageChanged.connect(status.append)
    _add(out, "title", window.windowTitle())
    for action in window.menuBar().actions():
        _action(out, action, action.text())
    for dock in window.findChildren(QDockWidget):
        _add(out, "dock", dock.windowTitle())
    menu = QMenu(window)
    for action in window.canvas.insert_actions(QPointF(0, 0), menu):
        _action(out, action, "canvas menu")
    _add(
        out,
        "canvas hint",
        window.canvas.scene()._hint.text() if hasattr(window.canvas.scene(), "_hint") else "",
    )
    # each block's form and working, then an invalid layer
    spec = window.document.spec
    for key in [INPUT, *(layer.uid for layer in spec.layers)]:
        window.selection.set(key)
        widgets(out, window.properties)
    first = spec.layers[0].uid
    window.document.push(commands.set_param(window.document, first, "size", 99, None))
    window.selection.set(first)
    widgets(out, window.properties)
    window.selection.set(spec.layers[-1].uid)
    widgets(out, window.properties)
    _scene(out, window)
    widgets(out, window)
    window.document.undo()
    # a short run, then everything again (results, curves, status)
    session = window.training
    qtbot.waitUntil(lambda: not session.panel.data_panel.loading, timeout=60_000)
    session.panel.settings.epochs.setValue(1)
    assert session.start(), session.train_blocker()
    qtbot.waitUntil(lambda: not session.controller.running, timeout=300_000)
    widgets(out, window)
    _scene(out, window)
    for action in window.menuBar().actions():
        _action(out, action, action.text())
    _inside(out, window)
    # dialogs the program opens by itself
    window.document.push(commands.set_name(window.document, "changed", None))
    _dialog(out, qtbot, session.confirm_closing_runs, "unsaved weights prompt")
    for entry in session.runs.entries:  # so that the next question is the file's
        session.runs.mark_saved(entry)
    _dialog(out, qtbot, window.files.maybe_save, "unsaved prompt")
    _dialog(
        out,
        qtbot,
        lambda: window.files.open_path(bad_file),
        "open error",
        QMessageBox.StandardButton.Ok,
    )
    _dialog(out, qtbot, window._show_about, "about", QMessageBox.StandardButton.Ok)
    window.document.undo()
    for text in status:
        _add(out, "status bar", text)
    return out


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "broken.cnn.json"
    path.write_text('{"format": "cnnbuilder.network", "version": 1, "layers": 3}')
    return path


def _walk(make_window, qtbot, bad_file: Path, language: str):
    application(language)
    try:
        window = make_window(show=True)
        texts = walk(window, qtbot, bad_file)
        names = set(window.training.panel.data_panel.dataset.class_names)
        names.add(window.document.spec.name)  # the network's own name, from its file
    finally:
        application("en")
    return texts, {w for name in names for w in name.split()}


@pytest.mark.slow
def test_korean_walk_finds_no_english_and_english_walk_keeps_the_originals(
    make_window, qtbot, bad_file
) -> None:
    english, _ = _walk(make_window, qtbot, bad_file, "en")
    korean, class_words = _walk(make_window, qtbot, bad_file, "ko")
    untranslated = [
        (where, text, words)
        for where, text in korean
        if (words := english_words(text, class_words))
    ]
    assert untranslated == [], "\n".join(map(str, untranslated))
    assert len(korean) > 400
    # Nothing lost: the same places show text in both languages, most of it changed.
    assert len(english) == len(korean)
    changed = sum(en != ko for (_, en), (_, ko) in zip(english, korean, strict=True))
    assert changed > 0.6 * len(english)  # notation, numbers and names stay as they are
    in_hangul = [(w, t) for w, t in english if HANGUL.search(t) and t != "한국어"]
    assert in_hangul == []
    shown = {text for _, text in english}
    for original in ("&File", "Training", "Results", "Unsaved changes", "Cannot open the network"):
        assert original in shown

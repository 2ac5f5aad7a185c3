"""The hostile corpus against the window: a message is shown, no exception escapes."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.nn.network import Network
from cnnbuilder.gui import error_hook
from tests.gui.reading import try_picture
from tests.hostile.corpus import build


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-window")
    build(folder)
    return folder


@pytest.fixture
def escaped(monkeypatch):
    """Every exception that reaches ``sys.excepthook`` (none may)."""
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: caught.append(exc))
    return caught


@pytest.fixture
def boxes(monkeypatch):
    shown: list[str] = []

    def critical(parent, title, text, *args):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


NETWORKS = [
    "huge-int", "int-2-31", "int-2-63", "float-1e300", "list-type", "dict-type", "list-mode",
    "list-padding", "list-act", "list-opt", "list-dataset", "layers-dict", "input-huge",
    "nan-lr", "deep", "deep-layer", "big", "binary", "many", "pipe",
]  # fmt: skip


@pytest.mark.parametrize("name", NETWORKS)
def test_opening_a_hostile_network_shows_why_and_keeps_the_current_one(
    make_window, corpus, escaped, boxes, name
):
    window = make_window()
    before = window.document.spec
    assert not window.files.open_path(corpus / f"{name}.cnn.json")
    assert len(boxes) == 1
    assert f"{name}.cnn.json" in boxes[0]
    assert window.document.spec == before
    assert escaped == []


@pytest.mark.parametrize("path", ["/dev/zero", "folder"])
def test_opening_a_device_or_a_folder_is_refused(make_window, corpus, escaped, boxes, path):
    window = make_window()
    target = corpus if path == "folder" else path
    assert not window.files.open_path(target)
    assert len(boxes) == 1
    assert escaped == []


@pytest.mark.parametrize(
    ("picture", "words"),
    [
        ("a/wide.png", "20000×20000"),
        ("b/deep.png", "13000×13000"),
        ("b/text.png", "text.png"),
        ("a/pipe.png", "FIFO"),
    ],
)
def test_try_a_picture_refuses_bombs_with_a_message(
    qtbot, make_window, corpus, escaped, picture, words
):
    window = make_window()
    view = window.training.results.prediction
    spec = load_spec(corpus / "good.cnn.json")
    view.set_model(Network.from_spec(spec, np.random.default_rng(0)), tuple("0123456789"))
    assert try_picture(qtbot, view, corpus / "pictures" / picture) is None
    assert words in view.answer.text()
    assert escaped == []


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("labels-2e19.npz", "labels-2e19.npz"),
        ("labels-1e8.npz", "10,000 classes"),
        ("tb-x.npz", "over the limit"),
        ("pipe.npz", "FIFO"),
    ],
)
def test_hostile_data_is_refused_in_the_data_panel(
    qtbot, make_window, corpus, escaped, data, words
):
    window = make_window()
    panel = window.training.panel.data_panel
    qtbot.waitUntil(lambda: not panel.loading, timeout=30_000)
    panel.set_source(str(corpus / data))
    qtbot.waitUntil(lambda: not panel.loading, timeout=10_000)
    assert panel.dataset is None
    assert words in panel.warning_label.text().replace("\u200b", "")
    assert not window.training.panel.train_button.isEnabled()
    assert escaped == []


def test_a_network_whose_data_set_is_a_fifo_opens_and_says_so(qtbot, make_window, corpus, escaped):
    """Its ``training.dataset`` names a FIFO beside it: refused at once, never loading forever."""
    from tests.hostile.corpus import _net

    window = make_window()
    panel = window.training.panel.data_panel
    qtbot.waitUntil(lambda: not panel.loading, timeout=30_000)
    assert window.files.open_path(
        _net(corpus, "fifo-data", training__dataset=str(corpus / "pipe.npz"))
    )
    qtbot.waitUntil(lambda: not panel.loading, timeout=10_000)
    assert panel.dataset is None
    assert "FIFO" in panel.warning_label.text()
    assert escaped == []


def test_an_unexpected_error_in_a_handler_is_shown_in_one_line(make_window, monkeypatch, boxes):
    window = make_window()
    written = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_hook.install(window, before_showing=lambda: written.append(True))
    try:
        raise OverflowError("Python int too large to convert to C int\nsecond line")
    except OverflowError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert boxes == [
        "Something went wrong; the window goes on and your network is kept.\n\n"
        "OverflowError: Python int too large to convert to C int second line"
    ]
    assert written == [True]  # the recovery file is written before the box shows

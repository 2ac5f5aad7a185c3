"""Opening a network never silently reads a data path outside the network's folder."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from cnnbuilder.core.datasets import outside_folder
from tests.hostile.corpus import PRESET


def _network(folder, dataset):
    folder.mkdir(parents=True, exist_ok=True)
    data = json.loads(json.dumps(PRESET))
    data["training"]["dataset"] = str(dataset)
    path = folder / "net.cnn.json"
    path.write_text(json.dumps(data))
    return path


def _data(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    np.savez(path, x=rng.random((20, 8, 8), dtype=np.float32), y=np.arange(20) % 10)
    return path


@pytest.fixture
def answers(monkeypatch):
    asked: list[str] = []
    reply = {"button": QMessageBox.StandardButton.No}

    def question(parent, title, text, *args):
        asked.append(text)
        # A real question runs an event loop: what loads meanwhile arrives now.
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        return reply["button"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, reply


def test_a_path_outside_the_folder_is_shown_and_not_read_without_consent(
    make_window, tmp_path, answers, qtbot
):
    asked, reply = answers
    data = _data(tmp_path / "elsewhere" / "secret.npz")
    window = make_window()  # the preset's digits start loading now
    panel = window.training.panel.data_panel
    assert window.files.open_path(_network(tmp_path / "nets", data))
    assert len(asked) == 1
    assert str(data) in asked[0]
    assert panel.dataset is None  # declined: nothing read
    assert str(data) in panel.info.text().replace("\u200b", "")  # breakable spaces aside
    qtbot.wait(300)  # the data of the previous network never comes back in its place
    assert panel.dataset is None
    assert not window.document.is_dirty  # the file still names its own data
    assert window.document.spec.training.dataset == str(data)

    reply["button"] = QMessageBox.StandardButton.Yes
    assert window.files.open_path(_network(tmp_path / "nets2", data))
    assert len(asked) == 2
    assert panel.source == str(data)
    assert panel.loading or panel.dataset is not None
    qtbot.waitUntil(lambda: panel.dataset is not None, timeout=10_000)


def test_a_path_inside_the_folder_and_built_in_names_load_at_once(
    make_window, tmp_path, answers, qtbot
):
    asked, _ = answers
    data = _data(tmp_path / "project" / "data" / "mine.npz")
    window = make_window()
    panel = window.training.panel.data_panel
    assert window.files.open_path(_network(tmp_path / "project", data))
    assert panel.source == str(data)
    qtbot.waitUntil(lambda: panel.dataset is not None, timeout=10_000)
    assert window.files.open_path(_network(tmp_path / "other", "shapes"))
    assert panel.source == "shapes"
    assert asked == []


def test_outside_folder_rules(tmp_path):
    assert outside_folder("digits", None) is None
    assert outside_folder(str(tmp_path / "a.npz"), tmp_path) is None
    assert outside_folder(str(tmp_path / "a.npz"), tmp_path / "sub") == tmp_path / "a.npz"
    assert outside_folder(str(tmp_path / "a.npz"), None) == tmp_path / "a.npz"

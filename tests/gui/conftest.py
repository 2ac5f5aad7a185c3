"""Fixtures for the window tests: isolated settings, a window on a preset."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cnnbuilder.core.fileio import load_spec
from cnnbuilder.gui.app import create_main_window
from cnnbuilder.gui.document import Document

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep QSettings (recent files) out of the user's real configuration."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _mark_clean(window) -> None:
    # Closing a window with unsaved changes (or unsaved trained weights) would
    # open a modal prompt.
    window.document.undo_stack.setClean()
    training = getattr(window, "training", None)
    if training is not None:
        for entry in training.runs.entries:
            entry.saved = True


@pytest.fixture
def make_window(qtbot):
    """Return a factory: ``make_window(path=None, show=False)`` → MainWindow."""

    def make(path: str | Path | None = None, show: bool = False):
        window = create_main_window(None if path is None else str(path))
        qtbot.addWidget(window, before_close_func=_mark_clean)
        if show:
            window.resize(1280, 800)
            with qtbot.waitExposed(window):
                window.show()
        return window

    return make


@pytest.fixture
def lenet_path() -> Path:
    """The lecture's LeNet-5 preset."""
    return PRESETS / "lenet5.cnn.json"


@pytest.fixture
def lenet_document(qtbot) -> Document:
    """A document on the LeNet-5 preset (no window)."""
    document = Document(load_spec(PRESETS / "lenet5.cnn.json"))
    return document


# The offscreen platform plugin (tests run without a display) cannot resize
# windows to their size hints and says so whenever a main window is shown.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen plugin's size-hint notice in every window test."""
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))

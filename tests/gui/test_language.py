"""The window in Korean: translators installed at start, menus found by object name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QMenu

from cnnbuilder.gui import language
from cnnbuilder.gui.app import application


@pytest.fixture
def korean() -> Iterator[None]:
    application("ko")
    yield
    application("en")


def _menu_titles(window) -> dict[str, str]:
    return {a.objectName(): a.text() for a in window.menuBar().actions() if a.objectName()}


def test_korean_window_has_korean_menus_docks_and_training_menu(make_window, korean) -> None:
    window = make_window()
    titles = _menu_titles(window)
    assert titles["fileMenu"] == "파일(&F)"
    assert titles["trainingMenu"] == "학습(&R)"
    names = [a.objectName() for a in window.menuBar().actions()]
    assert names[-1] == "helpMenu"  # Training was put before Help without reading titles
    docks = {d.objectName(): d.windowTitle() for d in window.findChildren(QDockWidget)}
    assert docks["trainingDock"] == "학습"
    assert docks["propertiesDock"] == "속성"
    assert window.training.panel.train_button.text() == "학습"


def test_english_window_keeps_the_source_texts(make_window) -> None:
    window = make_window()
    assert _menu_titles(window)["fileMenu"] == "&File"
    docks = {d.objectName(): d.windowTitle() for d in window.findChildren(QDockWidget)}
    assert docks["trainingDock"] == "Training"


def test_language_menu_remembers_the_choice_for_the_next_start(make_window) -> None:
    window = make_window()
    menu = window.findChild(QMenu, "languageMenu")
    assert [a.text() for a in menu.actions()] == ["System", "English", "한국어"]
    messages: list[str] = []
    window.language.message.connect(messages.append)
    next(a for a in menu.actions() if a.data() == "ko").trigger()
    assert QSettings().value(language.KEY) == "ko"
    assert language.resolve(None) == "ko"
    assert "next start" in messages[-1]
    next(a for a in menu.actions() if a.data() == "en").trigger()
    assert messages[-1] == "Language: English."
    assert language.resolve(None) == "en"


def test_every_shipped_preset_name_is_in_the_catalogue_list(presets_dir) -> None:
    from cnnbuilder.core.fileio import load_spec
    from cnnbuilder.gui.file_controller import PRESET_NAMES

    names = sorted(load_spec(path).name for path in presets_dir.glob("*.cnn.json"))
    assert names == sorted(PRESET_NAMES)


def test_missing_korean_font_is_said_once_in_the_status_bar(monkeypatch, make_window) -> None:
    from PySide6.QtGui import QFontDatabase

    monkeypatch.setattr(QFontDatabase, "families", lambda *_args: [])
    assert "fonts-noto-cjk" in language.missing_font_notice("ko", "linux")
    assert language.missing_font_notice("en", "linux") is None
    assert language.missing_font_notice("ko", "win32") is None
    application("ko")
    try:
        window = make_window()
    finally:
        application("en")
    assert "fonts-noto-cjk" in window.statusBar().currentMessage()

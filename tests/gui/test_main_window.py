from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QGraphicsView, QMessageBox, QTableView, QWidget

from cnnbuilder.core.fileio import load_spec
from cnnbuilder.gui import commands
from cnnbuilder.gui.resources import preset_paths

Button = QMessageBox.StandardButton


def _dirty(window) -> None:
    doc = window.document
    doc.push(commands.set_param(doc, doc.spec.layers[0].uid, "filters", 3))


def test_default_window_opens_the_digits_preset_untitled(make_window):
    window = make_window()
    assert window.document.spec.name == "Digits CNN"
    assert window.document.path is None
    assert window.document.summary.ok
    for name, cls in [
        ("palette", QWidget),
        ("canvas", QGraphicsView),
        ("propertiesPanel", QWidget),
        ("summaryTable", QTableView),
    ]:
        assert window.findChild(cls, name) is not None, name
    table = window.findChild(QTableView, "summaryTable")
    assert table.model().rowCount() == len(window.document.spec.layers) + 1


def test_title_shows_the_file_name_and_a_star(make_window, lenet_path):
    window = make_window(lenet_path)
    assert window.windowTitle().startswith("lenet5.cnn.json[*]")
    assert not window.isWindowModified()
    _dirty(window)
    assert window.isWindowModified()
    window.document.undo()
    assert not window.isWindowModified()


def test_save_as_and_open_round_trip(make_window, tmp_path, monkeypatch):
    window = make_window()
    _dirty(window)
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save()
    saved = tmp_path / "mine.cnn.json"
    assert window.document.path == saved
    assert not window.isWindowModified()
    assert load_spec(saved) == window.document.spec
    other = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    assert other.files.open_file()
    assert other.document.spec == window.document.spec
    assert other.files.recent.paths()[0] == saved.resolve()


@pytest.mark.parametrize(
    ("answer", "proceeds", "saves"),
    [(Button.Cancel, False, False), (Button.Discard, True, False), (Button.Save, True, True)],
)
def test_unsaved_prompt(make_window, tmp_path, monkeypatch, answer, proceeds, saves):
    window = make_window()
    _dirty(window)
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    target = tmp_path / "kept.cnn.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    spec = window.document.spec
    assert window.files.new_network() is proceeds
    assert len(asked) == 1
    assert "Untitled" in asked[0]
    assert (window.document.spec is spec) is not proceeds
    assert target.exists() is saves


def test_closing_asks_and_cancel_keeps_the_window(make_window, monkeypatch):
    window = make_window(show=True)
    _dirty(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Cancel)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Discard)
    assert window.close()


def test_clean_document_is_not_prompted(make_window, monkeypatch):
    window = make_window()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    assert window.files.new_network()
    assert window.document.spec.layers == ()


def test_failed_open_shows_the_error_and_keeps_the_network(make_window, tmp_path, monkeypatch):
    window = make_window()
    bad = tmp_path / "bad.cnn.json"
    bad.write_text(
        '{"format": "cnnbuilder.network", "version": 1, "input": '
        '{"height": 8, "width": 8, "channels": 1}, "layers": [{"type": "lstm"}]}'
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    spec = window.document.spec
    assert not window.files.open_file(bad)
    assert window.document.spec is spec
    assert "unknown layer type 'lstm'" in shown[0]
    assert "lstm" in window.statusBar().currentMessage()


@pytest.mark.parametrize("preset", preset_paths(), ids=lambda p: p.name)
def test_new_from_every_preset(make_window, preset):
    window = make_window()
    assert window.files.presets_menu.actions()
    assert window.files.new_from_preset(preset)
    assert window.document.spec == load_spec(preset)
    assert window.document.path is None


def test_every_preset_is_in_the_menu(make_window):
    window = make_window()
    labels = [a.text() for a in window.files.presets_menu.actions()]
    assert labels == [load_spec(p).name for p in preset_paths()]
    assert len(labels) >= 4


def test_recent_files_menu(make_window, lenet_path, tmp_path):
    window = make_window()
    assert not window.files.recent_menu.isEnabled()
    assert window.files.open_file(lenet_path)
    actions = window.files.recent_menu.actions()
    assert actions[0].text() == "&1 lenet5.cnn.json"
    window.files.new_network()
    actions[0].trigger()
    assert window.document.path == lenet_path


def test_selection_is_synced_between_table_and_canvas(make_window, lenet_path):
    window = make_window(lenet_path, show=True)
    table = window.findChild(QTableView, "summaryTable")
    table.selectRow(3)
    uid = window.document.spec.layers[2].uid
    assert window.selection.key == uid
    assert window.canvas.network_scene.block(uid)._selected
    assert window.properties.pages["conv"].isVisibleTo(window.properties)
    window.selection.set(window.document.spec.layers[4].uid)
    assert table.currentIndex().row() == 5


def test_palette_double_click_appends_before_the_softmax(make_window):
    window = make_window()
    palette = window.layer_palette
    pool_row = [palette.kind_of(r) for r in range(palette.count())].index("pool")
    palette.itemDoubleClicked.emit(palette.item(pool_row))
    kinds = [layer.kind for layer in window.document.spec.layers]
    assert kinds[-2:] == ["pool", "softmax"]
    assert window.selection.key == window.document.spec.layers[-2].uid


def test_locked_document_disables_editing_views_and_actions(make_window):
    window = make_window()
    window.document.push(commands.set_name(window.document, "x"))
    window.document.set_locked(True)
    assert not window.canvas.isEnabled()
    assert not window.layer_palette.isEnabled()
    assert not window.properties.isEnabled()
    assert not window.history.isEnabled()
    assert not window.edit.undo.isEnabled()
    assert not window.files.new_action.isEnabled()
    assert window.files.save_action.isEnabled()
    window.document.set_locked(False)
    assert window.edit.undo.isEnabled()
    assert window.canvas.isEnabled()


def test_add_panel_puts_a_tab_next_to_the_summary(make_window):
    window = make_window()
    panel = QWidget()
    panel.setObjectName("extraPanel")
    assert window.add_panel(panel, "Extra tab") is panel
    assert window.bottom_tabs.tabText(window.bottom_tabs.indexOf(panel)) == "Extra tab"
    window.show_panel(panel)
    assert window.bottom_tabs.currentWidget() is panel
    dock = window.add_panel(QWidget(), "Extra", "right")
    assert dock.windowTitle() == "Extra"
    assert window.findChild(QWidget, "extraPanel") is panel

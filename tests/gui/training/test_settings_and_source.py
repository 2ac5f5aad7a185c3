"""Settings form and data source: shuffle, undo keys, the Train action's tooltip, saving."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget

from cnnbuilder.core.fileio import spec_to_dict
from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.gui import commands
from cnnbuilder.gui.training.settings_form import describe_change


def test_the_train_action_tooltip_follows_the_button(training_window):
    session = training_window.training
    action = training_window.findChild(QAction, "trainAction")
    assert action.toolTip().startswith("Train the network")
    document = training_window.document
    conv = document.spec.layers[0]
    document.push(commands.set_param(document, conv.uid, "size", 20))  # larger than 8×8
    reason = session.panel.train_button.toolTip()
    assert "cannot be trained" in reason
    assert action.toolTip() == f"{reason} (Ctrl+T)"
    assert not action.isEnabled()
    document.undo()
    assert action.toolTip().startswith("Train the network")
    assert action.isEnabled()


def test_shuffle_is_a_setting_like_the_others_written_only_when_off(training_window):
    session = training_window.training
    form = session.panel.settings
    assert form.shuffle.isChecked()
    assert form.config().shuffle
    form.shuffle.setChecked(False)
    assert not form.config().shuffle
    form.epochs.setValue(4)
    session.save_settings()
    document = training_window.document
    assert document.spec.training.epochs == 4
    assert document.spec.training.shuffle is False
    assert spec_to_dict(document.spec)["training"]["shuffle"] is False
    assert not form.config().shuffle  # a spec change (the save above) keeps the choice
    form.shuffle.setChecked(True)
    session.save_settings()
    assert "shuffle" not in spec_to_dict(document.spec)["training"]  # the default: as before


def _focus(qtbot, window, box):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)


def test_ctrl_z_in_the_settings_form_undoes_the_document_edit(qtbot, make_window):
    window = make_window(show=True)
    session = window.training
    qtbot.waitUntil(lambda: session.panel.data_panel.dataset is not None, timeout=20_000)
    document = window.document
    dock = session.panel
    while not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    dock.raise_()  # tabified behind Properties
    epochs = session.panel.settings.epochs
    before = epochs.value()
    _focus(qtbot, window, epochs)
    epochs.selectAll()
    qtbot.keyClicks(epochs, "3")
    assert epochs.value() == 3
    steps = document.undo_stack.index()
    # At once, before the delayed save: the edit is saved and then undone.
    qtbot.keyClick(epochs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert epochs.value() == before
    assert document.undo_stack.index() == steps
    assert document.undo_stack.count() == steps + 1
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(epochs, Qt.Key.Key_Z, redo)
    assert epochs.value() == 3
    assert document.spec.training.epochs == 3


def test_a_source_that_fails_to_load_is_not_written_into_the_file(qtbot, training_window, tmp_path):
    session = training_window.training
    data_panel = session.panel.data_panel
    bad = tmp_path / "broken.npz"
    bad.write_text("not a zip")
    with qtbot.waitSignal(data_panel.dataset_changed, timeout=10_000):
        data_panel.set_source(str(bad))
    qtbot.waitUntil(lambda: not data_panel.loading, timeout=10_000)
    session.panel.settings.epochs.setValue(5)
    session.save_settings()
    training = training_window.document.spec.training
    assert training.epochs == 5
    assert training.dataset == "digits"


def test_a_source_that_loads_is_written_into_the_file(qtbot, training_window):
    session = training_window.training
    data_panel = session.panel.data_panel
    with qtbot.waitSignal(
        data_panel.dataset_changed, timeout=30_000, check_params_cb=lambda d: d is not None
    ):
        data_panel.set_source("shapes")
    qtbot.waitUntil(
        lambda: training_window.document.spec.training.dataset == "shapes", timeout=5_000
    )


def test_choosing_data_is_named_in_the_undo_history(qtbot, training_window):
    session = training_window.training
    stack = training_window.document.undo_stack
    with qtbot.waitSignal(
        session.panel.data_panel.dataset_changed,
        timeout=30_000,
        check_params_cb=lambda d: d is not None,
    ):
        session.panel.data_panel.set_source("shapes")
    qtbot.waitUntil(lambda: stack.undoText() == "Choose data: shapes", timeout=5_000)


def test_one_changed_setting_is_named_in_the_undo_history(training_window, set_form):
    session = training_window.training
    stack = training_window.document.undo_stack
    set_form(session, batch_size=48)
    session.save_settings()
    assert stack.undoText() == "Change batch size"
    set_form(session, epochs=3, lr=0.01)
    session.save_settings()
    assert stack.undoText() == "Change training settings"


def test_a_data_file_is_named_by_its_file_name():
    before = TrainingSpec()
    after = dataclasses.replace(before, dataset="/some/where/letters.npz")
    assert describe_change(before, after) == "Choose data: letters.npz"
    assert describe_change(None, dataclasses.replace(before, lr=0.1)) == "Change learning rate η"

"""The runs table's check boxes show and hide each run's curves; a deleted run's go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableWidget

from tests.gui.training.conftest import train_once


def _cost_items(curves, number):
    """The cost plot's curves of run ``number``."""
    items = next(i for i in curves.cost_plot._runs if i.record.number == number)
    return [items.raw, items.smooth, items.marks, *items.lines]


def _accuracy_items(curves, number):
    lines = next(x for x in curves.accuracy_plot._runs if x.record.number == number)
    return [lines.train, lines.val]


def _legends(curves):
    cost = [label.text for _, label in curves.cost_plot.legend.items]
    accuracy = [label.text for _, label in curves.accuracy_plot.legend.items]
    return cost, accuracy


def _drawn(curves):
    """Every data item on the two plots."""
    return [
        *curves.cost_plot.getPlotItem().listDataItems(),
        *curves.accuracy_plot.getPlotItem().listDataItems(),
    ]


def test_the_check_box_shows_and_hides_a_runs_curves_and_legend(qtbot, training_window):
    session = training_window.training
    curves = session.curves
    train_once(qtbot, training_window)
    train_once(qtbot, training_window, lr=0.01)
    table = training_window.findChild(QTableWidget, "runsTable")
    cost, accuracy = _legends(curves)
    assert cost == ["run 1 · adam · lr 0.003 · batch 64", "run 2 · adam · lr 0.01 · batch 64"]
    assert accuracy == ["train (run 2)", "validation (run 2)"]
    table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)  # as a click on the box does
    assert not session.runs.entries[1].shown
    assert not any(item.isVisible() for item in _cost_items(curves, 2))
    assert not any(item.isVisible() for item in _accuracy_items(curves, 2))
    assert _cost_items(curves, 1)[1].isVisible()  # run 1's smoothed cost stays
    assert _legends(curves) == (
        ["run 1 · adam · lr 0.003 · batch 64"],
        ["train (run 1)", "validation (run 1)"],
    )
    table.item(1, 0).setCheckState(Qt.CheckState.Checked)
    assert all(item.isVisible() for item in _accuracy_items(curves, 2))
    assert _cost_items(curves, 2)[1].isVisible()
    assert _legends(curves) == (cost, accuracy)


def test_hiding_earlier_runs_unticks_them_in_the_table(qtbot, training_window):
    session = training_window.training
    train_once(qtbot, training_window)
    train_once(qtbot, training_window)
    qtbot.mouseClick(session.curves.clear_button, Qt.MouseButton.LeftButton)
    table = training_window.findChild(QTableWidget, "runsTable")
    assert table.item(0, 0).checkState() == Qt.CheckState.Unchecked
    assert table.item(1, 0).checkState() == Qt.CheckState.Checked


def test_deleting_a_run_removes_its_curves(qtbot, training_window, monkeypatch):
    session = training_window.training
    curves = session.curves
    train_once(qtbot, training_window)
    train_once(qtbot, training_window)
    run1 = [*_cost_items(curves, 1)[:2], *_accuracy_items(curves, 1)]
    table = training_window.findChild(QTableWidget, "runsTable")
    table.selectRow(0)
    assert session.runs.selected.run.number == 1
    delete = training_window.findChild(QPushButton, "deleteRunButton")
    reply = {"button": QMessageBox.StandardButton.No}
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or reply["button"]
    )
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)  # its weights are in no file: asked
    assert asked == ["The trained weights of run 1 are not saved. Delete the run?"]
    assert len(session.runs.entries) == 2  # No keeps it
    reply["button"] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert [entry.run.number for entry in session.runs.entries] == [2]
    assert [record.number for record in curves.runs] == [2]
    drawn = _drawn(curves)
    assert not any(item in drawn for item in run1)
    assert _legends(curves)[0] == ["run 2 · adam · lr 0.003 · batch 64"]
    # The next run is numbered on, as its row and its legend entry say.
    train_once(qtbot, training_window)
    assert table.item(1, 1).text() == "3"
    assert _legends(curves)[0][-1].startswith("run 3 ·")


def test_a_new_document_closes_the_curves_of_its_runs(qtbot, training_window, monkeypatch):
    session = training_window.training
    train_once(qtbot, training_window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert training_window.files.new_network()
    assert session.curves.runs == []
    assert _drawn(session.curves) == []
    assert _legends(session.curves) == ([], [])


def test_a_click_on_a_legend_entry_hides_that_run_everywhere(qtbot, training_window):
    session = training_window.training
    train_once(qtbot, training_window)
    train_once(qtbot, training_window)
    smooth = _cost_items(session.curves, 1)[1]
    session.curves.cost_plot.legend.sigSampleClicked.emit(smooth)
    qtbot.waitUntil(lambda: not session.runs.entries[0].shown, timeout=1_000)
    assert not any(item.isVisible() for item in _accuracy_items(session.curves, 1))
    table = training_window.findChild(QTableWidget, "runsTable")
    assert table.item(0, 0).checkState() == Qt.CheckState.Unchecked
    assert [label.text for _, label in session.curves.cost_plot.legend.items] == [
        "run 2 · adam · lr 0.003 · batch 64"
    ]

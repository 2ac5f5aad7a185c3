"""The curves: run records, the two plots, fading, log scale, CSV and PNG export."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest
from PySide6.QtGui import QImage

from cnnbuilder.core.run import Progress
from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.core.training import EpochResult, IterationResult
from cnnbuilder.gui.training.curves_panel import CurvesPanel
from cnnbuilder.gui.training.run_history import RunRecord, run_label, smoothing_weight, write_csv


def _epoch(n: int, acc: float, val: float | None = 0.5) -> EpochResult:
    return EpochResult(n, 1.0 / n, acc, val, 0.1, 1000.0)


def _packet(start: int, costs, epochs=()) -> Progress:
    rows = np.column_stack([np.arange(start, start + len(costs)), costs]).astype(float)
    last = IterationResult(1, start + len(costs) - 1, 1, 10, float(costs[-1]))
    return Progress(rows, tuple(epochs), last)


def test_run_label_names_the_settings():
    config = TrainingSpec(optimizer="adam", lr=0.003, batch_size=32)
    assert run_label(2, config) == "run 2 · adam · lr 0.003 · batch 32"


def test_record_grows_past_its_buffer_and_smooths_from_the_first_cost():
    record = RunRecord(1, "run 1", weight=0.9)
    costs = np.linspace(3.0, 0.1, 3000)
    for chunk in np.array_split(np.arange(3000), 7):
        record.append(np.column_stack([chunk + 1, costs[chunk]]))
    assert record.size == 3000
    np.testing.assert_array_equal(record.costs, costs)
    np.testing.assert_array_equal(record.iterations, np.arange(1, 3001))
    assert record.smoothed[0] == pytest.approx(costs[0])  # bias-corrected
    # Smoothing lags behind a falling cost, and stays between its extremes.
    assert np.all(record.smoothed[1:] >= costs[1:] - 1e-9)
    assert np.all(record.smoothed <= costs[0] + 1e-9)


def test_smoothing_follows_the_epoch_length():
    assert smoothing_weight(10) < smoothing_weight(100) < smoothing_weight(1000)
    assert smoothing_weight(1) == pytest.approx(1 - 2 / 6)


def test_csv_has_a_row_per_iteration_and_per_epoch():
    record = RunRecord(1, "run 1 · sgd · lr 0.1 · batch 8", weight=0.5)
    record.append(np.array([[1, 2.0], [2, 1.5]]))
    record.add_epoch(_epoch(1, 0.6))
    record.append(np.array([[3, 1.0]]))
    record.add_epoch(_epoch(2, 0.8, None))
    out = io.StringIO()
    write_csv([record], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    kinds = [(r["event"], r["epoch"], r["iteration"]) for r in rows]
    assert kinds == [
        ("iteration", "1", "1"),
        ("iteration", "1", "2"),
        ("iteration", "2", "3"),
        ("epoch", "1", "2"),
        ("epoch", "2", "3"),
    ]
    assert float(rows[2]["cost"]) == 1.0
    assert rows[3]["train_accuracy"] == "0.6"
    assert rows[4]["val_accuracy"] == ""
    assert rows[0]["settings"] == "run 1 · sgd · lr 0.1 · batch 8"


@pytest.fixture
def curves(qtbot):
    panel = CurvesPanel()
    qtbot.addWidget(panel)
    return panel


def test_packets_add_up_on_the_cost_curve(qtbot, curves):
    curves.begin_run(1, TrainingSpec(), batches_per_epoch=10)
    curves.add_progress(_packet(1, [2.0, 1.9, 1.7]))
    curves.add_progress(_packet(4, [1.5, 1.2], epochs=[_epoch(1, 0.4)]))
    curves.add_progress(_packet(6, [1.1]))
    # Redraws are throttled: the three packets are drawn together a moment later.
    assert curves.cost_plot.current_data()[0] is None  # nothing drawn yet
    qtbot.waitUntil(lambda: curves.cost_plot.current_data()[0] is not None, timeout=2_000)
    x, y = curves.cost_plot.current_data()
    np.testing.assert_array_equal(x, [1, 2, 3, 4, 5, 6])
    np.testing.assert_array_equal(y, [2.0, 1.9, 1.7, 1.5, 1.2, 1.1])
    ex, ey = curves.accuracy_plot.current_data()
    assert list(ex) == [1]
    assert list(ey) == [40.0]
    assert curves.runs[-1].epoch_ends == [5]


def test_a_nan_cost_does_not_break_the_plot(curves):
    curves.begin_run(1, TrainingSpec(), batches_per_epoch=10)
    curves.add_progress(_packet(1, [2.0, np.nan, np.inf]))
    curves.redraw()
    x, _ = curves.cost_plot.current_data()
    assert len(x) == 3
    assert np.isfinite(curves.runs[-1].smoothed).all()


def test_earlier_runs_fade_and_hide(curves):
    for lr in (0.1, 0.01, 0.001):
        curves.begin_run(len(curves.runs) + 1, TrainingSpec(lr=lr), batches_per_epoch=10)
        curves.add_progress(_packet(1, [2.0, 1.0]))
        curves.redraw()
        curves.end_run()
    assert curves.cost_plot.curve_count == 3
    labels = [label.text for _, label in curves.cost_plot.legend.items]
    assert labels == [
        run_label(i + 1, TrainingSpec(lr=lr)) for i, lr in enumerate((0.1, 0.01, 0.001))
    ]
    assert curves.clear_button.isEnabled()
    hidden = []
    curves.shown_changed.connect(lambda number, shown: hidden.append((number, shown)))
    curves.hide_earlier_runs()
    assert hidden == [(1, False), (2, False)]  # for the runs table's check boxes
    assert curves.cost_plot.curve_count == 3  # kept, hidden
    assert [r.number for r in curves.shown_runs()] == [3]
    assert [label.text for _, label in curves.cost_plot.legend.items] == [labels[2]]
    assert not curves.clear_button.isEnabled()
    curves.set_run_shown(1, True)
    assert [label.text for _, label in curves.cost_plot.legend.items] == [labels[0], labels[2]]
    assert curves.clear_button.isEnabled()


def test_log_scale_toggle(curves):
    curves.begin_run(1, TrainingSpec(), batches_per_epoch=10)
    curves.add_progress(_packet(1, [10.0, 1.0, 0.1]))
    curves.redraw()
    curves.log_box.setChecked(True)
    assert curves.cost_plot.getPlotItem().ctrl.logYCheck.isChecked()
    curves.log_box.setChecked(False)
    assert not curves.cost_plot.getPlotItem().ctrl.logYCheck.isChecked()


def test_export_png_and_csv(curves, tmp_path):
    curves.resize(800, 400)
    curves.begin_run(1, TrainingSpec(), batches_per_epoch=10)
    curves.add_progress(_packet(1, [2.0, 1.0], epochs=[_epoch(1, 0.5)]))
    curves.end_run()
    png = curves.export_png(tmp_path / "c.png")
    image = QImage(str(png))
    # Only the two plots: the tool row (Log scale, Export…) is not part of the figure.
    assert image.size() == curves.plots.size()
    assert image.width() == 800 - 8  # the panel's 4-pixel margins on either side
    assert image.height() < 400 - curves.png_button.height()
    table = curves.export_csv(tmp_path / "c.csv").read_text().splitlines()
    assert table[0].startswith("run,settings,event")
    assert len(table) == 1 + 2 + 1


def test_an_exploded_run_does_not_flatten_the_other_runs(curves):
    curves.begin_run(1, TrainingSpec(lr=0.003), batches_per_epoch=10)
    curves.add_progress(_packet(1, [2.3, 1.0, 0.5]))
    curves.end_run()
    curves.begin_run(2, TrainingSpec(lr=1e6), batches_per_epoch=10)
    curves.add_progress(_packet(1, [2.6, 1.4e29, 4e28, 3e26]))
    curves.end_run()
    plot = curves.cost_plot
    top = plot.getPlotItem().viewRange()[1][1]
    assert 2.6 <= top < 5  # the first run still fills the plot
    assert plot.clipped_cost == pytest.approx(1.4e29)
    assert not curves.clip_note.isHidden()
    assert "1.4e+29" in curves.clip_note.text()
    assert "Log scale" in curves.clip_note.text()
    curves.log_box.setChecked(True)  # the log axis shows every cost
    assert curves.clip_note.isHidden()
    curves.log_box.setChecked(False)
    curves.hide_earlier_runs()  # only the exploded run is shown: still its start, the note
    assert plot.getPlotItem().viewRange()[1][1] < 5
    assert not curves.clip_note.isHidden()


def test_a_tame_run_is_shown_whole(curves):
    curves.begin_run(1, TrainingSpec(), batches_per_epoch=10)
    curves.add_progress(_packet(1, [2.3, 9.0, 0.5]))  # a spike below 10 × the start
    curves.end_run()
    assert curves.cost_plot.getPlotItem().viewRange()[1][1] >= 9.0
    assert curves.cost_plot.clipped_cost is None
    assert curves.clip_note.isHidden()


def test_with_log_scale_a_spike_is_smoothed_in_log_space(qtbot):
    """A spike to 1e15 must not draw a straight line from 1e15 down on a log axis."""
    record = RunRecord(1, "run 1", weight=0.9)
    costs = np.full(40, 2.0)
    costs[10] = 1e15
    record.append(np.column_stack([np.arange(1, 41), costs]))
    after = record.smoothed[11:20]
    assert after.min() > 1e12  # an arithmetic average stays near 1e14 for many points
    log_after = record.smoothed_log[11:20]
    assert log_after.max() < 1e3  # geometric: a few decades, falling back quickly
    assert record.smoothed_log[-1] == pytest.approx(2.0, rel=0.3)
    curves = CurvesPanel()
    qtbot.addWidget(curves)
    curves.begin_run(1, TrainingSpec(), batches_per_epoch=10)
    curves.add_progress(_packet(1, costs))
    curves.redraw()
    curves.log_box.setChecked(True)
    _, y = curves.cost_plot._runs[-1].smooth.getData()
    np.testing.assert_allclose(y, np.log10(curves.runs[-1].smoothed_log))  # log-mode data


def test_the_epoch_axis_has_whole_epochs_only(curves):
    axis = curves.accuracy_plot.getPlotItem().getAxis("bottom")
    for low, high in ((0.5, 3.5), (0.5, 2.5), (0.5, 40.5)):
        ticks = [v for _, values in axis.tickValues(low, high, 300) for v in values]
        assert ticks
        assert all(float(v).is_integer() for v in ticks), ticks

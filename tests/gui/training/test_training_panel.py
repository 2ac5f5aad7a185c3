"""The training side in the real window: runs, locking, stop, pause, close, divergence."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QPushButton, QWidget

from cnnbuilder.gui import commands


def _run(qtbot, window, timeout=60_000):
    """Click Train and wait for the end of the run (failing on an error signal)."""
    session = window.training
    with qtbot.waitSignal(session.run_finished, timeout=timeout) as blocker:
        blocker.connect(session.controller.failed)
        qtbot.mouseClick(session.panel.train_button, _left())
    qtbot.waitUntil(lambda: not session.controller.running, timeout=5_000)
    return blocker.args[0]


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_window_has_the_named_training_widgets(training_window):
    for name in ("trainingPanel", "costPlot", "accuracyPlot", "resultsView"):
        assert training_window.findChild(QWidget, name) is not None, name
    for name in ("trainButton", "stopButton", "pauseButton"):
        assert training_window.findChild(QPushButton, name) is not None, name
    session = training_window.training
    assert session.panel.train_button.isEnabled()
    assert not session.panel.stop_button.isEnabled()


def test_a_short_run_fills_the_plots_and_the_results(qtbot, training_window, set_form):
    session = training_window.training
    set_form(session, epochs=2, batch_size=64)
    outcome = _run(qtbot, training_window)
    result = outcome
    assert result.epochs_completed == 2
    assert not result.stopped
    x, y = session.curves.cost_plot.current_data()
    assert len(x) == result.iterations
    assert np.all(np.isfinite(y))
    ex, ey = session.curves.accuracy_plot.current_data()
    assert list(ex) == [1, 2]
    assert np.allclose(ey, [100 * e.train_accuracy for e in result.epochs])
    results = session.results
    data = session.panel.data_panel.dataset
    assert results.confusion.matrix.sum() == len(data.y_test)
    wrong = int(np.sum(outcome.test_predictions != data.y_test))
    assert results.mistakes.count() == min(wrong, 60)
    assert results.filters.count() == 32  # the preset's first CONV has 32 filters
    assert f"{result.test_accuracy:.1%}" in results.headline.text()
    assert session.panel.train_button.isEnabled()
    assert not session.panel.stop_button.isEnabled()
    assert not training_window.document.locked
    assert session.panel.progress.value() == result.iterations


def test_editing_is_locked_during_a_run(qtbot, training_window, set_form):
    session = training_window.training
    document = training_window.document
    set_form(session, epochs=200, batch_size=16)
    with qtbot.waitSignal(session.controller.progressed, timeout=30_000):
        qtbot.mouseClick(session.panel.train_button, _left())
    spec = document.spec
    assert document.locked
    assert not session.panel.train_button.isEnabled()
    assert session.panel.stop_button.isEnabled()
    assert not document.push(commands.set_name(document, "changed"))
    assert document.spec is spec
    assert not session.panel.settings.isEnabled()
    assert not session.panel.data_panel.isEnabled()
    with qtbot.waitSignal(session.run_finished, timeout=5_000):
        qtbot.mouseClick(session.panel.stop_button, _left())
    qtbot.waitUntil(lambda: session.panel.train_button.isEnabled(), timeout=5_000)
    assert not document.locked


def test_stop_ends_the_run_within_a_second_and_keeps_the_weights(qtbot, training_window, set_form):
    session = training_window.training
    set_form(session, epochs=500, batch_size=16)
    with qtbot.waitSignal(session.controller.progressed, timeout=30_000):
        qtbot.mouseClick(session.panel.train_button, _left())
    with qtbot.waitSignal(session.run_finished, timeout=1_000) as blocker:
        qtbot.mouseClick(session.panel.stop_button, _left())
    outcome = blocker.args[0]
    assert outcome.stopped
    assert "stopped" in session.panel.status.text().lower()
    assert session.weights.network is outcome.network
    assert session.results.evaluation is not None  # results shown for the partial run
    headline = session.results.headline.text()
    assert "— stopped " in headline
    assert " of 500" in headline
    qtbot.waitUntil(lambda: not session.controller.running, timeout=5_000)
    assert session.results.save_weights_button.isEnabled()


def test_pause_and_resume(qtbot, training_window, set_form):
    session = training_window.training
    panel = session.panel
    set_form(session, epochs=3, batch_size=32)
    with qtbot.waitSignal(session.controller.progressed, timeout=30_000):
        qtbot.mouseClick(panel.train_button, _left())
    qtbot.mouseClick(panel.pause_button, _left())
    assert session.controller.paused
    assert panel.pause_button.text() == "Resume"
    assert "Paused" in panel.status.text()
    qtbot.wait(300)
    before = session.curves.runs[-1].size
    qtbot.wait(400)
    assert session.curves.runs[-1].size == before
    with qtbot.waitSignal(session.run_finished, timeout=60_000) as blocker:
        blocker.connect(session.controller.failed)
        qtbot.mouseClick(panel.pause_button, _left())
    assert not blocker.args[0].stopped
    assert session.curves.runs[-1].size > before


def test_closing_the_window_during_a_run_stops_the_worker(qtbot, training_window, set_form):
    session = training_window.training
    set_form(session, epochs=500, batch_size=16)
    with qtbot.waitSignal(session.controller.progressed, timeout=30_000):
        qtbot.mouseClick(session.panel.train_button, _left())
    training_window.document.undo_stack.setClean()
    assert training_window.close()
    assert not session.controller.running  # joined, no thread left behind


def test_divergence_shows_a_plain_message(qtbot, training_window, set_form):
    session = training_window.training
    set_form(session, epochs=3, batch_size=32, optimizer="sgd", lr=1e8)
    outcome = _run(qtbot, training_window)
    assert outcome.diverged is not None
    text = session.panel.status.text()
    assert f"iteration {outcome.diverged.iteration}" in text
    assert "lower learning rate" in text
    headline = session.results.headline.text()
    assert f"— diverged at iteration {outcome.diverged.iteration}" in headline
    assert all(np.isfinite(v).all() for v in session.weights.network.params.values())
    assert session.panel.train_button.isEnabled()


def test_a_huge_but_finite_cost_ends_with_a_learning_rate_hint(qtbot, training_window, set_form):
    session = training_window.training
    set_form(session, epochs=1, batch_size=32, optimizer="adam", lr=1e6)
    outcome = _run(qtbot, training_window)
    assert outcome.diverged is None  # Adam keeps the cost finite: no divergence message
    text = session.panel.status.text()
    assert "ln(10) ≈ 2.3" in text
    assert "η = 1e+06 is probably too large" in text


def test_a_second_run_fades_the_first_and_names_both_in_the_legend(
    qtbot, training_window, set_form
):
    session = training_window.training
    set_form(session, epochs=1, batch_size=64)
    _run(qtbot, training_window)
    set_form(session, lr=0.01, optimizer="momentum")
    _run(qtbot, training_window)
    labels = [label.text for _, label in session.curves.cost_plot.legend.items]
    assert labels == ["run 1 · adam · lr 0.003 · batch 64", "run 2 · momentum · lr 0.01 · batch 64"]
    assert session.curves.clear_button.isEnabled()
    qtbot.mouseClick(session.curves.clear_button, _left())
    assert [r.number for r in session.curves.shown_runs()] == [2]
    assert len(session.curves.cost_plot.legend.items) == 1
    assert [entry.shown for entry in session.runs.entries] == [False, True]  # the table too


def test_settings_are_saved_into_the_file_and_undo_restores_them(training_window, set_form):
    session = training_window.training
    document = training_window.document
    set_form(session, epochs=7, batch_size=48)
    session.save_settings()  # what the short delay after an edit does
    assert document.spec.training.epochs == 7
    assert document.spec.training.batch_size == 48
    assert document.spec.training.dataset == "digits"
    document.undo()
    assert document.spec.training.epochs == 15
    assert session.panel.settings.epochs.value() == 15


def test_another_network_clears_the_last_runs_progress(qtbot, training_window, set_form):
    session = training_window.training
    set_form(session, epochs=1, batch_size=128)
    with qtbot.waitSignal(session.run_finished, timeout=60_000):
        session.start()
    qtbot.waitUntil(lambda: not session.controller.running, timeout=5_000)
    bar = session.panel.progress
    assert "Epoch 1/1" in bar.text()
    training_window.document.reset(training_window.document.spec)  # as New / Open do
    assert bar.value() == bar.minimum()
    assert bar.format() == ""

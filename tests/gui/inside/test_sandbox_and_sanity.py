"""The sandbox steps through a case with dropped rows; the checks run off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from cnnbuilder.core.datasets import load_dataset
from cnnbuilder.core.inside.geometry import Window
from cnnbuilder.gui.inside.sandbox_view import SandboxView


def test_stepping_a_case_with_dropped_rows(qtbot):
    view = SandboxView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.set_layer("CONV1", 8, 7, Window(3, 2, 1))
    assert view.slide.dropped == (1, 0)
    assert "is not whole" in view.formulas.text()
    assert "n_H = ⌊(8 + 2·1 − 3)/2⌋ + 1 = 4" in view.formulas.text()
    for _ in range(5):
        qtbot.mouseClick(view.step_button, Qt.MouseButton.LeftButton)
    assert view.k == 5
    assert view.slide.step(view.k)[2:] == (2, 2)
    view.slider.setValue(15)
    assert view.canvas.k == 15
    view.go_to(0)
    cell, left, _ = view.canvas._geometry()
    start = left.topLeft() + QPoint(cell // 2, cell // 2)
    qtbot.mousePress(view.canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.canvas, start + QPoint(4 * cell, 2 * cell))
    qtbot.mouseRelease(
        view.canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(4 * cell, 2 * cell)
    )
    assert view.slide.step(view.k)[2:] == (2, 4)
    view.f.setValue(5)  # the sandbox changes its own copy only
    assert view.slide.window.f == 5


def test_play_runs_to_the_last_window(qtbot):
    view = SandboxView()
    qtbot.addWidget(view)
    view.set_layer("POOL", 4, 4, Window(2, 2, 0))
    view._timer.setInterval(5)
    view.play_button.setChecked(True)
    qtbot.waitUntil(lambda: not view.play_button.isChecked(), timeout=5000)
    assert view.k == view.slide.steps - 1


def test_the_gradient_check_and_the_tiny_batch(make_window, qtbot):
    window = make_window()
    sanity = window.inside.sanity
    window.inside.set_data(load_dataset("digits"))
    assert sanity.grad_button.isEnabled()
    qtbot.mouseClick(sanity.grad_button, Qt.MouseButton.LeftButton)
    assert sanity.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: "Relative error" in sanity.answer.text(), timeout=60_000)
    assert "great" in sanity.answer.text()
    assert "kink" in sanity.answer.text()
    qtbot.mouseClick(sanity.overfit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "It can learn" in sanity.answer.text(), timeout=60_000)
    assert "100%" in sanity.answer.text()


def test_a_check_can_be_cancelled(make_window, qtbot):
    window = make_window()
    sanity = window.inside.sanity
    window.inside.set_data(load_dataset("digits"))
    qtbot.mouseClick(sanity.grad_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(sanity.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: sanity.answer.text() in ("Cancelled.",) or "Relative" in sanity.answer.text(),
        timeout=30_000,
    )
    assert sanity.answer.text() == "Cancelled."
    assert sanity.grad_button.isEnabled()


def test_the_output_starts_right_of_the_input_caption(qtbot):
    view = SandboxView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.set_layer("CONV1", 1, 1, Window(1, 1, 0))  # a grid far narrower than its caption
    canvas = view.canvas
    _, left, right = canvas._geometry()
    text = canvas.tr("input {h}×{w}, padded by p = {p}").format(h=1, w=1, p=0)
    caption = canvas.fontMetrics().horizontalAdvance(text)
    assert right.left() > left.left() + caption


def test_the_reason_the_checks_cannot_run_goes_once_the_data_fits(make_window):
    window = make_window()
    sanity = window.inside.sanity
    window.inside.set_data(None)
    assert sanity.answer.text() == "Load data that fits the network's input first."
    window.inside.set_data(load_dataset("digits"))
    assert sanity.grad_button.isEnabled()
    assert sanity.answer.text() == ""

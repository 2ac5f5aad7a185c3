"""The Training dock at 1280×800: its controls, down to the run's status, fit without scrolling."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget


def test_the_run_status_is_visible_at_1280_by_800(make_window, qtbot):
    window = make_window(show=True)  # 1280×800
    session = window.training
    qtbot.waitUntil(lambda: session.panel.data_panel.dataset is not None, timeout=20_000)
    dock = next(d for d in window.findChildren(QDockWidget) if d.windowTitle() == "Training")
    dock.raise_()
    panel = session.panel
    qtbot.waitUntil(panel.isVisible)
    status = panel.status
    bottom = status.mapTo(panel.widget(), status.rect().bottomLeft()).y()
    assert bottom <= panel.viewport().height()

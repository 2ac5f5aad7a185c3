"""Keyboard use of the main window: the Tab order and where Delete acts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit


def _tab_stops(window, count: int) -> list[str]:
    """Press Tab ``count`` times from the palette; the object names focus visits."""
    window.layer_palette.setFocus()
    stops = []
    for _ in range(count):
        widget = QApplication.focusWidget()
        stops.append(widget.objectName())
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    return stops


def test_tab_goes_left_to_right_and_leaves_the_table(make_window):
    window = make_window(show=True)
    stops = _tab_stops(window, 40)
    # Palette, canvas, the bottom tabs, the table, then the docks on the right.
    assert stops[:4] == ["palette", "canvas", "qt_tabwidget_tabbar", "summaryTable"]
    # Tab does not stay in the table's cells: it goes on to the properties and training.
    assert stops.count("summaryTable") == 2  # once per round of the whole window
    assert stops.index("propertiesPanel") == 4
    assert "trainButton" in stops


def test_delete_while_typing_a_name_edits_the_text_not_the_network(make_window):
    window = make_window(show=True)
    layers = window.document.spec.layers
    window.selection.set(layers[0].uid)
    shown = [e for e in window.properties.findChildren(QLineEdit, "edit_name") if e.isVisible()]
    assert len(shown) == 1
    name = shown[0]
    name.setFocus()
    name.setText("abc")
    name.setCursorPosition(0)
    QTest.keyClick(name, Qt.Key.Key_Delete)
    assert name.text() == "bc"
    assert len(window.document.spec.layers) == len(layers)
    # With the canvas focused, Delete removes the selected layer.
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert len(window.document.spec.layers) == len(layers) - 1

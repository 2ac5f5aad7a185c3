"""Let Undo / Redo keys typed in an editor reach the window's undo actions.

A focused QLineEdit or QSpinBox claims Ctrl+Z / Ctrl+Shift+Z for its own
text undo (it accepts the ``ShortcutOverride`` event), so the document's
Undo never runs while the user is in a form — exactly when they want it.
Every keystroke of these editors is already a (merged) document edit, so
the document's undo is the right one to run.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_EXTRA_REDO = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def is_undo_key(event: QKeyEvent) -> bool:
    """True when ``event`` is an Undo or Redo key combination."""
    if any(event.matches(key) for key in _KEYS):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed == key for key in _EXTRA_REDO)


class UndoKeyRouter(QObject):
    """Event filter: refuse the editors' claim on Undo / Redo keys."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and is_undo_key(event)
        ):
            event.ignore()  # not overridden: the window's shortcut fires
            return True
        return False


def route_undo_keys(root: QWidget) -> UndoKeyRouter:
    """Install the router on every line edit and spin box under ``root``."""
    router = UndoKeyRouter(root)
    for editor in root.findChildren(QLineEdit) + root.findChildren(QAbstractSpinBox):
        editor.installEventFilter(router)
    return router

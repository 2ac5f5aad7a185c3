"""Making a menu / toolbar action: one helper for every part of the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from cnnbuilder.gui.resources import icon


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[[], object],
    icon_name: str | None = None,
    shortcut: QKeySequence.StandardKey | str | None = None,
) -> QAction:
    """An action that calls ``slot()`` (without the ``checked`` argument).

    ``icon_name`` names ``resources/icons/<icon_name>.svg``; ``shortcut`` is a
    standard key or a key text such as ``"Ctrl+D"``.
    """
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action

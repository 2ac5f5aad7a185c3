"""A centred grey line in an item view that has nothing to show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QAbstractItemView

EMPTY_TEXT_COLOR = QColor("#6b7280")


def paint_empty_text(view: QAbstractItemView, text: str) -> None:
    """Draw ``text`` in the middle of ``view``'s viewport (call from ``paintEvent``).

    An empty list or table is otherwise a blank pane, which reads as
    "something failed to load" rather than "there is nothing here".
    """
    if not text:
        return
    painter = QPainter(view.viewport())
    painter.setPen(EMPTY_TEXT_COLOR)
    margin = 8
    area = view.viewport().rect().adjusted(margin, margin, -margin, -margin)
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
    painter.end()

"""A one-line label for text that comes from files: elided to its width, whole in a tool tip.

Class names, layer and network names and paths are chosen by whoever wrote
the file. Shown raw they could be 200 characters wide (the window would
grow past the screen) or carry control characters (shown escaped, as on
the command line, by :func:`cnnbuilder.core.report.escape_controls`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from cnnbuilder.core.report import escape_controls

PREFERRED_WIDTH = 320  # the most it asks for; layouts may give it less


def shown(text: str) -> str:
    """``text`` as the window shows a name from a file: control characters escaped."""
    return escape_controls(text)


class ElidedLabel(QLabel):
    """Plain text on one line, elided (``…``) when it does not fit; the tool tip has all of it.

    ``setText`` takes the full text; :meth:`full_text` gives it back.
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def full_text(self) -> str:
        """The whole text, before eliding."""
        return self._full

    def setText(self, text: str) -> None:
        """Show ``text`` (control characters escaped), elided to the label's width."""
        self._full = shown(" ".join(text.splitlines()))
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 1)
        elided = self.fontMetrics().elidedText(self._full, self._mode, width)
        super().setText(elided)
        self.setToolTip(self._full if elided != self._full else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def sizeHint(self) -> QSize:
        """The full text's width, at most :data:`PREFERRED_WIDTH`."""
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self._full) + 4
        return QSize(min(wanted, PREFERRED_WIDTH), hint.height())

    def minimumSizeHint(self) -> QSize:
        """Room for a few characters and the ellipsis."""
        return QSize(
            self.fontMetrics().horizontalAdvance("M…M"), super().minimumSizeHint().height()
        )

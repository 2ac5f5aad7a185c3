"""Showing text that comes from files: names of classes, layers and networks, paths.

Whoever wrote the file chose it. Shown raw, a name of 200 characters would
widen the window past the screen, and control characters could be drawn
as boxes or reorder the line (a right-to-left override). So:

- :func:`shown` escapes control characters as the command line does
  (:func:`cnnbuilder.core.report.escape_controls`) and may shorten the
  text in its middle, for table cells, headers and titles (the whole text
  goes in a tool tip);
- :class:`ElidedLabel` is a one-line label elided to its width;
- :func:`breakable` lets a word-wrapped label break a long file name;
- :func:`plain_tip` keeps a tool tip that holds such a name from being
  drawn as rich text (a class named ``<b>cat</b>``).
"""

from __future__ import annotations

import html
import re

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from cnnbuilder.core.report import escape_controls

NAME_CHARS = 32  # a name in a table cell, a header or a caption
TITLE_CHARS = 60  # a name in the window title or a sentence
PREFERRED_WIDTH = 320  # the most an ElidedLabel asks for; layouts may give it less
ELLIPSIS = "…"
_LONG = 24  # characters without a space: too wide to leave unbroken
_LONG_RUN = re.compile(rf"[^\s<>]{{{_LONG},}}")  # outside of tags
_PATH_PARTS = re.compile(r"(?<=[/\\])")  # a path breaks after its separators
_BREAK_EVERY = 16
_ZERO_WIDTH_SPACE = "\u200b"


def shown(text: str, limit: int | None = None) -> str:
    """``text`` as the window shows a name from a file.

    Control and format characters are escaped (``\\x1b``), line breaks
    too (a name is one line); with ``limit``, at most that many characters
    are kept, the middle replaced by ``…`` (the start and the end of a
    name or a path tell most).
    """
    text = escape_controls(text)
    if limit is None or len(text) <= limit:
        return text
    head = limit // 2
    tail = limit - 1 - head
    return text[:head] + ELLIPSIS + (text[-tail:] if tail else "")


def plain_tip(text: str) -> str:
    """``text`` as a tool tip shows it: as written, never as rich text.

    Qt draws a tool tip as HTML when it looks like HTML (``Qt.mightBeRichText``),
    so a class named ``<b>cat</b>`` would show in bold, ``<img src=…>`` as a
    picture. Such a text is escaped, in a paragraph that keeps its lines and
    spaces (the working in a tip is aligned by spaces).
    """
    if not QtGui.Qt.mightBeRichText(text):  # the QtGui half of the Qt namespace
        return text
    return f'<p style="white-space:pre">{html.escape(text, quote=False)}</p>'


def shown_lines(text: str) -> str:
    """Like :func:`shown` for a message of several lines: the line breaks are kept."""
    return "\n".join(escape_controls(line) for line in text.split("\n"))


def breakable(text: str) -> str:
    """``text`` with a zero-width space every few characters of a long unbroken run.

    A word-wrapped ``QLabel`` breaks only between words: a file name of
    200 characters would set its minimum width (and widen its panel).
    Tags of rich text are left as they are.
    """

    def split(match: re.Match[str]) -> str:
        pieces = []
        for part in _PATH_PARTS.split(match.group(0)):
            if len(part) < _LONG:
                pieces.append(part)
            else:
                pieces += [part[i : i + _BREAK_EVERY] for i in range(0, len(part), _BREAK_EVERY)]
        return _ZERO_WIDTH_SPACE.join(p for p in pieces if p)

    return _LONG_RUN.sub(split, text)


class ElidedLabel(QLabel):
    """Plain text on one line, elided (``…``) when it does not fit; the tool tip has all of it.

    ``setText`` takes the full text (control characters are escaped);
    :meth:`full_text` gives it back.
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
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def full_text(self) -> str:
        """The whole text, before eliding (control characters escaped)."""
        return self._full

    def setText(self, text: str) -> None:
        """Show ``text`` (control characters escaped), elided to the label's width."""
        self._full = shown(text)
        self._elide()
        self.updateGeometry()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 1)
        elided = self.fontMetrics().elidedText(self._full, self._mode, width)
        super().setText(elided)
        self.setToolTip(plain_tip(self._full) if elided != self._full else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def sizeHint(self) -> QSize:
        """The full text's width, at most :data:`PREFERRED_WIDTH`."""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        wanted = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(min(wanted + 2, PREFERRED_WIDTH), hint.height())

    def minimumSizeHint(self) -> QSize:
        """Room for a few characters and the ellipsis."""
        width = self.fontMetrics().horizontalAdvance("MM" + ELLIPSIS + "MM")
        return QSize(min(width, self.sizeHint().width()), super().minimumSizeHint().height())


class StatusBar(QStatusBar):
    """The window's status bar: messages name files, so their control characters are escaped."""

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        """Show ``text`` (escaped) for ``timeout`` ms (0: until the next message)."""
        super().showMessage(shown(text), timeout or 0)

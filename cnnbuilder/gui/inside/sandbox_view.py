"""The hyper-parameter sandbox: a window stepping over the padded input, the output filling in.

Starts from the selected CONV or POOL layer's ``f``, ``s``, ``p`` and input
size; the spin boxes change them here only (the network is not edited).
Play, step, drag the slider or drag the window itself; padded rows and
columns that no window reaches are marked as dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cnnbuilder.core.inside.geometry import Window
from cnnbuilder.core.inside.sandbox import Slide

PLAY_INTERVAL_MS = 350
_PADDING, _DROPPED, _WINDOW = QColor("#e5e7eb"), QColor("#fecaca"), QColor("#f97316")
_FILLED, _CURRENT = QColor("#bfdbfe"), QColor("#1d4ed8")


class SlideCanvas(QWidget):
    """Draws a :class:`Slide` at step ``k``; dragging moves the window.

    Signals
    -------
    dragged(int)
        The step whose window is nearest to where the window was dragged.
    """

    dragged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sandboxCanvas")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 220)
        self.slide: Slide | None = None
        self.k = 0
        self._grab: QPoint | None = None  # pointer offset inside the window while dragging

    def set_slide(self, slide: Slide | None, k: int) -> None:
        """Show ``slide`` with the windows of steps ``0..k`` done."""
        self.slide, self.k = slide, k
        self.update()

    def _geometry(self) -> tuple[int, QRect, QRect]:
        """Cell size, the padded input's rectangle and the output's."""
        assert self.slide is not None
        ph, pw = self.slide.padded
        oh, ow = self.slide.out
        cell = max(
            6, min(28, (self.width() - 60) // max(pw + ow, 1), (self.height() - 40) // max(ph, 1))
        )
        left = QRect(10, 24, pw * cell, ph * cell)
        # the output starts right of the input and of its caption, which a small input
        # (or a longer translation) makes wider than the grid
        caption = self.fontMetrics().horizontalAdvance(self._input_caption())
        right = QRect(max(left.right(), left.left() + caption) + 40, 24, ow * cell, oh * cell)
        return cell, left, right

    def _input_caption(self) -> str:
        assert self.slide is not None
        slide = self.slide
        return self.tr("input {h}×{w}, padded by p = {p}").format(
            h=slide.n_h, w=slide.n_w, p=slide.window.p
        )

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.slide is None:
            painter.setPen(QColor("#6b7280"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Select a CONV or POOL layer.")
            )
            return
        cell, left, right = self._geometry()
        self._paint_input(painter, cell, left)
        self._paint_output(painter, cell, right)

    def _paint_input(self, painter: QPainter, cell: int, area: QRect) -> None:
        assert self.slide is not None
        slide, p = self.slide, self.slide.window.p
        ph, pw = slide.padded
        used_h, used_w = slide.used
        for r in range(ph):
            for c in range(pw):
                rect = QRect(area.left() + c * cell, area.top() + r * cell, cell, cell)
                if r >= used_h or c >= used_w:
                    painter.fillRect(rect, _DROPPED)
                elif r < p or c < p or r >= ph - p or c >= pw - p:
                    painter.fillRect(rect, _PADDING)
                painter.setPen(QColor("#d1d5db"))
                painter.drawRect(rect)
        painter.setPen(QColor("#111827"))
        painter.drawText(area.left(), area.top() - 8, self._input_caption())
        if slide.dropped[0] or slide.dropped[1]:
            painter.setPen(QColor("#b91c1c"))
            painter.drawText(
                area.left(), area.bottom() + 16, self.tr("red: dropped, no window reaches it")
            )
        _, _, r0, c0 = slide.step(self.k)
        f = slide.window.f
        painter.setPen(QPen(_WINDOW, 3))
        painter.drawRect(QRect(area.left() + c0 * cell, area.top() + r0 * cell, f * cell, f * cell))

    def _paint_output(self, painter: QPainter, cell: int, area: QRect) -> None:
        assert self.slide is not None
        oh, ow = self.slide.out
        for step in range(oh * ow):
            i, j = divmod(step, ow)
            rect = QRect(area.left() + j * cell, area.top() + i * cell, cell, cell)
            if step < self.k:
                painter.fillRect(rect, _FILLED)
            elif step == self.k:
                painter.fillRect(rect, _CURRENT)
            painter.setPen(QColor("#9ca3af"))
            painter.drawRect(rect)
        painter.setPen(QColor("#111827"))
        painter.drawText(area.left(), area.top() - 8, self.tr("output {h}×{w}").format(h=oh, w=ow))

    # -- dragging the window --------------------------------------------------------
    def _padded_cell(self, point: QPoint) -> tuple[float, float]:
        cell, left, _ = self._geometry()
        return (point.y() - left.top()) / cell, (point.x() - left.left()) / cell

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.slide is None:
            return
        row, col = self._padded_cell(event.position().toPoint())
        _, _, r0, c0 = self.slide.step(self.k)
        f = self.slide.window.f
        if r0 <= row < r0 + f and c0 <= col < c0 + f:
            self._grab = QPoint(int(col - c0), int(row - r0))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.slide is None or self._grab is None:
            return
        row, col = self._padded_cell(event.position().toPoint())
        self.dragged.emit(self.slide.step_at(int(row) - self._grab.y(), int(col) - self._grab.x()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._grab = None


class SandboxView(QWidget):
    """Controls and canvas of the sandbox. Object name ``sandboxView``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sandboxView")
        self.title = QLabel()
        self.n_h, self.n_w = _spin(1, 512), _spin(1, 512)
        self.f, self.s, self.p = _spin(1, 64), _spin(1, 32), _spin(0, 64)
        for name, box in zip(
            ("sandboxH", "sandboxW", "sandboxF", "sandboxS", "sandboxP"),
            (self.n_h, self.n_w, self.f, self.s, self.p),
            strict=True,
        ):
            box.setObjectName(name)
            box.valueChanged.connect(self._rebuild)
        self.canvas = SlideCanvas()
        self.canvas.dragged.connect(self.go_to)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("sandboxSlider")
        self.slider.valueChanged.connect(self.go_to)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setObjectName("sandboxPlay")
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._play)
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setObjectName("sandboxStep")
        self.step_button.clicked.connect(self.step)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(lambda: self.go_to(0))
        self.formulas = QLabel()
        self.formulas.setObjectName("sandboxFormulas")
        self.formulas.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formulas.setWordWrap(True)
        self._timer = QTimer(self, interval=PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self.slide: Slide | None = None
        self.k = 0
        self._build()
        self._rebuild()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("input n_H"), self.n_h)
        form.addRow(self.tr("input n_W"), self.n_w)
        form.addRow(self.tr("window f"), self.f)
        form.addRow(self.tr("stride s"), self.s)
        form.addRow(self.tr("padding p"), self.p)
        buttons = QHBoxLayout()
        for button in (self.play_button, self.step_button, self.reset_button):
            buttons.addWidget(button)
        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.formulas)
        side.addStretch(1)
        panel = QWidget()
        panel.setLayout(side)
        panel.setMaximumWidth(320)
        main = QVBoxLayout()
        main.addWidget(self.canvas, 1)
        main.addWidget(self.slider)
        row = QHBoxLayout(self)
        row.addWidget(panel)
        row.addLayout(main, 1)

    def set_layer(self, title: str, n_h: int, n_w: int, window: Window | None) -> None:
        """Start from a layer's input size and window (None: a layer with no window)."""
        self.title.setText(title)
        if window is None:
            self.slide = None
            self.canvas.set_slide(None, 0)
            return
        for box, value in zip(
            (self.n_h, self.n_w, self.f, self.s, self.p),
            (n_h, n_w, window.f, window.s, window.p),
            strict=True,
        ):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self._rebuild()

    def _rebuild(self) -> None:
        n_h, n_w, f = self.n_h.value(), self.n_w.value(), self.f.value()
        if f > n_h + 2 * self.p.value() or f > n_w + 2 * self.p.value():
            self.slide = None
            self.formulas.setText(
                self.tr("The window f = {f} is larger than the padded input.").format(f=f)
            )
            self.canvas.set_slide(None, 0)
            return
        self.slide = Slide(n_h, n_w, Window(f, self.s.value(), self.p.value()))
        self.formulas.setText("\n".join(self.slide.formulas()))
        self.slider.blockSignals(True)
        self.slider.setRange(0, self.slide.steps - 1)
        self.slider.blockSignals(False)
        self.go_to(0)

    def go_to(self, k: int) -> None:
        """Show step ``k`` (the windows before it done)."""
        if self.slide is None:
            return
        self.k = max(0, min(k, self.slide.steps - 1))
        self.slider.blockSignals(True)
        self.slider.setValue(self.k)
        self.slider.blockSignals(False)
        self.canvas.set_slide(self.slide, self.k)

    def step(self) -> None:
        """One stride further (back to the start after the last window)."""
        if self.slide is not None:
            self.go_to((self.k + 1) % self.slide.steps)

    def _tick(self) -> None:
        if self.slide is None or self.k >= self.slide.steps - 1:
            self.play_button.setChecked(False)
            return
        self.step()

    def _play(self, on: bool) -> None:
        if on and self.slide is not None and self.k >= self.slide.steps - 1:
            self.go_to(0)
        self._timer.start() if on else self._timer.stop()
        self.play_button.setText(self.tr("Pause") if on else self.tr("Play"))


def _spin(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box

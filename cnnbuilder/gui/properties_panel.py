"""The properties panel: edit the selected block; show its shape working."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cnnbuilder.core.kinds.input import INPUT as INPUT_KIND
from cnnbuilder.core.kinds.registry import kind_named, layer_kinds
from cnnbuilder.core.layer_rows import LayerRow
from cnnbuilder.gui import commands, theme
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.file_text import ElidedLabel
from cnnbuilder.gui.property_form import FormPage
from cnnbuilder.gui.selection import INPUT, LayerSelection
from cnnbuilder.gui.undo_keys import route_undo_keys
from cnnbuilder.i18n import QT_TRANSLATE_NOOP

PLACEHOLDER = QT_TRANSLATE_NOOP(
    "PropertiesPanel", "Select a block on the canvas or a row of the table to edit it."
)


class PropertiesPanel(QScrollArea):
    """Form for the selected block (object name ``propertiesPanel``).

    Views ``document`` (refreshes on ``spec_changed``, inside signal
    blockers, so a refresh pushes nothing) and ``selection``. Every user
    edit pushes one undo command; edits of one field merge until the
    editor loses focus, so a spin-box drag is one undo step.
    """

    def __init__(
        self, document: Document, selection: LayerSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self.document = document
        self.selection = selection
        self._merge_group = 0
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(10, 8, 10, 10)
        self._build_header()
        self.pages: dict[str, FormPage] = {}
        self._stack = QStackedWidget()
        self._stack.addWidget(QWidget())  # nothing selected
        for kind in (INPUT_KIND, *layer_kinds()):
            self._page(kind.type_name)
        self._stack.currentChanged.connect(self._fit_stack)
        self._layout.addWidget(self._stack)
        self._build_working()
        self._layout.addStretch(1)
        self.setWidget(body)
        route_undo_keys(self)  # Ctrl+Z in a field undoes the document edit
        document.spec_changed.connect(self.refresh)
        document.locked_changed.connect(lambda locked: self.setEnabled(not locked))
        selection.changed.connect(self._on_selection_changed)
        self.refresh()

    def _fit_stack(self, current: int) -> None:
        """Size the stack to the page shown, not the tallest page (no gap under a
        short form such as FC's)."""
        for i in range(self._stack.count()):
            policy = QSizePolicy.Policy.Preferred if i == current else QSizePolicy.Policy.Ignored
            page = self._stack.widget(i)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self._stack.adjustSize()

    def _build_header(self) -> None:
        self._icon = QLabel()
        self._title = ElidedLabel(mode=Qt.TextElideMode.ElideRight)
        font = QFont(self._title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._title.setFont(font)
        self._subtitle = QLabel(PLACEHOLDER)
        self._subtitle.setWordWrap(True)
        self._subtitle.setStyleSheet(f"color: {theme.look('input').color};")
        for widget in (self._icon, self._title, self._subtitle):
            self._layout.addWidget(widget)

    def _build_working(self) -> None:
        self._error = QLabel()
        self._error.setWordWrap(True)
        self._error.setStyleSheet(
            f"color: {theme.ERROR}; background: {theme.ERROR_BACKGROUND};"
            "border-radius: 4px; padding: 6px;"
        )
        self._working = QLabel()
        self._working.setWordWrap(True)
        self._working.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._working.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._working.setStyleSheet("background: #f3f4f6; border-radius: 4px; padding: 6px;")
        self._layout.addSpacing(6)
        self._layout.addWidget(self._error)
        self._layout.addWidget(self._working)

    # -- refresh from the document -------------------------------------------------
    def _on_selection_changed(self, _key: object) -> None:
        self._start_merge_group()
        self.refresh()

    def refresh(self, _spec: object = None) -> None:
        """Show the selected block's values and working (pushes nothing)."""
        key = self.selection.key
        spec = self.document.spec
        if key is None or (key != INPUT and key not in {la.uid for la in spec.layers}):
            self._show_nothing()
            return
        if key == INPUT:
            kind, values = "input", {**asdict(spec.input), "name": spec.name}
            row, placeholders = self.document.summary.rows[0], {"name": self.tr("Untitled")}
        else:
            index = spec.index_of(key)
            layer = spec.layers[index]
            kind, values = layer.kind, {f: getattr(layer, f) for f in asdict(layer)}
            row = self.document.summary.rows[index + 1]
            placeholders = {"name": row.name}  # the course name it has while unnamed
        page = self._page(kind)
        page.set_values(values, placeholders)
        self._stack.setCurrentWidget(page)
        self._show_header(kind, row)
        self._show_working(row)

    def _page(self, kind: str) -> FormPage:
        """The form of a kind (made here for a kind registered after the panel)."""
        if kind not in self.pages:
            page = FormPage(kind_named(kind).form_fields())
            page.edited.connect(self._on_page_edited)
            page.edit_finished.connect(self._start_merge_group)
            self.pages[kind] = page
            self._stack.addWidget(page)
        return self.pages[kind]

    def _show_nothing(self) -> None:
        self._stack.setCurrentIndex(0)
        self._icon.clear()
        self._title.clear()
        self._subtitle.setText(self.tr(PLACEHOLDER))
        self._error.hide()
        self._working.hide()

    def _show_header(self, kind: str, row: LayerRow) -> None:
        self._icon.setPixmap(theme.kind_icon(kind).pixmap(32, 32))
        label = kind_named(kind).label
        self._title.setText(row.name if row.name.startswith(label) else f"{row.name} · {label}")
        self._subtitle.setText(theme.kind_title(kind))

    def _show_working(self, row: LayerRow) -> None:
        problem = row.error if row.status in ("error", "blocked") else None
        if row.status == "blocked":
            problem = self.tr("No shape: this layer follows an invalid layer.")
        self._error.setText(problem or "")
        self._error.setVisible(problem is not None)
        lines = []
        if row.output_shape is not None:
            output = self.tr("Output {shape}").format(shape=row.shape_text)
            lines = [output, "", row.shape_working]
            lines += ["", self.tr("Parameters"), row.params_working]
            if row.why_working:
                lines += ["", self.tr("Why convolution"), row.why_working]
            if row.receptive_field is not None and row.kind != "input":
                lines += ["", self.tr("Receptive field"), row.field_working]
            lines += ["\n" + self.tr("Warning: {text}").format(text=w) for w in row.warnings]
        self._working.setText("\n".join(lines))
        self._working.setVisible(bool(lines))

    # -- edits -> commands -------------------------------------------------------------
    def _start_merge_group(self) -> None:
        self._merge_group += 1

    def _on_page_edited(self, field: str, value: Any, mergeable: bool) -> None:
        merge_group = self._merge_group if mergeable else None
        key = self.selection.key
        doc = self.document
        if key == INPUT:
            if field == "name":
                command = commands.set_name(doc, value, merge_group)
            else:
                command = commands.set_input(doc, merge_group, **{field: value})
        elif isinstance(key, int):
            if field == "name":
                value = value.strip() or None
            command = commands.set_param(doc, key, field, value, merge_group)
        else:
            return
        if not doc.push(command):
            self.refresh()  # refused (locked): show the spec's values again

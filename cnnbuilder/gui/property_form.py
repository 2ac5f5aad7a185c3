"""A form of editors built from a layer kind's fields (:mod:`cnnbuilder.core.kinds.fields`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from cnnbuilder.core.kinds.fields import Field
from cnnbuilder.i18n import QT_TRANSLATE_NOOP

PADDING_MODES = (
    ("number", "p ="),
    ("valid", QT_TRANSLATE_NOOP("fields", "valid (p = 0)")),
    ("same", QT_TRANSLATE_NOOP("fields", "same")),
)


def tr(text: str) -> str:
    """A field's label, tip or choice (marked in context "fields") in the window's language."""
    return QCoreApplication.translate("fields", text)


def narrow_combo() -> QComboBox:
    """A combo box whose width does not follow its longest choice.

    Choices get longer in other languages; the panel keeps its width and a
    choice that does not fit is elided in the box, whole in the open list.
    """
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    return combo


class PaddingEditor(QWidget):
    """Padding as a number, ``"valid"`` or ``"same"``: a mode combo and a spin box.

    Signals
    -------
    value_changed(int or str)
    editing_finished()
    """

    value_changed = Signal(object)
    editing_finished = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = narrow_combo()
        for key, label in PADDING_MODES:
            self.mode.addItem(tr(label), key)
        self.spin = QSpinBox()
        self.spin.setRange(field.minimum, field.maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mode, 1)
        row.addWidget(self.spin, 1)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.spin.valueChanged.connect(lambda _v: self.value_changed.emit(self.value()))
        self.spin.editingFinished.connect(self.editing_finished)

    def value(self) -> int | str:
        """The padding: an int, ``"valid"`` or ``"same"``."""
        mode = self.mode.currentData()
        return self.spin.value() if mode == "number" else mode

    def set_value(self, value: int | str) -> None:
        """Show ``value`` without emitting ``value_changed``."""
        with QSignalBlocker(self.mode), QSignalBlocker(self.spin):
            mode = value if isinstance(value, str) else "number"
            self.mode.setCurrentIndex(self.mode.findData(mode))
            if isinstance(value, int):
                self.spin.setValue(value)
            self.spin.setEnabled(mode == "number")

    def _on_mode_changed(self) -> None:
        self.spin.setEnabled(self.mode.currentData() == "number")
        self.editing_finished.emit()  # a mode switch is its own undo step
        self.value_changed.emit(self.value())


class FormPage(QWidget):
    """Editors for the fields of one block kind.

    Signals
    -------
    edited(field, value, mergeable)
        A user edit; ``mergeable`` is True for typed or stepped values that
        may merge with the previous edit of the same field.
    edit_finished()
        An editor lost focus or its edit was confirmed: the next edit starts
        a new undo step.
    """

    edited = Signal(str, object, bool)
    edit_finished = Signal()

    def __init__(self, fields: tuple[Field, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        for field in fields:
            editor = self._make_editor(field)
            editor.setToolTip(tr(field.tip) if field.tip else "")
            editor.setObjectName(f"edit_{field.name}")
            self.editors[field.name] = editor
            form.addRow(tr(field.label), editor)

    def _make_editor(self, field: Field) -> QWidget:
        name = field.name
        if field.editor == "int":
            spin = QSpinBox()
            spin.setRange(field.minimum, field.maximum)
            spin.valueChanged.connect(lambda v: self.edited.emit(name, v, True))
            spin.editingFinished.connect(self.edit_finished)
            return spin
        if field.editor == "choice":
            combo = narrow_combo()
            for value, label in field.choices:
                combo.addItem(tr(label), value)
            combo.currentIndexChanged.connect(
                lambda _i: self.edited.emit(name, combo.currentData(), False)
            )
            return combo
        if field.editor == "padding":
            padding = PaddingEditor(field)
            padding.value_changed.connect(lambda v: self.edited.emit(name, v, True))
            padding.editing_finished.connect(self.edit_finished)
            return padding
        line = QLineEdit()
        line.setClearButtonEnabled(True)
        line.textEdited.connect(lambda text: self.edited.emit(name, text, True))
        line.editingFinished.connect(self.edit_finished)
        return line

    def set_values(self, values: dict[str, Any], placeholders: dict[str, str]) -> None:
        """Show ``values`` without emitting ``edited`` (compare before set)."""
        for name, editor in self.editors.items():
            value = values.get(name)
            with QSignalBlocker(editor):
                _show(editor, value, placeholders.get(name, ""))


def _show(editor: QWidget, value: Any, placeholder: str) -> None:
    """Set one editor's value unless it already shows it (keeps the cursor)."""
    if isinstance(editor, QSpinBox):
        if editor.value() != value:
            editor.setValue(int(value))
    elif isinstance(editor, QComboBox):
        index = editor.findData(value)
        if index != editor.currentIndex():
            editor.setCurrentIndex(index)
    elif isinstance(editor, PaddingEditor):
        editor.set_value(value)
    elif isinstance(editor, QLineEdit):
        editor.setPlaceholderText(placeholder)
        if editor.text() != (value or ""):
            editor.setText(value or "")

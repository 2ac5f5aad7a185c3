"""Edit actions of the window: undo/redo and the layer commands on the selection.

The undo and redo actions are made here rather than with
``QUndoStack.createUndoAction`` so that they can also be disabled while a
training run holds the document's lock.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from cnnbuilder.core.edits import append_index
from cnnbuilder.core.kinds.registry import kind_named, layer_kinds
from cnnbuilder.gui import commands, theme
from cnnbuilder.gui.actions import make_action
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.selection import LayerSelection


class EditActions(QObject):
    """Undo, redo, delete, duplicate, move and append, for ``document``.

    Views ``document`` (undo stack, lock) and ``selection`` to keep the
    actions' enabled state and texts current.
    """

    def __init__(self, document: Document, selection: LayerSelection, parent: QObject) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.undo = make_action(
            self, self.tr("&Undo"), document.undo, "undo", QKeySequence.StandardKey.Undo
        )
        self.redo = make_action(self, self.tr("&Redo"), document.redo, "redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Toolbar buttons keep a short label; menus show "Undo Add CONV".
        self.undo.setIconText(self.tr("Undo"))
        self.redo.setIconText(self.tr("Redo"))
        self.delete = make_action(
            self, self.tr("&Delete Layer"), self.delete_selected, shortcut="Del"
        )
        self.duplicate = make_action(
            self, self.tr("D&uplicate Layer"), self.duplicate_selected, shortcut="Ctrl+D"
        )
        self.move_earlier = make_action(
            self, self.tr("Move &Earlier"), lambda: self.move_selected(-1), shortcut="Ctrl+Left"
        )
        self.move_later = make_action(
            self, self.tr("Move &Later"), lambda: self.move_selected(1), shortcut="Ctrl+Right"
        )
        self.append: dict[str, QAction] = {}
        for kind in layer_kinds():
            action = make_action(
                self,
                self.tr("Add {kind}").format(kind=kind.label),
                functools.partial(self.append_layer, kind.type_name),
            )
            action.setIcon(theme.kind_icon(kind.type_name))
            self.append[kind.type_name] = action
        # Follow the stack through its signals' values, never by calling back into
        # it: it also emits while it is being destroyed with the window.
        stack = document.undo_stack
        self._stack_state: dict[str, str | bool] = {
            "undo": stack.undoText(),
            "redo": stack.redoText(),
            "can_undo": stack.canUndo(),
            "can_redo": stack.canRedo(),
        }
        stack.undoTextChanged.connect(self._on_undo_text)
        stack.redoTextChanged.connect(self._on_redo_text)
        stack.canUndoChanged.connect(self._on_can_undo)
        stack.canRedoChanged.connect(self._on_can_redo)
        for signal in (document.locked_changed, selection.changed, document.spec_changed):
            signal.connect(self._update)
        self._update()

    @property
    def layer_actions(self) -> list[QAction]:
        """The actions on the selected layer (for menus)."""
        return [self.duplicate, self.delete, self.move_earlier, self.move_later]

    def _on_undo_text(self, text: str) -> None:
        self._stack_state["undo"] = text
        self._update()

    def _on_redo_text(self, text: str) -> None:
        self._stack_state["redo"] = text
        self._update()

    def _on_can_undo(self, can: bool) -> None:
        self._stack_state["can_undo"] = can
        self._update()

    def _on_can_redo(self, can: bool) -> None:
        self._stack_state["can_redo"] = can
        self._update()

    def _update(self, *_args: object) -> None:
        state, editable = self._stack_state, not self.document.locked
        self.undo.setEnabled(editable and bool(state["can_undo"]))
        self.redo.setEnabled(editable and bool(state["can_redo"]))
        undo, redo = state["undo"], state["redo"]
        self.undo.setText(
            self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo")
        )
        self.redo.setText(
            self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo")
        )
        self.undo.setToolTip(
            self.tr("Undo {action} (Ctrl+Z)").format(action=undo)
            if undo
            else self.tr("Undo (Ctrl+Z)")
        )
        self.redo.setToolTip(
            self.tr("Redo {action} (Ctrl+Shift+Z)").format(action=redo)
            if redo
            else self.tr("Redo (Ctrl+Shift+Z)")
        )
        # The selection may still name a layer that this change removed.
        uids = [layer.uid for layer in self.document.spec.layers]
        uid = self.selection.layer_uid
        has_layer = editable and uid in uids
        self.delete.setEnabled(has_layer)
        self.duplicate.setEnabled(has_layer)
        index = uids.index(uid) if has_layer and uid is not None else -1
        self.move_earlier.setEnabled(has_layer and index > 0)
        self.move_later.setEnabled(has_layer and index < len(self.document.spec.layers) - 1)
        for action in self.append.values():
            action.setEnabled(editable)

    # -- commands on the selection ---------------------------------------------------
    def delete_selected(self) -> None:
        """Delete the selected layer and select its neighbour."""
        uid = self.selection.layer_uid
        if uid is None:
            return
        layers = self.document.spec.layers
        index = self.document.spec.index_of(uid)
        if self.document.push(commands.remove_layer(self.document, uid)):
            rest = layers[:index] + layers[index + 1 :]
            self.selection.set(rest[min(index, len(rest) - 1)].uid if rest else None)

    def duplicate_selected(self) -> None:
        """Duplicate the selected layer and select the copy."""
        uid = self.selection.layer_uid
        if uid is not None and self.document.push(commands.duplicate_layer(self.document, uid)):
            index = self.document.spec.index_of(uid)
            self.selection.set(self.document.spec.layers[index + 1].uid)

    def move_selected(self, step: int) -> None:
        """Move the selected layer ``step`` places (−1 earlier, +1 later)."""
        uid = self.selection.layer_uid
        if uid is None:
            return
        target = self.document.spec.index_of(uid) + step
        if 0 <= target < len(self.document.spec.layers):
            self.document.push(commands.move_layer(self.document, uid, target))

    def append_layer(self, kind: str) -> None:
        """Add a layer of ``kind`` at the end (before a final Softmax) and select it."""
        layer = kind_named(kind).new()
        index = append_index(self.document.spec, kind)
        if self.document.push(commands.add_layer(self.document, index, layer)):
            self.selection.set(layer.uid)

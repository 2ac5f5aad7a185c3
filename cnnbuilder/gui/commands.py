"""Undo commands: every change of the network is one of these.

Specs are immutable, so one command class covers every edit: it keeps the
spec before and after (a memento) and swaps them on undo and redo. The
factories below build the ``after`` spec with the pure edits of
``cnnbuilder.core.edits``; ``QUndoStack.push`` then runs ``redo`` at once,
so nothing is applied before it is pushed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cnnbuilder.core import edits
from cnnbuilder.core.kinds.input import INPUT
from cnnbuilder.core.kinds.registry import kind_of
from cnnbuilder.core.spec import LayerSpec, NetworkSpec, TrainingSpec

if TYPE_CHECKING:
    from cnnbuilder.gui.document import Document

MergeKey = tuple[Any, ...]
_MERGE_ID = 0x5EC  # any constant >= 0: equal ids let QUndoStack try mergeWith


class SpecEditCommand(QUndoCommand):
    """Replace the document's spec; undo puts the previous one back.

    Parameters
    ----------
    document : Document
        The document whose spec changes; ``before`` is its current spec.
    after : NetworkSpec
        The spec after the edit.
    text : str
        What the undo history and the Edit menu show (``"Add CONV"``).
    merge_key : tuple or None
        Consecutive commands with the same key merge into one undo step
        (a spin box scrolled from 3 to 7 is one step). None never merges.
    """

    def __init__(
        self,
        document: Document,
        after: NetworkSpec,
        text: str,
        merge_key: MergeKey | None = None,
    ) -> None:
        super().__init__(text)
        self._document = document
        self.before = document.spec
        self.after = after
        self.merge_key = merge_key

    @property
    def changes_spec(self) -> bool:
        """False when redo would leave the spec as it is (the push is skipped)."""
        return self.after != self.before or _order(self.after) != _order(self.before)

    def redo(self) -> None:
        self._document.set_spec(self.after)

    def undo(self) -> None:
        self._document.set_spec(self.before)

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SpecEditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.setText(other.text())
        # Scrolling back to the start value leaves nothing to undo.
        self.setObsolete(not self.changes_spec)
        return True


def _order(spec: NetworkSpec) -> tuple[int, ...]:
    """Layer uids in order: a swap of two equal layers is still a change."""
    return tuple(layer.uid for layer in spec.layers)


def _label(layer: LayerSpec) -> str:
    return kind_of(layer).label


def add_layer(document: Document, index: int, layer: LayerSpec) -> SpecEditCommand:
    """Insert ``layer`` before position ``index`` (0-based)."""
    after = edits.insert_layer(document.spec, index, layer)
    return SpecEditCommand(
        document,
        after,
        QCoreApplication.translate("commands", "Add {kind}").format(kind=_label(layer)),
    )


def _layer_edit(
    document: Document, uid: int, text: str, edit: Callable[[NetworkSpec, int], NetworkSpec]
) -> SpecEditCommand:
    """A command that applies ``edit(spec, index)`` to the layer with this uid.

    ``text`` is translated, with ``{kind}`` for the layer's kind (CONV, POOL...).
    """
    index = document.spec.index_of(uid)
    label = _label(document.spec.layers[index])
    return SpecEditCommand(document, edit(document.spec, index), text.format(kind=label))


def remove_layer(document: Document, uid: int) -> SpecEditCommand:
    """Remove the layer with this uid."""
    return _layer_edit(
        document, uid, QCoreApplication.translate("commands", "Delete {kind}"), edits.remove_layer
    )


def move_layer(document: Document, uid: int, target: int) -> SpecEditCommand:
    """Move the layer with this uid so that it ends at position ``target``."""
    return _layer_edit(
        document,
        uid,
        QCoreApplication.translate("commands", "Move {kind}"),
        lambda spec, index: edits.move_layer(spec, index, target),
    )


def duplicate_layer(document: Document, uid: int) -> SpecEditCommand:
    """Insert a copy of the layer with this uid right after it."""
    return _layer_edit(
        document,
        uid,
        QCoreApplication.translate("commands", "Duplicate {kind}"),
        edits.duplicate_layer,
    )


def set_param(
    document: Document, uid: int, field: str, value: Any, merge_group: int | None = 0
) -> SpecEditCommand:
    """Set one field of the layer with this uid.

    Parameters
    ----------
    merge_group : int or None
        Edits of the same field with the same merge group merge into one
        undo step; the properties panel starts a new group when a field
        loses focus. None never merges (combo boxes).
    """
    index = document.spec.index_of(uid)
    layer = document.spec.layers[index]
    after = edits.set_layer_field(document.spec, index, field, value)
    key = None if merge_group is None else ("param", uid, field, merge_group)
    label = next((f.label for f in kind_of(layer).form_fields() if f.name == field), field)
    text = QCoreApplication.translate("commands", "Set {kind} {field}").format(
        kind=_label(layer), field=QCoreApplication.translate("fields", label)
    )
    return SpecEditCommand(document, after, text, key)


def set_input(document: Document, merge_group: int | None = 0, **values: int) -> SpecEditCommand:
    """Set some of the input's ``height``, ``width``, ``channels``."""
    after = edits.set_input(document.spec, **values)
    key = None if merge_group is None else ("input", tuple(sorted(values)), merge_group)
    labels = {f.name: QCoreApplication.translate("fields", f.label) for f in INPUT.fields}
    text = QCoreApplication.translate("commands", "Set input {fields}").format(
        fields=", ".join(labels.get(name, name) for name in sorted(values))
    )
    return SpecEditCommand(document, after, text, key)


def set_name(document: Document, name: str, merge_group: int | None = 0) -> SpecEditCommand:
    """Rename the network."""
    key = None if merge_group is None else ("name", merge_group)
    return SpecEditCommand(
        document,
        edits.set_name(document.spec, name),
        QCoreApplication.translate("commands", "Rename network"),
        key,
    )


def fit_to_data(document: Document, shape: tuple[int, int, int], classes: int) -> SpecEditCommand:
    """Set the input to ``shape`` (n_H, n_W, n_c) and the Softmax to ``classes``."""
    after = edits.fit_to_data(document.spec, shape, classes)
    return SpecEditCommand(
        document, after, QCoreApplication.translate("commands", "Fit network to data")
    )


def set_training(document: Document, training: TrainingSpec | None) -> SpecEditCommand:
    """Replace the network's training settings (saved with the file)."""
    after = edits.set_training(document.spec, training)
    return SpecEditCommand(
        document, after, QCoreApplication.translate("commands", "Change training settings")
    )

"""The selected block, shared by the canvas, the table and the properties panel.

Selection is view state, not spec state: it is a layer uid (or ``INPUT``)
that each view re-resolves after every spec change.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject, Signal

from cnnbuilder.core.spec import NetworkSpec

INPUT: Literal["input"] = "input"
Key = int | Literal["input"] | None  # a layer uid, the input block, or nothing


class LayerSelection(QObject):
    """Which block is selected.

    Signals
    -------
    changed(key)
        The new key: a layer uid, ``INPUT`` or None. Emitted only on change,
        so views that set the selection from their own signal cannot loop.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key: Key = None

    @property
    def key(self) -> Key:
        """The selected layer uid, ``INPUT`` or None."""
        return self._key

    @property
    def layer_uid(self) -> int | None:
        """The selected layer's uid, None for the input block or nothing."""
        return self._key if isinstance(self._key, int) else None

    def set(self, key: Key) -> None:
        """Select ``key`` (a layer uid, ``INPUT`` or None)."""
        if key != self._key:
            self._key = key
            self.changed.emit(key)

    def resolve(self, spec: NetworkSpec) -> None:
        """Drop the selection when its layer no longer exists in ``spec``."""
        if isinstance(self._key, int) and all(layer.uid != self._key for layer in spec.layers):
            self.set(None)

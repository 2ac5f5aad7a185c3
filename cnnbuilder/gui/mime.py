"""The drag-and-drop payload of a palette entry: which layer kind to add."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

from cnnbuilder.core.kinds.registry import type_names

LAYER_MIME = "application/x-cnnbuilder-layer"


def encode_kind(kind: str) -> QMimeData:
    """Return MIME data that carries a new layer of ``kind`` (``"conv"``, ...).

    Raises
    ------
    ValueError
        If ``kind`` is not a layer kind.
    """
    if kind not in type_names():
        raise ValueError(f"unknown layer kind {kind!r}")
    data = QMimeData()
    data.setData(LAYER_MIME, json.dumps({"kind": kind}).encode("utf-8"))
    data.setText(kind)  # lets other applications show something sensible
    return data


def decode_kind(data: QMimeData | None) -> str | None:
    """Return the layer kind carried by ``data``, None for anything else."""
    if data is None or not data.hasFormat(LAYER_MIME):
        return None
    try:
        payload = json.loads(bytes(data.data(LAYER_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    kind = payload.get("kind") if isinstance(payload, dict) else None
    return kind if kind in type_names() else None

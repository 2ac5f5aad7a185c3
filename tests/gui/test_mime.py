from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData

from cnnbuilder.gui.mime import LAYER_MIME, decode_kind, encode_kind


@pytest.mark.parametrize("kind", ["conv", "pool", "fc", "softmax"])
def test_round_trip(qapp, kind: str) -> None:
    data = encode_kind(kind)
    assert data.hasFormat(LAYER_MIME)
    assert decode_kind(data) == kind


def test_foreign_and_broken_payloads_are_rejected(qapp) -> None:
    text = QMimeData()
    text.setText("conv")
    assert decode_kind(text) is None
    assert decode_kind(None) is None
    broken = QMimeData()
    broken.setData(LAYER_MIME, b"\xff not json")
    assert decode_kind(broken) is None
    unknown = QMimeData()
    unknown.setData(LAYER_MIME, b'{"kind": "lstm"}')
    assert decode_kind(unknown) is None


def test_unknown_kind_cannot_be_encoded(qapp) -> None:
    with pytest.raises(ValueError, match="lstm"):
        encode_kind("lstm")

"""Canvas captions come from the catalogue's ``captions`` context in the chosen language."""

from __future__ import annotations

from cnnbuilder.core.kinds.fc import FC, DenseSpec
from cnnbuilder.core.kinds.pool import POOL, PoolSpec
from cnnbuilder.core.kinds.softmax import SOFTMAX, SoftmaxSpec
from cnnbuilder.core.kinds.working import format_shape
from cnnbuilder.i18n import language


def test_captions_in_korean():
    with language("ko"):
        assert POOL.caption_text(PoolSpec(mode="max", size=2, stride=2)) == "최대 2×2 s2"
        assert POOL.caption_text(PoolSpec(mode="avg", size=3, stride=1)) == "평균 3×3 s1"
        assert FC.caption_text(DenseSpec(units=64)) == "유닛 64개"
        assert SOFTMAX.caption_text(SoftmaxSpec(classes=10)) == "클래스 10개"


def test_format_shape():
    assert format_shape((28, 28, 8)) == "28×28×8"
    assert format_shape((120,)) == "120"
    assert format_shape(None) == ""

"""The POOL kind: its working, texts, file defaults and engine layer."""

from __future__ import annotations

from cnnbuilder.core.kinds.pool import POOL, PoolSpec
from cnnbuilder.core.kinds.working import Working


def test_max_pool_working_is_exact():
    working = POOL.work(PoolSpec(mode="max", size=2, stride=2), (28, 28, 6))
    assert working == Working(
        shape=(14, 14, 6),
        shape_text=(
            "n_H = ⌊(28 + 2·0 − 2)/2⌋ + 1 = 14\n"
            "n_W = ⌊(28 + 2·0 − 2)/2⌋ + 1 = 14\n"
            "n_c = n_c_prev = 6"
        ),
        params_text="POOL has no parameters: 0",
    )


def test_overlapping_pool_warns_about_unused_columns():
    working = POOL.work(PoolSpec(mode="avg", size=3, stride=2), (7, 8, 2))
    assert working.shape == (3, 3, 2)
    assert working.params == 0
    assert working.mult_adds == 0
    assert working.warnings == (
        "n_W: (8 + 2·0 − 3)/2 = 2.5 is not whole; "
        "the last 1 padded input row(s)/column(s) are never used",
    )


def test_errors_name_the_pool():
    assert POOL.work(PoolSpec(size=2), (10,)) == Working.failed(
        "POOL needs an n_H×n_W×n_c input; it follows an FC layer"
    )
    assert POOL.work(PoolSpec(size=5), (4, 4, 3)) == Working.failed(
        "filter 5 is larger than the input 4"
    )


def test_a_missing_stride_in_a_file_is_the_window_size():
    assert POOL.read({"type": "pool", "size": 3}, 1) == PoolSpec(mode="max", size=3, stride=3)
    assert POOL.read({"type": "pool", "size": 3, "stride": 1}, 1).stride == 1
    assert POOL.read({"type": "pool"}, 1) == PoolSpec()


def test_texts():
    assert POOL.hyper_text(PoolSpec(mode="avg", size=3, stride=1)) == "avg f=3 s=1"
    assert POOL.caption_text(PoolSpec(mode="max", size=2, stride=2)) == "max 2×2 s2"
    assert POOL.caption_text(PoolSpec(mode="avg", size=3, stride=1)) == "avg 3×3 s1"


def test_build_gives_the_engine_layer_its_hyper_parameters():
    layer = POOL.build(PoolSpec(mode="avg", size=3, stride=2), 4, (9, 9, 2))
    assert (layer.index, layer.mode, layer.f, layer.s) == (4, "avg", 3, 2)
    assert layer.out_shape == (4, 4, 2)

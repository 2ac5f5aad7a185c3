"""The memory budget of evaluation and prediction chunks."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.errors import MemoryBudgetError
from cnnbuilder.core.fileio import spec_from_dict
from cnnbuilder.core.memory import (
    MAX_CHUNK,
    MEMORY_LIMIT_BYTES,
    check_prediction,
    inference_chunk,
    inference_memory_bytes,
)
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.summary import summarize
from tests.hostile.corpus import PRESET

WIDE = {
    **PRESET,
    "input": {"height": 224, "width": 224, "channels": 3},
    "layers": [
        {"type": "conv", "filters": 64, "size": 3, "padding": "same"},
        {"type": "conv", "filters": 64, "size": 3, "padding": "same"},
        {"type": "pool", "size": 8},
        {"type": "softmax", "classes": 10},
    ],
}


def test_a_large_network_is_evaluated_in_chunks_that_fit_the_budget():
    summary = summarize(spec_from_dict(WIDE))
    chunk = inference_chunk(summary)
    assert 1 <= chunk < MAX_CHUNK  # 256 samples would need about 21 GiB
    assert inference_memory_bytes(summary, chunk) <= MEMORY_LIMIT_BYTES // 2
    assert inference_memory_bytes(summary, chunk + 1) > MEMORY_LIMIT_BYTES // 2


def test_a_small_network_keeps_the_full_chunk():
    assert inference_chunk(summarize(spec_from_dict(PRESET))) == MAX_CHUNK


def test_predict_uses_the_budget_chunk(monkeypatch):
    network = Network.from_spec(spec_from_dict(WIDE), np.random.default_rng(0))
    sizes = []
    original = Network.forward

    def forward(self, x, *args, **kwargs):
        sizes.append(len(x))
        return original(self, x, *args, **kwargs)

    monkeypatch.setattr(Network, "forward", forward)
    monkeypatch.setattr(Network, "inference_chunk", lambda self: 3)
    network.predict_proba(np.zeros((7, 224, 224, 3), np.float32))
    assert sizes == [3, 3, 1]


def test_prediction_is_refused_before_reading(tmp_path, capsys):
    summary = summarize(spec_from_dict(WIDE))
    with pytest.raises(MemoryBudgetError, match=r"predicting 100,000 images needs about"):
        check_prediction(summary, 100_000, 100_000 * 224 * 224 * 3)
    check_prediction(summary, 10, 10 * 224 * 224 * 3)  # fits

"""Receptive fields and FC-equivalent counts against independent computations."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.inside.fields import field_rect, field_spans
from cnnbuilder.core.spec import (
    ConvSpec,
    InputSpec,
    NetworkSpec,
    PoolSpec,
    SoftmaxSpec,
    resolve_padding,
)
from cnnbuilder.core.summary import summarize


def _fp(layer):
    p = resolve_padding(layer) if isinstance(layer, ConvSpec) else 0
    return layer.size, layer.stride, p


def closed_form_fields(layers):
    """``r_L = 1 + Σ_l (f_l − 1)·Π_{k<l} s_k`` (the unrolled recurrence)."""
    out, total, jump = [], 1, 1
    for layer in layers:
        f, s, _ = _fp(layer)
        total += (f - 1) * jump
        jump *= s
        out.append(total)
    return out


def closed_form_span(layers, i):
    """Unclipped input span of output ``i``: start ``i·J_L − Σ_l p_l·J_{l−1}``, length ``r_L``."""
    jump, offset = 1, 0
    for layer in layers:
        _, s, p = _fp(layer)
        offset += p * jump
        jump *= s
    start = i * jump - offset
    return (start, start + closed_form_fields(layers)[-1])


def mask_rect(spec, layer, i, j):
    """Bounding box of the input pixels that reach output (i, j), by marking windows."""
    shapes = [spec.input.shape[:2]] + [r.output_shape[:2] for r in summarize(spec).layer_rows]
    mask = np.zeros(shapes[layer], dtype=bool)
    mask[i, j] = True
    for n in range(layer, 0, -1):
        f, s, p = _fp(spec.layers[n - 1])
        prev = np.zeros(shapes[n - 1], dtype=bool)
        for a, b in zip(*np.nonzero(mask), strict=True):
            r0, c0 = a * s - p, b * s - p
            prev[max(r0, 0) : max(r0 + f, 0), max(c0, 0) : max(c0 + f, 0)] = True
        mask = prev
    rows, cols = np.nonzero(mask.any(axis=1))[0], np.nonzero(mask.any(axis=0))[0]
    if len(rows) == 0:  # the window lies entirely on padding
        return None
    return (int(rows[0]), int(rows[-1]) + 1), (int(cols[0]), int(cols[-1]) + 1)


@st.composite
def window_chains(draw):
    layers = []
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.booleans()):
            layers.append(
                ConvSpec(
                    filters=1,
                    size=draw(st.integers(1, 5)),
                    stride=draw(st.integers(1, 3)),
                    padding=draw(st.sampled_from([0, 1, 2, "same"])),
                )
            )
        else:
            layers.append(PoolSpec(size=draw(st.integers(1, 3)), stride=draw(st.integers(1, 3))))
    shape = InputSpec(draw(st.integers(4, 30)), draw(st.integers(4, 30)), 1)
    return NetworkSpec(input=shape, layers=(*layers, SoftmaxSpec(classes=2)))


@settings(max_examples=60, deadline=None)
@given(spec=window_chains(), data=st.data())
def test_receptive_fields_match_independent_computations(spec, data):
    summary = summarize(spec)
    assume(summary.ok)
    windowed = spec.layers[:-1]
    rows = summary.layer_rows
    assert [r.receptive_field for r in rows[:-1]] == closed_form_fields(windowed)
    assert rows[-1].receptive_field is None
    layer = data.draw(st.integers(1, len(windowed)))
    n_h, n_w, _ = rows[layer - 1].output_shape
    i, j = data.draw(st.integers(0, n_h - 1)), data.draw(st.integers(0, n_w - 1))
    spans = field_spans(spec, layer, i, j)
    assert spans[0][1] - spans[0][0] == rows[layer - 1].receptive_field
    assert spans[1][1] - spans[1][0] == rows[layer - 1].receptive_field
    assert spans == (closed_form_span(windowed[:layer], i), closed_form_span(windowed[:layer], j))
    rect = field_rect(spec, layer, i, j)
    sizes = (spec.input.height, spec.input.width)
    for (lo, hi), (a, b), n in zip(rect, spans, sizes, strict=True):
        assert lo == hi or max(a, 0) <= lo <= hi <= min(b, n)
    # Every input pixel the value really depends on lies in the rectangle; with no
    # gaps between windows (f ≥ s everywhere) it is exactly their bounding box.
    reached = mask_rect(spec, layer, i, j)
    if reached is None:
        assert rect[0][0] == rect[0][1] or rect[1][0] == rect[1][1]
        return
    for (a, b), (lo, hi) in zip(reached, rect, strict=True):
        assert lo <= a
        assert b <= hi
    if all(_fp(x)[0] >= _fp(x)[1] for x in windowed[:layer]):
        assert reached == rect


@settings(max_examples=60, deadline=None)
@given(spec=window_chains())
def test_fc_equivalent_counts_match_the_volumes(spec):
    summary = summarize(spec)
    assume(summary.ok)
    for prev, row, layer in zip(summary.rows, summary.layer_rows, spec.layers, strict=False):
        if not isinstance(layer, ConvSpec):
            assert row.fc_equivalent_params is None
            continue
        n_in, n_out = int(np.prod(prev.output_shape)), int(np.prod(row.output_shape))
        assert row.fc_equivalent_params == (n_in + 1) * n_out
        assert row.connections == layer.size**2 * prev.output_shape[2]
        assert row.fc_connections == n_in


def test_the_course_example_456_against_14_million():
    spec = NetworkSpec(
        input=InputSpec(32, 32, 3),
        layers=(ConvSpec(filters=6, size=5), SoftmaxSpec(classes=10)),
    )
    conv = summarize(spec).layer_rows[0]
    assert conv.params == 456
    assert conv.fc_equivalent_params == (32 * 32 * 3 + 1) * (28 * 28 * 6) == 14_455_392
    assert conv.connections == 75
    assert conv.fc_connections == 3072
    assert "(32·32·3 + 1)·(28·28·6) = 14,455,392" in conv.why_working


@pytest.mark.parametrize(
    ("preset", "fields"),
    [
        ("lenet5", [5, 6, 14, 16, None, None, None]),
        ("course-example", [3, 7, 15, None]),
        ("digits", [3, 5, 6, None, None]),
        ("shapes", [5, 6, 14, 16, None, None]),
    ],
)
def test_presets(presets_dir, preset, fields):
    summary = summarize(load_spec(presets_dir / f"{preset}.cnn.json"))
    assert [r.receptive_field for r in summary.layer_rows] == fields
    assert summary.rows[0].receptive_field == 1


def test_working_in_course_notation(presets_dir):
    rows = summarize(load_spec(presets_dir / "lenet5.cnn.json")).rows
    assert rows[3].field_working == (
        "r_3 = r_2 + (f_3 − 1)·j_2 = 6 + (5 − 1)·2 = 14\nj_3 = j_2·s_3 = 2·1 = 2"
    )
    assert rows[1].fc_equivalent_params == (32 * 32 * 3 + 1) * (28 * 28 * 8)


def test_a_corner_field_is_clipped_to_the_image():
    spec = NetworkSpec(
        input=InputSpec(6, 6, 1),
        layers=(ConvSpec(filters=1, size=3, padding=1), SoftmaxSpec(classes=2)),
    )
    assert field_spans(spec, 1, 0, 5) == ((-1, 2), (4, 7))
    assert field_rect(spec, 1, 0, 5) == ((0, 2), (4, 6))

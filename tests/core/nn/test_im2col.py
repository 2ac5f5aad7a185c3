"""Padding, window views, im2col rows and the col2im scatter, on small arrays."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.nn.im2col import col2im_offsets, im2col, offset_slice, out_size, pad, windows
from cnnbuilder.core.nn.reference import zero_pad
from cnnbuilder.core.nn.workspace import Workspace


@pytest.mark.parametrize(
    ("n", "f", "s", "p", "expected"),
    [(32, 5, 1, 0, 28), (28, 2, 2, 0, 14), (7, 3, 2, 0, 3), (6, 3, 1, 1, 6), (9, 3, 2, 2, 6)],
)
def test_out_size_is_the_course_formula(n, f, s, p, expected):
    assert out_size(n, f, s, p) == expected


def test_out_size_pads_nothing_by_default():
    assert out_size(8, 3, 1) == 6


def test_nothing_to_add_returns_the_input_itself(rng):
    x = rng.standard_normal((2, 3, 4, 2))
    assert pad(x, 0, Workspace(), "xp") is x


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_padding_is_zero_on_every_side_and_extra_columns_on_the_right(dtype, rng):
    x = rng.standard_normal((2, 3, 4, 2)).astype(dtype)
    xp = pad(x, 2, Workspace(), "xp", extra_w=1)
    assert xp.shape == (2, 3 + 4, 4 + 4 + 1, 2)
    assert xp.dtype == dtype
    np.testing.assert_array_equal(xp[:, :, :-1], zero_pad(x, 2))
    assert not xp[:, :, -1].any()
    assert pad(x, 1, Workspace(), "xp").shape == (2, 5, 6, 2)  # no extra columns by default


def test_extra_columns_alone_make_a_copy(rng):
    x = rng.standard_normal((1, 3, 4, 1))
    xp = pad(x, 0, Workspace(), "xp", extra_w=1)
    assert xp.shape == (1, 3, 5, 1)
    np.testing.assert_array_equal(xp[:, :, :4], x)


def test_windows_are_a_read_only_view_of_every_window():
    xp = np.arange(2 * 5 * 6 * 2, dtype=np.float64).reshape(2, 5, 6, 2)
    view = windows(xp, 2, 2, 3, 2)
    assert view.shape == (2, 2, 2, 3, 3, 2)
    assert not view.flags.writeable  # it shares memory with xp
    np.testing.assert_array_equal(view[1, 1, 0], xp[1, 2:5, 0:3])
    np.testing.assert_array_equal(view[0, 0, 1], xp[0, 0:3, 2:5])


def test_grouped_windows_cover_k_positions_and_step_by_k_strides():
    xp = np.arange(1 * 3 * 7 * 1, dtype=np.float64).reshape(1, 3, 7, 1)
    view = windows(xp, 1, 2, 3, 1, group=2)  # windows 3 x 4, stepping 2 columns
    assert view.shape == (1, 1, 2, 3, 4, 1)
    np.testing.assert_array_equal(view[0, 0, 1], xp[0, 0:3, 2:6])


def test_windows_up_to_the_edge_are_allowed_and_past_it_refused():
    xp = np.zeros((1, 5, 7, 1))
    assert windows(xp, 2, 3, 3, 2).shape == (1, 2, 3, 3, 3, 1)  # rows 0..4, columns 0..6
    assert windows(xp, 1, 2, 3, 1, group=2).shape == (1, 1, 2, 3, 4, 1)  # columns 0..5
    with pytest.raises(ValueError, match="3 x 3 windows of 3 x 3 reach past a 5 x 7 input"):
        windows(xp, 3, 3, 3, 2)  # a 3rd row of windows ends at row 7
    with pytest.raises(ValueError, match="reach past"):
        windows(xp, 2, 4, 3, 2)  # a 4th column of windows ends at column 9
    with pytest.raises(ValueError, match="reach past"):
        windows(xp, 1, 3, 3, 1, group=2)  # a 3rd group ends at column 8


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_im2col_rows_are_windows_plus_a_one(dtype):
    xp = np.arange(1 * 3 * 4 * 2, dtype=dtype).reshape(1, 3, 4, 2)
    cols = im2col(windows(xp, 2, 3, 2, 1), Workspace(), "cols")
    assert cols.shape == (6, 2 * 2 * 2 + 1)
    assert cols.dtype == dtype
    np.testing.assert_array_equal(cols[:, -1], 1)
    np.testing.assert_array_equal(cols[4, :-1], xp[0, 1:3, 1:3].reshape(-1))


def test_offset_slice_picks_one_element_of_every_window():
    xp = np.arange(1 * 7 * 7 * 1).reshape(1, 7, 7, 1)
    picked = xp[offset_slice(1, 2, 2, 3, 2)]
    assert picked.shape == (1, 3, 2, 1)
    view = windows(xp, 3, 2, 3, 2)
    np.testing.assert_array_equal(picked, view[:, :, :, 1, 2])


def test_col2im_adds_overlaps_and_leaves_unreached_pixels_zero():
    # 3 x 3 windows, stride 2, on a 6 x 6 input: 2 x 2 windows, row/column 5 never read.
    parts = np.ones((9, 1, 2, 2, 1))
    ws = Workspace()
    ws.get("dx", (1, 6, 6, 1), np.dtype(np.float64))[...] = 5  # a dirty reused buffer
    dx = col2im_offsets(parts, (1, 6, 6, 1), 3, 2, ws, "dx")
    expected = np.zeros((6, 6))
    for r in (0, 2):
        for q in (0, 2):
            expected[r : r + 3, q : q + 3] += 1
    np.testing.assert_array_equal(dx[0, :, :, 0], expected)

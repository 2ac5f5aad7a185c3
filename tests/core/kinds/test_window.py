"""The window arithmetic of CONV and POOL: errors, sizes, formulas and warnings."""

from __future__ import annotations

import pytest

from cnnbuilder.core.kinds.window import (
    dropped_warning,
    window_error,
    window_sizes,
    window_working,
)


@pytest.mark.parametrize(
    ("f", "s", "p"),
    [(0, 1, 0), (1, 0, 0), (1, 1, -1)],
)
def test_each_bad_size_alone_is_refused(f, s, p):
    assert window_error(f, s, p, (8, 8, 1), "CONV") == (
        f"CONV needs f ≥ 1, s ≥ 1 and p ≥ 0 (got f={f}, s={s}, p={p})"
    )


def test_the_smallest_window_and_a_window_as_large_as_the_input_slide():
    assert window_error(1, 1, 0, (1, 1, 1), "CONV") is None
    assert window_error(5, 1, 0, (5, 5, 1), "POOL") is None
    assert window_error(7, 1, 1, (5, 5, 1), "CONV") is None


@pytest.mark.parametrize(
    ("shape", "p", "message"),
    [
        ((10, 5, 1), 0, "filter 6 is larger than the input 10×5"),
        ((5, 10, 1), 0, "filter 6 is larger than the input 5×10"),
        ((3, 3, 1), 1, "filter 6 is larger than the padded input 5"),
        ((5, 5, 1), 0, "filter 6 is larger than the input 5"),
    ],
)
def test_a_window_larger_than_either_side_is_refused(shape, p, message):
    assert window_error(6, 1, p, shape, "CONV") == message


def test_a_flat_input_is_refused_by_name():
    assert window_error(2, 2, 0, (120,), "POOL") == (
        "POOL needs an n_H×n_W×n_c input; it follows an FC layer"
    )


@pytest.mark.parametrize(
    ("n", "f", "s", "p", "out"),
    [(39, 3, 1, 0, 37), (37, 5, 2, 0, 17), (17, 5, 2, 0, 7), (6, 3, 1, 1, 6), (7, 3, 2, 1, 4)],
)
def test_output_size_follows_the_course_formula(n, f, s, p, out):
    assert window_working(n, f, s, p, "n_H") == (
        out,
        f"n_H = ⌊({n} + 2·{p} − {f})/{s}⌋ + 1 = {out}",
    )


def test_no_warning_when_the_window_uses_every_row():
    assert dropped_warning(10, 3, 3, 1, "n_H") is None  # (10 + 2 − 3) / 3 = 3
    assert dropped_warning(9, 3, 3, 0, "n_W") is None


@pytest.mark.parametrize(
    ("n", "f", "s", "p", "message"),
    [
        (
            10,
            3,
            2,
            0,
            "n_H: (10 + 2·0 − 3)/2 = 3.5 is not whole; "
            "the last 1 padded input row(s)/column(s) are never used",
        ),
        (
            9,
            1,
            3,
            0,
            "n_H: (9 + 2·0 − 1)/3 = 2.66667 is not whole; "
            "the last 2 padded input row(s)/column(s) are never used",
        ),
        (
            10,
            3,
            4,
            1,
            "n_H: (10 + 2·1 − 3)/4 = 2.25 is not whole; "
            "the last 1 padded input row(s)/column(s) are never used",
        ),
    ],
)
def test_dropped_rows_are_counted_in_the_warning(n, f, s, p, message):
    assert dropped_warning(n, f, s, p, "n_H") == message


def test_window_sizes_works_each_axis_apart():
    n_h, n_w, texts, warnings = window_sizes(3, 2, 0, (9, 10, 3))
    assert (n_h, n_w) == (4, 4)
    assert texts == (
        "n_H = ⌊(9 + 2·0 − 3)/2⌋ + 1 = 4",
        "n_W = ⌊(10 + 2·0 − 3)/2⌋ + 1 = 4",
    )
    assert warnings == (
        "n_W: (10 + 2·0 − 3)/2 = 3.5 is not whole; "
        "the last 1 padded input row(s)/column(s) are never used",
    )


def test_window_sizes_warns_for_both_axes_in_order():
    *_, warnings = window_sizes(2, 2, 0, (5, 7, 1))
    assert [w.split(":")[0] for w in warnings] == ["n_H", "n_W"]

from __future__ import annotations

import pytest

from cnnbuilder.gui.canvas.layout import (
    GRID,
    block_position,
    columns_for_width,
    fit_scale,
    insertion_at,
    scene_size,
)


def _centre(index: int, columns: int) -> tuple[float, float]:
    x, y = block_position(index, columns)
    return x + GRID.block_w / 2, y + GRID.block_h / 2


def test_blocks_fill_rows_and_wrap() -> None:
    assert block_position(0, 3) == (GRID.margin, GRID.margin)
    assert block_position(2, 3)[1] == GRID.margin
    assert block_position(3, 3) == (GRID.margin, GRID.margin + GRID.pitch_y)


def test_columns_for_width_fits_whole_blocks() -> None:
    for columns in (1, 2, 5):
        width, _ = scene_size(columns, columns)
        assert columns_for_width(width) == columns
        assert columns_for_width(width - 1) == max(1, columns - 1)
    assert columns_for_width(10) == 1


@pytest.mark.parametrize("columns", [2, 3, 10])
def test_a_point_just_left_or_right_of_a_centre_picks_the_slot(columns: int) -> None:
    count = 7  # input + 6 layers
    for index in range(1, count):
        x, y = _centre(index, columns)
        assert insertion_at(x - 1, y, count, columns).slot == index
        assert insertion_at(x + 1, y, count, columns).slot == index + 1


def test_nothing_goes_before_the_input_and_far_points_clamp() -> None:
    assert insertion_at(-500, -500, 5, 3).slot == 1
    assert insertion_at(10_000, 10_000, 5, 3).slot == 5
    assert insertion_at(10_000, 10_000, 5, 3).layer_index == 4


def test_marker_stays_on_the_pointer_row() -> None:
    columns, count = 3, 7
    x, y = _centre(2, columns)
    end_of_row = insertion_at(x + GRID.block_w, y, count, columns)
    assert end_of_row.slot == 3
    assert end_of_row.y == block_position(2, columns)[1]  # after block 2, same row
    x, y = _centre(3, columns)
    start_of_row = insertion_at(x - GRID.block_w, y, count, columns)
    assert start_of_row.slot == 3
    assert start_of_row.y == block_position(3, columns)[1]  # before block 3, next row


def test_fit_scale_shrinks_only_when_needed() -> None:
    assert fit_scale(4, 2000, 1000) == 1.0
    small = fit_scale(60, 900, 400)
    assert 0.3 <= small < 1.0
    columns = columns_for_width(900 / small)
    width, height = scene_size(60, columns)
    assert width * small <= 900
    assert height * small <= 400

"""The sandbox's window steps, output size and dropped rows."""

from __future__ import annotations

import pytest

from cnnbuilder.core.inside.sandbox import slide_of
from cnnbuilder.core.spec import ConvSpec, DenseSpec, PoolSpec


def test_a_case_with_dropped_rows_and_columns():
    slide = slide_of(ConvSpec(size=3, stride=2, padding=1), (8, 7, 1))
    assert slide.padded == (10, 9)
    assert slide.out == (4, 4)
    assert slide.used == (9, 9)
    assert slide.dropped == (1, 0)
    assert slide.steps == 16
    assert slide.step(0) == (0, 0, 0, 0)
    assert slide.step(5) == (1, 1, 2, 2)
    assert slide.step(15) == (3, 3, 6, 6)
    lines = slide.formulas()
    assert lines[0] == "n_H = ⌊(8 + 2·1 − 3)/2⌋ + 1 = 4"
    assert lines[1] == "n_W = ⌊(7 + 2·1 − 3)/2⌋ + 1 = 4"
    assert len(lines) == 3
    assert "n_H: (8 + 2·1 − 3)/2 = 3.5 is not whole" in lines[2]


def test_every_window_fits_and_the_last_used_row_is_reached():
    for n in range(3, 12):
        for f in range(1, 4):
            for s in range(1, 4):
                if f > n:
                    continue
                slide = slide_of(PoolSpec(size=f, stride=s), (n, n, 2))
                reached = set()
                for k in range(slide.steps):
                    _, _, r0, _ = slide.step(k)
                    assert r0 + f <= slide.padded[0]
                    reached |= set(range(r0, r0 + f))
                assert max(reached) == slide.used[0] - 1
                if f >= s:  # windows overlap or touch: no gaps between them
                    assert reached == set(range(slide.used[0]))
                assert slide.dropped[0] == (n - f) % s


def test_dragging_snaps_to_the_nearest_window_and_bad_steps_are_named():
    slide = slide_of(ConvSpec(size=3, stride=2, padding=0), (9, 9, 1))
    assert slide.step_at(3, 5) == slide.out[1] * 2 + 2
    assert slide.step_at(-4, 100) == slide.out[1] - 1
    with pytest.raises(ValueError, match=r"step 16 is outside 0\.\.15"):
        slide.step(16)
    assert slide_of(DenseSpec(), (9, 9, 1)) is None

"""Where the blocks of the chain go: a pure function of their order.

Blocks are numbered 0 (the input) to ``count - 1`` and fill rows left to
right, wrapping after ``columns`` blocks. Positions never enter the spec or
the undo history; a drop point becomes an *insertion slot* instead: slot
``s`` (1..count) means "before block s", i.e. layer index ``s - 1``.
No Qt types here, so the geometry is tested without a display.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Grid:
    """Block size and spacing in scene units (pixels at zoom 1)."""

    block_w: float = 172.0
    block_h: float = 86.0
    gap_x: float = 44.0
    gap_y: float = 52.0
    margin: float = 28.0

    @property
    def pitch_x(self) -> float:
        """Distance between the left edges of neighbouring blocks."""
        return self.block_w + self.gap_x

    @property
    def pitch_y(self) -> float:
        """Distance between the top edges of neighbouring rows."""
        return self.block_h + self.gap_y


GRID = Grid()


@dataclass(frozen=True)
class Insertion:
    """Where a dropped block would go and where to draw the marker.

    Attributes
    ----------
    slot : int
        Insert before block ``slot`` (1..count); the layer index is ``slot - 1``.
    x, y : float
        Top centre of the vertical insertion marker, in scene units.
    """

    slot: int
    x: float
    y: float

    @property
    def layer_index(self) -> int:
        """The 0-based index in ``spec.layers`` that the new layer gets."""
        return self.slot - 1


def columns_for_width(width: float, grid: Grid = GRID) -> int:
    """How many blocks fit side by side in ``width`` scene units (at least 1)."""
    return max(1, int((width - 2 * grid.margin + grid.gap_x) // grid.pitch_x))


def block_position(index: int, columns: int, grid: Grid = GRID) -> tuple[float, float]:
    """Top-left corner of block ``index`` (0 = input)."""
    row, col = divmod(index, columns)
    return grid.margin + col * grid.pitch_x, grid.margin + row * grid.pitch_y


def scene_size(count: int, columns: int, grid: Grid = GRID) -> tuple[float, float]:
    """Width and height that hold ``count`` blocks with margins."""
    rows = max(1, -(-count // columns))
    cols = max(1, min(count, columns))
    width = 2 * grid.margin + cols * grid.pitch_x - grid.gap_x
    height = 2 * grid.margin + rows * grid.pitch_y - grid.gap_y
    return width, height


def insertion_at(x: float, y: float, count: int, columns: int, grid: Grid = GRID) -> Insertion:
    """Return the insertion for a drop at scene point ``(x, y)``.

    The row is the one under the point (clamped to the chain); within it the
    slot follows the blocks whose centres lie left of ``x``. Nothing can go
    before the input block, so the smallest slot is 1.
    """
    rows = max(1, -(-count // columns))
    row = int((y - grid.margin + grid.gap_y / 2) // grid.pitch_y)
    row = max(0, min(row, rows - 1))
    first = row * columns
    in_row = min(columns, count - first)
    # Blocks whose centre lies left of x: centre_c = margin + c·pitch + block_w/2.
    col = int((x - grid.margin + grid.block_w / 2 + grid.gap_x) // grid.pitch_x)
    slot = max(1, first + max(0, min(col, in_row)))
    return _marker(slot, row, columns, grid)


def _marker(slot: int, row: int, columns: int, grid: Grid) -> Insertion:
    """Place the marker after block ``slot - 1`` if it is on ``row``, else before ``slot``."""
    if (slot - 1) // columns == row:
        bx, by = block_position(slot - 1, columns, grid)
        return Insertion(slot, bx + grid.block_w + grid.gap_x / 2, by)
    bx, by = block_position(slot, columns, grid)
    return Insertion(slot, bx - grid.gap_x / 2, by)


def fit_scale(
    count: int,
    view_w: float,
    view_h: float,
    grid: Grid = GRID,
    limits: tuple[float, float] = (0.3, 1.0),
) -> float:
    """The largest zoom in ``limits`` at which the wrapped chain fits the view.

    The chain re-wraps at every zoom (fewer columns when larger), so the
    scale is searched rather than computed.
    """
    low, high = limits
    scale = high
    while scale > low:
        columns = columns_for_width(view_w / scale, grid)
        width, height = scene_size(count, columns, grid)
        if width * scale <= view_w and height * scale <= view_h:
            return scale
        scale = round(scale - 0.05, 2)
    return low

"""The generated shapes: each class draws the shape it names, at the stated sizes and places.

The shapes are checked against an independent description of each one
(a polygon or an equation in the shape's unit frame, where the centre-to-rim
size ``half`` is 1, x points right and y up), rendered here by
supersampling: the fraction of each pixel that lies inside the shape.
"""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.datasets import shapes
from cnnbuilder.core.datasets.shapes import (
    MAX_HALF,
    MIN_HALF,
    NOISE,
    SHAPE_CLASSES,
    SIZE,
    generate_shapes,
    outline,
    render,
)


def _polygon(*corners: tuple[float, float]):
    """Whether points (u, v) are inside the polygon (even-odd rule, ray to the right)."""
    xs, ys = np.array(corners, dtype=float).T

    def inside(u: np.ndarray, v: np.ndarray) -> np.ndarray:
        result = np.zeros(np.broadcast(u, v).shape, dtype=bool)
        for i in range(len(xs)):
            x1, y1, x2, y2 = xs[i - 1], ys[i - 1], xs[i], ys[i]
            if y1 == y2:
                continue
            crossing = x1 + (v - y1) * (x2 - x1) / (y2 - y1)
            result ^= ((y1 > v) != (y2 > v)) & (u < crossing)
        return result

    return inside


def _rectangle(half_u: float, half_v: float):
    return _polygon((-half_u, -half_v), (half_u, -half_v), (half_u, half_v), (-half_u, half_v))


def _star():
    """Five points at radius 1 (one on the +x axis), inner corners at radius 0.45."""
    corners = []
    for k in range(5):
        tip, inner = np.deg2rad(72 * k), np.deg2rad(72 * k + 36)
        corners += [(np.cos(tip), np.sin(tip)), (0.45 * np.cos(inner), 0.45 * np.sin(inner))]
    return _polygon(*corners)


_TRIANGLE = (0.0, 1.0), (-np.sqrt(3) / 2, -0.5), (np.sqrt(3) / 2, -0.5)  # point up

# class -> (inside test in the unit frame, area in units of half²)
GEOMETRY = {
    "circle": (lambda u, v: u**2 + v**2 <= 0.9**2, np.pi * 0.9**2),
    "square": (_rectangle(0.72, 0.72), 1.44**2),
    "triangle": (_polygon(*_TRIANGLE), 3 * np.sqrt(3) / 4),
    "diamond": (_polygon((0.6, 0), (0, 1), (-0.6, 0), (0, -1)), 2 * 0.6 * 1.0),
    "plus": (
        lambda u, v: _rectangle(1.0, 0.28)(u, v) | _rectangle(0.28, 1.0)(u, v),
        2 * 2.0 * 0.56 - 0.56**2,
    ),
    "ring": (
        lambda u, v: (u**2 + v**2 >= 0.52**2) & (u**2 + v**2 <= 0.92**2),
        np.pi * (0.92**2 - 0.52**2),
    ),
    "star": (_star(), 10 * 0.5 * 0.45 * np.sin(np.deg2rad(36))),
    "horizontal bar": (_rectangle(1.0, 0.28), 2.0 * 0.56),
    "vertical bar": (_rectangle(0.28, 1.0), 2.0 * 0.56),
    "ellipse": (lambda u, v: u**2 + (v / 0.5) ** 2 <= 1, np.pi * 0.5),
}


def _supersampled(name: str, half: float, per_pixel: int = 16) -> np.ndarray:
    """Shape ``name`` centred in a 32 × 32 picture: the fraction of each pixel inside it."""
    offsets = (np.arange(SIZE * per_pixel) + 0.5) / per_pixel - SIZE / 2
    inside = GEOMETRY[name][0](offsets[None, :] / half, -offsets[:, None] / half)
    return inside.reshape(SIZE, per_pixel, SIZE, per_pixel).mean(axis=(1, 3))


def test_the_geometry_here_names_every_class():
    assert tuple(GEOMETRY) == SHAPE_CLASSES
    assert len(set(SHAPE_CLASSES)) == 10


@pytest.mark.parametrize("name", SHAPE_CLASSES)
@pytest.mark.parametrize("half", [6.0, 12.0])
def test_outline_draws_the_named_shape_with_a_one_pixel_soft_rim(name, half):
    drawn, exact = outline(name, half), _supersampled(name, half)
    difference = np.abs(drawn - exact)
    # A pixel on a straight edge is covered in proportion to its distance to
    # the edge; a corner is rounded by at most a quarter of a pixel.
    assert difference.mean() < 0.0025, (name, difference.mean())
    assert difference.max() < 0.26, (name, difference.max())
    assert drawn.sum() == pytest.approx(GEOMETRY[name][1] * half**2, rel=0.02)


@pytest.mark.parametrize("name", SHAPE_CLASSES)
def test_outline_is_symmetric_as_its_shape(name):
    """Every class is the same mirrored left to right, except the star (a point to the
    right), and upside down, except the triangle (a point up, a flat base)."""
    drawn = outline(name)
    left_right = np.abs(drawn - drawn[:, ::-1]).max()
    up_down = np.abs(drawn - drawn[::-1]).max()
    assert (left_right < 1e-9) == (name != "star"), left_right
    assert (up_down < 1e-9) == (name != "triangle"), up_down
    if name == "triangle":  # the flat base is a row of pixels, below the centre
        rows = drawn.sum(axis=1)
        assert rows.argmax() == 16 + 5  # the base is at half / 2 below the centre


def test_outline_is_twelve_pixels_from_centre_to_rim_by_default():
    for name in SHAPE_CLASSES:
        np.testing.assert_array_equal(outline(name), outline(name, 12.0))


@pytest.mark.parametrize("name", SHAPE_CLASSES)
def test_outline_fills_part_of_its_box(name):
    mask = outline(name, half=12.0)
    assert 0.1 < mask.mean() < 0.7, name
    assert mask[0].max() == mask[-1].max() == 0.0  # stays inside the picture


def test_shape_classes_differ_in_outline():
    masks = np.array([outline(name) > 0.5 for name in SHAPE_CLASSES])
    differ = (masks[:, None] != masks[None]).sum(axis=(2, 3))
    off_diagonal = differ[~np.eye(len(SHAPE_CLASSES), dtype=bool)]
    assert off_diagonal.min() >= 50  # pixels, of 1024


@pytest.mark.parametrize("name", ["circle", "square", "diamond", "plus", "ring"])
def test_an_outline_is_centred_and_its_area_grows_with_the_square_of_its_size(name):
    small, large = outline(name, half=6.0), outline(name, half=12.0)
    np.testing.assert_allclose(large, large[::-1, ::-1], atol=1e-12)  # centred on the picture
    assert large.max() == 1.0
    assert large.min() == 0.0
    assert large.sum() / small.sum() == pytest.approx(4.0, rel=0.02)  # a 1-pixel soft rim


# --- the generated sets -------------------------------------------------------------


def _drawn(per_class: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``(labels, coverage)``: the shape masks of a batch, (n,) and (n, 32, 32) in 0..1."""
    labels = np.repeat(np.arange(len(SHAPE_CLASSES)), per_class)
    return labels, shapes._coverage(labels, np.random.default_rng(seed))


def _measured(labels: np.ndarray, coverage: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(half, centre)``: each shape's size from its area, (n,); its centroid (n, 2) as (x, y)."""
    areas = coverage.sum(axis=(1, 2))
    unit_areas = np.array([GEOMETRY[name][1] for name in SHAPE_CLASSES])[labels]
    pixel_centres = np.arange(SIZE) + 0.5
    x = (coverage.sum(axis=1) * pixel_centres).sum(axis=1) / areas
    y = (coverage.sum(axis=2) * pixel_centres).sum(axis=1) / areas
    return np.sqrt(areas / unit_areas), np.stack([x, y], axis=1)


def test_every_shape_is_drawn_between_the_smallest_and_largest_size():
    labels, coverage = _drawn(150, seed=5)
    assert coverage.min() == 0.0
    assert coverage.max() == 1.0
    half, _ = _measured(labels, coverage)
    for k, name in enumerate(SHAPE_CLASSES):
        sizes = half[labels == k]
        # Each size is drawn uniformly in MIN_HALF..MAX_HALF: the set reaches near both ends.
        assert MIN_HALF - 0.15 < sizes.min() < MIN_HALF + 0.3, name
        assert MAX_HALF - 0.3 < sizes.max() < MAX_HALF + 0.15, name


def test_every_shape_lies_within_the_picture_at_random_places():
    labels, coverage = _drawn(150, seed=6)
    half, centre = _measured(labels, coverage)
    # The centre is at least half + 0.5 pixels from each edge, and the
    # places fill that range, in x and in y independently.
    near_start = centre - half[:, None]
    near_end = centre + half[:, None]
    assert near_start.min(axis=0) == pytest.approx([0.5, 0.5], abs=0.12)
    assert near_end.max(axis=0) == pytest.approx([SIZE - 0.5, SIZE - 0.5], abs=0.12)
    assert np.mean(np.abs(centre[:, 0] - centre[:, 1]) > 1.0) > 0.5
    assert abs(np.corrcoef(centre.T)[0, 1]) < 0.2


def _angle(mask: np.ndarray) -> float:
    """The direction of a mask's long axis in degrees, -90..90, anticlockwise from +x."""
    rows, cols = np.indices(mask.shape)
    weight = mask / mask.sum()
    x = cols - (weight * cols).sum()
    y = -(rows - (weight * rows).sum())  # y up
    xx, yy, xy = (weight * x * x).sum(), (weight * y * y).sum(), (weight * x * y).sum()
    return float(np.degrees(0.5 * np.arctan2(2 * xy, xx - yy)))


def test_bars_turn_up_to_twenty_degrees_either_way():
    labels, coverage = _drawn(200, seed=7)
    for name, base in (("horizontal bar", 0.0), ("vertical bar", 90.0)):
        angles = np.array([_angle(m) for m in coverage[labels == SHAPE_CLASSES.index(name)]])
        turn = (angles - base + 90) % 180 - 90
        assert np.abs(turn).max() < 20.5, name
        assert turn.min() < -17, name
        assert turn.max() > 17, name


def test_the_ellipse_and_triangle_turn_all_the_way_round():
    labels, coverage = _drawn(200, seed=8)
    angles = np.array([_angle(m) for m in coverage[labels == SHAPE_CLASSES.index("ellipse")]])
    assert np.histogram(angles, bins=6, range=(-90, 90))[0].min() > 15
    # A triangle's point: the farthest covered pixel from its centroid.
    triangles = coverage[labels == SHAPE_CLASSES.index("triangle")]
    points = []
    for mask in triangles:
        rows, cols = np.nonzero(mask > 0.5)
        weight = mask / mask.sum()
        r0, c0 = (weight * np.indices(mask.shape)).sum(axis=(1, 2))
        far = np.argmax((rows - r0) ** 2 + (cols - c0) ** 2)
        points.append(np.degrees(np.arctan2(-(rows[far] - r0), cols[far] - c0)))
    assert np.histogram(points, bins=6, range=(-180, 180))[0].min() > 15


def _two_colours(
    image: np.ndarray, alpha: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``(background, foreground, unclipped_bg, unclipped_fg)`` of one image, (3,) each.

    Each colour is the middle of the range of the pixels fully outside
    (inside) the shape, where noise of ±NOISE spreads them evenly; the
    ``unclipped`` flags say where no pixel was clipped at 0 or 1.
    """
    out, full = image[alpha == 0], image[alpha == 1]
    centre = [(part.max(axis=0) + part.min(axis=0)) / 2 for part in (out, full)]
    clean = [(part.min(axis=0) > 0) & (part.max(axis=0) < 1) for part in (out, full)]
    return centre[0], centre[1], clean[0], clean[1]


def test_render_blends_a_light_shape_on_a_dark_ground_with_even_noise():
    labels = np.repeat(np.arange(len(SHAPE_CLASSES)), 40)
    alpha = shapes._coverage(labels, np.random.default_rng(9))
    images = render(labels, np.random.default_rng(9))  # the same masks, then colours and noise
    assert images.shape == (len(labels), SIZE, SIZE, 3)
    assert images.dtype == np.float32
    assert images.min() == 0.0
    assert images.max() == 1.0
    backgrounds, foregrounds = [], []
    for image, mask in zip(images, alpha, strict=True):
        background, foreground, clean_bg, clean_fg = _two_colours(image, mask)
        for clean, where in (
            (clean_bg, mask == 0),
            (clean_fg, mask == 1),
        ):
            spread = np.ptp(image[where], axis=0)[clean]
            assert np.all(spread <= 2 * NOISE + 1e-6)
            assert np.all(spread > NOISE)
        backgrounds.append(np.where(clean_bg, background, np.nan))
        foregrounds.append(np.where(clean_fg, foreground, np.nan))
        # Rim pixels are the two colours mixed in proportion to the coverage.
        rim = (mask > 0) & (mask < 1)
        expected = background + (foreground - background) * mask[rim][:, None]
        both = clean_bg & clean_fg
        assert np.abs(image[rim] - expected)[:, both].max(initial=0) <= NOISE + 0.01
    background, foreground = np.array(backgrounds), np.array(foregrounds)
    # Each channel of the ground is uniform in 0..0.45, of the shape in 0.55..1.
    # (Each colour is estimated to within about 0.005 from the fewest pixels.)
    assert np.nanmin(background) > -0.01
    assert np.nanmax(background) < 0.45 + 0.01
    assert np.nanmin(foreground) > 0.55 - 0.01
    assert np.nanmax(foreground) < 1.0
    # Where no noise was clipped (a colour at least NOISE from 0 and from 1),
    # the colours are spread evenly over 0.07..0.45 and 0.55..0.93.
    for colours, low, high in ((background, 0.07, 0.45), (foreground, 0.55, 0.93)):
        quartiles = np.nanquantile(colours, [0.25, 0.5, 0.75])
        assert quartiles == pytest.approx(
            low + (high - low) * np.array([0.25, 0.5, 0.75]), abs=0.02
        )
        assert np.isnan(colours).mean() == pytest.approx(NOISE / 0.45, abs=0.04)


def test_generate_shapes_makes_300_and_60_per_class_by_default_in_a_seeded_order():
    x, y, x_test, y_test = generate_shapes()
    assert x.shape == (3000, SIZE, SIZE, 3)
    assert x_test.shape == (600, SIZE, SIZE, 3)
    assert x.dtype == x_test.dtype == np.float32
    assert y.dtype == y_test.dtype == np.int64
    assert np.bincount(y).tolist() == [300] * 10
    assert np.bincount(y_test).tolist() == [60] * 10
    assert (np.diff(y[:50]) != 0).sum() > 25  # shuffled, not grouped by class
    assert (np.diff(y_test[:50]) != 0).sum() > 25
    # The default seed's first samples (a reproducibility check: the same
    # seed gives the same pictures on every machine, to rounding).
    assert y[:8].tolist() == [2, 2, 4, 5, 8, 5, 3, 2]
    assert y_test[:8].tolist() == [6, 7, 3, 6, 2, 6, 4, 5]
    assert x[0].mean(axis=(0, 1)) == pytest.approx([0.18878, 0.140776, 0.482097], abs=1e-5)
    assert x[0, 16, 16] == pytest.approx([0.653405, 0.958874, 0.939059], abs=1e-5)
    assert x_test[0].mean(axis=(0, 1)) == pytest.approx([0.473916, 0.184064, 0.381919], abs=1e-5)


def test_generate_shapes_sizes_follow_the_counts_asked():
    x, y, x_test, y_test = generate_shapes(seed=2, train_per_class=3, test_per_class=2)
    assert x.shape == (30, SIZE, SIZE, 3)
    assert y.shape == (30,)
    assert x_test.shape == (20, SIZE, SIZE, 3)
    assert y_test.shape == (20,)
    assert np.bincount(y).tolist() == [3] * 10
    assert np.bincount(y_test).tolist() == [2] * 10
    # Every picture is a different drawing, whichever split it went to.
    flat = np.concatenate([x, x_test]).reshape(50, -1)
    assert len({row.tobytes() for row in flat}) == 50


def test_shapes_generation_is_deterministic():
    first = generate_shapes(seed=7, train_per_class=4, test_per_class=2)
    second = generate_shapes(seed=7, train_per_class=4, test_per_class=2)
    for a, b in zip(first, second, strict=True):
        assert a.tobytes() == b.tobytes()
    other = generate_shapes(seed=8, train_per_class=4, test_per_class=2)
    assert first[0].tobytes() != other[0].tobytes()


def test_shapes_of_one_class_differ_from_each_other():
    x, y, _, _ = generate_shapes(seed=1, train_per_class=5, test_per_class=0)
    for k in range(len(SHAPE_CLASSES)):
        images = x[y == k].reshape(5, -1)
        distances = np.abs(images[:, None] - images[None]).mean(axis=2)
        assert distances[~np.eye(5, dtype=bool)].min() > 0.01, SHAPE_CLASSES[k]


def _masks(x: np.ndarray) -> np.ndarray:
    """The shape's pixels: nearer the image's brightest than its darkest grey."""
    grey = x.mean(axis=3)
    low, high = grey.min(axis=(1, 2)), grey.max(axis=(1, 2))
    return grey > ((low + high) / 2)[:, None, None]


def test_bars_keep_their_orientation():
    x, y, _, _ = generate_shapes(seed=3, train_per_class=20, test_per_class=0)
    masks = _masks(x)
    horizontal = SHAPE_CLASSES.index("horizontal bar")
    vertical = SHAPE_CLASSES.index("vertical bar")
    for mask in masks[y == horizontal]:
        rows, cols = np.nonzero(mask)
        assert np.ptp(cols) > np.ptp(rows)
    for mask in masks[y == vertical]:
        rows, cols = np.nonzero(mask)
        assert np.ptp(rows) > np.ptp(cols)

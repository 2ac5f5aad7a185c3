"""The built-in ``shapes`` dataset: small colour pictures of 10 shapes, drawn in code.

Each image is 32 × 32 × 3: one shape of random size, position and (where the
class allows it) rotation, in a random light colour on a random dark
background colour, with a little uniform noise. Shapes are drawn from signed distance functions
in the shape's own unit frame, so edges are anti-aliased and the whole set
renders with a few array operations per class (no Python loop over pixels
or images).

Some classes differ only by orientation (horizontal vs vertical bar) or by
rounded vs straight outlines (ellipse vs bars, circle vs square), so that a
small CNN learns them well but not perfectly.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

SIZE = 32
SHAPE_CLASSES: tuple[str, ...] = (
    "circle",
    "square",
    "triangle",
    "diamond",
    "plus",
    "ring",
    "star",
    "horizontal bar",
    "vertical bar",
    "ellipse",
)
SEED = 20240607
MIN_HALF, MAX_HALF = 8.0, 12.5  # pixels from a shape's centre to its rim
NOISE = 0.07  # amplitude of the uniform pixel noise

Sdf = Callable[[np.ndarray, np.ndarray], np.ndarray]


def _box(u: np.ndarray, v: np.ndarray, half_u: float, half_v: float) -> np.ndarray:
    return np.maximum(np.abs(u) - half_u, np.abs(v) - half_v)


def _circle(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    return np.hypot(u, v) - 0.9


def _ring(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    return np.abs(np.hypot(u, v) - 0.72) - 0.2


def _square(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    return _box(u, v, 0.72, 0.72)


def _triangle(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    # Equilateral, circumradius 1: three half-planes at inradius 0.5.
    angles = np.deg2rad([270.0, 30.0, 150.0])
    edges = [u * np.cos(a) + v * np.sin(a) for a in angles]
    return np.maximum.reduce(edges) - 0.5


def _diamond(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    half_u, half_v = 0.6, 1.0
    level = np.abs(u) / half_u + np.abs(v) / half_v - 1
    return level / np.hypot(1 / half_u, 1 / half_v)


def _plus(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    return np.minimum(_box(u, v, 1.0, 0.28), _box(u, v, 0.28, 1.0))


def _star(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    # Fold the plane into one half-spike (angle 0..36°), where the edge is
    # the straight line from the tip (1, 0) to the inner corner.
    sector = np.pi / 5
    angle = np.abs(np.mod(np.arctan2(v, u) + sector, 2 * sector) - sector)
    radius = np.hypot(u, v)
    px, py = radius * np.cos(angle), radius * np.sin(angle)
    inner = 0.45
    ex, ey = inner * np.cos(sector) - 1.0, inner * np.sin(sector)
    # Signed distance to the edge line, positive on the side away from the centre.
    return ((px - 1.0) * ey - py * ex) / np.hypot(ex, ey)


def _bar(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    return _box(u, v, 1.0, 0.28)


def _ellipse(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    a, b = 1.0, 0.5
    level = (u / a) ** 2 + (v / b) ** 2 - 1
    grad = 2 * np.hypot(u / a**2, v / b**2) + 1e-6
    return level / grad


# class -> (signed distance, base rotation in degrees, +- random rotation)
_DRAW: dict[str, tuple[Sdf, float, float]] = {
    "circle": (_circle, 0.0, 0.0),
    "square": (_square, 0.0, 20.0),
    "triangle": (_triangle, 0.0, 180.0),
    "diamond": (_diamond, 0.0, 20.0),
    "plus": (_plus, 0.0, 20.0),
    "ring": (_ring, 0.0, 0.0),
    "star": (_star, 0.0, 180.0),
    "horizontal bar": (_bar, 0.0, 20.0),
    "vertical bar": (_bar, 90.0, 20.0),
    "ellipse": (_ellipse, 0.0, 180.0),
}


def _colours(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Background and foreground RGB, (n, 3) each, in random hues.

    The shape is brighter than its background in every channel: with both
    edge polarities allowed, LeNet-5 needs far more than 10 epochs.
    """
    return rng.uniform(0.0, 0.45, (n, 3)), rng.uniform(0.55, 1.0, (n, 3))


def _distance(
    name: str, dx: np.ndarray, dy: np.ndarray, jitter: np.ndarray, half: np.ndarray
) -> np.ndarray:
    """Signed distance in pixels from each pixel to the rim of shape ``name``.

    ``dx`` (n, 1, SIZE) and ``dy`` (n, SIZE, 1) are pixel offsets from each
    shape's centre; ``jitter`` (n,) in -1..1 scales the class's rotation
    range; ``half`` (n,) is the centre-to-rim size in pixels. Returns (n, SIZE, SIZE).
    """
    sdf, base, spread = _DRAW[name]
    theta = np.deg2rad(base + spread * jitter)[:, None, None]
    cos, sin = np.cos(theta), np.sin(theta)
    s = half[:, None, None]
    # Image y grows downwards; rotate into the shape's frame, in units of `half`.
    u = (dx * cos - dy * sin) / s
    v = (-dx * sin - dy * cos) / s
    return sdf(u, v) * s


def _coverage(labels: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Anti-aliased shape masks, (n, SIZE, SIZE) in 0..1."""
    n = len(labels)
    half = rng.uniform(MIN_HALF, MAX_HALF, n)
    centre = rng.uniform(half + 0.5, SIZE - half - 0.5, (2, n))
    jitter = rng.uniform(-1, 1, n)
    grid = np.arange(SIZE) + 0.5
    dx = grid[None, None, :] - centre[0][:, None, None]  # (n, 1, SIZE)
    dy = grid[None, :, None] - centre[1][:, None, None]  # (n, SIZE, 1)
    distance = np.empty((n, SIZE, SIZE))
    for k, name in enumerate(SHAPE_CLASSES):
        rows = np.flatnonzero(labels == k)
        distance[rows] = _distance(name, dx[rows], dy[rows], jitter[rows], half[rows])
    return np.clip(0.5 - distance, 0.0, 1.0)


def outline(name: str, half: float = 12.0) -> np.ndarray:
    """Shape ``name`` centred, in its base orientation: a (32, 32) mask in 0..1."""
    offsets = np.arange(SIZE) + 0.5 - SIZE / 2
    distance = _distance(
        name, offsets[None, None, :], offsets[None, :, None], np.zeros(1), np.array([half])
    )
    return np.clip(0.5 - distance[0], 0.0, 1.0)


def render(labels: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Draw one image per label.

    Parameters
    ----------
    labels : ndarray, (m,) int
        Indices into :data:`SHAPE_CLASSES`.
    rng : numpy.random.Generator

    Returns
    -------
    ndarray, (m, 32, 32, 3) float32 in 0..1
    """
    alpha = _coverage(labels, rng).astype(np.float32)[..., None]
    background, foreground = (
        colour.astype(np.float32)[:, None, None] for colour in _colours(rng, len(labels))
    )
    images = background + (foreground - background) * alpha
    # Uniform noise: as good as Gaussian here and several times faster to draw.
    noise = rng.random(images.shape, dtype=np.float32)
    images += (noise - np.float32(0.5)) * np.float32(2 * NOISE)
    return np.clip(images, 0.0, 1.0, out=images)


def generate_shapes(
    seed: int = SEED, train_per_class: int = 300, test_per_class: int = 60
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Generate the balanced training and test splits, in a seeded random order.

    Returns
    -------
    x : (10 * train_per_class, 32, 32, 3) float32
    y : (10 * train_per_class,) int64
    x_test : (10 * test_per_class, 32, 32, 3) float32
    y_test : (10 * test_per_class,) int64
    """
    rng = np.random.default_rng(seed)
    per_class = train_per_class + test_per_class
    labels = np.repeat(np.arange(len(SHAPE_CLASSES), dtype=np.int64), per_class)
    images = render(labels, rng)
    index = np.arange(len(labels)).reshape(len(SHAPE_CLASSES), per_class)
    train = rng.permutation(index[:, :train_per_class].ravel())
    test = rng.permutation(index[:, train_per_class:].ravel())
    return images[train], labels[train], images[test], labels[test]

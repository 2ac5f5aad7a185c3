"""The :class:`Dataset` value and what the trainer asks of it: fit, split, describe."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnbuilder.core.errors import DataError
from cnnbuilder.i18n import translate


def shape_text(shape: tuple[int, ...]) -> str:
    """``(8, 8, 1)`` -> ``"8×8×1"``, as the course writes volumes."""
    return "×".join(str(int(n)) for n in shape)


@dataclass(frozen=True)
class Dataset:
    """Images and labels ready for training, with an optional fixed test split.

    Parameters
    ----------
    name : str
        ``"digits"``, ``"shapes"``, or the file or folder name.
    x : ndarray, (m, n_H, n_W, n_c) float32
        Training images; uint8 sources are scaled to 0..1.
    y : ndarray, (m,) int64
        Class labels ``0..K-1``.
    x_test : ndarray, (m_test, n_H, n_W, n_c) float32, or None
        The fixed test split, if the source has one.
    y_test : ndarray, (m_test,) int64, or None
    class_names : tuple of str
        ``K`` names; label ``k`` is ``class_names[k]``.
    notes : tuple of str
        Things the user should know, e.g. files that could not be read.
    """

    name: str
    x: np.ndarray
    y: np.ndarray
    x_test: np.ndarray | None
    y_test: np.ndarray | None
    class_names: tuple[str, ...]
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Loaders validate user data; this only catches programming slips.
        if self.x.ndim != 4 or self.y.shape != (len(self.x),):
            raise DataError(
                translate(
                    "dataset", "{name}: x must be (m, H, W, C) and y (m,), got {shape} and {shape2}"
                ).format(name=self.name, shape=self.x.shape, shape2=self.y.shape)
            )
        if (self.x_test is None) != (self.y_test is None):
            raise DataError(
                translate("dataset", "{name}: x_test and y_test must be given together").format(
                    name=self.name
                )
            )
        # Test images of another size are allowed here and reported by
        # check_fits: callers build such data on purpose (loaders never do).
        if (
            self.x_test is not None
            and self.y_test is not None
            and (self.y_test.shape != (len(self.x_test),))
        ):
            raise DataError(
                translate("dataset", "{name}: y_test must be ({count},)").format(
                    name=self.name, count=len(self.x_test)
                )
            )

    @property
    def input_shape(self) -> tuple[int, int, int]:
        """``(n_H, n_W, n_c)`` of one image."""
        _, n_h, n_w, n_c = self.x.shape
        return (int(n_h), int(n_w), int(n_c))

    @property
    def num_classes(self) -> int:
        """``K``, the number of class names."""
        return len(self.class_names)


def check_fits(
    dataset: Dataset, input_shape: tuple[int, int, int], classes: int | None
) -> str | None:
    """Say why ``dataset`` cannot train a network, or return None if it can.

    Parameters
    ----------
    dataset : Dataset
    input_shape : (n_H, n_W, n_c)
        The network's input volume.
    classes : int or None
        Outputs of the final Softmax layer (None: the network has none yet,
        so only the input is checked). More outputs than the data has classes
        is allowed: those outputs are simply never the target.

    Returns
    -------
    str or None
        E.g. ``"the data is 8×8×1 but the network input is 32×32×3"``.
    """
    problems = []
    wanted = tuple(int(n) for n in input_shape)
    if dataset.input_shape != wanted:
        problems.append(
            translate("dataset", "the data is {value} but the network input is {value2}").format(
                value=shape_text(dataset.input_shape), value2=shape_text(wanted)
            )
        )
    elif dataset.x_test is not None and dataset.x_test.shape[1:] != wanted:
        problems.append(
            translate(
                "dataset", "the test images are {value} but the network input is {value2}"
            ).format(value=shape_text(dataset.x_test.shape[1:]), value2=shape_text(wanted))
        )
    if classes is not None and dataset.num_classes > classes:
        problems.append(
            translate(
                "dataset",
                "the data has {num_classes} classes but the Softmax layer has {classes} outputs",
            ).format(num_classes=dataset.num_classes, classes=classes)
        )
    return "; ".join(problems) or None


def _val_counts(counts: np.ndarray, n_val: int) -> np.ndarray:
    """Share ``n_val`` among classes in proportion to ``counts`` (largest remainder).

    Each class keeps at least one sample for training when it has one.
    """
    caps = np.maximum(counts - 1, 0)
    quotas = counts * (n_val / counts.sum())
    take = np.minimum(np.floor(quotas).astype(np.int64), caps)
    # Hand out what rounding down left over, biggest fractions first (stable order).
    for k in np.argsort(-(quotas - np.floor(quotas)), kind="stable"):
        if take.sum() >= n_val:
            break
        if take[k] < caps[k]:
            take[k] += 1
    return take


def split_validation(
    x: np.ndarray, y: np.ndarray, val_split: float, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Hold out a stratified random fraction of the training data for validation.

    Parameters
    ----------
    x : ndarray, (m, n_H, n_W, n_c)
    y : ndarray, (m,) int
    val_split : float in [0, 1)
        Fraction to hold out. 0 gives empty validation arrays; any positive
        fraction holds out at least one sample, and at least one sample of
        every class stays in training.
    rng : numpy.random.Generator
        Decides which samples are held out.

    Returns
    -------
    x_train, y_train, x_val, y_val
        Both parts keep the original order of the samples.
    """
    _, inverse, take = _held_out(y, val_split)
    if len(x) != len(y):
        raise ValueError(f"x has {len(x)} samples but y has {len(y)}")
    is_val = np.zeros(len(y), dtype=bool)
    for k, n_take in enumerate(take):
        members = np.flatnonzero(inverse == k)
        is_val[rng.permutation(members)[:n_take]] = True
    return x[~is_val], y[~is_val], x[is_val], y[is_val]


def validation_size(y: np.ndarray, val_split: float) -> int:
    """How many of the labels ``y`` (m,) :func:`split_validation` holds out.

    The window shows this number; it is the trainer's own rule, so they agree
    (20 images of 10 classes at 0.9 hold out 10: each class keeps one).
    """
    return int(_held_out(np.asarray(y), val_split)[2].sum())


def _held_out(y: np.ndarray, val_split: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(classes, class index of each sample, validation count of each class)."""
    if isinstance(val_split, bool) or not isinstance(val_split, int | float | np.floating):
        raise ValueError(f"val_split must be a number in [0, 1), got {val_split!r}")
    if not 0 <= val_split < 1:  # also rejects NaN
        raise ValueError(f"val_split must be in [0, 1), got {val_split!r}")
    m = len(y)
    n_val = min(round(m * val_split), m - 1)
    if val_split > 0 and m >= 2:
        n_val = max(n_val, 1)
    classes, inverse = np.unique(y, return_inverse=True)
    counts = np.bincount(inverse, minlength=len(classes))
    return classes, inverse, _val_counts(counts, max(n_val, 0))


__all__ = [
    "Dataset",
    "check_fits",
    "shape_text",
    "split_validation",
    "validation_size",
]

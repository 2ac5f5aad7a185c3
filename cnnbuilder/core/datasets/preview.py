"""What the data panel shows before training: class counts and a few samples per class.

Works for every source (built-in, named, ``.npz``, folder, IDX): it only
reads the :class:`Dataset`. The validation counts follow the same rule as
:func:`split_validation`, so they are what a run will use.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnbuilder.core.datasets.dataset import Dataset, _held_out


@dataclass(frozen=True)
class ClassRow:
    """One class of a data set, as the panel lists it.

    Parameters
    ----------
    label : int
        ``k``; its name is ``class_names[k]``.
    name : str
    train, validation, test : int
        Samples of this class in each split (``test`` 0 without a test split).
    samples : ndarray, (s, n_H, n_W, n_c) float32
        Up to ``per_class`` training images of the class (views, no copy of the set).
    """

    label: int
    name: str
    train: int
    validation: int
    test: int
    samples: np.ndarray


def class_rows(
    dataset: Dataset, val_split: float, per_class: int = 8, seed: int = 0
) -> list[ClassRow]:
    """Per class: counts in train / validation / test and a few sample images.

    Parameters
    ----------
    dataset : Dataset
    val_split : float in [0, 1)
        The fraction the next run holds out for validation.
    per_class : int
        Samples to show per class.
    seed : int
        Which samples are shown (the same ones each time for the same seed).

    Returns
    -------
    list of ClassRow
        One per class name, in label order (classes without samples included).
    """
    k = dataset.num_classes
    counts = np.bincount(dataset.y, minlength=k)[:k]
    held_out = np.zeros(k, np.int64)
    classes, _, take = _held_out(dataset.y, val_split)  # the trainer's own rule
    held_out[classes] = take
    test = (
        np.bincount(dataset.y_test, minlength=k)[:k]
        if dataset.y_test is not None
        else np.zeros(k, np.int64)
    )
    rng = np.random.default_rng(seed)
    rows = []
    for label in range(k):
        members = np.flatnonzero(dataset.y == label)
        chosen = np.sort(rng.permutation(members)[:per_class]) if len(members) else members
        rows.append(
            ClassRow(
                label,
                dataset.class_names[label],
                int(counts[label] - held_out[label]),
                int(held_out[label]),
                int(test[label]),
                dataset.x[chosen],
            )
        )
    return rows

"""Read a folder of images, one sub-folder per class (FORMATS.md "Data file").

Layouts::

    flowers/daisy/*.png, flowers/rose/*.jpg           (no test split)
    flowers/train/daisy/..., flowers/test/daisy/...   (fixed test split)

Class names are the sub-folder names, sorted. Images (PNG, JPEG, BMP) are
decoded with Pillow and prepared by :func:`~cnnbuilder.core.datasets.images.prepare_image`
(grey ``L`` or colour ``RGB``, resized to the network input), as a picture
tried on the trained network is. Files that cannot be decoded are skipped and
counted in the dataset's ``notes``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from cnnbuilder.core.datasets.arrays import as_images
from cnnbuilder.core.datasets.dataset import Dataset, shape_text
from cnnbuilder.core.datasets.images import GREY_MODES, prepare_image
from cnnbuilder.core.errors import DataError
from cnnbuilder.core.os_words import os_reason
from cnnbuilder.core.reading import open_image
from cnnbuilder.i18n import translate

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp"})
# The images end up as float32 arrays (and the training run copies batches of
# them): refuse a folder that would need more than this, before it does.
MEMORY_LIMIT_BYTES = 2 * 1024**3
_FAILURES_SHOWN = 10  # skipped files named in the notes


def _visible(children: list[Path]) -> list[Path]:
    return sorted(p for p in children if not p.name.startswith("."))


def _class_dirs(folder: Path) -> list[Path]:
    return [p for p in _visible(list(folder.iterdir())) if p.is_dir()]


def _image_files(folder: Path) -> list[Path]:
    return [
        p
        for p in _visible(list(folder.iterdir()))
        if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
    ]


@dataclass
class _Reader:
    """Decodes images to one size and mode, remembering what went wrong.

    ``size`` is (width, height) as Pillow wants it; None takes the first
    image's. ``channels`` 1 or 3 forces grey or colour; None keeps each
    image's own (grey or RGB) until all are read.
    """

    root: Path
    size: tuple[int, int] | None
    channels: int | None
    failures: list[str] = field(default_factory=list)
    resized: int = 0
    values: int = 0  # pixel values decoded so far

    def read(self, path: Path) -> np.ndarray | None:
        """The image as uint8, (n_H, n_W) grey or (n_H, n_W, 3); None if unreadable."""
        shown = path.relative_to(self.root).as_posix()
        try:
            # Regular files only, declared size checked before decoding.
            with open_image(path, name=shown) as image:
                return self._decode(image)
        except DataError as exc:  # open_image's, which names the file itself
            self.failures.append(str(exc))
        # Decoders fail in many ways (OSError, SyntaxError, struct.error, bomb
        # checks...); any failure of one file must only skip that file.
        except Exception as exc:
            self.failures.append(f"{shown}: {os_reason(exc)}")
        return None

    def _decode(self, image: Image.Image) -> np.ndarray:
        grey = image.mode in GREY_MODES
        channels = self.channels or (1 if grey else 3)
        if self.size is not None:
            image.draft({1: "L", 3: "RGB"}[channels], self.size)  # JPEG decodes smaller
        size = self.size or image.size
        width, height = size
        array = prepare_image(image, (height, width, channels))
        self.resized += image.size != size
        self.size = size
        # uint8 again (exact: the values are k / 255) to hold a quarter of the bytes.
        uint8 = np.round(array * 255).astype(np.uint8)
        return uint8[:, :, 0] if channels == 1 and self.channels is None else uint8

    def read_classes(self, folder: Path) -> dict[str, list[np.ndarray]]:
        """Class name -> decoded images, for every sub-folder of ``folder``."""
        found: dict[str, list[np.ndarray]] = {}
        for class_dir in _class_dirs(folder):
            found[class_dir.name] = images = []
            for path in _image_files(class_dir):
                image = self.read(path)
                if image is not None:
                    self._count(image)
                    images.append(image)
        return found

    def _count(self, image: np.ndarray) -> None:
        """Raise a DataError once the images would need over ``MEMORY_LIMIT_BYTES``."""
        self.values += image.size
        if 4 * self.values > MEMORY_LIMIT_BYTES:
            height, width = image.shape[:2]
            raise DataError(
                translate(
                    "folder",
                    "{root}: the images, at {height}×{width} pixels each, would need more "
                    "than {value} GiB as float32; use a smaller network input (they are "
                    "resized to it) or fewer images",
                ).format(
                    root=self.root.name,
                    height=height,
                    width=width,
                    value=f"{MEMORY_LIMIT_BYTES / 1024**3:.0f}",
                )
            )


def _stack(
    by_class: dict[str, list[np.ndarray]], names: tuple[str, ...], channels: int
) -> tuple[np.ndarray, np.ndarray]:
    """Images (m, n_H, n_W, channels) uint8 and labels (m,) in class order."""
    images, labels = [], []
    for label, name in enumerate(names):
        for image in by_class.get(name, []):
            if image.ndim == 2:
                image = image[..., None]
            images.append(np.repeat(image, channels // image.shape[2], axis=2))
            labels.append(label)
    return np.stack(images), np.asarray(labels, dtype=np.int64)


def _layout(folder: Path) -> tuple[Path, Path | None]:
    """The training folder and the test folder (None when not split)."""
    train, test = folder / "train", folder / "test"
    if train.is_dir():
        return train, test if test.is_dir() else None
    return folder, None


def _check_classes(folder: Path, names: tuple[str, ...]) -> None:
    if not names:
        kinds = ", ".join(sorted(IMAGE_SUFFIXES))
        raise DataError(
            translate(
                "folder",
                "{folder}: no readable images ({kinds}) in class sub-folders (one "
                "sub-folder of images per class)",
            ).format(folder=folder.name, kinds=kinds)
        )
    if len(names) < 2:
        raise DataError(
            translate(
                "folder",
                "{folder}: only one class sub-folder with images ('{value}'); a "
                "classifier needs at least 2",
            ).format(folder=folder.name, value=names[0])
        )


def _read_test(
    reader: _Reader, test_dir: Path | None, names: tuple[str, ...], folder: Path
) -> dict[str, list[np.ndarray]]:
    """Class name -> test images; their classes must be among the training ``names``."""
    if test_dir is None:
        return {}
    test = reader.read_classes(test_dir)
    strangers = sorted(name for name, images in test.items() if images and name not in names)
    if strangers:
        raise DataError(
            translate(
                "folder", "{folder}: test/ has classes that train/ has no images of: {value}"
            ).format(folder=folder.name, value=", ".join(strangers))
        )
    return test


def _notes(
    reader: _Reader, by_class: dict[str, list[np.ndarray]], names: tuple[str, ...]
) -> list[str]:
    notes = []
    if reader.failures:
        count = len(reader.failures)
        shown = "; ".join(reader.failures[:_FAILURES_SHOWN])
        more = ""
        if count > _FAILURES_SHOWN:
            more = translate("folder", "; and {n} more").format(n=count - _FAILURES_SHOWN)
        skipped = (
            translate("folder", "{count} file skipped: {shown}{more}")
            if count == 1
            else translate("folder", "{count} files skipped: {shown}{more}")
        )
        notes.append(skipped.format(count=count, shown=shown, more=more))
    empty = sorted(set(by_class) - set(names))
    if empty:
        notes.append(
            translate("folder", "sub-folders without readable images were ignored: {value}").format(
                value=", ".join(empty)
            )
        )
    if reader.resized and reader.size is not None:
        width, height = reader.size
        count = reader.resized
        notes.append(
            (
                translate("folder", "{count} image was resized to {height}×{width}")
                if count == 1
                else translate("folder", "{count} images were resized to {height}×{width}")
            ).format(count=count, height=height, width=width)
        )
    return notes


def load_folder(folder: Path, input_shape: tuple[int, int, int] | None = None) -> Dataset:
    """Load a folder of class sub-folders.

    Parameters
    ----------
    folder : Path
    input_shape : (n_H, n_W, n_c), optional
        Resize every image to n_H × n_W and convert it to grey (n_c = 1) or
        RGB (n_c = 3). Default: the first image's size, and 3 channels unless
        every image is grey. Other n_c keep the default channels, so that
        :func:`check_fits` can name the mismatch.

    Returns
    -------
    Dataset
        ``x`` : (m, n_H, n_W, n_c) float32 in 0..1.
    """
    try:
        return _load_folder(folder.resolve(), input_shape)
    except OSError as exc:  # e.g. a sub-folder without read permission
        where = Path(exc.filename).name if exc.filename else folder.name
        raise DataError(
            translate("folder", "{where}: cannot be read ({value})").format(
                where=where, value=os_reason(exc)
            )
        ) from None


def _load_folder(folder: Path, input_shape: tuple[int, int, int] | None) -> Dataset:
    size = None if input_shape is None else (int(input_shape[1]), int(input_shape[0]))
    channels = None if input_shape is None or input_shape[2] not in (1, 3) else input_shape[2]
    reader = _Reader(folder, size, channels)
    train_dir, test_dir = _layout(folder)
    by_class = reader.read_classes(train_dir)
    names = tuple(name for name, images in by_class.items() if images)
    _check_classes(folder, names)
    test = _read_test(reader, test_dir, names, folder)
    every = [image for images in [*by_class.values(), *test.values()] for image in images]
    channels = channels or (1 if all(image.ndim == 2 for image in every) else 3)
    x, y = _stack(by_class, names, channels)
    x_test = y_test = None
    notes = _notes(reader, by_class, names)
    if any(test.values()):
        x_test, y_test = _stack(test, names, channels)
    elif test_dir is not None:
        notes.append(translate("folder", "test/ has no readable images; there is no test split"))
    where = f"{folder.name} ({shape_text(x.shape[1:])})"
    return Dataset(
        folder.name,
        as_images(x, where),
        y,
        None if x_test is None else as_images(x_test, where),
        y_test,
        names,
        tuple(notes),
    )

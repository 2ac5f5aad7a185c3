"""The downloadable named data sets: their files, pinned checksums and hosts.

One entry per name (``mnist``, ``fashion-mnist``, ``cifar10``). The file
names are the canonical ones (FORMATS.md): a mirror serves them as
``MIRROR/NAME/FILE``. Sizes and SHA-256 sums are the published values of
the files as their authors distribute them; ``tests/core/datasets/
test_catalog.py`` checks them against an independent transcription.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RemoteFile:
    """One file of a named data set.

    Parameters
    ----------
    name : str
        Canonical file name, e.g. ``"train-images-idx3-ubyte.gz"``.
    size : int
        Bytes of the published file.
    sha256 : str
        SHA-256 of the published file (hex).
    content_sha256 : str or None
        SHA-256 of the decompressed bytes of a ``.gz`` file, where that is
        published too: a copy gzipped again (e.g. by a mirror) is accepted
        when its content matches.
    """

    name: str
    size: int
    sha256: str
    content_sha256: str | None = None


@dataclass(frozen=True)
class NamedSource:
    """A named data set that is downloaded once and kept in the cache.

    Parameters
    ----------
    name : str
        ``"mnist"``, ``"fashion-mnist"`` or ``"cifar10"``.
    title : str
        Shown in lists, e.g. ``"MNIST handwritten digits"``.
    base_url : str
        Public folder the files are fetched from (``base_url/FILE``).
    files : tuple of RemoteFile
    layout : str
        ``"idx"`` (an MNIST-style IDX quadruple) or ``"cifar-binary"``.
    image_shape : (n_H, n_W, n_c)
    class_names : tuple of str
    train_count, test_count : int
        Samples in the published training and test splits.
    """

    name: str
    title: str
    base_url: str
    files: tuple[RemoteFile, ...]
    layout: str
    image_shape: tuple[int, int, int]
    class_names: tuple[str, ...]
    train_count: int
    test_count: int

    @property
    def download_size(self) -> int:
        """Bytes to download (all files)."""
        return sum(f.size for f in self.files)


def _idx_files(
    sizes: tuple[int, int, int, int], sums: tuple[str, str, str, str]
) -> tuple[RemoteFile, ...]:
    names = (
        "train-images-idx3-ubyte.gz",
        "train-labels-idx1-ubyte.gz",
        "t10k-images-idx3-ubyte.gz",
        "t10k-labels-idx1-ubyte.gz",
    )
    return tuple(RemoteFile(n, s, h) for n, s, h in zip(names, sizes, sums, strict=True))


_MNIST_FILES = (
    RemoteFile(
        "train-images-idx3-ubyte.gz",
        9_912_422,
        "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
        "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
    ),
    RemoteFile(
        "train-labels-idx1-ubyte.gz",
        28_881,
        "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
        "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
    ),
    RemoteFile(
        "t10k-images-idx3-ubyte.gz",
        1_648_877,
        "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
        "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
    ),
    RemoteFile(
        "t10k-labels-idx1-ubyte.gz",
        4_542,
        "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
        "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
    ),
)

_FASHION_FILES = _idx_files(
    (26_421_880, 29_515, 4_422_102, 5_148),
    (
        "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
        "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
        "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
        "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5",
    ),
)

_CIFAR_FILES = (
    RemoteFile(
        "cifar-10-binary.tar.gz",
        170_052_171,
        "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd",
    ),
)

NAMED_SOURCES: dict[str, NamedSource] = {
    source.name: source
    for source in (
        NamedSource(
            "mnist",
            "MNIST handwritten digits",
            "https://ossci-datasets.s3.amazonaws.com/mnist",
            _MNIST_FILES,
            "idx",
            (28, 28, 1),
            tuple(str(k) for k in range(10)),
            60_000,
            10_000,
        ),
        NamedSource(
            "fashion-mnist",
            "Fashion-MNIST clothing",
            # The authors' website endpoint speaks plain HTTP only; the checksums
            # guard the content.
            "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com",
            _FASHION_FILES,
            "idx",
            (28, 28, 1),
            (
                "T-shirt/top",
                "Trouser",
                "Pullover",
                "Dress",
                "Coat",
                "Sandal",
                "Shirt",
                "Sneaker",
                "Bag",
                "Ankle boot",
            ),
            60_000,
            10_000,
        ),
        NamedSource(
            "cifar10",
            "CIFAR-10 small colour pictures",
            "https://www.cs.toronto.edu/~kriz",
            _CIFAR_FILES,
            "cifar-binary",
            (32, 32, 3),
            (
                "airplane",
                "automobile",
                "bird",
                "cat",
                "deer",
                "dog",
                "frog",
                "horse",
                "ship",
                "truck",
            ),
            50_000,
            10_000,
        ),
    )
}


def named_source(name: str) -> NamedSource:
    """Return the catalogue entry ``name``.

    Raises
    ------
    KeyError
        For an unknown name (callers turn it into a message listing the names).
    """
    return NAMED_SOURCES[name]

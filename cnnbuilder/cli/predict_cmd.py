"""``cnnbuilder predict NET --weights W.npz --input X.npy --output P.npy``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import numpy as np

from cnnbuilder.cli.common import EXIT_OK, checked_output, load_trainable_spec
from cnnbuilder.core.atomic import atomic_write_with
from cnnbuilder.core.errors import DataError
from cnnbuilder.core.memory import check_prediction
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.reading import declared_bytes, npy_header, read_npy
from cnnbuilder.core.summary import summarize
from cnnbuilder.core.weights import load_weights
from cnnbuilder.i18n import translate


def add_parser(sub: Any) -> None:
    """Register the sub-command."""
    about = translate("cli", "write the softmax probabilities of images")
    parser = sub.add_parser("predict", help=about, description=about)
    parser.add_argument("network", help=translate("cli", "a network file (*.cnn.json)"))
    parser.add_argument("--weights", required=True, help=translate("cli", "weights file (.npz)"))
    parser.add_argument(
        "--input", required=True, help=translate("cli", "images, m x H x W x C (.npy)")
    )
    parser.add_argument(
        "--output", required=True, help=translate("cli", "where to write m x classes (.npy)")
    )
    parser.add_argument(
        "--force", action="store_true", help=translate("cli", "replace a read-only --output file")
    )
    parser.set_defaults(run=run)


def read_images(path: str, shape: tuple[int, int, int]) -> np.ndarray:
    """Read ``m x H x W x C`` (or ``m x H x W`` for one channel) images from .npy.

    Returns
    -------
    (m, H, W, C) float32 array; uint8 is scaled by 1/255.
    """
    x = read_npy(path)
    if x.ndim == 3 and shape[2] == 1:
        x = x[..., np.newaxis]
    if x.ndim != 4 or x.shape[1:] != shape:
        wanted = "m×" + "×".join(map(str, shape))
        raise DataError(
            translate(
                "cli", "{file} holds an array of shape {value}; the network needs {wanted}"
            ).format(file=Path(path).name, value="×".join(map(str, x.shape)), wanted=wanted)
        )
    if not np.issubdtype(x.dtype, np.number) or np.iscomplexobj(x):
        raise DataError(
            translate("cli", "{file}: images must be numbers, got {dtype}").format(
                file=Path(path).name, dtype=x.dtype
            )
        )
    x = x.astype(np.float32) / 255 if x.dtype == np.uint8 else x.astype(np.float32)
    if not np.all(np.isfinite(x)):
        raise DataError(
            translate("cli", "{file} contains NaN or infinite values").format(file=Path(path).name)
        )
    return x


def run(args: argparse.Namespace) -> int:
    """Predict and write the probabilities atomically."""
    spec = load_trainable_spec(args.network)
    inputs = [args.network, args.weights, args.input]
    output = checked_output(args.output, "--output", args.force, inputs)
    shape, dtype = npy_header(args.input)  # the memory is checked before anything is read
    if shape:
        check_prediction(summarize(spec), shape[0], declared_bytes(shape, dtype))
    network = Network.from_spec(spec, np.random.default_rng(0))
    network.set_weights(load_weights(args.weights, spec))
    x = read_images(args.input, spec.input.shape)
    probabilities = network.predict_proba(x).astype(np.float32)
    atomic_write_with(output, lambda handle: np.save(handle, probabilities), force=args.force)
    return EXIT_OK

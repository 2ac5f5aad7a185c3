"""Write an export to disk: the files it makes, checked before anything is written.

A PyTorch export is ``OUT.py`` and, with weights, ``OUT.npz`` beside it; an
ONNX export is one file. Existing files are replaced only with ``force``;
every file is written to a temporary name and renamed when complete.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from cnnbuilder.core.atomic import atomic_output, output_target
from cnnbuilder.core.errors import ExportError, SpecError
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.core.summary import summarize
from cnnbuilder.core.weights import write_weights
from cnnbuilder.i18n import translate

FORMATS = ("pytorch", "onnx")


def export_paths(fmt: str, output: Path, with_weights: bool) -> list[Path]:
    """The files an export writes: the script and its weights, or the ONNX file."""
    if fmt == "pytorch":
        if output.suffix != ".py":
            raise ExportError(
                translate("export", "{file}: a PyTorch script's name must end in .py").format(
                    file=output.name
                )
            )
        return [output, output.with_suffix(".npz")] if with_weights else [output]
    if fmt == "onnx":
        return [output]
    raise ExportError(
        translate("export", "unknown export format {format}; expected one of {formats}").format(
            format=repr(fmt), formats=", ".join(FORMATS)
        )
    )


def _check(spec: NetworkSpec, paths: list[Path], force: bool, inputs: Sequence[Path]) -> None:
    problem = summarize(spec).problem
    if problem:
        raise SpecError(
            translate("export", "the network cannot be exported: {problem}").format(problem=problem)
        )
    for path in paths:
        if path.exists() and not path.is_dir() and not force:
            raise ExportError(
                translate("export", "{path} exists; use --force to replace it").format(path=path)
            )
        # A folder, a missing folder, a device, an input of the same command, a
        # read-only file without force: the checks every output of cnnbuilder gets.
        output_target(path, force=force, inputs=inputs)


def export_network(
    spec: NetworkSpec,
    fmt: str,
    output: str | Path,
    weights: Mapping[str, np.ndarray] | None = None,
    force: bool = False,
    inputs: Sequence[Path] = (),
) -> list[Path]:
    """Write ``spec`` (and ``weights``, already checked against it) as ``fmt``.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    SpecError
        The network is not valid.
    ExportError
        An existing output without ``force``, ONNX without weights.
    OutputPathError
        An output that cannot be written there (a folder, a missing folder, one
        of ``inputs``, a read-only file without ``force``).
    MissingExtra
        ONNX without the ``onnx`` package.
    """
    output = Path(output)
    paths = export_paths(fmt, output, weights is not None)
    _check(spec, paths, force, inputs)
    if fmt == "onnx":
        if weights is None:
            raise ExportError(translate("export", "an ONNX export needs weights (--weights W.npz)"))
        from cnnbuilder.core.export.onnx_graph import onnx_model

        data = onnx_model(spec, weights).SerializeToString()
        with atomic_output(output, force=force) as handle:
            handle.write(data)
        return paths
    from cnnbuilder.core.export.pytorch_script import pytorch_script

    weights_file = paths[1].name if weights is not None else None
    text = pytorch_script(spec, output.stem, weights_file)
    with contextlib.ExitStack() as stack:  # both renamed only when both are complete
        if weights is not None:
            write_weights(stack.enter_context(atomic_output(paths[1], force=force)), weights)
        stack.enter_context(atomic_output(output, "w", force=force)).write(text)
    return paths

"""The network summary: one row per layer, totals and trainability.

:func:`summarize` is the single source of every shape and parameter count
in cnnbuilder: the table, the canvas, the command line and the engine's
consistency tests all read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from cnnbuilder.core.shapes import LayerRow, blocked_row, format_shape, layer_row
from cnnbuilder.core.spec import ConvSpec, NetworkSpec, SoftmaxSpec
from cnnbuilder.i18n import translate

BYTES_PER_FLOAT = 4
# Optimiser state per parameter, in floats: the weight, its gradient, and the
# moment estimates (Adam keeps two, momentum one, SGD none).
_STATE_FLOATS = {"sgd": 2, "momentum": 3, "adam": 4}


@dataclass(frozen=True)
class NetworkSummary:
    """The summary of a network spec.

    Attributes
    ----------
    rows : tuple of LayerRow
        The input row (position 0) followed by one row per layer.
    errors : tuple of str
        Every per-layer error, prefixed with the layer, in order.
    problem : str or None
        Why the network cannot be trained (the first error, or a missing
        Softmax), None when it can.
    """

    rows: tuple[LayerRow, ...]
    errors: tuple[str, ...]
    problem: str | None
    cols_per_sample: int  # im2col buffer floats per sample (memory estimate)

    @property
    def ok(self) -> bool:
        """True when the network is valid and ends with a Softmax."""
        return self.problem is None

    @property
    def layer_rows(self) -> tuple[LayerRow, ...]:
        """The rows of the layers, without the input row."""
        return self.rows[1:]

    @property
    def output_shape(self) -> tuple[int, ...] | None:
        """The shape the last layer produces, None if unknown."""
        return self.rows[-1].output_shape

    @property
    def total_params(self) -> int:
        """Number of trainable parameters of the valid layers."""
        return sum(r.params or 0 for r in self.layer_rows)

    @property
    def conv_params(self) -> int:
        """Parameters in CONV layers."""
        return sum(r.params or 0 for r in self.layer_rows if r.kind == "conv")

    @property
    def dense_params(self) -> int:
        """Parameters in FC and Softmax layers."""
        return self.total_params - self.conv_params

    @property
    def total_mult_adds(self) -> int:
        """Multiply-adds of one forward pass for one sample."""
        return sum(r.mult_adds or 0 for r in self.layer_rows)

    @property
    def total_activations(self) -> int:
        """Activation values one sample produces over all layers (input included)."""
        return sum(r.activations or 0 for r in self.rows)

    def training_memory_bytes(self, batch_size: int, optimizer: str = "adam") -> int:
        """Estimate the memory a training step needs, in bytes.

        Counts the parameters with their gradients and optimiser moments, and
        per sample the activations kept for backward, their gradients and the
        im2col buffers of the CONV layers. It is an estimate: NumPy
        temporaries come and go around it.
        """
        floats = _STATE_FLOATS.get(optimizer, 4) * self.total_params
        floats += batch_size * (2 * self.total_activations + self.cols_per_sample)
        return floats * BYTES_PER_FLOAT


def _input_row(spec: NetworkSpec) -> LayerRow:
    shape = spec.input.shape
    error = None
    if min(shape) < 1:
        error = translate("summary", "input sizes must be at least 1 (got {shape})").format(
            shape=format_shape(shape)
        )
    activations = shape[0] * shape[1] * shape[2]
    return LayerRow(
        position=0,
        uid=None,
        name=translate("summary", "Input"),
        kind="input",
        hyper=f"n_H={shape[0]} n_W={shape[1]} n_c={shape[2]}",
        output_shape=None if error else shape,
        activations=None if error else activations,
        params=0,
        mult_adds=0,
        shape_working=f"n_H×n_W×n_c = {format_shape(shape)}",
        params_working=translate("summary", "the input has no parameters: 0"),
        error=error,
        status="error" if error else "ok",
    )


def _structure_error(spec: NetworkSpec, index: int) -> str | None:
    layer = spec.layers[index]
    if isinstance(layer, SoftmaxSpec) and index != len(spec.layers) - 1:
        return translate("summary", "Softmax must be the last layer")
    return None


def _cols(row: LayerRow, in_shape: tuple[int, ...], layer: object) -> int:
    if not isinstance(layer, ConvSpec) or row.output_shape is None:
        return 0
    n_h, n_w, _ = row.output_shape
    return n_h * n_w * layer.size * layer.size * in_shape[2]


def summarize(spec: NetworkSpec) -> NetworkSummary:
    """Compute every layer's shape, sizes, counts and errors.

    An error in layer k leaves rows 1..k-1 intact; row k carries the error
    and every later row is ``"blocked"`` with no shape.
    """
    rows = [_input_row(spec)]
    errors: list[str] = []
    shape = rows[0].output_shape
    cols = 0
    for index, layer in enumerate(spec.layers):
        position = index + 1
        if shape is None:
            rows.append(
                blocked_row(layer, position, translate("summary", "follows an invalid layer"))
            )
            continue
        error = _structure_error(spec, index)
        row = layer_row(layer, shape, position)
        if error is not None:
            row = blocked_row(layer, position, error)
            row = LayerRow(**{**row.__dict__, "status": "error"})
        cols += _cols(row, shape, layer)
        if row.status == "error":
            errors.append(
                translate("summary", "layer {position} ({name}): {problem}").format(
                    position=position, name=row.name, problem=row.error
                )
            )
        rows.append(row)
        shape = row.output_shape
    if rows[0].error:
        errors.insert(0, translate("summary", "input: {problem}").format(problem=rows[0].error))
    return NetworkSummary(tuple(rows), tuple(errors), _problem(spec, errors), cols)


def _problem(spec: NetworkSpec, errors: list[str]) -> str | None:
    if errors:
        return errors[0]
    if not spec.layers:
        return translate("summary", "the network has no layers; add a Softmax layer to train it")
    if not isinstance(spec.layers[-1], SoftmaxSpec):
        return translate("summary", "the last layer must be Softmax to train the network")
    return None

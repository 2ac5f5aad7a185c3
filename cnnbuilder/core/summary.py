"""The network summary: one row per layer, totals and trainability.

:func:`summarize` is the single source of every shape and parameter count
in cnnbuilder: the table, the canvas, the command line and the engine's
consistency tests all read it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cnnbuilder.core.kinds.input import INPUT
from cnnbuilder.core.kinds.registry import kind_named, kind_of
from cnnbuilder.core.layer_rows import LayerRow, Shape, blocked_row, layer_row
from cnnbuilder.core.spec import NetworkSpec, layer_names
from cnnbuilder.i18n import translate

BYTES_PER_FLOAT = 4
# Optimiser state per parameter, in floats: the weight, its gradient, and the
# moment estimates (Adam keeps two, momentum one, SGD none).
_STATE_FLOATS = {"sgd": 2, "momentum": 3, "adam": 4}
# Fitted to measured peaks (benchmarks/bench_memory.py): see training_memory_bytes.
_STEP_TEMPORARIES = 5
_FLOATS_PER_ACTIVATION = 9.5


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
        """Parameters in CONV layers (and any kind whose parameters count as CONV's)."""
        return sum(r.params or 0 for r in self.layer_rows if kind_named(r.kind).conv_params)

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
        """Estimate the peak memory of a training run's step, in bytes.

        Per parameter: the parameter, its gradient and optimiser moments,
        the run's copy of the last finite weights and the optimiser's
        temporaries (:data:`_STEP_TEMPORARIES`); per sample and activation:
        what forward keeps for backward, the gradients and the layers'
        working arrays (:data:`_FLOATS_PER_ACTIVATION`). The two factors are
        fitted to peaks measured by ``benchmarks/bench_memory.py`` (presets
        and two large networks, within 25 %).
        """
        per_param = _STATE_FLOATS.get(optimizer, 4) + _STEP_TEMPORARIES
        per_sample = _FLOATS_PER_ACTIVATION * self.total_activations
        return int((per_param * self.total_params + batch_size * per_sample) * BYTES_PER_FLOAT)


def _input_row(spec: NetworkSpec) -> LayerRow:
    working = INPUT.work(spec.input)
    shape = spec.input.shape
    return LayerRow(
        position=0,
        uid=None,
        name=translate("summary", "Input"),  # the row's name; INPUT.label stays the type
        kind=INPUT.type_name,
        hyper=INPUT.hyper_text(spec.input),
        output_shape=working.shape,
        activations=None if working.error else shape[0] * shape[1] * shape[2],
        params=0,
        mult_adds=0,
        shape_working=working.shape_text,
        params_working=working.params_text,
        error=working.error,
        status="error" if working.error else "ok",
    )


def _structure_error(spec: NetworkSpec, index: int) -> str | None:
    kind = kind_of(spec.layers[index])
    if kind.is_output and index != len(spec.layers) - 1:
        return translate("summary", "{kind} must be the last layer").format(kind=kind.label)
    return None


def _workspace_floats(row: LayerRow, in_shape: Shape, layer: object) -> int:
    if row.output_shape is None:
        return 0
    return kind_of(layer).workspace_floats(layer, in_shape, row.output_shape)


def summarize(spec: NetworkSpec) -> NetworkSummary:
    """Compute every layer's shape, sizes, counts and errors.

    An error in layer k leaves rows 1..k-1 intact; row k carries the error
    and every later row is ``"blocked"`` with no shape.
    """
    rows = [_input_row(spec)]
    errors: list[str] = []
    shape = rows[0].output_shape
    cols = 0
    names = layer_names(spec)  # course names: a CONV and its POOL share a number
    for index, layer in enumerate(spec.layers):
        position, name = index + 1, names[index]
        if shape is None:
            reason = translate("summary", "follows an invalid layer")
            rows.append(blocked_row(layer, position, name, reason))
            continue
        error = _structure_error(spec, index)
        row = layer_row(layer, shape, position, name)
        if error is not None:
            row = replace(blocked_row(layer, position, name, error), status="error")
        cols += _workspace_floats(row, shape, layer)
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
    # Imported here: the inside package reads the engine, which reads this module.
    from cnnbuilder.core.inside.fields import with_fields

    rows = with_fields(spec, rows)
    return NetworkSummary(tuple(rows), tuple(errors), _problem(spec, errors), cols)


def _problem(spec: NetworkSpec, errors: list[str]) -> str | None:
    if errors:
        return errors[0]
    if not spec.layers:
        return translate("summary", "the network has no layers; add a Softmax layer to train it")
    if not kind_of(spec.layers[-1]).is_output:
        return translate("summary", "the last layer must be Softmax to train the network")
    return None

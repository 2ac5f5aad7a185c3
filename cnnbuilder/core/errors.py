"""Typed errors of the core, each carrying a message a user can act on."""

from __future__ import annotations

from cnnbuilder.i18n import translate


class CnnBuilderError(Exception):
    """Base class of every error the core raises on purpose."""


class SpecError(CnnBuilderError, ValueError):
    """A network file or spec is malformed.

    Parameters
    ----------
    message : str
        What is wrong, in plain words.
    layer : int or None
        1-based layer position as the summary table shows it (None when the
        problem is not in one layer).
    field : str or None
        The offending field, e.g. ``"size"``.
    """

    def __init__(self, message: str, *, layer: int | None = None, field: str | None = None) -> None:
        self.layer = layer
        self.field = field
        self.reason = message
        if layer is not None and field is not None:
            where = translate("errors", "layer {layer}, field '{field}': {problem}")
        elif layer is not None:
            where = translate("errors", "layer {layer}: {problem}")
        elif field is not None:
            where = translate("errors", "field '{field}': {problem}")
        else:
            where = "{problem}"
        super().__init__(where.format(layer=layer, field=field, problem=message))


class ShapeError(CnnBuilderError, ValueError):
    """Data or weights do not have the shape the network expects."""


class DataError(CnnBuilderError, ValueError):
    """A data set cannot be read or does not fit."""


class TrainingDiverged(CnnBuilderError, ArithmeticError):
    """The cost became NaN or infinite.

    Parameters
    ----------
    iteration : int
        1-based global iteration whose cost was not finite.
    cost : float
        The offending cost value.
    """

    def __init__(self, iteration: int, cost: float) -> None:
        self.iteration = iteration
        self.cost = cost
        super().__init__(
            translate(
                "errors",
                "the cost became {cost} at iteration {iteration}; the weights of "
                "the last finite step were kept. Try a lower learning rate.",
            ).format(cost=cost, iteration=iteration)
        )


class MemoryBudgetError(CnnBuilderError, MemoryError):
    """A network and batch would need more memory than allowed."""


class StepInterrupted(CnnBuilderError):
    """A training step was cut short between two layers because a stop was asked for.

    Raised before any parameter or gradient changed: the network holds the
    weights of the last completed update.
    """


class ExportError(CnnBuilderError, ValueError):
    """An export that cannot be written as asked (an existing file, a missing input,
    a layer kind without an export)."""


class DeviceUnavailable(CnnBuilderError, ValueError):
    """The device asked for (``cuda``, ``mps``) is not available on this computer."""


class MissingExtra(CnnBuilderError, ImportError):
    """An optional package (a pip extra) is needed and not installed.

    Parameters
    ----------
    module : str
        The package that could not be imported, e.g. ``"torch"``.
    extra : str
        The extra that installs it, e.g. ``"torch"`` for ``cnnbuilder[torch]``.
    """

    def __init__(self, module: str, extra: str) -> None:
        self.module = module
        self.extra = extra
        super().__init__(
            translate(
                "extras",
                "this needs the package {module}, which is not installed; "
                "install it with: pip install 'cnnbuilder[{extra}]'",
            ).format(module=module, extra=extra)
        )


class OutputPathError(CnnBuilderError, OSError):
    """An output cannot be written where asked (a device, read-only, an input...).

    An ``OSError`` too, so that every caller that reports failed saves
    reports this one the same way.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

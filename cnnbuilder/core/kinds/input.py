"""The input kind: the volume ``n_H x n_W x n_c`` the network reads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.kinds.base import LayerKind
from cnnbuilder.core.kinds.fields import Field, read_int, shown
from cnnbuilder.core.kinds.working import Shape, Working, format_shape
from cnnbuilder.core.nn.interface import Layer
from cnnbuilder.i18n import QT_TRANSLATE_NOOP, translate

SHORT_HYPER_CHARS = 19  # "n_H=28 n_W=28 n_c=1" fits a block (without an icon)
NETWORK_NAME_FIELD = Field(
    "name",
    QT_TRANSLATE_NOOP("fields", "Network name"),
    "text",
    tip=QT_TRANSLATE_NOOP("fields", "Saved in the file; shown in the title"),
)


@dataclass(frozen=True)
class InputSpec:
    """The input volume ``n_H x n_W x n_c``."""

    height: int = 32
    width: int = 32
    channels: int = 3

    @property
    def shape(self) -> tuple[int, int, int]:
        """``(n_H, n_W, n_c)``."""
        return (self.height, self.width, self.channels)


class InputKind(LayerKind):
    """The input block: three sizes, no parameters; not a layer of the chain.

    Files hold it as the ``input`` object (fields ``input.height``, …); its
    form also edits the network's name.
    """

    type_name = "input"
    label = "Input"
    spec_class = InputSpec
    fields = (
        Field(
            "height",
            QT_TRANSLATE_NOOP("fields", "Height n_H"),
            "int",
            1,
            4096,
            tip=QT_TRANSLATE_NOOP("fields", "n_H^[0], pixels"),
            required=True,
        ),
        Field(
            "width",
            QT_TRANSLATE_NOOP("fields", "Width n_W"),
            "int",
            1,
            4096,
            tip=QT_TRANSLATE_NOOP("fields", "n_W^[0], pixels"),
            required=True,
        ),
        Field(
            "channels",
            QT_TRANSLATE_NOOP("fields", "Channels n_c"),
            "int",
            1,
            512,
            tip=QT_TRANSLATE_NOOP("fields", "n_c^[0]: 1 for grey, 3 for RGB"),
            required=True,
        ),
    )

    def form_fields(self) -> tuple[Field, ...]:
        return (NETWORK_NAME_FIELD, *self.fields)

    def read_input(self, data: Any) -> InputSpec:
        """Build the input from a file's ``input`` object.

        Raises
        ------
        SpecError
            Naming the field (``input.height``) and the reason.
        """
        if not isinstance(data, dict):
            raise SpecError(
                translate(
                    "input", "must be an object with height, width, channels, got {value}"
                ).format(value=shown(data)),
                field="input",
            )
        keys = [f.name for f in self.fields]
        unknown = sorted(set(data) - set(keys))
        if unknown:
            message = translate("fileio", "unknown field of the input")
            raise SpecError(message, field=f"input.{unknown[0]}")
        values = {}
        for key in keys:
            if key not in data:
                raise SpecError(translate("fileio", "is required"), field=f"input.{key}")
            values[key] = read_int(data[key], 1, layer=None, field=f"input.{key}")
        return InputSpec(**values)

    def write_input(self, layer: InputSpec) -> dict[str, Any]:
        """The file's ``input`` object."""
        return {f.name: getattr(layer, f.name) for f in self.fields}

    def work(self, layer: InputSpec, in_shape: Shape = ()) -> Working:
        """The input row's working; ``in_shape`` is not used."""
        shape = layer.shape
        error = None
        if min(shape) < 1:
            error = translate("summary", "input sizes must be at least 1 (got {shape})").format(
                shape=format_shape(shape)
            )
        return Working(
            shape=None if error else shape,
            shape_text=f"n_H×n_W×n_c = {format_shape(shape)}",
            params_text=translate("summary", "the input has no parameters: 0"),
            error=error,
        )

    def hyper_text(self, layer: InputSpec) -> str:
        return f"n_H={layer.height} n_W={layer.width} n_c={layer.channels}"

    def caption_text(self, layer: InputSpec) -> str:
        text = self.hyper_text(layer)
        # Longer than 28×28×1 does not fit a block: the bare volume does.
        return text if len(text) <= SHORT_HYPER_CHARS else format_shape(layer.shape)

    def build(self, layer: Any, index: int, in_shape: Shape) -> Layer:
        raise TypeError("the input has no engine layer: the network reads it as given")


INPUT = InputKind()

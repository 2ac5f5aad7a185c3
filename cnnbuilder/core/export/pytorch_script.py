"""Write a network as one readable, self-contained PyTorch script.

The script is the template ``templates/pytorch_model.py`` (a runnable module:
weights in cnnbuilder's layout, the optimisers, the training loop, DDP under
``torchrun``) with its network section replaced by this network's constants
and its ``nn.Module``. Writing it needs no PyTorch; running it does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cnnbuilder import __version__
from cnnbuilder.core.export.names import attribute_names
from cnnbuilder.core.export.nodes import needs_flatten, torch_flatten
from cnnbuilder.core.fileio import spec_to_dict
from cnnbuilder.core.kinds.registry import kind_of
from cnnbuilder.core.layer_rows import LayerRow
from cnnbuilder.core.nn.init import layer_scheme
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.core.summary import summarize
from cnnbuilder.core.training import run_settings

TEMPLATE = Path(__file__).with_name("templates") / "pytorch_model.py"
_BEGIN, _END = "# >>> network\n", "# <<< network\n"
_INDENT = " " * 8


@dataclass(frozen=True)
class _Layer:
    """One layer as the script writes it."""

    attribute: str
    index: int
    row: LayerRow
    in_shape: tuple[int, ...]


def _layers(spec: NetworkSpec) -> list[_Layer]:
    rows = summarize(spec).rows
    names = attribute_names([row.name for row in rows[1:]])
    return [
        _Layer(name, i, rows[i + 1], rows[i].output_shape or ()) for i, name in enumerate(names)
    ]


def _comment(spec: NetworkSpec, layer: _Layer) -> str:
    """``CONV1: f=5 s=1 p=0 n_c=8 relu → 28×28×8, params (f·f·n_c_prev + 1)·n_c = ... = 608``."""
    row = layer.row
    original = f" (named {row.name!r})" if row.name != layer.attribute else ""
    params = row.params_working.splitlines()[-1] if row.params else "0"
    return f"# {layer.attribute}{original}: {row.hyper} → {row.shape_text}, params {params}"


def _module_class(spec: NetworkSpec, layers: list[_Layer]) -> str:
    """The ``Net`` class: one attribute per layer, forward in course order."""
    inits, calls = [], []
    for layer in layers:
        spec_layer = spec.layers[layer.index]
        kind = kind_of(spec_layer)
        out_shape = layer.row.output_shape or ()
        module = kind.torch_module(spec_layer, layer.in_shape, out_shape)
        inits += [_comment(spec, layer), f"self.{layer.attribute} = {module}"]
        if needs_flatten(layer.in_shape, kind.weight_layout):
            calls.append(torch_flatten())
        call = kind.torch_call(spec_layer, f"self.{layer.attribute}(x)")
        calls.append(f"x = {call}  # {layer.row.shape_text}")
    calls[-1] = calls[-1].replace("x = ", "return ", 1) + " logits (softmax: the probabilities)"
    n_h, n_w, n_c = spec.input.shape
    classes = layers[-1].row.output_shape
    return "\n".join(
        [
            "class Net(nn.Module):",
            f'    """{spec.name}: {n_h}×{n_w}×{n_c} → {len(layers)} layers → '
            f'{classes[0] if classes else "?"} classes."""',
            "",
            "    def __init__(self) -> None:",
            "        super().__init__()",
            *(_INDENT + line for line in inits),
            "",
            "    def forward(self, x: torch.Tensor) -> torch.Tensor:",
            f'        """``x``: N × {n_c} × {n_h} × {n_w} float32 (N × n_c × n_H × n_W); '
            'returns the logits."""',
            *(_INDENT + line for line in calls),
        ]
    )


def _network_literal(spec: NetworkSpec) -> str:
    """``NETWORK = {...}``, one layer per line (JSON values are Python literals here)."""
    data = spec_to_dict(spec)

    def text(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = [f"    {text(key)}: {text(value)}," for key, value in data.items() if key != "layers"]
    layers = [f"        {text(layer)}," for layer in data["layers"]]
    lines[4:4] = ['    "layers": [', *layers, "    ],"]
    return "\n".join(["NETWORK = {", *lines, "}"])


def _constants(spec: NetworkSpec, layers: list[_Layer], weights_file: str | None) -> str:
    config = run_settings(spec.training)
    training = {
        "epochs": config.epochs,
        "batch_size": config.batch_size,
        "optimizer": config.optimizer,
        "lr": config.lr,
        "seed": config.seed,
    }
    parameter_layers = []
    for layer in layers:
        spec_layer = spec.layers[layer.index]
        layout = kind_of(spec_layer).weight_layout
        if layout is not None:
            parameter_layers.append(
                (layer.attribute, layer.index, layout, layer_scheme(spec_layer))
            )
    return "\n".join(
        [
            "# The network file this script was written from (saved with the weights).",
            _network_literal(spec),
            "NETWORK_JSON = json.dumps(NETWORK)",
            f"INPUT_SHAPE = {spec.input.shape!r}  # n_H, n_W, n_c",
            f"CLASSES = {layers[-1].row.output_shape[0] if layers[-1].row.output_shape else 0}",
            "# Defaults of the command line: the network file's training settings.",
            f"TRAINING = {training!r}",
            "# The weights exported beside this script (None: none were).",
            f"WEIGHTS_FILE = {weights_file!r}",
            "# Layers with parameters: (attribute, index in the network file, layout of W,",
            "# initialisation). cnnbuilder's weight keys are layer{index}.W and layer{index}.b.",
            "PARAMETER_LAYERS = (",
            *(f"    {entry!r}," for entry in parameter_layers),
            ")",
        ]
    )


def _docstring(spec: NetworkSpec, module: str) -> str:
    n_h, n_w, n_c = spec.input.shape
    title = spec.name.replace('"""', "'''").replace("\\", "/")
    return f'''"""{title}: a cnnbuilder network as a PyTorch module, and a script that trains it.

Written by cnnbuilder {__version__}. The layers keep the names of cnnbuilder's table;
each carries a comment in the course's notation (hyper-parameters, output shape,
parameters).

From Python::

    from {module} import build_model
    model = build_model("weights.npz")   # cnnbuilder weights (None: fresh ones)
    logits = model(x)                    # x: N × {n_c} × {n_h} × {n_w} float32

cnnbuilder's activations are N × n_H × n_W × n_c (NHWC), PyTorch's N × n_c × n_H × n_W
(NCHW); the weights are converted when they are loaded and saved, and the
first FC layer flattens in cnnbuilder's (n_H, n_W, n_c) order, so both compute
the same numbers.

As a script it trains (defaults: the network file's training settings)::

    python {module}.py --data DATA.npz [--epochs N] [--batch-size B] [--lr LR]
        [--optimizer sgd|momentum|adam] [--seed S] [--device auto|cpu|cuda|mps]
        [--save OUT.npz]

DATA.npz holds ``x`` (m × n_H × n_W × n_c, uint8 or float) and ``y`` (m labels),
optionally ``x_test`` and ``y_test``. OUT.npz is in cnnbuilder's weights layout:
it opens in the window and in ``cnnbuilder predict``. On several processes or
GPUs (DistributedDataParallel; gloo on CPU, NCCL on CUDA; process 0 logs and
saves)::

    torchrun --nproc_per_node 2 {module}.py --data DATA.npz --save OUT.npz
"""
'''


def pytorch_script(
    spec: NetworkSpec, module: str = "model", weights_file: str | None = None
) -> str:
    """Return the script's text.

    Parameters
    ----------
    spec : NetworkSpec
        A valid network (``summarize(spec).ok``).
    module : str
        The script's module name (file name without ``.py``), for the usage text.
    weights_file : str, optional
        The weights file written beside the script, loaded by default.
    """
    template = TEMPLATE.read_text(encoding="utf-8")
    head, rest = template.split(_BEGIN, 1)
    _stand_in, tail = rest.split(_END, 1)
    imports = head.split("\n", 1)[1]  # after the template's one-line docstring
    layers = _layers(spec)
    network = _constants(spec, layers, weights_file) + "\n\n\n" + _module_class(spec, layers)
    return _docstring(spec, module) + imports + network + "\n\n" + tail

"""The PyTorch engine: the exported script's model, run in this process.

The model, the optimisers and the training step are those of the PyTorch
script that ``cnnbuilder export --format pytorch`` writes (compiled here
from the same text), so the backend and the export cannot drift apart, and
the tests of one hold for the other.
"""

from __future__ import annotations

import os
import types
from collections.abc import Callable
from typing import Any

import numpy as np

from cnnbuilder.core.errors import DeviceUnavailable, StepInterrupted
from cnnbuilder.core.export.pytorch_script import pytorch_script
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.i18n import translate

_MODULE = "cnnbuilder_torch_model"


def script_module(spec: NetworkSpec) -> types.ModuleType:
    """Compile the PyTorch script of ``spec`` into a module (not run as a script)."""
    # Idle OpenMP threads that spin steal the core another process needs; on a
    # shared machine that made a step ten times slower. Read when torch loads.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    module = types.ModuleType(_MODULE)
    code = compile(pytorch_script(spec, _MODULE), f"<PyTorch export of {spec.name}>", "exec")
    exec(code, module.__dict__)  # the script's own text: build_model, train_step, ...
    return module


class TorchEngine:
    """Updates with PyTorch on ``device``; weights back in the network's layout by :meth:`sync`.

    Parameters
    ----------
    network : Network
        Its weights are the starting point; :meth:`sync` writes the result back.
    optimizer, lr : str, float
        As for the NumPy engine (the script's ``make_optimizer`` matches its rules).
    device : {"auto", "cpu", "cuda", "mps"}
    """

    def __init__(self, network: Network, optimizer: str, lr: float, device: str = "auto") -> None:
        self.network = network
        self.script = script_module(network.spec)
        import torch

        self.torch: Any = torch
        try:
            self.device = self.script.choose_device(device, 0)
        except SystemExit:  # the script's own words are for its command line: English, exit 1
            raise DeviceUnavailable(
                translate(
                    "torch_engine", "device {device} is not available on this computer"
                ).format(device=device)
            ) from None
        self.model = self.script.build_model(network.params).to(self.device)
        self.optimizer = self.script.make_optimizer(optimizer, self.model.parameters(), lr)
        self._params = list(self.model.parameters())
        # The last weights whose cost was finite, and a buffer for the weights
        # before the current update (the two swap after each finite step).
        self._snapshot = [p.detach().clone() for p in self._params]
        self._before = [p.detach().clone() for p in self._params]

    def _images(self, x: np.ndarray) -> Any:
        """``(m, n_H, n_W, n_c)`` as an N × n_c × n_H × n_W view on the device."""
        # torch wants a writable array (a data set's arrays are read-only): copy then.
        x = np.require(x, np.float32, ["C_CONTIGUOUS", "WRITEABLE"])
        if x.ndim == 3:
            x = x[..., np.newaxis]
        return self.torch.from_numpy(x).permute(0, 3, 1, 2).to(self.device)

    def step(
        self, x: np.ndarray, y: np.ndarray, should_stop: Callable[[], bool] | None = None
    ) -> float:
        """See :meth:`cnnbuilder.core.backends.engine.Engine.step`.

        PyTorch runs the step in one call: ``should_stop`` is asked before it only.
        """
        if should_stop is not None and should_stop():
            raise StepInterrupted("the training step was stopped before it began")
        torch = self.torch
        labels = torch.from_numpy(np.asarray(y, dtype=np.int64)).to(self.device)
        self.model.train()
        with torch.no_grad():
            torch._foreach_copy_(self._before, self._params)
        cost = float(self.script.train_step(self.model, self.optimizer, self._images(x), labels))
        if np.isfinite(cost):  # updated: the weights before it had a finite cost
            self._snapshot, self._before = self._before, self._snapshot
        else:  # not updated; the last update may have made the weights NaN
            with torch.no_grad():
                torch._foreach_copy_(self._params, self._snapshot)
        return cost

    def predict(self, x: np.ndarray) -> np.ndarray:
        """See :meth:`cnnbuilder.core.backends.engine.Engine.predict`."""
        self.model.eval()
        probabilities = self.script.predict_proba(self.model, self._images(x))
        classes: np.ndarray = probabilities.argmax(dim=1).numpy().astype(np.int64)
        return classes

    def sync(self) -> None:
        """Copy the model's weights into the network (cnnbuilder's layout)."""
        for key, value in self.script.weights_of(self.model).items():
            np.copyto(self.network.params[key], value)

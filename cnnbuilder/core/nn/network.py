"""The model: a chain of engine layers built from a :class:`NetworkSpec`.

``params`` and ``grads`` are dicts keyed ``"layer{i}.W"`` / ``"layer{i}.b"``
(``i`` the 0-based position in ``spec.layers``), shaped as FORMATS.md says.
Optimisers update ``params`` in place; the network never replaces those
arrays, so a caller may keep references to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypedDict

import numpy as np

from cnnbuilder.core.errors import DataError, ShapeError, StepInterrupted
from cnnbuilder.core.nn.aliases import Cache, Grads
from cnnbuilder.core.nn.fusion import fuse
from cnnbuilder.core.nn.init import init_weight, layer_scheme
from cnnbuilder.core.nn.layers import Layer, build_layers
from cnnbuilder.core.nn.losses import softmax, softmax_cross_entropy
from cnnbuilder.core.nn.params import check_weights
from cnnbuilder.core.nn.split import BatchSplitter, StopCheck, activations_per_sample
from cnnbuilder.core.nn.workspace import Workspace
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.i18n import translate


class _ErrState(TypedDict):
    over: Literal["ignore"]
    invalid: Literal["ignore"]
    divide: Literal["ignore"]


# Overflow in a diverging run must become a non-finite cost (the trainer
# reports it), not a warning-turned-exception halfway through a step.
_QUIET: _ErrState = {"over": "ignore", "invalid": "ignore", "divide": "ignore"}


class Network:
    """A trainable network: forward, loss, backward, weights.

    Attributes
    ----------
    spec : NetworkSpec
    params : dict of str to ndarray
    grads : dict of str to ndarray
        Same keys and shapes as ``params``; filled by :meth:`loss_and_grads`.
    dtype : numpy dtype
        float32 for training, float64 for gradient checks.
    """

    def __init__(
        self,
        spec: NetworkSpec,
        layers: list[Layer],
        params: dict[str, np.ndarray],
        dtype: np.dtype | type = np.float32,
    ) -> None:
        self.spec = spec
        self.layers = layers
        self.dtype = np.dtype(dtype)
        self.params = params
        self.grads = {key: np.zeros_like(value) for key, value in params.items()}
        self._fused = fuse(layers)  # what passes run unless every true output is asked for
        self._splitter = BatchSplitter(self.part_loss_and_grads, activations_per_sample(layers))
        self._chunk: int | None = None  # see inference_chunk

    @classmethod
    def from_spec(
        cls, spec: NetworkSpec, rng: np.random.Generator, dtype: np.dtype | type = np.float32
    ) -> Network:
        """Build a network with freshly initialised weights (see :mod:`.init`).

        Raises
        ------
        SpecError
            With ``summarize(spec).problem`` when the spec cannot be trained.
        """
        layers = build_layers(spec)
        params: dict[str, np.ndarray] = {}
        for layer, layer_spec in zip(layers, spec.layers, strict=True):
            # He or Xavier by the layer's activation (FORMATS.md); a layer without
            # one (Softmax's scores) gets the default. Biases start at zero.
            scheme = layer_scheme(layer_spec)
            for key, shape in layer.param_shapes().items():
                if key.endswith(".b"):
                    params[key] = np.zeros(shape, dtype)
                else:
                    params[key] = init_weight(shape, scheme, rng, dtype)
        return cls(spec, layers, params, dtype)

    @property
    def split_batches(self) -> bool | None:
        """Train on two half-batches in two threads (True), one thread (False), or decide
        from the activation volume (None, the default; see :mod:`.split`)."""
        return self._splitter.split

    @split_batches.setter
    def split_batches(self, value: bool | None) -> None:
        self._splitter.split = value

    # ----------------------------------------------------------------- checks
    def _check_x(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x)
        expected = self.spec.input.shape
        if x.ndim == 3 and expected[2] == 1:
            x = x[..., None]
        if x.ndim != 4 or x.shape[1:] != expected:
            want = "m × {} × {} × {}".format(*expected)
            raise ShapeError(
                translate(
                    "network", "the input has shape {shape}; the network expects {want}"
                ).format(shape=x.shape, want=want)
            )
        if x.dtype.kind not in "fiub":
            raise DataError(
                translate("network", "the input is of type {dtype}, not numbers").format(
                    dtype=x.dtype
                )
            )
        return np.ascontiguousarray(x, dtype=self.dtype)

    def _check_y(self, y: np.ndarray, m: int) -> np.ndarray:
        y = np.asarray(y)
        classes = self.layers[-1].out_shape[0]
        if y.shape != (m,):
            raise ShapeError(
                translate(
                    "network", "the labels have shape {shape}; expected ({m},), one per sample"
                ).format(shape=y.shape, m=m)
            )
        if y.dtype.kind not in "iu":
            raise DataError(
                translate("network", "the labels are of type {dtype}; expected integers").format(
                    dtype=y.dtype
                )
            )
        if m and (y.min() < 0 or y.max() >= classes):
            raise DataError(
                translate(
                    "network", "labels must lie in 0..{value} (got {value2}..{value3})"
                ).format(value=classes - 1, value2=y.min(), value3=y.max())
            )
        return y.astype(np.intp, copy=False)

    # ---------------------------------------------------------------- passes
    def forward(
        self, x: np.ndarray, ws: Workspace, fused: bool = True, should_stop: StopCheck | None = None
    ) -> tuple[list[np.ndarray], list[Cache]]:
        """Run every layer on a checked batch; return their outputs and caches.

        The last output is the scores ``(m, classes)`` (before softmax).
        ``fused`` runs the layers with activation fusion (:mod:`.fusion`: a
        CONV before a max-pool then outputs ``Z``); ``fused=False`` gives
        every layer's true output. ``should_stop`` is asked before each layer.

        Raises
        ------
        StepInterrupted
            When ``should_stop()`` is true.
        """
        outputs: list[np.ndarray] = []
        caches: list[Cache] = []
        a = x
        for layer in self._fused if fused else self.layers:
            _check_stop(should_stop)
            a, cache = layer.forward(a, self.params, ws)
            outputs.append(a)
            caches.append(cache)
        return outputs, caches

    def backward(
        self,
        dscores: np.ndarray,
        caches: list[Cache],
        ws: Workspace,
        should_stop: StopCheck | None = None,
    ) -> Grads:
        """Back-propagate ``dJ/dscores (m, classes)`` through a fused :meth:`forward`'s
        caches; return the gradients by key (``should_stop`` as there)."""
        grads: Grads = {}
        da: np.ndarray | None = dscores
        for i in range(len(self._fused) - 1, -1, -1):
            _check_stop(should_stop)
            # dA is None only after the first layer (need_dx False), where the loop ends.
            assert da is not None, f"layer {i + 1} returned no input gradient"
            da, g = self._fused[i].backward(da, caches[i], self.params, ws, i > 0)
            grads.update(g)
        return grads

    def part_loss_and_grads(
        self,
        x: np.ndarray,
        y: np.ndarray,
        m_total: int,
        ws: Workspace,
        should_stop: StopCheck | None = None,
    ) -> tuple[float, Grads]:
        """Loss and gradients of a slice of a batch, normalised by the whole batch size."""
        with np.errstate(**_QUIET):
            outputs, caches = self.forward(x, ws, should_stop=should_stop)
            loss, dscores = softmax_cross_entropy(outputs[-1], y, m_total)
            return loss, self.backward(dscores, caches, ws, should_stop)

    # ------------------------------------------------------------ public API
    def loss_and_grads(
        self, x: np.ndarray, y: np.ndarray, should_stop: StopCheck | None = None
    ) -> float:
        """Return the mean cross-entropy of the batch and fill :attr:`grads`.

        Parameters
        ----------
        x : (m, n_H, n_W, n_c)
        y : (m,) int labels
        should_stop : callable, optional
            Asked between layers; when it returns True the step ends early.

        Returns
        -------
        float
            The cost before any update (NaN or inf when training diverged).

        Raises
        ------
        StepInterrupted
            When ``should_stop()`` became true; :attr:`grads` and
            :attr:`params` are then unchanged.
        """
        x = self._check_x(x)
        y = self._check_y(y, len(x))
        if len(x) == 0:
            raise ShapeError(translate("network", "the batch is empty"))
        return self._splitter.loss_and_grads(x, y, self.grads, should_stop)

    def scores(self, x: np.ndarray) -> np.ndarray:
        """Return the logits ``(m, classes)``, in inference mode (nothing kept)."""
        x = self._check_x(x)
        with np.errstate(**_QUIET):
            return self.forward(x, Workspace(reuse=False))[0][-1]

    def predict_proba(self, x: np.ndarray, batch_size: int | None = None) -> np.ndarray:
        """Return softmax probabilities ``(m, classes)``, ``batch_size`` samples at a time.

        By default the chunk is sized from the memory budget
        (:func:`cnnbuilder.core.memory.inference_chunk`): 256 samples of a large
        network would need gigabytes.
        """
        x = self._check_x(x)
        if batch_size is None:
            batch_size = self.inference_chunk()
        classes = self.layers[-1].out_shape[0]
        chunks = [np.empty((0, classes), self.dtype)]
        with np.errstate(**_QUIET):
            for start in range(0, len(x), max(1, int(batch_size))):
                scores = self.forward(x[start : start + batch_size], Workspace(reuse=False))[0][-1]
                chunks.append(softmax(scores))
        return np.concatenate(chunks)

    def inference_chunk(self) -> int:
        """The forward-pass chunk that fits the memory budget (computed once)."""
        if self._chunk is None:
            from cnnbuilder.core.memory import inference_chunk  # memory needs the summary
            from cnnbuilder.core.summary import summarize

            self._chunk = inference_chunk(summarize(self.spec))
        return self._chunk

    def predict(self, x: np.ndarray, batch_size: int | None = None) -> np.ndarray:
        """Return the predicted class ``(m,)`` int64 of every sample."""
        return self.predict_proba(x, batch_size).argmax(axis=1).astype(np.int64)

    def layer_outputs(self, x: np.ndarray) -> list[np.ndarray]:
        """Return the output of every layer in order; the last are the probabilities."""
        x = self._check_x(x)
        with np.errstate(**_QUIET):
            outputs = self.forward(x, Workspace(reuse=False), fused=False)[0]
            outputs[-1] = softmax(outputs[-1])
        return outputs

    def get_weights(self) -> dict[str, np.ndarray]:
        """Return a copy of every parameter array."""
        return {key: value.copy() for key, value in self.params.items()}

    def set_weights(self, weights: Mapping[str, np.ndarray]) -> None:
        """Copy ``weights`` into :attr:`params` (in place).

        Raises
        ------
        ShapeError
            A missing or extra key, or a shape that differs (names the key
            and both shapes). Nothing is changed then.
        """
        expected = {key: value.shape for key, value in self.params.items()}
        check_weights(weights, expected)
        for key, value in weights.items():
            np.copyto(self.params[key], np.asarray(value), casting="unsafe")


def _check_stop(should_stop: StopCheck | None) -> None:
    if should_stop is not None and should_stop():
        raise StepInterrupted("the training step was stopped between two layers")

"""Weight initialisation: He for the ReLU family, Glorot for saturating units.

Choices
-------
He normal, ``W ~ N(0, 2 / fan_in)`` (He et al. 2015), for layers whose
activation is ``relu``, ``leaky_relu`` or ``linear``: a ReLU zeroes half of
its inputs on average, and the factor 2 keeps the variance of the
activations constant from layer to layer. ``linear`` layers get it too,
because they are usually followed by the same kind of layers and the
course uses He as the default.

Glorot uniform, ``W ~ U(-r, r)`` with ``r = sqrt(6 / (fan_in + fan_out))``
(Glorot & Bengio 2010), for ``tanh`` and ``sigmoid`` layers, which it was
derived for (units that are linear near zero, with no halving), and for
the Softmax layer: its variance ``2 / (fan_in + fan_out)`` is the smaller
of the two, so the initial logits stay near zero and the initial cost is
close to ``ln(C)``, the sanity check the course recommends.

Fans: a CONV kernel ``f x f x n_c_prev x n_c`` has ``fan_in = f·f·n_c_prev``
and ``fan_out = f·f·n_c``; an FC weight ``n_in x n_out`` has ``n_in`` and
``n_out``. Biases start at zero. Draws are made in float64 from the
caller's ``np.random.Generator`` in layer order and then cast, so the same
seed gives the same weights whatever the dtype.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import DTypeLike

HE_ACTIVATIONS = ("relu", "leaky_relu", "linear")


def fans(shape: tuple[int, ...]) -> tuple[int, int]:
    """Return ``(fan_in, fan_out)`` of a weight ``(f, f, n_c_prev, n_c)`` or ``(n_in, n_out)``."""
    if len(shape) == 4:
        f_h, f_w, c_in, c_out = shape
        return f_h * f_w * c_in, f_h * f_w * c_out
    return shape[0], shape[1]


def scheme_for(activation: str | None) -> str:
    """``"he"`` or ``"glorot"`` for a layer with this activation (None: Softmax)."""
    return "he" if activation in HE_ACTIVATIONS else "glorot"


def layer_scheme(layer_spec: object) -> str:
    """The scheme of a layer spec: by its activation; none (Softmax's scores): Glorot."""
    return scheme_for(getattr(layer_spec, "activation", None))


def init_weight(
    shape: tuple[int, ...], scheme: str, rng: np.random.Generator, dtype: DTypeLike
) -> np.ndarray:
    """Draw one weight array.

    Parameters
    ----------
    shape : (f, f, n_c_prev, n_c) or (n_in, n_out)
    scheme : {"he", "glorot"}
    """
    fan_in, fan_out = fans(shape)
    if scheme == "he":
        w = rng.standard_normal(shape) * np.sqrt(2.0 / fan_in)
    elif scheme == "glorot":
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        w = rng.uniform(-limit, limit, size=shape)
    else:
        raise ValueError(f"unknown initialisation {scheme!r}")
    return w.astype(dtype)

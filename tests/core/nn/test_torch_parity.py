"""The engine against PyTorch: same weights, same probabilities and gradients."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import ConvSpec, DenseSpec, InputSpec, NetworkSpec, PoolSpec, SoftmaxSpec

torch = pytest.importorskip("torch")
F = torch.nn.functional

LAYERS = (
    ConvSpec(filters=4, size=3, padding="same", activation="relu"),
    PoolSpec(mode="max", size=2, stride=2),  # from 9 x 7 one row and column are dropped
    ConvSpec(filters=5, size=2, stride=1, activation="tanh"),
    PoolSpec(mode="avg", size=2, stride=1),
    ConvSpec(filters=3, size=1, activation="sigmoid"),
    DenseSpec(units=6, activation="leaky_relu"),
    SoftmaxSpec(classes=4),
)
ACT = {
    "relu": F.relu,
    "tanh": torch.tanh,
    "sigmoid": torch.sigmoid,
    "leaky_relu": F.leaky_relu,
    "linear": lambda t: t,
}


def _torch_forward(net: Network, x: np.ndarray):
    """Run the network's spec in PyTorch (NCHW) on copies of its weights."""
    params = {k: torch.tensor(v, requires_grad=True) for k, v in net.params.items()}
    t = torch.tensor(x.transpose(0, 3, 1, 2))
    for i, layer in enumerate(net.spec.layers):
        w, b = params.get(f"layer{i}.W"), params.get(f"layer{i}.b")
        if isinstance(layer, ConvSpec):
            pad = (layer.size - 1) // 2 if layer.padding == "same" else layer.padding
            t = ACT[layer.activation](F.conv2d(t, w.permute(3, 2, 0, 1), b, layer.stride, pad))
        elif isinstance(layer, PoolSpec):
            pool = F.max_pool2d if layer.mode == "max" else F.avg_pool2d
            t = pool(t, layer.size, layer.stride)
        else:
            if t.dim() == 4:  # flatten in NHWC order, as the engine does
                t = t.permute(0, 2, 3, 1).reshape(t.shape[0], -1)
            t = t @ w + b
            if isinstance(layer, DenseSpec):
                t = ACT[layer.activation](t)
    return params, t


@pytest.mark.parametrize("shape", [(9, 7, 3), (8, 6, 3)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_probabilities_and_gradients_equal_pytorch(dtype, shape):
    rng = np.random.default_rng(3)
    spec = NetworkSpec(name="parity", input=InputSpec(*shape), layers=LAYERS)
    net = Network.from_spec(spec, rng, dtype=dtype)
    for key, value in net.params.items():
        if key.endswith(".b"):
            value += rng.normal(0, 0.1, value.shape).astype(dtype)
    x = rng.standard_normal((6, *shape)).astype(dtype)
    y = rng.integers(0, 4, 6)

    params, scores = _torch_forward(net, x)
    loss = F.cross_entropy(scores, torch.tensor(y))
    loss.backward()

    tol = 1e-4 if dtype == np.float32 else 1e-10
    probs = torch.softmax(scores, dim=1).detach().numpy()
    np.testing.assert_allclose(net.predict_proba(x), probs, rtol=tol, atol=tol * 1e-1)
    assert net.loss_and_grads(x, y) == pytest.approx(loss.item(), rel=tol)
    for key, tensor in params.items():
        theirs = tensor.grad.numpy()
        scale = np.abs(theirs).max()
        np.testing.assert_allclose(net.grads[key], theirs, rtol=tol, atol=tol * scale, err_msg=key)

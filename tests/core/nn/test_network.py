"""Network: whole-model gradients, inference API, weights, reproducibility."""

from __future__ import annotations

import copy
import math
import pickle
import threading

import numpy as np
import pytest

from cnnbuilder.core.errors import DataError, ShapeError, SpecError, StepInterrupted
from cnnbuilder.core.gradcheck import numerical_gradient, rel_error
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.nn.optim import make_optimizer
from cnnbuilder.core.nn.workspace import Workspace
from cnnbuilder.core.spec import ConvSpec, DenseSpec, InputSpec, NetworkSpec, PoolSpec, SoftmaxSpec
from cnnbuilder.core.summary import summarize
from cnnbuilder.i18n import language


def small_spec(*layers, shape=(7, 6, 2)) -> NetworkSpec:
    return NetworkSpec(name="t", input=InputSpec(*shape), layers=tuple(layers))


# Every layer kind and activation; "same" padding, stride 2, padding 2, a
# non-divisible size, max-pools that take over ReLU / leaky ReLU derivatives.
GRAD_SPECS = {
    "relu-maxpool": small_spec(
        ConvSpec(filters=3, size=3, padding="same", activation="relu"),
        PoolSpec(mode="max", size=2, stride=2),
        DenseSpec(units=5, activation="sigmoid"),
        SoftmaxSpec(classes=3),
    ),
    "strided": small_spec(
        ConvSpec(filters=4, size=3, stride=2, padding=2, activation="leaky_relu"),
        PoolSpec(mode="max", size=3, stride=2),
        ConvSpec(filters=2, size=1, activation="tanh"),
        SoftmaxSpec(classes=4),
    ),
    "even-sizes": small_spec(  # the contiguous 2 x 2 max-pool layout, twice
        ConvSpec(filters=3, size=3, padding="same", activation="leaky_relu"),
        PoolSpec(mode="max", size=2, stride=2),
        ConvSpec(filters=2, size=3, padding="same", activation="relu"),
        PoolSpec(mode="max", size=2, stride=2),
        SoftmaxSpec(classes=3),
        shape=(8, 4, 2),
    ),
    "avg-linear": small_spec(
        ConvSpec(filters=2, size=2, stride=3, activation="linear"),
        PoolSpec(mode="avg", size=2, stride=1),
        DenseSpec(units=4, activation="tanh"),
        DenseSpec(units=3, activation="relu"),
        SoftmaxSpec(classes=2),
        shape=(8, 9, 1),
    ),
}


@pytest.mark.parametrize("name", list(GRAD_SPECS))
def test_network_gradient_numerically(name):
    spec = GRAD_SPECS[name]
    rng = np.random.default_rng(5)
    net = Network.from_spec(spec, rng, dtype=np.float64)
    for value in net.params.values():  # non-zero biases exercise their gradients too
        value += rng.uniform(0.05, 0.2, size=value.shape)
    x = rng.standard_normal((3, *spec.input.shape))
    y = rng.integers(0, spec.layers[-1].classes, 3)
    net.loss_and_grads(x, y)
    analytic = {key: g.copy() for key, g in net.grads.items()}
    for key, param in net.params.items():
        numeric = numerical_gradient(lambda _: net.loss_and_grads(x, y), param)
        assert rel_error(analytic[key], numeric) < 1e-6, key


def test_invalid_spec_is_refused_with_the_summary_problem():
    spec = small_spec(ConvSpec(filters=2, size=9), SoftmaxSpec(classes=2))
    with pytest.raises(SpecError) as info:
        Network.from_spec(spec, np.random.default_rng(0))
    assert str(info.value) == summarize(spec).problem
    with pytest.raises(SpecError, match="Softmax"):
        Network.from_spec(small_spec(DenseSpec(units=3)), np.random.default_rng(0))


def test_same_seed_same_weights_other_seed_others():
    spec = GRAD_SPECS["relu-maxpool"]
    a = Network.from_spec(spec, np.random.default_rng(42)).get_weights()
    b = Network.from_spec(spec, np.random.default_rng(42)).get_weights()
    c = Network.from_spec(spec, np.random.default_rng(43)).get_weights()
    for key in a:
        np.testing.assert_array_equal(a[key], b[key])
    assert any(not np.array_equal(a[k], c[k]) for k in a if k.endswith(".W"))
    d = Network.from_spec(spec, np.random.default_rng(42), dtype=np.float64).get_weights()
    for key in a:
        np.testing.assert_array_equal(a[key], d[key].astype(np.float32))


def test_initialisation_scales_and_zero_biases():
    spec = small_spec(
        ConvSpec(filters=64, size=3, activation="relu"),
        DenseSpec(units=200, activation="tanh"),
        SoftmaxSpec(classes=10),
        shape=(12, 12, 16),
    )
    p = Network.from_spec(spec, np.random.default_rng(0)).params
    assert p["layer0.W"].std() == pytest.approx(math.sqrt(2 / (3 * 3 * 16)), rel=0.03)  # He
    n_in = 10 * 10 * 64
    assert p["layer1.W"].std() == pytest.approx(math.sqrt(2 / (n_in + 200)), rel=0.03)  # Glorot
    assert np.abs(p["layer2.W"]).max() <= math.sqrt(6 / (200 + 10))
    assert all(not p[k].any() for k in p if k.endswith(".b"))
    assert all(v.dtype == np.float32 for v in p.values())


def test_zero_input_costs_ln_c():
    net = Network.from_spec(GRAD_SPECS["strided"], np.random.default_rng(0))
    x = np.zeros((5, 7, 6, 2), dtype=np.float32)
    assert net.loss_and_grads(x, np.arange(5) % 4) == pytest.approx(math.log(4), rel=1e-6)


def test_inference_api_shapes_and_chunks(rng):
    spec = GRAD_SPECS["relu-maxpool"]
    net = Network.from_spec(spec, rng)
    x = rng.standard_normal((11, 7, 6, 2)).astype(np.float32)
    probs = net.predict_proba(x, batch_size=4)
    assert probs.shape == (11, 3)
    assert probs.dtype == np.float32
    np.testing.assert_allclose(probs.sum(axis=1), 1, rtol=1e-5)
    np.testing.assert_allclose(probs, net.predict_proba(x), rtol=1e-5, atol=1e-7)
    pred = net.predict(x)
    assert pred.dtype == np.int64
    np.testing.assert_array_equal(pred, net.scores(x).argmax(axis=1))
    outputs = net.layer_outputs(x)
    assert [o.shape[1:] for o in outputs] == [(7, 6, 3), (3, 3, 3), (5,), (3,)]
    np.testing.assert_allclose(outputs[-1], probs, rtol=1e-5, atol=1e-7)
    assert net.predict_proba(x[:0]).shape == (0, 3)


def test_training_buffers_do_not_leak_between_calls(rng):
    net = Network.from_spec(GRAD_SPECS["relu-maxpool"], rng)
    x = rng.standard_normal((8, 7, 6, 2)).astype(np.float32)
    y = rng.integers(0, 3, 8)
    first = net.loss_and_grads(x, y)
    grads = {k: g.copy() for k, g in net.grads.items()}
    before = net.scores(x)
    net.loss_and_grads(x[:3], y[:3])  # a smaller last batch
    net.layer_outputs(x[:5])
    assert net.loss_and_grads(x, y) == first
    for key, value in grads.items():
        np.testing.assert_array_equal(net.grads[key], value)
    np.testing.assert_array_equal(net.scores(x), before)


def test_overfits_a_few_examples(rng):
    # Course sanity check: a small net drives the cost of 20 examples towards 0.
    net = Network.from_spec(GRAD_SPECS["relu-maxpool"], rng)
    x = rng.standard_normal((20, 7, 6, 2)).astype(np.float32)
    y = rng.integers(0, 3, 20)
    opt = make_optimizer("adam", 0.02)
    first = net.loss_and_grads(x, y)
    for _ in range(150):
        last = net.loss_and_grads(x, y)
        opt.step(net.params, net.grads)
    assert last < 0.1 * first
    assert np.mean(net.predict(x) == y) == 1.0


def test_bad_inputs_are_refused(rng):
    net = Network.from_spec(GRAD_SPECS["avg-linear"], rng)
    x = rng.standard_normal((4, 8, 9)).astype(np.float32)  # one channel may be left out
    assert net.scores(x).shape == (4, 2)
    with pytest.raises(ShapeError, match=r"\(4, 9, 8, 1\).*m × 8 × 9 × 1"):
        net.scores(np.zeros((4, 9, 8, 1)))
    with pytest.raises(ShapeError, match="labels"):
        net.loss_and_grads(x, np.zeros(3, dtype=int))
    with pytest.raises(DataError, match=r"0\.\.1"):
        net.loss_and_grads(x, np.array([0, 1, 2, 0]))
    with pytest.raises(DataError, match="integers"):
        net.loss_and_grads(x, np.zeros(4))


def test_divergence_gives_a_non_finite_cost_not_an_exception(rng):
    net = Network.from_spec(GRAD_SPECS["relu-maxpool"], rng)
    weights = {k: np.full(v.shape, 1e30) for k, v in net.params.items()}
    weights["layer3.W"][...] = 1e38  # scores overflow to inf, inf - inf is NaN
    net.set_weights(weights)
    x = np.ones((2, 7, 6, 2), dtype=np.float32)
    assert not np.isfinite(net.loss_and_grads(x, np.array([0, 1])))


def test_set_and_get_weights(rng):
    net = Network.from_spec(GRAD_SPECS["relu-maxpool"], rng)
    weights = net.get_weights()
    weights["layer0.W"][...] = 0.5
    assert not np.any(net.params["layer0.W"] == 0.5)  # get_weights copies
    kept = net.params["layer0.W"]
    net.set_weights(weights)
    assert net.params["layer0.W"] is kept
    assert np.all(kept == 0.5)
    bad = dict(weights, **{"layer3.W": np.zeros((5, 4))})
    with pytest.raises(ShapeError, match=r"layer3\.W.*\(5, 4\).*\(5, 3\)"):
        net.set_weights(bad)
    with pytest.raises(ShapeError, match=r"lack layer2\.b"):
        net.set_weights({k: v for k, v in weights.items() if k != "layer2.b"})
    with pytest.raises(ShapeError, match=r"layer9\.W"):
        net.set_weights(dict(weights, **{"layer9.W": np.zeros(2)}))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_two_thread_split_equals_one_pass(dtype):
    spec = GRAD_SPECS["strided"]
    rng = np.random.default_rng(9)
    one = Network.from_spec(spec, np.random.default_rng(1), dtype=dtype)
    two = Network.from_spec(spec, np.random.default_rng(1), dtype=dtype)
    one.split_batches, two.split_batches = False, True
    x = rng.standard_normal((9, 7, 6, 2)).astype(dtype)  # odd: halves of 4 and 5
    y = rng.integers(0, 4, 9)
    tol = 1e-5 if dtype == np.float32 else 1e-12
    for _ in range(2):  # the second call reuses both halves' buffers
        assert two.loss_and_grads(x, y) == pytest.approx(one.loss_and_grads(x, y), rel=tol)
        for key, grad in one.grads.items():
            np.testing.assert_allclose(two.grads[key], grad, rtol=tol, atol=tol * 1e-2)


def test_a_trained_network_can_be_copied_and_pickled(rng):
    net = Network.from_spec(GRAD_SPECS["strided"], rng)
    net.split_batches = True  # starts the helper thread
    x = rng.standard_normal((16, 7, 6, 2)).astype(np.float32)
    y = rng.integers(0, 4, 16)
    loss = net.loss_and_grads(x, y)
    for other in (copy.deepcopy(net), pickle.loads(pickle.dumps(net))):
        assert other.loss_and_grads(x, y) == pytest.approx(loss, rel=1e-6)
        assert other.params["layer0.W"] is not net.params["layer0.W"]


X_OK = np.zeros((3, 8, 9, 1), dtype=np.float32)
Y_OK = np.array([0, 1, 0])

# (x, y, error, English, Korean): every refusal of a batch, word for word.
REFUSALS = [
    (
        np.zeros((3, 9, 8, 1)),
        Y_OK,
        ShapeError,
        "the input has shape (3, 9, 8, 1); the network expects m × 8 × 9 × 1",
        "입력 크기는 (3, 9, 8, 1)인데, 네트워크는 m × 8 × 9 × 1을(를) 기대합니다",
    ),
    (
        X_OK.astype(str),
        Y_OK,
        DataError,
        "the input is of type <U32, not numbers",
        "입력의 형식이 숫자가 아닌 <U32입니다",
    ),
    (
        X_OK,
        np.zeros((3, 1), dtype=int),
        ShapeError,
        "the labels have shape (3, 1); expected (3,), one per sample",
        "레이블 크기가 (3, 1)입니다. 샘플마다 하나씩 (3,)이어야 합니다",
    ),
    (
        X_OK,
        np.zeros(3),
        DataError,
        "the labels are of type float64; expected integers",
        "레이블의 형식이 float64입니다. 정수여야 합니다",
    ),
    (
        X_OK,
        np.array([1, 2, 3]),
        DataError,
        "labels must lie in 0..1 (got 1..3)",
        "레이블은 0..1 범위여야 합니다 (받은 범위 1..3)",
    ),
    (
        X_OK[:0],
        Y_OK[:0],
        ShapeError,
        "the batch is empty",
        "배치가 비어 있습니다",
    ),
]


@pytest.mark.parametrize(("x", "y", "error", "english", "korean"), REFUSALS)
def test_refusals_of_a_batch_word_for_word(x, y, error, english, korean, rng):
    net = Network.from_spec(GRAD_SPECS["avg-linear"], rng)
    for language_name, message in (("en", english), ("ko", korean)):
        with language(language_name), pytest.raises(error) as caught:
            net.loss_and_grads(x, y)
        assert str(caught.value) == message


def test_one_sample_chunks_and_an_empty_batch(rng):
    net = Network.from_spec(GRAD_SPECS["strided"], rng)  # 4 classes; the second layer is 2 high
    x = rng.standard_normal((5, 7, 6, 2)).astype(np.float32)
    np.testing.assert_allclose(net.predict_proba(x, batch_size=1), net.predict_proba(x), rtol=1e-6)
    assert net.predict_proba(x[:0]).shape == (0, 4)


def test_layer_outputs_are_each_layers_true_output(rng):
    # The CONV before a max-pool hands its ReLU to the pool in training passes;
    # what a learner looks at is still the CONV's activation.
    net = Network.from_spec(GRAD_SPECS["relu-maxpool"], rng)
    x = rng.standard_normal((4, 7, 6, 2)).astype(np.float32)
    outputs = net.layer_outputs(x)
    conv, _ = net.layers[0].forward(x, net.params, Workspace(reuse=False))
    assert outputs[0].min() == 0
    np.testing.assert_array_equal(outputs[0], conv)


def _interrupted(net, x, y, should_stop):
    grads = {key: value.copy() for key, value in net.grads.items()}
    with pytest.raises(StepInterrupted):
        net.loss_and_grads(x, y, should_stop)
    for key, value in grads.items():
        np.testing.assert_array_equal(net.grads[key], value)


@pytest.mark.parametrize("at", [1, 4, 5, 8])
def test_a_stop_is_seen_before_every_layer_of_both_passes(at, rng):
    net = Network.from_spec(GRAD_SPECS["relu-maxpool"], rng, dtype=np.float64)  # 4 layers
    net.split_batches = False
    asked = []

    def should_stop() -> bool:
        asked.append(1)
        return len(asked) == at  # 1-4: forward, 5-8: backward

    _interrupted(net, rng.standard_normal((3, 7, 6, 2)), np.array([0, 1, 2]), should_stop)
    assert len(asked) == at


@pytest.mark.parametrize("thread", ["main", "helper"])
def test_a_stop_reaches_both_halves_of_a_split_batch(thread, rng):
    net = Network.from_spec(GRAD_SPECS["relu-maxpool"], rng, dtype=np.float64)
    net.split_batches = True

    def should_stop() -> bool:  # only one of the halves is told to stop
        main = threading.current_thread() is threading.main_thread()
        return main == (thread == "main")

    _interrupted(net, rng.standard_normal((6, 7, 6, 2)), np.arange(6) % 3, should_stop)


@pytest.mark.parametrize("dtype", [np.uint8, np.int64, np.float64])
def test_any_numbers_are_computed_in_the_networks_dtype(dtype, rng):
    # Images arrive as uint8: 200 + 100 must not wrap around in a CONV.
    net = Network.from_spec(GRAD_SPECS["relu-maxpool"], rng)
    x = rng.integers(0, 256, (2, 7, 6, 2)).astype(dtype)
    scores = net.scores(x)
    assert scores.dtype == np.float32
    np.testing.assert_array_equal(scores, net.scores(x.astype(np.float32)))

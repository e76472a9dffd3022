"""Hypothesis properties: bounds, monotonicity, symmetry, softmax's invariances and limits."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import actlab

finite = st.floats(min_value=-1e308, max_value=1e308, allow_nan=False, allow_infinity=False)
moderate = st.floats(min_value=-50, max_value=50, allow_nan=False)
vectors = arrays(np.float64, st.integers(1, 12), elements=finite)
logits = arrays(np.float64, st.integers(1, 12), elements=st.floats(-1e3, 1e3))

MONOTONE = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu", "softplus"]


@given(vectors)
def test_bounded_ranges(x):
    s, t = actlab.sigmoid(x), actlab.tanh(x)
    assert np.all((s >= 0) & (s <= 1)) and np.all((t >= -1) & (t <= 1))
    assert np.all(actlab.relu(x) >= 0) and np.all(actlab.softplus(x) >= 0)
    assert np.all(actlab.elu(x) >= -1) and np.all(actlab.selu(x) >= -actlab.SELU_SCALE * actlab.SELU_ALPHA)
    g = actlab.sigmoid_grad(x)
    assert np.all((g >= 0) & (g <= 0.25)) and np.all(actlab.tanh_grad(x) <= 1)


@pytest.mark.parametrize("name", MONOTONE)
@given(x=vectors)
def test_monotone_functions_never_decrease(name, x):
    y = getattr(actlab, name)(np.sort(x))
    assert np.all(np.diff(y) >= 0)
    assert np.all(getattr(actlab, name + "_grad")(x) >= 0)


@given(moderate)
def test_symmetries(x):
    assert actlab.sigmoid(-x) == pytest.approx(1 - actlab.sigmoid(x), abs=1e-15)
    assert actlab.tanh(-x) == -actlab.tanh(x)
    assert actlab.sigmoid_grad(-x) == actlab.sigmoid_grad(x)
    assert actlab.tanh_grad(-x) == actlab.tanh_grad(x)
    # f(x) - f(-x) = x for every "x times a cdf" activation and for softplus and relu
    for f in (actlab.gelu, actlab.silu, actlab.softplus, actlab.relu):
        assert f(x) - f(-x) == pytest.approx(x, abs=1e-12)


@given(logits)
def test_softmax_is_a_probability_vector(z):
    p = actlab.softmax(z)
    assert np.all((p >= 0) & (p <= 1))
    assert p.sum() == pytest.approx(1.0, abs=1e-12)
    assert np.argmax(p) == np.argmax(z) or p[np.argmax(p)] == p[np.argmax(z)]


@given(logits, st.floats(-1e3, 1e3))
def test_softmax_is_shift_invariant(z, c):
    np.testing.assert_allclose(actlab.softmax(z + c), actlab.softmax(z), atol=1e-12)
    np.testing.assert_allclose(actlab.log_softmax(z + c), actlab.log_softmax(z), atol=1e-9)


@given(logits, st.floats(0.05, 20))
def test_temperature_divides_the_logits(z, T):
    np.testing.assert_allclose(actlab.softmax(z, temperature=T), actlab.softmax(z / T), atol=1e-12)
    np.testing.assert_allclose(np.exp(actlab.log_softmax(z, temperature=T)),
                               actlab.softmax(z, temperature=T), atol=1e-12)


@given(arrays(np.float64, st.integers(2, 8), elements=st.integers(-20, 20).map(float), unique=True))
def test_temperature_limits(z):
    cold = actlab.softmax(z, temperature=1e-6)
    np.testing.assert_allclose(cold, np.eye(len(z))[np.argmax(z)], atol=1e-12)     # T -> 0: argmax
    hot = actlab.softmax(z, temperature=1e9)
    np.testing.assert_allclose(hot, np.full(len(z), 1 / len(z)), rtol=1e-6)         # T -> inf: uniform

"""Issue 9: every input gives the right answer with no warning, or a TypeError/ValueError that
names the argument. One test per cause found by probing the library as a careless user would."""

import math
import warnings

import numpy as np
import pytest

import actlab as A
from actlab import datasets as D


def quietly(f, *args, **kwargs):
    """Call f and fail on any warning at all."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return f(*args, **kwargs)


LIMITS = {   # f(-inf), f(+inf), f'(-inf), f'(+inf)
    "gelu": (0.0, math.inf, 0.0, 1.0), "silu": (0.0, math.inf, 0.0, 1.0),
    "mish": (0.0, math.inf, 0.0, 1.0), "softplus": (0.0, math.inf, 0.0, 1.0),
    "sigmoid": (0.0, 1.0, 0.0, 0.0), "tanh": (-1.0, 1.0, 0.0, 0.0), "relu": (0.0, math.inf, 0.0, 1.0),
    "elu": (-1.0, math.inf, 0.0, 1.0),
}


@pytest.mark.parametrize("name", sorted(LIMITS))
def test_the_limits_at_plus_and_minus_infinity(name):
    f, g = getattr(A, name), getattr(A, f"{name}_grad")
    x = np.array([-np.inf, np.inf, np.nan])
    low, high, glow, ghigh = LIMITS[name]
    np.testing.assert_array_equal(quietly(f, x), [low, high, np.nan])
    np.testing.assert_array_equal(quietly(g, x), [glow, ghigh, np.nan])


@pytest.mark.parametrize("beta", [0.0, 0.5, 1.0, 2.0, 1e308])
def test_swish_at_infinity_and_for_any_beta(beta):
    x = np.array([-np.inf, np.inf, np.nan])
    low = -math.inf if beta == 0 else 0.0
    np.testing.assert_array_equal(quietly(A.swish, x, beta), [low, np.inf, np.nan])
    slopes = [0.5, 0.5] if beta == 0 else [0.0, 1.0]
    np.testing.assert_array_equal(quietly(A.swish_grad, x, beta), slopes + [np.nan])


def test_swish_with_a_huge_beta_is_relu():
    np.testing.assert_array_equal(quietly(A.swish, np.array([1.0, -1.0, 3.0]), beta=1e308), [1.0, -0.0, 3.0])
    assert quietly(A.swish_grad, 1.0, beta=1e308) == 1.0


def test_gelu_tanh_approximation_at_infinity():
    x = np.array([-np.inf, np.inf])
    np.testing.assert_array_equal(quietly(A.gelu, x, approximate="tanh"), [0.0, np.inf])
    np.testing.assert_array_equal(quietly(A.gelu_grad, x, approximate="tanh"), [0.0, 1.0])


@pytest.mark.parametrize("z, expected", [
    ([np.inf, 1.0], [1.0, 0.0]), ([np.inf, np.inf, 0.0], [0.5, 0.5, 0.0]),
    ([-np.inf, -np.inf], [0.5, 0.5]), ([-np.inf, 2.0], [0.0, 1.0]), ([np.nan, 1.0], [np.nan, np.nan]),
])
def test_softmax_takes_the_limit_for_infinite_logits(z, expected):
    np.testing.assert_allclose(quietly(A.softmax, z), expected)
    with np.errstate(divide="ignore"):
        np.testing.assert_allclose(quietly(A.log_softmax, z), np.log(expected))


def test_empty_input_gives_empty_output():
    assert quietly(A.log_softmax, []).shape == (0,)
    assert quietly(A.softmax, np.zeros((3, 0))).shape == (3, 0)


def test_python_ints_beyond_int64_are_numbers():
    assert quietly(A.relu, 10 ** 20) == 1e20
    np.testing.assert_array_equal(quietly(A.sigmoid, [10 ** 20, -(10 ** 20)]), [1.0, 0.0])
    with pytest.raises(ValueError, match="too large"):
        A.relu(10 ** 400)
    with pytest.raises(TypeError, match="expected real numbers"):
        A.relu([1, None])


def test_masked_arrays_are_refused_rather_than_unmasked():
    with pytest.raises(TypeError, match="masked arrays"):
        A.relu(np.ma.masked_array([1.0, -2.0], mask=[0, 1]))


@pytest.mark.parametrize("call, error, words", [
    (lambda: A.leaky_relu(1.0, alpha=10 ** 400), ValueError, "alpha must be finite"),
    (lambda: A.elu(1.0, alpha=10 ** 400), ValueError, "alpha must be finite"),
    (lambda: A.softmax([1.0], axis=5), ValueError, "axis 5"),
    (lambda: A.softmax([1.0], axis="a"), TypeError, "axis must be a whole number"),
    (lambda: A.get_activation(["relu"]), TypeError, "by its name"),
    (lambda: A.get_activation(None), TypeError, "by its name"),
    (lambda: A.get_activation("sigmod"), ValueError, "did you mean 'sigmoid'"),
    (lambda: A.get_activation("ReLu"), ValueError, "did you mean 'relu'"),
])
def test_parameters_and_names_get_a_clear_error(call, error, words):
    with pytest.raises(error, match=words):
        call()


def test_a_temperature_beyond_the_float_range_is_infinite():
    np.testing.assert_array_equal(A.softmax([1.0, 2.0], temperature=10 ** 400), [0.5, 0.5])


def test_elu_grad_has_no_cancellation_for_a_large_alpha():
    assert A.elu_grad(1.0, alpha=1e16) == 1.0
    assert A.elu_grad(-1.0, alpha=1e16) == pytest.approx(1e16 * math.exp(-1.0))


@pytest.mark.parametrize("call, error, words", [
    (lambda: D.make_dataset("moons", 10, noise=np.inf), ValueError, "noise must be a finite"),
    (lambda: D.spirals(10, turns=np.nan), ValueError, "turns must be a finite"),
    (lambda: D.spirals(10, turns=0), ValueError, "turns must be > 0"),
    (lambda: D.spirals(n_samples=2, n_classes=3), ValueError, "n_samples must be a whole number >= 3"),
    (lambda: D.moons(10, noise="a"), TypeError, "noise must be a number"),
    (lambda: D.circles(10, factor="a"), TypeError, "factor must be a number"),
    (lambda: D.spirals(10, turns="a"), TypeError, "turns must be a number"),
    (lambda: D.spirals(10, n_classes=2.5), TypeError, "n_classes"),
    (lambda: D.moons(10, seed="a"), TypeError, "seed must be a whole number"),
    (lambda: D.make_dataset(["moons"]), TypeError, "by its name"),
    (lambda: D.make_dataset("moons", n_samples="10"), TypeError, "n_samples"),
])
def test_data_sets_refuse_bad_parameters_by_name(call, error, words):
    with pytest.raises(error, match=words):
        call()

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


# ---------------------------------------------------------------- the checkers never raise on an
# answer and never praise a wrong type

from actlab.exercises import check  # noqa: E402


@pytest.mark.parametrize("answer, words", [
    (0.5 + 0j, "a real number, got the complex number"), ("0.5", "without quotes"),
    (True, "expected a number, got True"), (np.array([0.5, 0.5]), "expected one number, got 2"), (math.nan, "not a finite number"), ({"a": 1}, "expected a number"),
])
def test_a_number_exercise_rejects_other_types_kindly(answer, words):
    feedback = check("relu_sparsity", answer)
    assert feedback.status == "wrong" and words in feedback.message


@pytest.mark.parametrize("returns, words", [
    (lambda x: "relu", "returned str"), (lambda x: {"x": x}, "returned dict"),
    (lambda x: (v for v in x), "returned generator"), (lambda x: x + 0j, "complex"),
    (lambda x: float(np.max(x)), "returned one number"), (lambda x: x[:3], "Expected 25 numbers"),
])
def test_a_function_exercise_names_what_came_back(returns, words):
    feedback = check("relu", returns)
    assert feedback.status == "wrong" and words in feedback.message, feedback.message


def test_a_warning_that_no_single_input_reproduces_is_still_explained():
    def warns_on_the_whole_array(x):
        if x.size > 1:
            np.log(np.zeros(1))                     # divide-by-zero warning, whole array only
        return np.maximum(x, 0)
    feedback = check("relu", warns_on_the_whole_array)
    assert feedback.status == "wrong" and "numpy warned" in feedback.message


def test_an_exercise_name_that_is_not_a_string_is_a_clear_error():
    with pytest.raises(TypeError, match="named by a string"):
        check(["relu"], np.abs)


# ---------------------------------------------------------------- explorers at every extreme

from actlab import widgets as W  # noqa: E402

EXPLORERS = {
    "activation_explorer": lambda: W.activation_explorer("gelu"),
    "neuron_explorer": W.neuron_explorer, "depth_explorer": W.depth_explorer,
    "gain_explorer": W.gain_explorer, "dying_relu_explorer": lambda: W.dying_relu_explorer(epochs=40),
    "born_dead_explorer": lambda: W.born_dead_explorer(trials=5), "leaky_explorer": W.leaky_explorer,
    "softmax_explorer": W.softmax_explorer, "selu_explorer": W.selu_explorer,
}


def _extremes(control):
    """The values worth trying on a control: both ends of a slider, every choice of a dropdown."""
    if isinstance(control, W.widgets.FloatLogSlider):
        return [control.base ** control.min, control.base ** control.max]
    if hasattr(control, "min") and hasattr(control, "max") and not isinstance(control.value, tuple):
        return [control.min, control.max]
    if hasattr(control, "options"):
        return [o[1] if isinstance(o, tuple) else o for o in control.options]
    return []


@pytest.mark.parametrize("name", sorted(EXPLORERS))
def test_every_control_at_every_extreme_draws_without_a_warning(name):
    """Issue 9: no explorer shows a numpy warning or a half-drawn figure at any setting
    (the test suite turns every warning into an error, which the explorer would report)."""
    explorer = EXPLORERS[name]()
    for key, control in list(explorer.controls.items()):
        start = control.value
        for value in _extremes(control):
            control.value = value
            if explorer.button is not None:
                explorer.button.click()
            assert explorer.error is None, f"{name}: {key} = {value!r}: {explorer.error}"
        control.value = start


def test_explorer_arguments_outside_their_controls_are_refused_by_name():
    for call, words in [(lambda: W.gain_explorer(depth=0), "depth must be a whole number"),
                        (lambda: W.depth_explorer(depth=100), "depth must lie between 2 and 40"),
                        (lambda: W.depth_explorer(activation="foo"), "activation must be one of"),
                        (lambda: W.dying_relu_explorer(lr=5.0), "learning rate must lie between"),
                        (lambda: W.leaky_explorer(alpha=0.9), "alpha must lie between")]:
        with pytest.raises(ValueError, match=words):
            call()


def test_the_playground_trains_exactly_the_configuration_it_was_given():
    from actlab.playground import Config
    for config in (Config(depth=20, epochs=5), Config(lr=50.0, epochs=5), Config(init=2.0, epochs=5),
                   Config(batch_size=16, epochs=5)):
        explorer = W.playground(config)
        explorer.button.click()
        assert explorer.error is None and explorer.result.config == config


@pytest.mark.parametrize("bad, error, words", [
    (dict(lr=-1.0), ValueError, "lr must be a number above 0"), (dict(init="foo"), ValueError, "init must be"),
    (dict(init=-2.0), ValueError, "positive"), (dict(batch_size=2.5), ValueError, "batch_size"),
    (dict(epochs=0), ValueError, "epochs"), (dict(noise=math.inf), ValueError, "noise"),
    (dict(seed=-1), ValueError, "seed"), (dict(depth="3"), TypeError, "depth"),
])
def test_a_playground_config_refuses_settings_it_cannot_train(bad, error, words):
    from actlab.playground import Config
    with pytest.raises(error, match=words):
        Config(**bad)

"""actlab.activations against independent references, finite differences and its contract."""

import warnings

import mpmath as mp
import numpy as np
import pytest
import scipy.special as sp

import actlab
from actlab import ACTIVATIONS, get_activation
from reference import FORMULAS, SELU_ALPHA_PAPER, SELU_SCALE_PAPER, evaluate, selu_constants

# Every registry entry, and the parameter values worth checking separately.
VARIANTS = [(name, {}) for name in ACTIVATIONS] + [
    ("leaky_relu", {"alpha": 0.1}), ("leaky_relu", {"alpha": 0.3}), ("leaky_relu", {"alpha": 1.0}),
    ("elu", {"alpha": 0.5}), ("gelu", {"approximate": "tanh"}),
    ("swish", {"beta": 0.0}), ("swish", {"beta": 0.5}), ("swish", {"beta": 10.0}),
]
IDS = [n + "".join(f"-{k}={v}" for k, v in p.items()) for n, p in VARIANTS]

# From -1e308 to 1e308: both tails at every scale, the middle densely, and zero.
_MAG = np.logspace(-300, 308, 70)
WIDE = np.concatenate([-_MAG[::-1], np.linspace(-40, 40, 161), _MAG, [0.0, 1e-320, -1e-320]])

TINY = 1e-300          # absolute floor: below it a result underflows in double, rightly


def _close(got, ref, rtol):
    return np.abs(got - ref) <= rtol * np.abs(ref) + TINY


@pytest.mark.parametrize("name, params", VARIANTS, ids=IDS)
def test_values_match_mpmath_over_the_whole_float_range(name, params):
    act = get_activation(name, **params)
    ref = evaluate(FORMULAS[name][0], WIDE, **params)
    got = act.f(WIDE)
    bad = ~_close(got, ref, 1e-9)
    assert not bad.any(), list(zip(WIDE[bad][:5], got[bad][:5], ref[bad][:5]))


@pytest.mark.parametrize("name, params", VARIANTS, ids=IDS)
def test_derivatives_match_mpmath_over_the_whole_float_range(name, params):
    act = get_activation(name, **params)
    xs = WIDE[~np.isin(WIDE, act.kinks)]
    ref = evaluate(FORMULAS[name][1], xs, **params)
    got = act.grad(xs)
    bad = ~_close(got, ref, 1e-8)
    assert not bad.any(), list(zip(xs[bad][:5], got[bad][:5], ref[bad][:5]))


@pytest.mark.parametrize("name, params", VARIANTS, ids=IDS)
def test_derivatives_match_central_finite_differences(name, params):
    act = get_activation(name, **params)
    x = np.linspace(-8, 8, 1001)
    x = x[np.min(np.abs(x[:, None] - np.array(act.kinks or (np.inf,))), axis=1) > 1e-3]
    h = 1e-6
    fd = (act.f(x + h) - act.f(x - h)) / (2 * h)
    np.testing.assert_allclose(act.grad(x), fd, rtol=1e-6, atol=1e-8)


def test_the_kink_takes_the_left_hand_derivative():
    assert actlab.relu_grad(0.0) == 0.0
    assert actlab.leaky_relu_grad(0.0) == 0.01
    assert actlab.leaky_relu_grad(0.0, alpha=0.2) == 0.2
    assert actlab.elu_grad(0.0, alpha=0.7) == 0.7
    assert actlab.selu_grad(0.0) == pytest.approx(actlab.SELU_SCALE * actlab.SELU_ALPHA)
    assert actlab.relu_grad(1e-300) == 1.0


def test_selu_constants_are_the_papers_to_full_double_precision():
    alpha, lam = selu_constants()
    assert actlab.SELU_ALPHA == float(alpha) == float(SELU_ALPHA_PAPER)
    assert actlab.SELU_SCALE == float(lam) == float(SELU_SCALE_PAPER)


def test_named_limits_of_the_design():
    assert actlab.sigmoid(-1000) == 0.0
    assert actlab.sigmoid(1000) == 1.0
    assert np.all(np.isfinite(actlab.softmax([1000.0, 1001.0])))
    np.testing.assert_allclose(actlab.softmax([1000.0, 1001.0]), sp.softmax([0.0, 1.0]), rtol=1e-15)
    assert actlab.gelu(1e308) == 1e308 and actlab.gelu(-1e308) == 0.0
    assert actlab.swish(1e308, beta=10.0) == 1e308 and actlab.swish(-1e308, beta=10.0) == 0.0
    assert actlab.softplus(1e308) == 1e308 and actlab.softplus(-1e308) == 0.0


@pytest.mark.parametrize("name, params", VARIANTS, ids=IDS)
def test_no_warning_and_nan_propagates(name, params):
    act = get_activation(name, **params)
    x = np.array([-1e308, -745.0, -1e-310, 0.0, 1e-310, 745.0, 1e308, np.nan])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        f, g = act.f(x), act.grad(x)
        for dtype in (np.float16, np.float32):
            big = np.finfo(dtype).max / 2
            act.f(np.array([-big, big, np.nan], dtype=dtype))
            act.grad(np.array([-big, big, np.nan], dtype=dtype))
    assert np.isnan(f[-1]) and np.isnan(g[-1])
    assert np.all(np.isfinite(f[:-1])) and np.all(np.isfinite(g[:-1]))


@pytest.mark.parametrize("name, params", VARIANTS, ids=IDS)
@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64, np.longdouble])
def test_floating_dtype_is_kept(name, params, dtype):
    act = get_activation(name, **params)
    x = np.linspace(-3, 3, 7).astype(dtype)
    assert act.f(x).dtype == dtype
    assert act.grad(x).dtype == dtype


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_array_like_in_shape_kept_integers_promoted(name):
    act = get_activation(name)
    assert act.f([1, 2, 3]).dtype == np.float64
    assert act.f(np.arange(3, dtype=np.int8)).dtype == np.float64
    assert act.f([True, False]).dtype == np.float64
    x = np.random.default_rng(0).normal(size=(2, 3, 4))
    assert act.f(x).shape == (2, 3, 4) and act.grad(x).shape == (2, 3, 4)
    assert np.ndim(act.f(1.5)) == 0 and np.ndim(act.grad(2)) == 0
    assert float(act.f(1.5)) == act.f(np.array([1.5]))[0]
    assert act.f(np.empty(0)).shape == (0,)
    x = np.linspace(-2, 2, 5)
    before = x.copy()
    act.f(x), act.grad(x)
    np.testing.assert_array_equal(x, before)        # the input is never written to


@pytest.mark.parametrize("fn", [getattr(actlab, n) for n in ACTIVATIONS]
                         + [getattr(actlab, n + "_grad") for n in ACTIVATIONS]
                         + [actlab.softmax, actlab.log_softmax, actlab.softmax_jacobian])
@pytest.mark.parametrize("bad", ["1.0", ["a", "b"], [1 + 2j], None, {"x": 1}, [object()]])
def test_non_numeric_input_is_a_type_error(fn, bad):
    with pytest.raises(TypeError, match="real numbers"):
        fn(bad)


@pytest.mark.parametrize("call, param", [
    (lambda: actlab.leaky_relu(1.0, alpha=-0.1), "alpha"),
    (lambda: actlab.leaky_relu(1.0, alpha=1.5), "alpha"),
    (lambda: actlab.leaky_relu_grad(1.0, alpha=float("nan")), "alpha"),
    (lambda: actlab.elu(1.0, alpha=float("inf")), "alpha"),
    (lambda: actlab.swish(1.0, beta=-1.0), "beta"),
    (lambda: actlab.swish_grad(1.0, beta=float("nan")), "beta"),
    (lambda: actlab.gelu(1.0, approximate="erf"), "approximate"),
    (lambda: actlab.gelu_grad(1.0, approximate=None), "approximate"),
    (lambda: actlab.softmax([1.0, 2.0], temperature=-1.0), "temperature"),
    (lambda: actlab.softmax([1.0, 2.0], temperature=0.0), "temperature"),
    (lambda: actlab.log_softmax([1.0, 2.0], temperature=float("nan")), "temperature"),
    (lambda: actlab.softmax_jacobian([1.0, 2.0], temperature=-2), "temperature"),
])
def test_a_parameter_out_of_its_meaning_is_a_value_error_naming_it(call, param):
    with pytest.raises(ValueError, match=param):
        call()


def test_a_parameter_of_the_wrong_type_is_a_type_error():
    with pytest.raises(TypeError, match="alpha"):
        actlab.leaky_relu(1.0, alpha="0.1")
    with pytest.raises(TypeError, match="temperature"):
        actlab.softmax([1.0], temperature=True)


# ----------------------------------------------------------------------------- identities

def test_tanh_is_a_rescaled_sigmoid():
    x = np.linspace(-30, 30, 601)
    np.testing.assert_allclose(actlab.tanh(x), 2 * actlab.sigmoid(2 * x) - 1, atol=1e-15)


def test_sigmoid_and_its_derivative_against_scipy():
    x = np.linspace(-700, 700, 2801)
    np.testing.assert_allclose(actlab.sigmoid(x), sp.expit(x), rtol=2e-14, atol=0)
    np.testing.assert_allclose(actlab.sigmoid_grad(x), sp.expit(x) * sp.expit(-x), rtol=2e-14, atol=0)
    x = np.linspace(-300, 300, 1201)        # cosh(x)^2 stays finite
    np.testing.assert_allclose(actlab.tanh_grad(x), 1 / np.cosh(x) ** 2, rtol=2e-14, atol=0)


def test_gelu_against_scipy_normal_cdf():
    x = np.linspace(-30, 30, 601)
    np.testing.assert_allclose(actlab.gelu(x), x * sp.ndtr(x), rtol=1e-12, atol=1e-300)


def test_sigmoid_derivative_peaks_at_a_quarter():
    x = np.linspace(-10, 10, 20001)
    g = actlab.sigmoid_grad(x)
    assert g.max() == 0.25 and x[g.argmax()] == 0.0


def test_softplus_derivative_is_the_sigmoid_and_silu_is_swish_one():
    x = np.linspace(-50, 50, 1001)
    np.testing.assert_array_equal(actlab.softplus_grad(x), actlab.sigmoid(x))
    np.testing.assert_allclose(actlab.silu(x), actlab.swish(x, beta=1.0), rtol=1e-15)
    np.testing.assert_allclose(actlab.silu_grad(x), actlab.swish_grad(x, beta=1.0), rtol=1e-15)
    np.testing.assert_allclose(actlab.swish(x, beta=0.0), x / 2, rtol=1e-15)


# ----------------------------------------------------------------------------- softmax

def test_softmax_and_log_softmax_against_scipy():
    z = np.random.default_rng(1).normal(scale=5, size=(6, 5))
    for axis in (0, 1, -1):
        np.testing.assert_allclose(actlab.softmax(z, axis=axis), sp.softmax(z, axis=axis), rtol=1e-13)
        np.testing.assert_allclose(actlab.log_softmax(z, axis=axis), sp.log_softmax(z, axis=axis),
                                   rtol=1e-13)
    np.testing.assert_allclose(actlab.softmax(z, temperature=2.5), sp.softmax(z / 2.5, axis=-1), rtol=1e-13)
    np.testing.assert_allclose(actlab.log_softmax([1000.0, 1001.0]), [-1.3132616875182228, -0.31326168751822286])


def test_softmax_extremes_and_masking():
    np.testing.assert_array_equal(actlab.softmax([-1e308, 1e308]), [0.0, 1.0])
    np.testing.assert_array_equal(actlab.softmax([-np.inf, 0.0]), [0.0, 1.0])
    np.testing.assert_allclose(actlab.softmax([1.0, 2.0, 3.0], temperature=1e-300), [0, 0, 1])
    np.testing.assert_allclose(actlab.softmax([1.0, 2.0, 3.0], temperature=np.inf), [1 / 3] * 3)
    assert np.isnan(actlab.softmax([np.nan, 1.0])).all()
    assert actlab.softmax(np.float32([1, 2])).dtype == np.float32
    assert actlab.softmax(np.empty((0, 3))).shape == (0, 3)


def test_two_class_softmax_is_the_sigmoid_of_the_difference():
    a = np.linspace(-20, 20, 41)
    z = np.column_stack([a, np.zeros_like(a)])
    np.testing.assert_allclose(actlab.softmax(z)[:, 0], actlab.sigmoid(a), rtol=1e-14)


def test_softmax_jacobian_against_finite_differences():
    z = np.array([0.5, -1.0, 2.0, 0.0])
    for T in (1.0, 0.5, 3.0):
        J = actlab.softmax_jacobian(z, temperature=T)
        h = 1e-6
        fd = np.column_stack([(actlab.softmax(z + h * e, temperature=T) - actlab.softmax(z - h * e, temperature=T))
                              / (2 * h) for e in np.eye(len(z))])
        np.testing.assert_allclose(J, fd, atol=1e-9)
        np.testing.assert_allclose(J.sum(axis=0), 0, atol=1e-15)   # probabilities keep summing to 1
    with pytest.raises(ValueError, match="1-D"):
        actlab.softmax_jacobian(np.ones((2, 2)))


# ----------------------------------------------------------------------------- registry

def test_registry_lists_every_contract_function():
    assert ACTIVATIONS == ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu", "gelu",
                           "silu", "swish", "softplus", "mish")
    for name in ACTIVATIONS:
        act = get_activation(name)
        assert act.name == name and act.latex and callable(act.f) and callable(act.grad)
        assert act.function is getattr(actlab, name) and act.derivative is getattr(actlab, name + "_grad")


def test_registry_binds_parameters_and_rejects_bad_ones():
    act = get_activation("leaky_relu", alpha=0.1)
    assert act.f(-1.0) == pytest.approx(-0.1) and act.grad(-1.0) == pytest.approx(0.1)
    assert act.title == "Leaky ReLU (alpha=0.1)"
    assert get_activation(act) is act
    assert get_activation(act, alpha=0.2).params == {"alpha": 0.2}
    assert get_activation("gelu", approximate="tanh").f(1.0) == pytest.approx(0.8411919906082768)
    with pytest.raises(ValueError, match="unknown activation 'relu6'"):
        get_activation("relu6")
    with pytest.raises(TypeError, match="no parameter alpha"):
        get_activation("relu", alpha=0.1)
    with pytest.raises(ValueError, match="alpha"):
        get_activation("elu", alpha=-1)


def test_every_latex_formula_renders_as_mathtext():
    from matplotlib.mathtext import math_to_image
    import io
    for name in ACTIVATIONS:
        math_to_image(f"${get_activation(name).latex}$", io.BytesIO(), format="png")


def test_importing_actlab_changes_no_global_state():
    import subprocess
    import sys
    code = ("import numpy as np, matplotlib as mpl; s = np.random.get_state()[1][:5].tolist(); "
            "rc = dict(mpl.rcParams); err = np.geterr(); "
            "import actlab, actlab.plotting, actlab.widgets, actlab.exercises; "
            "assert np.random.get_state()[1][:5].tolist() == s; assert dict(mpl.rcParams) == rc; "
            "assert np.geterr() == err; print('clean')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "clean\n" and out.stderr == ""


def test_mpmath_reference_is_really_high_precision():
    assert mp.mp.dps >= 50


def test_titles_name_the_parameters_that_matter():
    assert get_activation("gelu").title == "GELU"
    assert get_activation("gelu", approximate="tanh").title == "GELU (tanh approximation)"
    assert get_activation("swish", beta=2).title == "Swish (beta=2)"

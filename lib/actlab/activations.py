"""Activation functions, their derivatives, and the registry everything loops over.

Introduced across the series: sigmoid in ``01_sigmoid``, tanh in ``02_tanh``, ReLU in
``03_relu``, Leaky ReLU in ``04_leaky_relu``, softmax in ``05_softmax`` and the rest in
``06_beyond_relu``.

Every function takes array_like input of any shape, keeps a floating dtype (float32 in,
float32 out), promotes integers to float64 and rejects strings, objects and complex numbers
with a ``TypeError``. Each is written so that no intermediate overflows for any finite input,
so no warning is raised and the right limit comes out for finite |x| up to 1e308 (up to
half the largest value of float16/float32 input).
At a kink the derivative is the left-hand one (``relu_grad(0) == 0``), as in PyTorch.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

__all__ = [
    "sigmoid", "sigmoid_grad", "tanh", "tanh_grad", "relu", "relu_grad",
    "leaky_relu", "leaky_relu_grad", "elu", "elu_grad", "selu", "selu_grad",
    "gelu", "gelu_grad", "silu", "silu_grad", "swish", "swish_grad",
    "softplus", "softplus_grad", "mish", "mish_grad",
    "softmax", "log_softmax", "softmax_jacobian",
    "SELU_ALPHA", "SELU_SCALE", "Activation", "Param", "ACTIVATIONS", "get_activation",
    "activation_names",
]

# Klambauer et al. 2017, "Self-Normalizing Neural Networks", eq. (14), to double precision.
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946

_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
_SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)
_GELU_CUBIC = 0.044715


# --------------------------------------------------------------------------- input checks

def _as_float(x) -> np.ndarray:
    """Return ``x`` as a floating ndarray (at least 1-D), or raise a clear TypeError."""
    if isinstance(x, np.ma.MaskedArray):
        raise TypeError("masked arrays are not supported: the mask would be lost; pass "
                        "x.filled(value) or x.compressed() instead")
    a = np.asarray(x)
    kind = a.dtype.kind
    if kind == "O":
        a = _objects_as_float(a)
        kind = a.dtype.kind
    if kind != "f":
        if kind in "biu":
            a = a.astype(np.float64)
        else:
            raise TypeError(
                f"expected real numbers (int or float), got an array of dtype {a.dtype}"
                + (" (complex numbers are not supported)" if kind == "c" else "")
            )
    return a.reshape(1) if a.ndim == 0 else a


def _objects_as_float(a: np.ndarray) -> np.ndarray:
    """An object array of Python numbers (such as ints beyond int64) as float64; anything else
    is returned unchanged for the caller's TypeError."""
    if not all(isinstance(v, numbers.Real) for v in a.flat):
        return a
    try:
        return a.astype(np.float64)
    except OverflowError:
        raise ValueError("a number is too large to be represented as a float (beyond 1.8e308)") from None


def _at_infinity(out: np.ndarray, x: np.ndarray, at_minus, at_plus) -> np.ndarray:
    """Put the limits at x = -inf and +inf where a product such as 0 * inf gave NaN."""
    bad = np.isnan(out)
    if bad.any():
        bad &= ~np.isnan(x)
        out[bad & (x < 0)] = at_minus
        out[bad & (x > 0)] = at_plus
    return out


def _result(out: np.ndarray, x) -> np.ndarray:
    """Give a scalar back for scalar input, the array otherwise."""
    return out[0] if np.ndim(x) == 0 else out


def _check_param(value, name: str, *, low: float = -math.inf, low_open: bool = False,
                 allow_inf: bool = False) -> float:
    """Validate a scalar parameter: a real number, not NaN, not below ``low``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a real number, got {value!r}")
    try:
        value = float(value)
    except OverflowError:                       # an int beyond the float range
        if not (allow_inf and value > 0):
            raise ValueError(f"{name} must be finite, got a number beyond the float range") from None
        value = math.inf
    if math.isnan(value):
        raise ValueError(f"{name} must be a number, got nan")
    if math.isinf(value) and not allow_inf:
        raise ValueError(f"{name} must be finite, got {value}")
    if value < low or (low_open and value == low):
        bound = ">" if low_open else ">="
        raise ValueError(f"{name} must be {bound} {low:g}, got {value:g}")
    return value


def _clip_for_product(x: np.ndarray, factor: float) -> np.ndarray:
    """Clip ``x`` so that ``factor * x`` cannot overflow (only needed when |factor| > 1)."""
    if abs(factor) <= 1.0:
        return x
    limit = np.finfo(x.dtype).max / 2.0 / abs(factor)      # a factor 2 of room for rounding
    return np.clip(x, -limit, limit)


# --------------------------------------------------------------------------- sigmoid, tanh

# The sigmoid is computed as 1 / (1 + exp(-x)) in place: where exp(-x) overflows (x < -709) it
# is inf and the reciprocal gives exactly the right 0, so the suppressed overflow hides nothing,
# and every step is exact to a rounding, so the result keeps full relative accuracy everywhere.
# Its derivative, and tanh's, are formed from 1 / cosh, which needs no tail correction either.
# float16/float32 go through float64 (and are rounded back).

def _through_float64(f, x: np.ndarray):
    """Run ``f`` on float64 for narrow floats; None for float64 and longdouble."""
    if x.dtype.itemsize < 8:
        return f(x.astype(np.float64)).astype(x.dtype)
    return None


def _sigmoid(x: np.ndarray, out=None) -> np.ndarray:
    """sigma(x); ``out`` (which may be ``x`` itself) saves an allocation."""
    narrow = _through_float64(_sigmoid, x)
    if narrow is not None:
        return narrow
    out = np.negative(x, out=out)
    with np.errstate(over="ignore"):        # exp(-x) = inf gives the exact limit 0 below
        np.exp(out, out=out)
    out += 1.0
    return np.reciprocal(out, out=out)


def _sigmoid_grad(x: np.ndarray) -> np.ndarray:
    """sigma'(x) = sech^2(x / 2) / 4 = (1 / cosh(x / 2))^2 / 4: cosh >= 1, so it never exceeds
    0.25, and where cosh overflows its reciprocal is the exact limit 0."""
    narrow = _through_float64(_sigmoid_grad, x)
    if narrow is not None:
        return narrow
    out = x * 0.5
    with np.errstate(over="ignore"):
        np.cosh(out, out=out)
    np.reciprocal(out, out=out)
    out *= out
    out *= 0.25
    return out


def sigmoid(x):
    """Logistic sigmoid 1 / (1 + exp(-x)), stable for every input (``01_sigmoid``)."""
    a = _as_float(x)
    return _result(_sigmoid(a), x)


def sigmoid_grad(x):
    """sigma'(x) = sigma(x) (1 - sigma(x)), at most 0.25 (at x = 0) (``01_sigmoid``)."""
    a = _as_float(x)
    return _result(_sigmoid_grad(a), x)


def tanh(x):
    """Hyperbolic tangent (``02_tanh``)."""
    a = _as_float(x)
    return _result(np.tanh(a), x)


def _tanh_grad(x: np.ndarray) -> np.ndarray:
    # 1 - tanh^2(x) = sech^2(x) = (1 / cosh x)^2: no cancellation where tanh rounds to 1, and where
    # cosh overflows (|x| > 710) its reciprocal is the exact limit 0; squaring after the
    # reciprocal lets tiny values underflow gradually instead of overflowing.
    narrow = _through_float64(_tanh_grad, x)
    if narrow is not None:
        return narrow
    with np.errstate(over="ignore"):
        out = np.cosh(x)
    np.reciprocal(out, out=out)
    out *= out
    return np.minimum(out, 1.0, out=out)        # rounding may not exceed the true maximum


def tanh_grad(x):
    """tanh'(x) = 1 - tanh(x)^2, at most 1 (at x = 0) (``02_tanh``)."""
    a = _as_float(x)
    return _result(_tanh_grad(a), x)


# --------------------------------------------------------------------------- ReLU family

def relu(x):
    """max(0, x) (``03_relu``)."""
    a = _as_float(x)
    return _result(np.maximum(a, 0), x)


def relu_grad(x):
    """1 for x > 0, else 0; the left-hand derivative 0 at the kink (``03_relu``)."""
    a = _as_float(x)
    return _result(_step(a), x)


def _step(a: np.ndarray) -> np.ndarray:
    """1.0 where a > 0, else 0.0 (0 at 0, the left-hand value); NaN stays NaN, as sign and
    maximum both keep it (two passes; ``(a > 0).astype(float)`` is one but turns NaN into 0)."""
    out = np.sign(a)
    return np.maximum(out, 0, out=out)


def _check_leak(alpha) -> float:
    alpha = _check_param(alpha, "alpha", low=0.0)
    if alpha > 1:
        raise ValueError(f"alpha is the slope for x < 0 and must lie in [0, 1], got {alpha:g}")
    return alpha


def leaky_relu(x, alpha=0.01):
    """max(alpha * x, x) with 0 <= alpha <= 1: x for x > 0, alpha * x otherwise (``04_leaky_relu``)."""
    alpha = _check_leak(alpha)
    a = _as_float(x)
    scaled = a * alpha
    return _result(np.maximum(a, scaled, out=scaled), x)


def leaky_relu_grad(x, alpha=0.01):
    """1 for x > 0, alpha otherwise; ``alpha`` at the kink (``04_leaky_relu``)."""
    alpha = _check_leak(alpha)
    a = _as_float(x)
    out = _step(a)
    out *= 1.0 - alpha
    out += alpha
    return _result(out, x)


def _elu(x: np.ndarray, alpha: float) -> np.ndarray:
    # max(x, 0) + alpha * expm1(min(x, 0)): branch-free, and expm1 never sees a positive number
    neg = np.minimum(x, 0)
    np.expm1(neg, out=neg)
    neg *= alpha
    neg += np.maximum(x, 0)
    return neg


def _elu_grad(x: np.ndarray, alpha: float) -> np.ndarray:
    # alpha * exp(min(x, 0)), then 1 wherever x > 0 (a copy, not a sum: no cancellation for a large alpha)
    out = np.minimum(x, 0)
    np.exp(out, out=out)
    out *= alpha
    np.copyto(out, 1.0, where=x > 0)
    return out


def elu(x, alpha=1.0):
    """x for x > 0, alpha * (exp(x) - 1) otherwise (Clevert et al. 2015; ``06_beyond_relu``)."""
    alpha = _check_param(alpha, "alpha", low=0.0)
    a = _as_float(x)
    return _result(_elu(a, alpha), x)


def elu_grad(x, alpha=1.0):
    """1 for x > 0, alpha * exp(x) otherwise; ``alpha`` at 0 (``06_beyond_relu``)."""
    alpha = _check_param(alpha, "alpha", low=0.0)
    a = _as_float(x)
    return _result(_elu_grad(a, alpha), x)


def selu(x):
    """SELU_SCALE * elu(x, SELU_ALPHA) (Klambauer et al. 2017; ``06_beyond_relu``)."""
    a = _as_float(x)
    out = _elu(a, SELU_ALPHA)
    out *= SELU_SCALE
    return _result(out, x)


def selu_grad(x):
    """SELU_SCALE * elu_grad(x, SELU_ALPHA) (``06_beyond_relu``)."""
    a = _as_float(x)
    out = _elu_grad(a, SELU_ALPHA)
    out *= SELU_SCALE
    return _result(out, x)


# --------------------------------------------------------------------------- smooth ReLUs

def _ndtr(x: np.ndarray) -> np.ndarray:
    """The normal cdf Phi from scipy (accurate in the left tail, where it uses erfc); float16
    and longdouble go through float32 and float64, scipy's loops. scipy.special is imported on
    first use: it adds about 25 MB to a kernel, and only GELU needs it."""
    from scipy.special import ndtr

    if x.dtype in (np.float32, np.float64):
        return ndtr(x)
    wide = np.float32 if x.dtype.itemsize < 4 else np.float64
    return ndtr(x.astype(wide)).astype(x.dtype)


def _check_approximate(approximate) -> str:
    if approximate not in ("none", "tanh"):
        raise ValueError(f'approximate must be "none" or "tanh", got {approximate!r}')
    return approximate


def _gelu_tanh_arg(x: np.ndarray) -> np.ndarray:
    """2u with u = sqrt(2/pi) (x + 0.044715 x^3); |x| is capped where sigma(2u) is 0 or 1."""
    cap = min(1e4, float(np.cbrt(np.finfo(x.dtype).max)) / 2)     # 20 for float16, else 1e4
    xc = np.clip(x, -cap, cap)
    return (2.0 * _SQRT_2_OVER_PI) * (xc + _GELU_CUBIC * xc * xc * xc)


def gelu(x, approximate="none"):
    """x * Phi(x) (Hendrycks & Gimpel 2016), or its tanh approximation (``06_beyond_relu``)."""
    _check_approximate(approximate)
    a = _as_float(x)
    with np.errstate(invalid="ignore"):         # 0 * -inf: the limit is put in below
        if approximate == "none":
            out = _ndtr(a)
            out *= a
        else:
            # 0.5 x (1 + tanh u) = x * sigmoid(2u): no cancellation for negative x.
            out = _sigmoid(_gelu_tanh_arg(a))
            out *= a
    return _result(_at_infinity(out, a, 0.0, np.inf), x)


def gelu_grad(x, approximate="none"):
    """Derivative of :func:`gelu` (``06_beyond_relu``)."""
    _check_approximate(approximate)
    a = _as_float(x)
    t = np.clip(a, -40.0, 40.0)     # x * pdf(x) is exactly 0.0 in double beyond |x| = 40
    if approximate == "none":
        pdf = np.exp(-0.5 * t * t)
        pdf *= t * _INV_SQRT_2PI
        out = _ndtr(a)
        out += pdf
    else:
        two_u = _gelu_tanh_arg(t)
        du = (2.0 * _SQRT_2_OVER_PI) * (1.0 + 3.0 * _GELU_CUBIC * t * t)
        out = _sigmoid(two_u)
        out += t * du * _sigmoid_grad(two_u)
    return _result(out.astype(a.dtype, copy=False), x)


def silu(x):
    """x * sigmoid(x), also called swish with beta = 1 (``06_beyond_relu``)."""
    a = _as_float(x)
    out = _sigmoid(a)
    with np.errstate(invalid="ignore"):         # 0 * -inf: the limit is put in below
        out *= a
    return _result(_at_infinity(out, a, 0.0, np.inf), x)


def silu_grad(x):
    """sigmoid(x) + x * sigmoid'(x) (``06_beyond_relu``)."""
    a = _as_float(x)
    out = _sigmoid_grad(a)
    with np.errstate(invalid="ignore"):
        out *= a
    out += _sigmoid(a)
    return _result(_at_infinity(out, a, 0.0, 1.0), x)


def swish(x, beta=1.0):
    """x * sigmoid(beta * x) (Ramachandran et al. 2017); beta = 1 is SiLU (``06_beyond_relu``)."""
    beta = _check_param(beta, "beta", low=0.0)
    a = _as_float(x)
    if beta == 0.0:                             # x * sigmoid(0) = x / 2, infinities included
        return _result(a * 0.5, x)
    if beta == 1.0:
        out = _sigmoid(a)
    else:
        bx = beta * _clip_for_product(a, beta)
        out = _sigmoid(bx, out=bx)
    with np.errstate(invalid="ignore"):         # 0 * -inf: the limit is put in below
        out *= a
    return _result(_at_infinity(out, a, 0.0, np.inf), x)


def swish_grad(x, beta=1.0):
    """sigmoid(bx) + bx * sigmoid'(bx) with b = beta (``06_beyond_relu``)."""
    beta = _check_param(beta, "beta", low=0.0)
    a = _as_float(x)
    if beta == 0.0:                             # x / 2: its slope is 1/2 everywhere, infinities included
        out = np.full_like(a, 0.5)
        out[np.isnan(a)] = np.nan
        return _result(out, x)
    bx = beta * _clip_for_product(a, beta)
    out = _sigmoid_grad(bx)
    with np.errstate(invalid="ignore"):         # 0 * inf: the limits are put in below
        out *= bx
    out += _sigmoid(bx)
    return _result(_at_infinity(out, a, 0.0, 1.0), x)


_SOFTPLUS_TAIL = 30.0   # beyond it log(1 + e^x) = x + log1p(e^-x), and e^-x < 1e-13


def _softplus(x: np.ndarray) -> np.ndarray:
    # log1p(exp(x)); for x > 30 it is recomputed exactly as x + log1p(exp(-x)) below, so an exp
    # that overflows there (x > 709) is replaced, and its warning would be a false alarm.
    narrow = _through_float64(_softplus, x)
    if narrow is not None:
        return narrow
    with np.errstate(over="ignore"):
        out = np.exp(x)
    np.log1p(out, out=out)
    tail = x > _SOFTPLUS_TAIL
    if tail.any():
        big = x[tail]
        out[tail] = big + np.log1p(np.exp(-big))
    return out


def softplus(x):
    """log(1 + exp(x)), computed without overflow (Dugas et al. 2001; ``06_beyond_relu``)."""
    a = _as_float(x)
    return _result(_softplus(a), x)


def softplus_grad(x):
    """The derivative of softplus is the sigmoid (``06_beyond_relu``)."""
    return sigmoid(x)


def mish(x):
    """x * tanh(softplus(x)) (Misra 2019; ``06_beyond_relu``)."""
    a = _as_float(x)
    out = _softplus(a)
    np.tanh(out, out=out)
    with np.errstate(invalid="ignore"):         # 0 * -inf: the limit is put in below
        out *= a
    return _result(_at_infinity(out, a, 0.0, np.inf), x)


def mish_grad(x):
    """tanh(sp) + x * sech^2(sp) * sigmoid(x) with sp = softplus(x) (``06_beyond_relu``)."""
    a = _as_float(x)
    sp = _softplus(a)
    out = _tanh_grad(sp)            # sech^2(sp), accurate where tanh(sp) rounds to 1
    with np.errstate(invalid="ignore"):         # 0 * inf: the limits are put in below
        out *= a
        out *= _sigmoid(a)
    out += np.tanh(sp, out=sp)
    return _result(_at_infinity(out, a, 0.0, 1.0), x)


# --------------------------------------------------------------------------- softmax

def _check_temperature(temperature) -> float:
    return _check_param(temperature, "temperature", low=0.0, low_open=True, allow_inf=True)


def _scaled_shifted(z: np.ndarray, axis: int, temperature: float) -> np.ndarray:
    """(z - max z) / T along ``axis``: every entry <= 0, the largest exactly 0.

    Infinite logits get their limits: the entries equal to an infinite maximum (inf - inf) are
    ties for the largest and get 0, so softmax([inf, 1]) is [1, 0] and softmax([inf, inf]) is
    [1/2, 1/2]; NaN stays NaN.
    """
    if isinstance(axis, bool) or not isinstance(axis, numbers.Integral):
        raise TypeError(f"axis must be a whole number, got {axis!r}")
    if not -z.ndim <= axis < z.ndim:
        raise ValueError(f"axis {axis} does not exist for an input with {z.ndim} dimension(s)")
    top = np.max(z, axis=axis, keepdims=True, initial=-np.inf)
    with np.errstate(over="ignore", invalid="ignore"):  # -1e308 - 1e308 -> -inf: exp gives the right 0
        s = np.subtract(z, top)
        if temperature != 1.0:
            s /= temperature
    tie = np.isnan(s)
    if tie.any():
        s[tie & ~np.isnan(z)] = 0.0
    return s


def softmax(z, axis=-1, temperature=1.0):
    """exp(z_i / T) / sum_j exp(z_j / T) along ``axis``: a probability vector (``05_softmax``).

    The maximum is subtracted first, so logits like [1000, 1001] do not overflow.
    """
    temperature = _check_temperature(temperature)
    a = _as_float(z)
    s = _scaled_shifted(a, axis, temperature)
    np.exp(s, out=s)
    s /= np.sum(s, axis=axis, keepdims=True)
    return _result(s, z)


def log_softmax(z, axis=-1, temperature=1.0):
    """log(softmax(z)) computed as s - logsumexp(s) with s = (z - max z) / T (``05_softmax``)."""
    temperature = _check_temperature(temperature)
    a = _as_float(z)
    s = _scaled_shifted(a, axis, temperature)
    if s.size:                          # an empty input has nothing to normalise
        s -= np.log(np.sum(np.exp(s), axis=axis, keepdims=True))
    return _result(s, z)


def softmax_jacobian(z, temperature=1.0):
    """J[i, j] = d p_i / d z_j = p_i (delta_ij - p_j) / T for a 1-D ``z`` (``05_softmax``)."""
    temperature = _check_temperature(temperature)
    a = _as_float(z)
    if np.ndim(z) != 1:
        raise ValueError(f"softmax_jacobian takes a 1-D vector z, got shape {np.shape(z)}")
    p = softmax(a, temperature=temperature)
    jac = np.diag(p) - np.outer(p, p)
    if temperature != 1.0:
        jac /= temperature
    return jac


# --------------------------------------------------------------------------- the registry

@dataclass(frozen=True)
class Param:
    """A parameter of an activation, with the range its slider offers."""

    name: str
    default: float
    low: float
    high: float
    step: float
    latex: str


@dataclass(frozen=True)
class Activation:
    """One registry entry, bound to parameter values: ``f(x)``, ``grad(x)`` and facts.

    ``saturates(a)`` is True where an output ``a`` is within ``SATURATION`` (3%) of the width of
    the range from a bound (only for the bounded sigmoid and tanh; None otherwise); ``kinks`` are the x where the
    derivative jumps; ``bounds`` are the horizontal asymptotes the function approaches.
    """

    name: str
    function: Callable
    derivative: Callable
    latex: str
    params: dict = field(default_factory=dict)
    specs: tuple = ()
    kinks: tuple = ()
    bounds: tuple = ()
    saturates: Callable | None = None
    label: str = ""

    def f(self, x):
        return self.function(x, **self.params)

    def grad(self, x):
        return self.derivative(x, **self.params)

    def __call__(self, x):
        return self.f(x)

    @property
    def title(self) -> str:
        """A display name with its parameters, e.g. ``Leaky ReLU (alpha=0.1)``."""
        shown = ", ".join("tanh approximation" if v == "tanh" else f"{k}={v:g}"
                          for k, v in self.params.items() if v != "none")
        return f"{self.label} ({shown})" if shown else self.label


SATURATION = 0.03
"""An output within this fraction of the range's width from a bound counts as saturated: the
same threshold for every bounded activation (sigmoid: below 0.03 or above 0.97; tanh: |a| > 0.94)."""


def _near_bound(a, low, high):
    margin = SATURATION * (high - low)
    return (a < low + margin) | (a > high - margin)


_ALPHA_LEAKY = Param("alpha", 0.01, 0.0, 0.5, 0.01, r"\alpha")
_ALPHA_ELU = Param("alpha", 1.0, 0.0, 3.0, 0.05, r"\alpha")
_BETA = Param("beta", 1.0, 0.0, 10.0, 0.1, r"\beta")

_REGISTRY = {
    "sigmoid": dict(
        label="Sigmoid", function=sigmoid, derivative=sigmoid_grad,
        latex=r"\sigma(x) = \dfrac{1}{1 + e^{-x}}", bounds=(0.0, 1.0),
        saturates=lambda a: _near_bound(a, 0.0, 1.0)),
    "tanh": dict(
        label="Tanh", function=tanh, derivative=tanh_grad,
        latex=r"\tanh(x) = \dfrac{e^{x} - e^{-x}}{e^{x} + e^{-x}}", bounds=(-1.0, 1.0),
        saturates=lambda a: _near_bound(a, -1.0, 1.0)),
    "relu": dict(
        label="ReLU", function=relu, derivative=relu_grad,
        latex=r"\mathrm{ReLU}(x) = \max(0, x)", kinks=(0.0,), bounds=(0.0,)),
    "leaky_relu": dict(
        label="Leaky ReLU", function=leaky_relu, derivative=leaky_relu_grad,
        latex=r"\mathrm{LeakyReLU}(x) = \max(\alpha x, x)", specs=(_ALPHA_LEAKY,), kinks=(0.0,),
        bounds=lambda alpha: (0.0,) if alpha == 0 else ()),
    "elu": dict(
        label="ELU", function=elu, derivative=elu_grad,
        latex=r"\mathrm{ELU}(x) = x \;(x > 0), \; \alpha (e^{x} - 1) \;(x \leq 0)",
        specs=(_ALPHA_ELU,), kinks=(0.0,), bounds=lambda alpha: (-float(alpha),)),
    "selu": dict(
        label="SELU", function=selu, derivative=selu_grad,
        latex=r"\mathrm{SELU}(x) = \lambda x \;(x > 0), \; \lambda \alpha (e^{x} - 1) \;(x \leq 0)",
        kinks=(0.0,), bounds=(-SELU_SCALE * SELU_ALPHA,)),
    "gelu": dict(
        label="GELU", function=gelu, derivative=gelu_grad,
        latex=r"\mathrm{GELU}(x) = x \, \Phi(x)", bounds=(0.0,)),
    "silu": dict(
        label="SiLU", function=silu, derivative=silu_grad,
        latex=r"\mathrm{SiLU}(x) = x \, \sigma(x)", bounds=(0.0,)),
    "swish": dict(
        label="Swish", function=swish, derivative=swish_grad,
        latex=r"\mathrm{Swish}_\beta(x) = x \, \sigma(\beta x)", specs=(_BETA,),
        bounds=lambda beta: (0.0,) if beta > 0 else ()),          # beta = 0 is the line x/2
    "softplus": dict(
        label="Softplus", function=softplus, derivative=softplus_grad,
        latex=r"\mathrm{softplus}(x) = \log(1 + e^{x})", bounds=(0.0,)),
    "mish": dict(
        label="Mish", function=mish, derivative=mish_grad,
        latex=r"\mathrm{Mish}(x) = x \tanh(\mathrm{softplus}(x))", bounds=(0.0,)),
}

ACTIVATIONS = tuple(_REGISTRY)
"""The names of the elementwise activations, in the order the series meets them."""

_CUSTOM: dict = {}
"""Activations a student registered with :func:`actlab.custom_activation`: empty on import."""


def activation_names() -> tuple:
    """:data:`ACTIVATIONS`, then the custom activations registered in this session, in order
    (``08_your_own``): what every dropdown offers."""
    return ACTIVATIONS + tuple(_CUSTOM)


def get_activation(name, **params) -> Activation:
    """The registry entry ``name`` bound to ``params`` (defaults for the rest).

    An :class:`Activation` passes through unchanged (with ``params`` applied on top);
    ``get_activation("gelu", approximate="tanh")`` selects GELU's tanh approximation.
    """
    if isinstance(name, Activation):
        return get_activation(name.name, **{**name.params, **params}) if params else name
    if not isinstance(name, str):
        raise TypeError(f"an activation is given by its name (a string such as 'relu') or by an "
                        f"object from get_activation, got {name!r}")
    if name not in _REGISTRY and name not in _CUSTOM:
        import difflib

        names = activation_names()
        close = difflib.get_close_matches(name.lower(), names, n=1)
        suggestion = f"did you mean {close[0]!r}? " if close else ""
        raise ValueError(f"unknown activation {name!r}; {suggestion}choose one of {', '.join(names)}")
    entry = dict(_REGISTRY.get(name) or _CUSTOM[name])
    specs = entry.pop("specs", ())
    allowed = {s.name: s.default for s in specs}
    if name == "gelu":
        allowed["approximate"] = "none"
    unknown = set(params) - set(allowed)
    if unknown:
        raise TypeError(f"{name} has no parameter {', '.join(sorted(unknown))}; "
                        f"its parameters are: {', '.join(allowed) or 'none'}")
    bound = {**allowed, **params}
    entry["function"](np.zeros(1), **bound)     # validates the values, raising a clear error
    if callable(entry.get("bounds")):           # asymptotes that move with a parameter (ELU's -alpha)
        entry["bounds"] = entry["bounds"](**{s.name: bound[s.name] for s in specs})
    return Activation(name=name, params=bound, specs=specs, **entry)

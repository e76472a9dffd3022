"""Independent references: every activation written from its textbook definition in mpmath.

Evaluated with 60 significant digits and an unbounded exponent range, so nothing overflows;
each is written in a form without cancellation (expm1, log1p, erfc, 1 - sig(x) = sig(-x)), so
it is right to 60 digits at any double input. They share no code with actlab.
"""

import mpmath as mp
import numpy as np

mp.mp.dps = 60

SELU_ALPHA_PAPER = "1.6732632423543772848170429916717"   # Klambauer et al. 2017, eq. (14)
SELU_SCALE_PAPER = "1.0507009873554804934193349852946"


def _sig(x):
    return 1 / (1 + mp.exp(-x))


def _phi(x):                       # standard normal cdf; erfc keeps the left tail exact
    if x < -1e6:                   # mpmath's erfc fails for huge arguments; Mills' ratio is
        return _pdf(x) / -x        # exact there to a relative 1/x^2 < 1e-12
    return mp.erfc(-x / mp.sqrt(2)) / 2


def _pdf(x):
    return mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)


def _softplus(x):
    return mp.log1p(mp.exp(x))


def _gelu_tanh_u(x):
    return mp.sqrt(2 / mp.pi) * (x + mp.mpf("0.044715") * x ** 3)


_A, _L = mp.mpf(SELU_ALPHA_PAPER), mp.mpf(SELU_SCALE_PAPER)

# name -> (value(x, **params), derivative(x, **params)), both on mpf numbers
FORMULAS = {
    "sigmoid": (_sig, lambda x: _sig(x) * _sig(-x)),          # 1 - sig(x) = sig(-x)
    "tanh": (mp.tanh, lambda x: 1 / mp.cosh(x) ** 2),
    "relu": (lambda x: x if x > 0 else mp.mpf(0), lambda x: mp.mpf(1) if x > 0 else mp.mpf(0)),
    "leaky_relu": (lambda x, alpha=0.01: x if x > 0 else alpha * x,
                   lambda x, alpha=0.01: mp.mpf(1) if x > 0 else mp.mpf(alpha)),
    "elu": (lambda x, alpha=1.0: x if x > 0 else alpha * mp.expm1(x),
            lambda x, alpha=1.0: mp.mpf(1) if x > 0 else alpha * mp.exp(x)),
    "selu": (lambda x: _L * (x if x > 0 else _A * mp.expm1(x)),
             lambda x: _L * (1 if x > 0 else _A * mp.exp(x))),
    "gelu": (lambda x, approximate="none": x * _phi(x) if approximate == "none"
             else x / (1 + mp.exp(-2 * _gelu_tanh_u(x))),        # (1 + tanh u) / 2 = sig(2u)
             lambda x, approximate="none": _phi(x) + x * _pdf(x) if approximate == "none"
             else _sig(2 * _gelu_tanh_u(x)) + x / 2 / mp.cosh(_gelu_tanh_u(x)) ** 2
             * mp.sqrt(2 / mp.pi) * (1 + 3 * mp.mpf("0.044715") * x ** 2)),
    "silu": (lambda x: x * _sig(x), lambda x: _sig(x) * (1 + x * _sig(-x))),
    "swish": (lambda x, beta=1.0: x * _sig(beta * x),
              lambda x, beta=1.0: _sig(beta * x) + beta * x * _sig(beta * x) * _sig(-beta * x)),
    "softplus": (_softplus, _sig),
    "mish": (lambda x: x * mp.tanh(_softplus(x)),
             lambda x: mp.tanh(_softplus(x)) + x * _sig(x) / mp.cosh(_softplus(x)) ** 2),
}


def evaluate(fn, xs, **params):
    """Evaluate an mpmath formula at each double in ``xs``; returns float64 (rounded once)."""
    params = {k: (mp.mpf(v) if isinstance(v, float) else v) for k, v in params.items()}
    return np.array([float(fn(mp.mpf(float(x)), **params)) for x in np.ravel(xs)])


def selu_constants():
    """alpha_01 and lambda_01 from their closed forms in Klambauer et al. 2017 (eq. 14)."""
    e, pi, erfc = mp.e, mp.pi, mp.erfc
    alpha = -mp.sqrt(2 / pi) / (erfc(1 / mp.sqrt(2)) * mp.exp(mp.mpf(1) / 2) - 1)
    lam = (1 - erfc(1 / mp.sqrt(2)) * mp.sqrt(e)) * mp.sqrt(2 * pi) / mp.sqrt(
        2 * erfc(mp.sqrt(2)) * e ** 2 + pi * erfc(1 / mp.sqrt(2)) ** 2 * e
        - 2 * (2 + pi) * erfc(1 / mp.sqrt(2)) * mp.sqrt(e) + pi + 2)
    return alpha, lam

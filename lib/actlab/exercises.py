"""Checkers that give a student instant feedback on an exercise (``00_index``).

``check(name, answer)`` compares a function or a number with the reference of exercise
``name`` and returns a :class:`Feedback` whose text the notebook shows:

- an answer that is ``None``, ``...``, or a function that returns ``None`` or raises
  ``NotImplementedError`` is "not attempted yet" (never an error, so a notebook with open
  exercises still runs from top to bottom);
- a wrong function gets a hint naming the first input where it differs from the reference;
- a right one is confirmed.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from typing import Callable

import numpy as np

from . import activations as A

__all__ = ["Feedback", "Exercise", "EXERCISES", "check", "check_function", "check_value"]

NOT_ATTEMPTED, WRONG, CORRECT = "not attempted", "wrong", "correct"


@dataclass(frozen=True)
class Feedback:
    """The outcome of a check: ``status`` is "not attempted", "wrong" or "correct"."""

    status: str
    message: str

    def __repr__(self) -> str:
        return self.message

    def __bool__(self) -> bool:
        return self.status == CORRECT


@dataclass(frozen=True)
class Exercise:
    """A reference answer: a function checked on ``inputs``, or a number (``inputs`` None)."""

    title: str
    reference: Callable | float
    inputs: tuple | None = None
    rtol: float = 1e-6
    atol: float = 1e-9
    hint: str = ""
    vector: bool = False


def _not_attempted(title: str) -> Feedback:
    return Feedback(NOT_ATTEMPTED, f"{title}: not attempted yet. Fill in your answer and run the cell again.")


def _call(answer, x):
    """Call the answer on a copy of ``x``; returns (result, warning message or None)."""
    with warnings.catch_warnings(record=True) as caught, \
            np.errstate(over="warn", invalid="warn", divide="warn", under="ignore"):
        warnings.simplefilter("always")
        got = answer(x.copy())
    messages = [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)]
    return got, (messages[0] if messages else None)


def _first_warning(answer, x):
    """The first entry of a 1-D ``x`` on which the answer warns on its own, or None."""
    for value in np.ravel(x):
        try:
            if _call(answer, np.array([value]))[1]:
                return value
        except Exception:  # noqa: BLE001 - only looking for the warning's cause
            continue
    return None


def check_function(answer, reference, inputs, title="exercise", rtol=1e-6, atol=1e-9, hint="",
                   vector=False):
    """Compare ``answer(x)`` with ``reference(x)`` on each input array in ``inputs``.

    Elementwise functions are named by the first ``x`` where they differ; with ``vector=True``
    each input is one vector (``z``) and the message names it and the entry. A numpy
    overflow or invalid-value warning counts as a wrong answer: it names the input too.
    """
    if answer is None or answer is Ellipsis:
        return _not_attempted(title)
    if not callable(answer):
        return Feedback(WRONG, f"{title}: expected a function, got {type(answer).__name__}.")
    for x in inputs:
        x = np.asarray(x, dtype=float)
        expected = np.asarray(reference(x), dtype=float)
        try:
            got, warned = _call(answer, x)
        except NotImplementedError:
            return _not_attempted(title)
        except Exception as exc:  # a student's bug is feedback, not a crash
            return Feedback(WRONG, f"{title}: your function raised {type(exc).__name__}: {exc}")
        if got is None:
            return _not_attempted(title)
        if warned:
            culprit = f"z = {x.tolist()}" if vector else f"x = {_first_warning(answer, x):.6g}"
            return Feedback(WRONG, f"{title}: not yet. At {culprit} numpy warned: {warned}. "
                                   "A stable version never overflows.")
        try:
            got = np.broadcast_to(np.asarray(got, dtype=float), expected.shape)
        except (TypeError, ValueError):
            return Feedback(WRONG, f"{title}: expected an array of shape {expected.shape}, "
                                   f"got shape {np.shape(got)}.")
        bad = ~np.isclose(got, expected, rtol=rtol, atol=atol, equal_nan=True)
        if bad.any():
            i = np.flatnonzero(bad)[0]
            if vector:
                where = f"z = {x.tolist()}" + (f", entry {i}" if expected.ndim else "")
            else:
                where = f"x = {x.flat[i]:.6g}"
            message = (f"{title}: not yet. At {where} the answer should be "
                       f"{expected.flat[i]:.6g}, yours gives {got.flat[i]:.6g}.")
            return Feedback(WRONG, message + (f" Hint: {hint}" if hint else ""))
    return Feedback(CORRECT, f"{title}: correct, well done!")


def check_value(answer, reference, title="exercise", rtol=1e-6, atol=1e-9, hint=""):
    """Compare a number with the reference number."""
    if answer is None or answer is Ellipsis:
        return _not_attempted(title)
    try:
        value = float(answer)
    except (TypeError, ValueError):
        return Feedback(WRONG, f"{title}: expected a number, got {answer!r}.")
    if math.isclose(value, reference, rel_tol=rtol, abs_tol=atol):
        return Feedback(CORRECT, f"{title}: correct, well done!")
    return Feedback(WRONG, f"{title}: not yet, {value:.6g} is not the answer."
                           + (f" Hint: {hint}" if hint else ""))


_GRID = (np.linspace(-6, 6, 25),)                       # includes 0, the kink
_WIDE = (np.array([-1000.0, -745.0, -40.0, -1.0, 0.0, 1.0, 40.0, 745.0, 1000.0]),) + _GRID
_VECTORS = (np.array([1.0, 2.0, 3.0]), np.array([0.5, -1.0, 0.0, 2.0]), np.array([1000.0, 1001.0, 1002.0]),
            np.array([-1000.0, 0.0]), np.array([7.0]))


def _cross_entropy_grad(z):
    """Gradient of -log softmax(z)[0] with respect to z: softmax(z) - onehot(0)."""
    g = A.softmax(z)
    g[0] -= 1.0
    return g


EXERCISES = {
    # 01_sigmoid
    "sigmoid_grad": Exercise(
        "sigma'(x) from sigma(x)", A.sigmoid_grad, _GRID,
        hint="differentiate 1 / (1 + e^-x) with the chain rule and write it with sigma itself."),
    "stable_sigmoid": Exercise(
        "a sigmoid that never overflows", A.sigmoid, _WIDE, rtol=1e-9, atol=1e-300,
        hint="for x < 0 use e^x / (1 + e^x), where e^x cannot overflow."),
    "vanishing_bound": Exercise(
        "the bound on 10 sigmoid derivatives", 0.25 ** 10, rtol=1e-3, atol=0.0,
        hint="each sigmoid derivative is at most 0.25."),
    # 02_tanh
    "tanh_from_sigmoid": Exercise(
        "tanh written with the sigmoid", A.tanh, _GRID,
        hint="stretch the sigmoid's input by 2, then its output from (0, 1) to (-1, 1)."),
    "tanh_grad": Exercise(
        "tanh'(x)", A.tanh_grad, _GRID, hint="d/dx tanh(x) = 1 - tanh(x)^2."),
    "slope_ratio": Exercise(
        "tanh'(0) / sigma'(0)", 4.0, hint="compute both derivatives at 0."),
    # 03_relu
    "relu": Exercise("ReLU", A.relu, _GRID, hint="np.maximum compares elementwise."),
    "relu_grad": Exercise(
        "ReLU'(x) with the left-hand value at 0", A.relu_grad, _GRID,
        hint="the series takes relu_grad(0) = 0, as PyTorch does: compare with x > 0, not x >= 0."),
    "relu_sparsity": Exercise(
        "the fraction of zeros for standard normal input", 0.5, rtol=0.0, atol=0.005,
        hint="how much of a symmetric distribution lies below 0?"),
    # 04_leaky_relu
    "leaky_relu": Exercise(
        "Leaky ReLU with alpha = 0.1", lambda x: A.leaky_relu(x, alpha=0.1), _GRID,
        hint="for x < 0 the output is 0.1 x, not 0.1."),
    "leaky_relu_grad": Exercise(
        "Leaky ReLU'(x) with alpha = 0.1", lambda x: A.leaky_relu_grad(x, alpha=0.1), _GRID,
        hint="the slope is 1 for x > 0 and alpha otherwise, the kink included."),
    "prelu_alpha_grad": Exercise(
        "d PReLU(x) / d alpha", lambda x: np.where(x > 0, 0.0, x), _GRID,
        hint="for x <= 0 PReLU is alpha * x; for x > 0 alpha does not appear."),
    # 05_softmax
    "softmax": Exercise(
        "a stable softmax", A.softmax, _VECTORS, vector=True, rtol=1e-9, atol=1e-12,
        hint="subtract max(z) before the exponential: softmax does not change."),
    "log_sum_exp": Exercise(
        "log-sum-exp", lambda z: np.max(z) + np.log(np.sum(np.exp(z - np.max(z)))), _VECTORS,
        vector=True, rtol=1e-9, hint="log sum exp(z) = m + log sum exp(z - m) with m = max(z)."),
    "cross_entropy_grad": Exercise(
        "the gradient of the cross-entropy for class 0", _cross_entropy_grad, _VECTORS, vector=True,
        rtol=1e-9, atol=1e-12, hint="the gradient of -log p_0 with respect to z is p - y."),
    # 06_beyond_relu
    "selu": Exercise(
        "SELU with the constants of Klambauer et al.", A.selu, _GRID, rtol=1e-9,
        hint="lambda * x for x > 0 and lambda * alpha * (e^x - 1) otherwise; use np.expm1."),
    "gelu_tanh": Exercise(
        "GELU's tanh approximation", lambda x: A.gelu(x, approximate="tanh"), _GRID, rtol=1e-9,
        hint="0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))."),
    "silu_minimum": Exercise(
        "where SiLU has its minimum", -1.2784645427610737, rtol=1e-4, atol=0.0,
        hint="solve silu'(x) = 0, e.g. by bisection on [-3, -0.5]."),
    # 07_playground
    "update_ratio": Exercise(
        "the update-to-data ratio", 0.1 * 0.01 / 0.5, rtol=1e-6,
        hint="std(learning rate * gradient) / std(weights)."),
}


def check(name, answer) -> Feedback:
    """Check ``answer`` against exercise ``name`` of :data:`EXERCISES`."""
    if name not in EXERCISES:
        raise ValueError(f"unknown exercise {name!r}; known: {', '.join(EXERCISES)}")
    ex = EXERCISES[name]
    if ex.inputs is None:
        return check_value(answer, ex.reference, ex.title, ex.rtol, ex.atol, ex.hint)
    return check_function(answer, ex.reference, ex.inputs, ex.title, ex.rtol, ex.atol, ex.hint,
                          vector=ex.vector)

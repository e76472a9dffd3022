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


def _not_attempted(title: str) -> Feedback:
    return Feedback(NOT_ATTEMPTED, f"{title}: not attempted yet. Fill in your answer and run the cell again.")


def check_function(answer, reference, inputs, title="exercise", rtol=1e-6, atol=1e-9, hint=""):
    """Compare ``answer(x)`` with ``reference(x)`` on each input array in ``inputs``."""
    if answer is None or answer is Ellipsis:
        return _not_attempted(title)
    if not callable(answer):
        return Feedback(WRONG, f"{title}: expected a function, got {type(answer).__name__}.")
    for x in inputs:
        x = np.asarray(x, dtype=float)
        expected = np.asarray(reference(x), dtype=float)
        try:
            got = answer(x.copy())
        except NotImplementedError:
            return _not_attempted(title)
        except Exception as exc:  # a student's bug is feedback, not a crash
            return Feedback(WRONG, f"{title}: your function raised {type(exc).__name__}: {exc}")
        if got is None:
            return _not_attempted(title)
        try:
            got = np.broadcast_to(np.asarray(got, dtype=float), expected.shape)
        except (TypeError, ValueError):
            return Feedback(WRONG, f"{title}: expected an array of shape {expected.shape}, "
                                   f"got shape {np.shape(got)}.")
        bad = ~np.isclose(got, expected, rtol=rtol, atol=atol, equal_nan=True)
        if bad.any():
            i = np.flatnonzero(bad)[0]
            where = f"x = {x.flat[i]:.6g}" if x.ndim <= 1 else f"input {x.tolist()}"
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


_GRID = (np.linspace(-6, 6, 25),)
_EDGES = (np.array([-800.0, -40.0, 40.0, 800.0]),)

EXERCISES = {
    "sigmoid_grad": Exercise(
        "sigma'(x) from sigma(x)", A.sigmoid_grad, _GRID,
        hint="differentiate 1 / (1 + e^-x) with the chain rule and write it with sigma itself."),
}


def check(name, answer) -> Feedback:
    """Check ``answer`` against exercise ``name`` of :data:`EXERCISES`."""
    if name not in EXERCISES:
        raise ValueError(f"unknown exercise {name!r}; known: {', '.join(EXERCISES)}")
    ex = EXERCISES[name]
    if ex.inputs is None:
        return check_value(answer, ex.reference, ex.title, ex.rtol, ex.atol, ex.hint)
    return check_function(answer, ex.reference, ex.inputs, ex.title, ex.rtol, ex.atol, ex.hint)

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

import html
import math
import numbers
import re
import warnings
from dataclasses import dataclass
from typing import Callable

import numpy as np

from . import activations as A
from .language import tr

__all__ = ["Feedback", "Exercise", "EXERCISES", "check", "check_function", "check_value", "check_choices"]

NOT_ATTEMPTED, WRONG, CORRECT = "not attempted", "wrong", "correct"


@dataclass(frozen=True)
class Feedback:
    """The outcome of a check: ``status`` is "not attempted", "wrong" or "correct"."""

    status: str
    message: str

    def __repr__(self) -> str:
        return self.message

    def _repr_html_(self) -> str:
        """The message in a box that says at a glance right (✓, blue) or not yet (✗, vermillion):
        symbols and Okabe-Ito colours, readable in colour-blindness; σ′ and eˣ written properly;
        normal wrapping. Plain text stays the fallback (nbval, terminals)."""
        mark, colour = _LOOK[self.status]
        return (f'<div style="border-left: 4px solid {colour}; padding: 2px 10px; white-space: normal; '
                f'font-family: var(--jp-content-font-family, sans-serif)"><b style="color: {colour}">{mark}</b> '
                f'{_pretty(html.escape(self.message, quote=False))}</div>')

    def __bool__(self) -> bool:
        return self.status == CORRECT


_LOOK = {"correct": ("✓", "#0072B2"), "wrong": ("✗", "#D55E00"), "not attempted": ("…", "#666666")}


def _pretty(text: str) -> str:
    """sigma' as σ′, e^-x as e⁻ˣ: the symbols of the lessons, in HTML only."""
    text = re.sub(r"\bsigma\b", "σ", text)
    text = re.sub(r"([σ)A-Za-z])'{2}", r"\1″", text)
    text = re.sub(r"([σ)A-Za-z])'(?=\()", r"\1′", text).replace("σ'", "σ′")
    text = re.sub(r"e\^(-?)x\b", lambda m: "e" + ("⁻" if m.group(1) else "") + "ˣ", text)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", text)


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
    warning_hint: str = ""
    """Said instead of the general advice when the student's function makes numpy warn
    (``01_sigmoid``: why ``np.where`` does not prevent an overflow). Empty: the general advice."""
    names: bool = False
    """The answer is a set of activation names and ``reference`` a frozenset (``00_index``)."""
    choices: str = ""
    """The answer is a set of these letters, statements the notebook lists, and ``reference`` the
    frozenset of the true ones (``08_your_own``)."""
    mistakes: tuple = ()
    """Known slips and what each one means: ``(value or function, diagnosis)`` pairs, said instead
    of the general hint when the answer is that value, or gives what that function gives."""


def _not_attempted(title: str) -> Feedback:
    """``title`` is already in the current language, as in every helper below."""
    return Feedback(NOT_ATTEMPTED, tr("{title}: not attempted yet. Fill in your answer and run the cell again.",
                                      title=title))


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
                   vector=False, warning_hint="", mistakes=()):
    """Compare ``answer(x)`` with ``reference(x)`` on each input array in ``inputs``.

    Elementwise functions are named by the first ``x`` where they differ; with ``vector=True``
    each input is one vector (``z``) and the message names it and the entry. A numpy
    overflow or invalid-value warning counts as a wrong answer: it names the input too, and
    adds ``warning_hint`` when one is given (else the general "A stable version never overflows.").
    """
    title = tr(title)
    if answer is None or answer is Ellipsis:
        return _not_attempted(title)
    if not callable(answer):
        return Feedback(WRONG, tr("{title}: expected a function, got {kind}.", title=title,
                                  kind=type(answer).__name__))
    for x in inputs:
        x = np.asarray(x, dtype=float)
        expected = np.asarray(reference(x), dtype=float)
        try:
            got, warned = _call(answer, x)
        except NotImplementedError:
            return _not_attempted(title)
        except Exception as exc:  # a student's bug is feedback, not a crash
            return Feedback(WRONG, _raised(title, exc) + _hint(hint))
        if got is None:
            if _does_work(answer):
                return Feedback(WRONG, tr("{title}: your function returned nothing (None). Did you forget "
                                          "`return`? Its last line computes a value and drops it.", title=title))
            return _not_attempted(title)
        if warned:
            first = None if vector else _first_warning(answer, x)
            culprit = f"x = {first:.6g}" if first is not None else (
                f"z = {x.tolist()}" if vector else tr("some x of the check (not on a single x alone)"))
            if warning_hint and "overflow" in warned:
                why = tr(warning_hint)
            elif "overflow" in warned:
                why = tr("A stable version never overflows.")
            else:                                      # invalid value / divide by zero
                why = tr("That is 0/0 or a division by 0 (or inf - inf): a formula that divides by x, or by "
                         "something that can be 0, breaks there. Write it so that nothing is divided by 0, "
                         "for example with a comparison such as (x > 0).")
            return Feedback(WRONG, tr("{title}: not yet. At {culprit} numpy warned: {warning}. ",
                                      title=title, culprit=culprit, warning=warned) + why)
        problem = _not_numbers(got, expected.shape)
        if problem:
            return Feedback(WRONG, tr("{title}: not yet. {problem}", title=title, problem=problem))
        got = np.asarray(got, dtype=float)
        bad = ~np.isclose(got, expected, rtol=rtol, atol=atol, equal_nan=True)
        if bad.any():
            for wrong, diagnosis in mistakes:              # a known slip: say which one
                with np.errstate(all="ignore"):
                    slip = np.asarray(wrong(x.copy()), dtype=float)
                if slip.shape == got.shape and np.allclose(got, slip, rtol=rtol, atol=atol, equal_nan=True):
                    return Feedback(WRONG, tr("{title}: not yet: {diagnosis}", title=title, diagnosis=tr(diagnosis)))
            i = np.flatnonzero(bad)[0]
            if vector:
                where = f"z = {x.tolist()}" + (tr(", entry {i}", i=i) if expected.ndim else "")
            else:
                where = f"x = {x.flat[i]:.6g}"
            message = tr("{title}: not yet. At {where} the answer should be {expected:.6g}, yours gives {got:.6g}.",
                         title=title, where=where, expected=expected.flat[i], got=got.flat[i])
            return Feedback(WRONG, message + _hint(hint))
    return _correct(title)


def _does_work(answer) -> bool:
    """True if a function that returned None has a body that computes something (it reads names or
    makes locals), False for a stub such as ``...`` or ``pass``: None from it is a forgotten return."""
    code = getattr(answer, "__code__", None)
    return code is not None and bool(code.co_names or code.co_nlocals > code.co_argcount)


def _raised(title: str, exc: Exception) -> str:
    """An exception raised by a student's function, in words: what it means and what to do."""
    text = str(exc)
    if "truth value of an array" in text:
        return tr("{title}: not yet. Your function gets a whole numpy array, not one number, so a test such as "
                  "`if x >= 0:` cannot decide (some entries are, some are not). Use np.where(condition, a, b), "
                  "or np.maximum, which work entry by entry.", title=title)
    if "only integer scalar arrays" in text:
        return tr("{title}: not yet. np.max(a) is the largest entry of ONE array (its second argument is an axis, "
                  "so np.max(0, x) fails). For the larger of two numbers entry by entry, use np.maximum(0, x).",
                  title=title)
    if "only length-1 arrays" in text or "only 0-dimensional" in text or "must be real number" in text:
        return tr("{title}: not yet. The math module works on one number at a time; your function gets a whole "
                  "numpy array. Use numpy's functions (np.exp, np.tanh, np.log) instead.", title=title)
    if isinstance(exc, NameError):
        return tr("{title}: not yet. Your function uses a name that is not defined: {error}. Is it spelled as "
                  "in the lesson, and has the setup cell run (Run → Run All Above)?", title=title, error=exc)
    return tr("{title}: your function raised {kind}: {error}", title=title, kind=type(exc).__name__, error=exc)


def _hint(hint: str) -> str:
    return tr(" Hint: {hint}", hint=tr(hint)) if hint else ""


def _correct(title: str) -> Feedback:
    return Feedback(CORRECT, tr("{title}: correct, well done!", title=title))


def check_value(answer, reference, title="exercise", rtol=1e-6, atol=1e-9, hint="", mistakes=()):
    """Compare a number with the reference number. A known wrong number (``mistakes``) gets its
    diagnosis; a fraction given as a percent is told so."""
    title = tr(title)
    if answer is None or answer is Ellipsis:
        return _not_attempted(title)
    if isinstance(answer, (str, bytes)):
        return Feedback(WRONG, tr("{title}: expected a number, got the text {text!r}: write the number "
                                  "without quotes.", title=title, text=answer))
    if isinstance(answer, (bool, np.bool_)) or np.iscomplexobj(answer) or np.ndim(answer) != 0:
        shape = tr(" with {count} entries", count=np.size(answer)) if np.ndim(answer) else ""
        return Feedback(WRONG, tr("{title}: expected one real number, got {kind}{shape}.", title=title,
                                  kind=type(answer).__name__, shape=shape))
    try:
        value = float(answer)
    except (TypeError, ValueError):
        return Feedback(WRONG, tr("{title}: expected a number, got {answer!r}.", title=title, answer=answer))
    if not math.isfinite(value):
        return Feedback(WRONG, tr("{title}: not yet, {value} is not a finite number.", title=title,
                                  value=value))
    if math.isclose(value, reference, rel_tol=rtol, abs_tol=atol):
        return _correct(title)
    for wrong, diagnosis in mistakes:
        if math.isclose(value, wrong, rel_tol=rtol, abs_tol=atol):
            return Feedback(WRONG, tr("{title}: not yet, {value:.6g} is not the answer: {diagnosis}", title=title,
                                      value=value, diagnosis=tr(diagnosis)))
    tolerance = max(atol, rtol * abs(reference))
    if 0 < abs(value - reference) <= 5 * tolerance:
        return Feedback(WRONG, tr("{title}: close, but not within {tolerance:.2g} of the answer. If you estimated "
                                  "it by simulation, its noise is larger than that: reason out the exact value.",
                                  title=title, tolerance=tolerance) + _hint(hint))
    if 0 < abs(reference) <= 1 and math.isclose(value / 100, reference, rel_tol=max(rtol, 1e-9), abs_tol=atol):
        return Feedback(WRONG, tr("{title}: not yet. {value:g} looks like a percent; give it as a fraction between "
                                  "0 and 1 ({value:g}% is {fraction:g}).", title=title, value=value,
                                  fraction=value / 100))
    return Feedback(WRONG, tr("{title}: not yet, {value:.6g} is not the answer.", title=title, value=value)
                    + _hint(hint))


def _not_numbers(got, shape) -> str:
    """What is wrong with a function's result ``got`` where real numbers of ``shape`` are due,
    in words a student understands; empty if nothing is."""
    if isinstance(got, (str, bytes, dict, set)) or not isinstance(got, (numbers.Number, np.ndarray, list, tuple)):
        return tr("Your function returned {kind}; it should return numbers (a numpy array).",
                  kind=type(got).__name__)
    try:
        values = np.asarray(got)
    except (TypeError, ValueError):
        return tr("Your function returned {kind}, which numpy cannot read as numbers.", kind=type(got).__name__)
    if values.dtype.kind == "c":
        return tr("Your function returned complex numbers; the answer is real.")
    if values.dtype.kind not in "biuf":
        return tr("Your function returned {kind} of {dtype}, not numbers.", kind=type(got).__name__,
                  dtype=values.dtype)
    if values.shape != tuple(shape):
        count = lambda s: tr("one number") if s == () else tr("{count} numbers (shape {shape})",
                                                                   count=int(np.prod(s)), shape=s)
        return tr("Expected {expected}, one for each input, but your function returned {got}. Compute on the "
                  "whole array x elementwise (np.maximum, np.exp, np.where ...), without turning it into a "
                  "single number.", expected=count(tuple(shape)), got=count(values.shape))
    return ""


def check_names(answer, reference, title="exercise", hint=""):
    """Compare a collection of activation names (a set, list or tuple; one name may be a plain
    string) with the reference set. A wrong answer names the first name that does not belong,
    or says how many are missing, without naming them."""
    title = tr(title)
    if answer is None or answer is Ellipsis:
        return _not_attempted(title)
    if isinstance(answer, str):
        answer = [answer]
    try:
        given = [str(n).strip().lower() for n in answer]
    except TypeError:
        return Feedback(WRONG, tr("{title}: expected a set of names such as {example}, got {answer!r}.",
                                  title=title, example='{"relu", "tanh"}', answer=answer))
    unknown = [n for n in given if n not in A.ACTIVATIONS]
    if unknown:
        return Feedback(WRONG, tr("{title}: {name!r} is not an activation of the series; the names are: "
                                  "{names}.", title=title, name=unknown[0], names=", ".join(A.ACTIVATIONS)))
    extra = [n for n in A.ACTIVATIONS if n in given and n not in reference]
    if extra:
        return Feedback(WRONG, tr("{title}: not yet. {name!r} does not belong in your answer.",
                                  title=title, name=extra[0]) + _hint(hint))
    missing = len(set(reference) - set(given))
    if missing:
        if missing == 1:
            text = tr("{title}: not yet. Every name you gave belongs, but one is missing.", title=title)
        else:
            text = tr("{title}: not yet. Every name you gave belongs, but {missing} are missing.",
                      title=title, missing=missing)
        return Feedback(WRONG, text + _hint(hint))
    return _correct(title)


def check_choices(answer, reference, choices, title="exercise", hint=""):
    """Compare a set of letters (the statements a student holds true) with the true ones. A wrong
    answer names one letter that does not belong, or says how many are missing."""
    title = tr(title)
    if answer is None or answer is Ellipsis:
        return _not_attempted(title)
    if isinstance(answer, str):
        answer = answer.replace(",", " ").split() if len(answer) > 1 and not answer.isalpha() else list(answer)
    try:
        given = {str(letter).strip().lower() for letter in answer}
    except TypeError:
        return Feedback(WRONG, tr("{title}: expected a set of letters such as {example}, got {answer!r}.",
                                  title=title, example='{"a", "c"}', answer=answer))
    unknown = sorted(given - set(choices))
    if unknown:
        return Feedback(WRONG, tr("{title}: {letter!r} is not one of the statements; they are {letters}.",
                                  title=title, letter=unknown[0], letters=", ".join(choices)))
    extra = sorted(given - reference)
    if extra:
        return Feedback(WRONG, tr("{title}: not yet. Statement {letter} is not what the card shows.",
                                  title=title, letter=extra[0]) + _hint(hint))
    missing = len(reference - given)
    if missing == 1:
        return Feedback(WRONG, tr("{title}: not yet. Every statement you chose is right, but one more is true.",
                                  title=title) + _hint(hint))
    if missing:
        return Feedback(WRONG, tr("{title}: not yet. Every statement you chose is right, but {missing} more "
                                  "are true.", title=title, missing=missing) + _hint(hint))
    return _correct(title)


_GRID = (np.linspace(-6, 6, 25),)                       # includes 0, the kink
_WIDE = (np.array([-1000.0, -745.0, -40.0, -1.0, 0.0, 1.0, 40.0, 745.0, 1000.0]),) + _GRID
_VECTORS = (np.array([1.0, 2.0, 3.0]), np.array([0.5, -1.0, 0.0, 2.0]), np.array([1000.0, 1001.0, 1002.0]),
            np.array([-1000.0, 0.0]), np.array([7.0]))
_SOFTMAX_VECTORS = _VECTORS + (np.array([-800.0, 800.0]), np.array([709.0, 709.0, 709.0]),
                               np.array([0.0, 1500.0]))
"""The stable softmax and log-sum-exp checkers of ``05_softmax``: ``_VECTORS`` and three vectors on
which subtracting the *mean* instead of the maximum overflows, or only the sum of the exponentials does."""


def _cross_entropy_grad(z):
    """Gradient of -log softmax(z)[0] with respect to z: softmax(z) - onehot(0)."""
    g = A.softmax(z)
    g[0] -= 1.0
    return g


_LABEL_VECTORS = (np.array([2.0, 1.0, 0.1, -1.0]), np.array([3.0, 2.5, -2.0, -3.0]), np.zeros(4),
                  np.array([-30.0, 30.0, 5.0, -5.0]))


def _multilabel_grad(z):
    """Gradient of the summed binary cross-entropy of a sigmoid per class, classes 0 and 1
    present and the rest absent (``05_softmax``): sigmoid(z) - y."""
    y = np.zeros_like(z)
    y[:2] = 1.0
    return A.sigmoid(z) - y


EXERCISES = {
    # 00_index
    # ELU's derivative is alpha * e^x on the left and 1 on the right of 0: the library returns alpha
    # at 0, so the jump (value returned minus the value just right of 0) is alpha - 1 = 1.5 at 2.5.
    "elu_jump": Exercise(
        "the jump of ELU's derivative at 0 for alpha = 2.5", 1.5, rtol=0.0, atol=0.1,
        hint="the filled dot is the value returned at 0 (it sits exactly at alpha), the open dot "
             "the value just to the right: subtract the second from the first."),
    # The activations whose derivative is negative somewhere (tests/test_lesson_00.py recomputes
    # the set from the registry on a grid).
    "not_monotone": Exercise(
        "the activations that are not monotone", frozenset({"gelu", "silu", "swish", "mish"}),
        names=True,
        hint="a function is monotone (never goes down) exactly when its derivative is never "
             "negative: look for dashed curves that dip below the grey zero line."),
    # 01_sigmoid
    "sigmoid_grad": Exercise(
        "sigma'(x) from sigma(x)", A.sigmoid_grad, _GRID,
        hint="differentiate 1 / (1 + e^-x) with the chain rule and write it with sigma itself."),
    # sigma'' = (sigma (1 - sigma))' = sigma' (1 - sigma) - sigma sigma' = sigma (1 - sigma) (1 - 2 sigma)
    "sigmoid_second_derivative": Exercise(
        "sigma''(x) from sigma(x)",
        lambda x: A.sigmoid(x) * (1 - A.sigmoid(x)) * (1 - 2 * A.sigmoid(x)), _GRID,
        hint="differentiate sigma' = sigma (1 - sigma) with the product rule, then replace every "
             "sigma' that appears by sigma (1 - sigma) and collect terms."),
    "stable_sigmoid": Exercise(
        "a stable sigmoid (right, accurate in the tail, no warning)", A.sigmoid, _WIDE, rtol=1e-9, atol=1e-300,
        hint="the values must be right to 9 significant digits even far out in the tail, where "
             "sigma(-40) is about 4.2e-18. If yours differs only there (0 instead of a tiny "
             "number), your formula loses relative accuracy: adding a tiny number to 1, or to -1 "
             "as in 0.5 * (1 + tanh(x / 2)), rounds it away. A quotient such as 1 / (1 + e^-x) "
             "keeps every digit.",
        warning_hint="np.exp overflowed somewhere in your function. If you branch with "
                     "np.where(condition, A, B): numpy computes A and B on EVERY element before "
                     "choosing, so an exp in the branch you do not want still overflows, even though "
                     "its value is thrown away. Exponentiate only numbers <= 0: e = np.exp(-np.abs(x)) "
                     "serves both branches."),
    # The median over SEEDS of ||dL/dz_1|| / ||dL/dz_10|| of a fresh 10-layer, 32-wide sigmoid
    # network (Xavier) is 2.5208e-06; the error crosses 9 layers, so r = 2.5208e-06 ** (1/9)
    # (tests/test_lesson_01.py recomputes it). The 10th root, 0.2755, is the typical slip.
    "per_layer_factor": Exercise(
        "the factor per layer behind the measured ratio", 0.23875, rtol=0.01, atol=0.0,
        hint="between layer 10 and layer 1 the error crosses 9 layers, not 10: r ** 9 = ratio."),
    # depth_explorer("sigmoid", depth=10, init="xavier"): layer 1 / layer 10 is 0.081 at weight
    # scale 2**2.5 = 5.657 and 0.240 at 2**2.75 = 6.727, with 36% of the units saturated there
    # (seed 0; tests/test_lesson_01.py recomputes it).
    "tenth_scale": Exercise(
        "the smallest weight scale that gets a tenth of the error to layer 1", 2 ** 2.75,
        rtol=0.01, atol=0.0,
        hint="the slider moves by a factor 2**0.25 = 1.19 per step; the left panel's title gives "
             "layer 1 / layer 10. Raise the scale one step at a time from 4."),
    "vanishing_bound": Exercise(
        "the bound on 10 sigmoid derivatives", 0.25 ** 10, rtol=1e-3, atol=0.0,
        hint="each sigmoid derivative is at most 0.25.",
        mistakes=((0.25 ** 9, "that bounds nine derivatives. Count the factors again: one for each sigmoid "
                              "derivative the error passes."),)),
    # 02_tanh
    "tanh_from_sigmoid": Exercise(
        "tanh written with the sigmoid", A.tanh, _GRID,
        hint="stretch the sigmoid's input by 2, then its output from (0, 1) to (-1, 1)."),
    "tanh_grad": Exercise(
        "tanh'(x)", A.tanh_grad, _GRID, hint="d/dx tanh(x) = 1 - tanh(x)^2."),
    "slope_ratio": Exercise(
        "tanh'(0) / sigma'(0)", 4.0, hint="compute both derivatives at 0."),
    # sigma(x) = (1 + tanh(x / 2)) / 2: the relation tanh(x) = 2 sigma(2x) - 1 solved for sigma.
    "sigmoid_from_tanh": Exercise(
        "the sigmoid written with tanh", A.sigmoid, _GRID,
        hint="solve tanh(t) = 2 sigma(2t) - 1 for sigma(2t), then put t = x / 2."),
    # tanh'(30) = 4 e^-60 / (1 + e^-60)^2 = 3.5e-26; 1 - tanh(30)**2 gives 0. Right answers:
    # 4 sigma(2x) sigma(-2x) with a stable sigmoid, 1 / cosh(x)**2 (fine up to |x| ~ 350).
    "tanh_grad_stable": Exercise(
        "tanh'(x), accurate far from 0", A.tanh_grad,
        (np.concatenate([np.linspace(-6, 6, 25), [-40.0, -30.0, -20.0, 20.0, 30.0, 40.0]]),),
        rtol=1e-9, atol=1e-300,
        hint="the values must be right to 9 significant digits even at x = 30, where tanh'(x) is "
             "about 3.5e-26. 1 - tanh(x)**2 gives 0 there: once tanh(x) rounds to 1 (from |x| of "
             "about 19), subtracting it from 1 leaves nothing. Write tanh' as a product or a "
             "quotient of numbers that do not round to 1: section 2's relation with the sigmoid, "
             "or the definition of tanh, gives one."),
    # The gain at which the geometric mean over SEEDS of ||dL/dz_1|| / ||dL/dz_10|| of a fresh
    # 10-layer, 32-wide tanh network is 1 (bisection: 1.2329; tests/test_lesson_02.py recomputes it).
    "balanced_gain": Exercise(
        "the gain that balances the error between layer 10 and layer 1", 1.233, rtol=0.0, atol=0.03,
        hint="the ratio is below 1 at gain 1 and above 1 at gain 1.5 and grows with the gain: "
             "halve the interval until it is narrower than 0.02."),
    # gain_explorer("tanh", depth=10, width=32): the last layer is 28.8% saturated at gain 2.20 and
    # 30.2% at 2.25 (seed 0; tests/test_lesson_02.py recomputes it).
    "saturation_gain": Exercise(
        "the smallest gain that saturates 30% of layer 10", 2.25, rtol=0.0, atol=0.026,
        hint="the slider moves in steps of 0.05; the right panel's title gives layer 10's share."),
    # 03_relu
    "relu": Exercise("ReLU", A.relu, _GRID, hint="np.maximum compares elementwise."),
    "relu_grad": Exercise(
        "ReLU'(x) with the left-hand value at 0", A.relu_grad, _GRID,
        hint="the series takes the left-hand value at the kink, relu_grad(0) = 0, as PyTorch does. Which "
             "comparison of x with 0 is False at x = 0?",
        mistakes=((lambda x: (x >= 0).astype(float), "at x = 0 yours gives 1, the right-hand slope. The series "
                   "takes the left-hand one there, as PyTorch does."),)),
    "relu_sparsity": Exercise(
        "the fraction of zeros for standard normal input", 0.5, rtol=0.0, atol=0.005,
        hint="how much of a symmetric distribution lies below 0?"),
    "relu_zeros_shifted": Exercise(
        "the fraction of zeros when the pre-activation is N(0.1, 1)", 0.5 * math.erfc(0.1 / math.sqrt(2)),
        rtol=0.0, atol=0.005,
        hint="ReLU gives 0 where z <= 0; P(z <= 0) for z ~ N(mu, 1) is Phi(-mu), the standard normal "
             "CDF at -mu (scipy.stats.norm.cdf, or sample a million values)."),
    "all_off_probability": Exercise(
        "the chance that one input is switched off by some layer (width 2, depth 10)", 1 - 0.75 ** 10,
        rtol=0.0, atol=0.005,
        hint="one layer switches a non-zero input off with probability (1/2)^k; it survives a layer "
             "with 1 - (1/2)^k, and it must survive all 10 layers.",
        mistakes=((1 - 0.75 ** 9, "that is for nine layers; the network has ten."),
                  (0.75 ** 10, "that is the chance that the input survives every layer, the opposite of what "
                               "is asked."),)),
    "dying_lr": Exercise(
        "the smallest learning rate that leaves more than a third of the units dead", 10 ** -0.05,
        rtol=0.03, atol=0.0,
        hint="step the slider up one notch at a time from 0.5 and press Train each time; the left "
             "panel's title gives the share dead at the end."),
    "dying_mean_dead": Exercise(
        # Training at lr 0.8 is chaotic: a change in the last bit of lr (or another BLAS) moves a
        # single seed's share by tens of points, and this 10-seed mean by a few (0.30-0.38 seen
        # over lr * (1 + k 1e-15), k = 0..4). Hence the wide tolerance.
        "the mean share of dead units over seeds 0-9 at learning rate 0.8 (100 epochs)", 0.32,
        rtol=0.0, atol=0.08,
        hint="for s in range(10): train_and_watch('relu', 0.8, epochs=100, every=100, seed=s), "
             "take history.diagnostics[-1][1].dead.mean(), and average the ten."),
    # 04_leaky_relu
    "leaky_relu": Exercise(
        "Leaky ReLU with alpha = 0.1", lambda x: A.leaky_relu(x, alpha=0.1), _GRID,
        hint="compare your output for negative x with 0.1 x: 0 there is plain ReLU, a constant 0.1 is "
             "the derivative, and another slope is another alpha."),
    "leaky_fd_at_kink": Exercise(
        "the central finite difference of Leaky ReLU (alpha = 0.1) at x = 0", 0.55,
        rtol=0.0, atol=1e-6,
        hint="(f(h) - f(-h)) / (2h) with f(h) = h and f(-h) = -0.1 h: the mean of the two slopes."),
    "leak_against_born_dead_30": Exercise(
        "the smallest alpha (in steps of 0.05) with under 30% of depth-30, width-3 networks "
        "effectively dead at birth", 0.2, rtol=0.0, atol=1e-9,
        hint="compute np.mean(first_layer_error_ratio(30, 3, 'leaky_relu', alpha=a) < "
             "BORN_DEAD_THRESHOLD) for a = 0.05, 0.10, ... and stop at the first below 0.3."),
    "leak_divergence_count": Exercise(
        "how many of the ten alpha = 0.3 runs (seeds 0 to 9, learning rate 1.0, 100 epochs) diverge",
        10, rtol=0.0, atol=1e-9,
        hint="train_and_watch(get_activation('leaky_relu', alpha=0.3), 1.0, epochs=100, seed=s)[1]"
             ".diverged is an epoch number (true) or None for each seed s in range(10); count the true ones."),
    "leaky_relu_grad": Exercise(
        "Leaky ReLU'(x) with alpha = 0.1", lambda x: A.leaky_relu_grad(x, alpha=0.1), _GRID,
        hint="the slope is 1 for x > 0 and alpha otherwise, the kink included."),
    "prelu_alpha_grad": Exercise(
        "d PReLU(x) / d alpha", lambda x: np.where(x > 0, 0.0, x), _GRID,
        hint="for x <= 0 PReLU is alpha * x; for x > 0 alpha does not appear."),
    "leak_against_born_dead": Exercise(
        "the smallest alpha (in steps of 0.05) with under 10% of depth-30, width-3 networks "
        "effectively dead at birth", 0.3, rtol=0.0, atol=1e-9,
        hint="compute np.mean(first_layer_error_ratio(30, 3, 'leaky_relu', alpha=a) < "
             "BORN_DEAD_THRESHOLD) for a = 0.05, 0.10, ... and stop at the first below 0.1."),
    "leak_divergence": Exercise(
        "the smallest alpha (in steps of 0.05) at which the explorer's network diverges at "
        "learning rate 1.0", 0.15, rtol=0.0, atol=1e-9,
        hint="train at alpha = 0.05, 0.10, 0.15, ... and read the title of the right-hand panel."),
    # 05_softmax
    "softmax": Exercise(
        "a stable softmax", A.softmax, _SOFTMAX_VECTORS, vector=True, rtol=1e-9, atol=1e-12,
        hint="softmax(z + c) = softmax(z) for every constant c: which c keeps every exponential at most 1?",
        mistakes=((lambda z: np.exp(z - np.max(z)) / np.sum(np.exp(z)),
                   "you subtracted the maximum in the numerator only. The shift must apply to every "
                   "exponential, those in the sum below the line too; otherwise it changes the result."),)),
    "log_sum_exp": Exercise(
        "log-sum-exp", lambda z: np.max(z) + np.log(np.sum(np.exp(z - np.max(z)))), _SOFTMAX_VECTORS,
        vector=True, rtol=1e-9,
        hint="take a common factor e^m out of every term of the sum, with m the largest entry of z: what is "
             "left can no longer overflow, and the log of a product is a sum."),
    "cross_entropy_grad": Exercise(
        "the gradient of the cross-entropy for class 0", _cross_entropy_grad, _VECTORS, vector=True,
        rtol=1e-9, atol=1e-12, hint="the gradient of -log p_0 with respect to z is p - y."),
    "multilabel_grad": Exercise(
        "the gradient of the multi-label loss (classes 0 and 1 present)", _multilabel_grad,
        _LABEL_VECTORS, vector=True, rtol=1e-9, atol=1e-12,
        hint="each class is its own yes/no question: differentiate one term of the sum with "
             "sigma' = sigma (1 - sigma) and simplify; which y does each class have?"),
    "half_temperature": Exercise(
        "the temperature at which a logit 1 above three equal others gets p = 1/2", 1.0 / math.log(3.0),
        rtol=1e-3, atol=0.0,
        hint="divide every logit by T first, then use section 2: p_0 is a sigmoid of what? "
             "A sigmoid is 1/2 where its argument is 0."),
    "mean_shift_gap": Exercise(
        "the gap d above which the mean-shifted softmax of [0, d] overflows",
        2.0 * math.log(float(np.finfo(float).max)), rtol=0.0, atol=0.01,
        hint="after subtracting the mean of [0, d], what are the two shifted logits, and which "
             "exponential is the larger?"),
    # 06_beyond_relu
    "selu": Exercise(
        "SELU with the constants of Klambauer et al.", A.selu, _GRID, rtol=1e-9,
        hint="lambda * x for x > 0 and lambda * alpha * (e^x - 1) otherwise. If your values are "
             "only slightly off, use the full-precision constants actlab.SELU_SCALE and "
             "actlab.SELU_ALPHA (rounded ones differ by about 1e-5); np.expm1(x) computes e^x - 1 "
             "accurately near 0."),
    "softplus_stable": Exercise(
        "a softplus that does not overflow", A.softplus, _WIDE, rtol=1e-9, atol=1e-12,
        hint="for x > 0, log(1 + e^x) = x + log(1 + e^(-x)); np.log1p(u) is log(1 + u).",
        warning_hint="np.exp(x) overflows for x > 709, and np.where computes both branches: write "
                     "log(1 + e^x) = max(x, 0) + log1p(e^(-|x|)), whose exponential is at most 1, "
                     "or use np.logaddexp(0, x)."),
    # the activations f with f(c x) = c f(x) for c > 0: doubling the input std of a network without
    # biases multiplies every variance by exactly 4 (tests/test_lesson_06.py recomputes the set)
    "scale_remembering": Exercise(
        "the activations that multiply every variance by exactly 4 when the input std doubles",
        frozenset({"relu", "leaky_relu"}), names=True,
        hint="the networks have no biases: which f satisfy f(2x) = 2 f(x) for every x? Check each "
             "name with signal_statistics(name, 10, init='he', input_std=1.0) and input_std=2.0."),
    "gelu_tanh": Exercise(
        "GELU's tanh approximation", lambda x: A.gelu(x, approximate="tanh"), _GRID, rtol=1e-9,
        hint="0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))."),
    "silu_minimum": Exercise(
        "where SiLU has its minimum", -1.2784645427610737, rtol=1e-4, atol=0.0,
        hint="solve silu'(x) = 0, e.g. by bisection on [-3, -0.5]."),
    "silu_grad_peak": Exercise(
        "where SiLU's slope is largest", 2.3993572805154676, rtol=1e-4, atol=0.0,
        hint="the slope is largest where silu''(x) = 0; approximate silu'' by "
             "(silu_grad(x + h) - silu_grad(x - h)) / (2 h) and bisect on [1, 4]."),
    "relu_variance_factor": Exercise(
        "the factor on ReLU's variance when the input std doubles", 4.0, rtol=1e-3, atol=0.0,
        hint="ReLU(c x) = c ReLU(x) for c > 0, and the network has no biases: what does doubling "
             "every input do to every activation, and so to their variance?"),
    "selu_variance_slope": Exercise(
        "the slope of SELU's variance map at 1", 0.7826478836, rtol=1e-2, atol=0.0,
        hint="g(q) = mean(selu(sqrt(q) * xi) ** 2) over many standard normal xi; "
             "take (g(1.01) - g(0.99)) / 0.02 with the same xi for both."),
    # 07_playground
    "update_ratio": Exercise(
        "the update-to-data ratio", 0.1 * 0.01 / 0.5, rtol=1e-6,
        hint="std(learning rate * gradient) / std(weights)."),
    "constant_answer_loss": Exercise(
        "the loss of the best constant answer for classes in the ratio 3 : 1",
        -(0.75 * math.log(0.75) + 0.25 * math.log(0.25)), rtol=1e-3, atol=0.0,
        hint="predict class 1 with probability p for every input; the mean cross-entropy is "
             "-(share of class 1) ln p - (share of class 0) ln(1 - p). Which p makes it smallest?"),
    "spirals_relu_wins": Exercise(
        "the number of seeds in which ReLU's test accuracy on spirals beats tanh's", 5, rtol=0.0, atol=0.0,
        hint="run compare(activations=('tanh', 'relu'), datasets=('spirals',)) and compare the "
             "'test' lists seed by seed."),
    "first_step_rate": Exercise(
        "the learning rate whose first step has an update-to-data ratio of 1e-3",
        1e-3 / 0.0661, rtol=0.02, atol=0.0,
        hint="at the first step the ratio is the learning rate times ratio/rate, and section 4 "
             "printed ratio/rate; solve for the learning rate."),
    # 08_your_own: the statements about x*sin(x)'s card that its numbers support (b, d, e);
    # tests/test_lesson_08.py checks each of the six against the card.
    "xsin_card": Exercise(
        "what the card of x sin(x) shows", frozenset({"b", "d", "e"}), choices="abcdef",
        hint="take the statements one at a time and find the row of the card that decides it; "
             "compare with ReLU's column."),
    "constant_answer_p": Exercise(
        "the probability of class 1 that minimises the loss of a constant answer (classes 3 : 1)",
        0.25, rtol=0.0, atol=0.002,
        hint="the mean cross-entropy is -(share of class 1) ln p - (share of class 0) ln(1 - p); "
             "set its derivative to zero, or evaluate it on a fine grid of p."),
}


def check(name, answer) -> Feedback:
    """Check ``answer`` against exercise ``name`` of :data:`EXERCISES`."""
    if not isinstance(name, str):
        raise TypeError(f"the exercise is named by a string such as 'relu_grad', got {name!r}")
    if name not in EXERCISES:
        raise ValueError(f"unknown exercise {name!r}; known: {', '.join(EXERCISES)}")
    ex = EXERCISES[name]
    if ex.names:
        return check_names(answer, ex.reference, ex.title, ex.hint)
    if ex.choices:
        return check_choices(answer, ex.reference, ex.choices, ex.title, ex.hint)
    if ex.inputs is None:
        return check_value(answer, ex.reference, ex.title, ex.rtol, ex.atol, ex.hint, ex.mistakes)
    return check_function(answer, ex.reference, ex.inputs, ex.title, ex.rtol, ex.atol, ex.hint,
                          vector=ex.vector, warning_hint=ex.warning_hint, mistakes=ex.mistakes)

"""Checkers that give a student instant feedback on an exercise (``00_index``).

``check(name, answer)`` compares a function or a number with the reference of exercise
``name`` and returns a :class:`Feedback` whose text the notebook shows:

- an answer that is ``None``, ``...``, or a function that returns ``None`` or raises
  ``NotImplementedError`` is "not attempted yet" (never an error, so a notebook with open
  exercises still runs from top to bottom);
- a wrong answer gets a diagnosis: a known slip of the exercise by name, else the first input where
  a function differs from the reference, with a nudge; from the second wrong try on, a fuller hint
  (the solution stays in the notebook's collapsed block);
- a right one is confirmed;
- called from a notebook whose setup cell has not run since the kernel started, every checker says
  so, in both languages, instead of checking (the exercise cells import their checker themselves,
  so they run alone after a restart).
"""

from __future__ import annotations

import html
import math
import numbers
import re
import sys
import warnings
from dataclasses import dataclass
from typing import Callable

import numpy as np

from . import activations as A
from .language import tr

__all__ = ["Feedback", "Exercise", "EXERCISES", "check", "check_function", "check_value", "check_names",
           "check_choices", "reset_tries"]

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
                f'{_pretty(html.escape(self.message, quote=False)).replace(chr(10), "<br>")}</div>')

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
    """The fuller hint, said from the second wrong try on (or from the first if there is no ``nudge``)."""
    nudge: str = ""
    """What a first wrong answer is told: a question that points the way without giving it."""
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
    of the nudge when the answer is that value (within the exercise's tolerance, or a third entry:
    an absolute tolerance of its own), or gives what that function gives; for a set of names or
    letters, ``(name or letter, diagnosis)``, said when that one is given but does not belong."""
    exact: bool = False
    """The number has an exact value that reasoning gives: an answer just outside the tolerance is
    told to reason it out rather than estimate it (by a simulation, a slider or a grid)."""


_WRONG_TRIES: dict[str, int] = {}
"""Wrong answers so far, per exercise, in this kernel: the second one gets the fuller hint. Changed
only by :func:`check`, never on import."""


def reset_tries() -> None:
    """Forget the wrong tries: every exercise's next wrong answer gets its nudge again."""
    _WRONG_TRIES.clear()


SETUP_FIRST = ("The setup cell at the top of this notebook has not run since the kernel started, so nothing "
               "is checked yet: run it first (JupyterLab: Run → Run All Above Selected Cell; Colab: Runtime → "
               "Run before), then this cell again.\n"
               "커널을 시작한 뒤 이 노트북 맨 위의 설정 셀을 아직 실행하지 않아 채점하지 않았습니다. 설정 셀을 먼저 "
               "실행하고(JupyterLab: Run → Run All Above Selected Cell, Colab: Runtime → Run before) 이 셀을 다시 "
               "실행하세요.")
"""Said in both languages: before the setup cell has run, the notebook's language is not known."""


def setup_missing() -> bool:
    """True when a checker is called from a notebook cell (module ``__main__``) whose namespace has no
    ``actlab``: every setup cell imports it, and an exercise cell imports only its checker. Tests and
    library code (other modules) never count as missing a setup."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith("actlab"):
        frame = frame.f_back
    return frame is not None and frame.f_globals.get("__name__") == "__main__" and "actlab" not in frame.f_globals


def _setup_first() -> Feedback:
    return Feedback(NOT_ATTEMPTED, SETUP_FIRST)


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


def _where_it_fails(answer, x, raises: bool):
    """The first entry of a 1-D ``x`` on which the answer alone raises (``raises``) or warns, as
    "x = ..."; None if no single entry does (then only the whole array makes it fail)."""
    for value in np.ravel(x):
        try:
            warned = _call(answer, np.array([value]))[1]
        except Exception:  # noqa: BLE001 - only looking for the failure's cause
            if raises:
                return f"x = {value:.6g}"
            continue
        if warned and not raises:
            return f"x = {value:.6g}"
    return None


def check_function(answer, reference, inputs, title="exercise", rtol=1e-6, atol=1e-9, hint="",
                   vector=False, warning_hint="", mistakes=(), fuller=False):
    """Compare ``answer(x)`` with ``reference(x)`` on each input array in ``inputs``.

    Elementwise functions are named by the first ``x`` where they differ; with ``vector=True``
    each input is one vector (``z``) and the message names it and the entry. An exception is put in
    words, with the input that raised it. A numpy overflow or invalid-value warning counts as a wrong
    answer: it names the input too, and adds ``warning_hint`` when one is given (else the general
    "A stable version never overflows."). A known slip (``mistakes``) gets its diagnosis; values
    close everywhere are told so. ``hint`` is appended to a wrong answer, as "a fuller hint" if ``fuller``.
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
        where_z = f"z = {x.tolist()}" if vector else None
        try:
            got, warned = _call(answer, x)
        except NotImplementedError:
            return _not_attempted(title)
        except Exception as exc:  # a student's bug is feedback, not a crash
            where = where_z if vector else _where_it_fails(answer, x, raises=True)
            return Feedback(WRONG, _raised(title, exc, where) + _hint(hint, fuller))
        if got is None:
            if _does_work(answer):
                return Feedback(WRONG, tr("{title}: your function returned nothing (None). Did you forget "
                                          "`return`? Its last line computes a value and drops it.", title=title))
            return _not_attempted(title)
        if warned:
            culprit = where_z if vector else (_where_it_fails(answer, x, raises=False)
                                              or tr("some x of the check (not on a single x alone)"))
            if warning_hint and "overflow" in warned:
                why = tr(warning_hint)
            elif "overflow" in warned:
                why = tr("A stable version never overflows.")
            else:                                      # invalid value / divide by zero
                why = tr("That is 0/0 or a division by 0 (or inf - inf): a formula that divides by x, or by "
                         "something that can be 0, breaks there. Write it so that nothing is divided by 0, "
                         "for example with a comparison such as (x > 0).")
            return Feedback(WRONG, tr("{title}: not yet. At {culprit} numpy warned: {warning}. ",
                                      title=title, culprit=culprit, warning=warned) + why
                            + _after_diagnosis(hint, fuller))
        problem = _not_numbers(got, expected.shape)
        if problem:
            return Feedback(WRONG, tr("{title}: not yet. {problem}", title=title, problem=problem))
        got = np.asarray(got, dtype=float)
        bad = ~np.isclose(got, expected, rtol=rtol, atol=atol, equal_nan=True)
        if bad.any():
            for wrong, diagnosis, *_ in mistakes:          # a known slip: say which one
                with np.errstate(all="ignore"):
                    slip = np.asarray(wrong(x.copy()), dtype=float)
                if slip.shape == got.shape and np.allclose(got, slip, rtol=rtol, atol=atol, equal_nan=True):
                    return Feedback(WRONG, tr("{title}: not yet: {diagnosis}", title=title, diagnosis=tr(diagnosis))
                                    + _after_diagnosis(hint, fuller))
            i = np.flatnonzero(bad)[0]
            if vector:
                where = where_z + (tr(", entry {i}", i=i) if expected.ndim else "")
            else:
                where = f"x = {x.flat[i]:.6g}"
            with np.errstate(all="ignore"):
                off = np.abs(got - expected) / np.abs(expected)
            if rtol < 1e-3 and np.all(np.isfinite(off[bad])) and off[bad].max() < 1e-3:
                message = tr("{title}: close, but not close enough: your values differ from the answer by up to "
                             "{off:.1g} of their size (at {where} the answer is {expected:.10g}, yours {got:.10g}); "
                             "the checker asks for {rtol:.0e}. A constant rounded to a few digits, or a formula "
                             "that loses digits, does that.", title=title, off=off[bad].max(), where=where,
                             expected=expected.flat[i], got=got.flat[i], rtol=rtol)
            else:
                message = tr("{title}: not yet. At {where} the answer should be {expected:.6g}, yours gives "
                             "{got:.6g}.", title=title, where=where, expected=expected.flat[i], got=got.flat[i])
            return Feedback(WRONG, message + _hint(hint, fuller))
    return _correct(title)


def _does_work(answer) -> bool:
    """True if a function that returned None has a body that computes something (it reads names or
    makes locals), False for a stub such as ``...`` or ``pass``: None from it is a forgotten return."""
    code = getattr(answer, "__code__", None)
    return code is not None and bool(code.co_names or code.co_nlocals > code.co_argcount)


def _raised(title: str, exc: Exception, where: str | None = None) -> str:
    """An exception raised by a student's function, in words: what it means and what to do;
    ``where`` is the input that raised it, if a single one does."""
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
                  "in the lesson, and has the setup cell run since the kernel started?", title=title, error=exc)
    if where is None:
        return tr("{title}: your function raised {kind} on the check's array of inputs: {error}.", title=title,
                  kind=type(exc).__name__, error=exc)
    return tr("{title}: your function raised {kind} at {where}: {error}.", title=title, kind=type(exc).__name__,
              where=where, error=exc)


def _hint(hint: str, fuller: bool = False) -> str:
    if not hint:
        return ""
    return tr(" A fuller hint: {hint}", hint=tr(hint)) if fuller else tr(" Hint: {hint}", hint=tr(hint))


def _after_diagnosis(hint: str, fuller: bool) -> str:
    """What follows a diagnosis (a known slip, a numpy warning): nothing on the first try, where the
    diagnosis is the nudge; the fuller hint on the later ones."""
    return _hint(hint, fuller) if fuller else ""


def _correct(title: str) -> Feedback:
    return Feedback(CORRECT, tr("{title}: correct, well done!", title=title))


def check_value(answer, reference, title="exercise", rtol=1e-6, atol=1e-9, hint="", mistakes=(), fuller=False,
                exact=False):
    """Compare a number with the reference number. A known wrong number (``mistakes``) gets its
    diagnosis; a fraction given as a percent is told so; an answer just outside the tolerance is told
    it is close, and if the value is ``exact``, to reason it out."""
    title = tr(title)
    if answer is None or answer is Ellipsis:
        return _not_attempted(title)
    if isinstance(answer, (str, bytes)):
        return Feedback(WRONG, tr("{title}: expected a number, got the text {text!r}: write the number "
                                  "without quotes.", title=title, text=answer))
    if isinstance(answer, (bool, np.bool_)):
        return Feedback(WRONG, tr("{title}: expected a number, got {answer}.", title=title, answer=answer))
    if np.iscomplexobj(answer):
        return Feedback(WRONG, tr("{title}: expected a real number, got the complex number {answer}.",
                                  title=title, answer=answer))
    if np.ndim(answer) != 0:
        return Feedback(WRONG, tr("{title}: expected one number, got {count} (a {kind}): give the one number the "
                                  "question asks for.", title=title, count=np.size(answer), kind=type(answer).__name__))
    try:
        value = float(answer)
    except (TypeError, ValueError):
        return Feedback(WRONG, tr("{title}: expected a number, got {answer!r}.", title=title, answer=answer))
    if not math.isfinite(value):
        return Feedback(WRONG, tr("{title}: not yet, {value} is not a finite number.", title=title,
                                  value=value))
    # a whisker more than atol: 1.6 - 1.5 is 0.10000000000000009, and "within 0.1" means 1.6 too
    if math.isclose(value, reference, rel_tol=rtol, abs_tol=atol * (1 + 1e-9)):
        return _correct(title)
    for wrong, diagnosis, *own in mistakes:
        if math.isclose(value, wrong, rel_tol=0.0 if own else max(rtol, 1e-9), abs_tol=own[0] if own else atol):
            return Feedback(WRONG, tr("{title}: {value:.6g} is not the answer yet: {diagnosis}", title=title,
                                      value=value, diagnosis=tr(diagnosis)) + _after_diagnosis(hint, fuller))
    tolerance = max(atol, rtol * abs(reference))
    if abs(value - reference) <= min(3 * tolerance, 0.2 * abs(reference) or 3 * tolerance):
        if exact:
            text = tr("{title}: close, but not within {tolerance:.2g} of the answer. This one has an exact value: "
                      "if you estimated it (a simulation, a slider, a grid), reason it out instead.",
                      title=title, tolerance=tolerance)
        else:
            text = tr("{title}: close, but not within {tolerance:.2g} of the answer: check your reading and your "
                      "rounding.", title=title, tolerance=tolerance)
        return Feedback(WRONG, text + _hint(hint, fuller))
    if 0 < abs(reference) <= 1 and math.isclose(value / 100, reference, rel_tol=max(rtol, 1e-9), abs_tol=atol):
        return Feedback(WRONG, tr("{title}: not yet. {value:g} looks like a percent; give it as a fraction between "
                                  "0 and 1 ({value:g}% is {fraction:g}).", title=title, value=value,
                                  fraction=value / 100))
    return Feedback(WRONG, tr("{title}: not yet, {value:.6g} is not the answer.", title=title, value=value)
                    + _hint(hint, fuller))


def _count(shape) -> str:
    """How many numbers an array of ``shape`` holds, in words: "one number", "3 numbers"."""
    if shape == ():
        return tr("one number")
    if len(shape) == 1:
        return tr("{count} numbers", count=shape[0])
    return tr("{count} numbers (shape {shape})", count=int(np.prod(shape)), shape=shape)


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
        if tuple(shape) == ():
            return tr("Expected one number, but your function returned {got}.", got=_count(values.shape))
        return tr("Expected {expected}, one for each input, but your function returned {got}. Compute on the "
                  "whole array x elementwise (np.maximum, np.exp, np.where ...), without turning it into a "
                  "single number.", expected=_count(tuple(shape)), got=_count(values.shape))
    return ""


def check_names(answer, reference, title="exercise", hint="", mistakes=(), fuller=False):
    """Compare a collection of activation names (a set, list or tuple; one name may be a plain
    string) with the reference set. A wrong answer names the first name that does not belong, with
    its diagnosis if ``mistakes`` has one, or says how many are missing, without naming them."""
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
        return _does_not_belong(tr("{title}: not yet. {name!r} does not belong in your answer", title=title,
                                   name=extra[0]), extra[0], hint, mistakes, fuller)
    missing = len(set(reference) - set(given))
    return _missing(title, missing, hint, fuller,
                    tr("{title}: not yet. Every name you gave belongs, but one is missing.", title=title),
                    tr("{title}: not yet. Every name you gave belongs, but {missing} are missing.", title=title,
                       missing=missing))


def _does_not_belong(text: str, item: str, hint: str, mistakes, fuller: bool) -> Feedback:
    """A name or a letter given that does not belong: its diagnosis if one is known, else the hint."""
    diagnosis = dict(mistakes).get(item)
    if diagnosis:
        return Feedback(WRONG, text + ": " + tr(diagnosis) + _after_diagnosis(hint, fuller))
    return Feedback(WRONG, text + "." + _hint(hint, fuller))


def _missing(title: str, missing: int, hint: str, fuller: bool, one: str, several: str) -> Feedback:
    if not missing:
        return _correct(title)
    return Feedback(WRONG, (one if missing == 1 else several) + _hint(hint, fuller))


def check_choices(answer, reference, choices, title="exercise", hint="", mistakes=(), fuller=False):
    """Compare a set of letters (the statements a student holds true) with the true ones. A wrong
    answer names one letter that does not belong, with its diagnosis if ``mistakes`` has one, or
    says how many are missing."""
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
        return _does_not_belong(tr("{title}: not yet. Statement {letter} is not what the card shows", title=title,
                                   letter=extra[0]), extra[0], hint, mistakes, fuller)
    missing = len(reference - given)
    return _missing(title, missing, hint, fuller,
                    tr("{title}: not yet. Every statement you chose is right, but one more is true.", title=title),
                    tr("{title}: not yet. Every statement you chose is right, but {missing} more are true.",
                       title=title, missing=missing))


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
        nudge="which dot is the value the library returns at 0, and which the value just to its right?",
        hint="the filled dot is the value returned at 0 (it sits exactly at alpha), the open dot "
             "the value just to the right: subtract the second from the first.",
        mistakes=((-1.5, "the size is right but the sign is not: the jump is the value returned at 0 (the filled "
                         "dot) minus the value just to the right (the open dot), not the other way round."),
                  (2.5, "that is the filled dot alone, the value at 0. The jump is its distance from the open "
                        "dot just to the right."),
                  (1.0, "that is the open dot alone, the slope just to the right. The jump is the filled dot "
                        "minus it."))),
    # The activations whose derivative is negative somewhere (tests/test_lesson_00.py recomputes
    # the set from the registry on a grid).
    "not_monotone": Exercise(
        "the activations that are not monotone", frozenset({"gelu", "silu", "swish", "mish"}),
        names=True,
        nudge="a monotone function never goes down: which curves go down to a lowest point and back up?",
        hint="a function is monotone (never goes down) exactly when its derivative is never "
             "negative: look for dashed curves that dip below the grey zero line.",
        mistakes=tuple((name, "its outputs are negative on the left, but it only ever increases: negative "
                              "values do not make a function non-monotone, going down does.")
                       for name in ("elu", "selu", "leaky_relu"))
        + tuple((name, "it only ever increases (its derivative is never negative).")
                for name in ("sigmoid", "tanh", "relu", "softplus"))),
    # 01_sigmoid
    "sigmoid_grad": Exercise(
        "sigma'(x) from sigma(x)", A.sigmoid_grad, _GRID,
        nudge="differentiate 1 / (1 + e^-x) with the chain rule; the result can be written with sigma alone.",
        hint="d/dx 1 / (1 + u) = -u' / (1 + u)^2 with u = e^-x; then split e^-x / (1 + e^-x)^2 into "
             "1 / (1 + e^-x) times e^-x / (1 + e^-x), and write the second factor with sigma too.",
        mistakes=((lambda x: A.sigmoid(x) - (1 - A.sigmoid(x)),
                   "that is the blog post's formula, sigma(x) - (1 - sigma(x)). It subtracts where the "
                   "derivative multiplies: it is 0 at x = 0, where the sigmoid is steepest."),
                  (lambda x: A.sigmoid(x) * (1 - x),
                   "you multiplied sigma(x) by 1 - x, mixing the input x with a value of the sigmoid: the "
                   "derivative can be written with sigma(x) alone."),
                  (lambda x: 1 - A.sigmoid(x) ** 2,
                   "1 - sigma^2 is the pattern of tanh' = 1 - tanh^2; the sigmoid's derivative is a product "
                   "of sigma and something else."),
                  (lambda x: np.exp(-x) / (1 + np.exp(-x)),
                   "yours equals e^-x / (1 + e^-x), that is 1 - sigma(x): one factor of the derivative is "
                   "missing. Check what the chain rule does to the denominator."))),
    # sigma'' = (sigma (1 - sigma))' = sigma' (1 - sigma) - sigma sigma' = sigma (1 - sigma) (1 - 2 sigma)
    "sigmoid_second_derivative": Exercise(
        "sigma''(x) from sigma(x)",
        lambda x: A.sigmoid(x) * (1 - A.sigmoid(x)) * (1 - 2 * A.sigmoid(x)), _GRID,
        nudge="sigma' = sigma (1 - sigma) is a product of two factors that both depend on x: which rule "
              "differentiates a product?",
        hint="differentiate sigma' = sigma (1 - sigma) with the product rule, then replace every "
             "sigma' that appears by sigma (1 - sigma) and collect terms.",
        mistakes=((lambda x: A.sigmoid(x) * (1 - A.sigmoid(x)),
                   "that is sigma', the first derivative. Differentiate it once more."),
                  (lambda x: A.sigmoid(x) * (1 - A.sigmoid(x)) ** 2,
                   "that is sigma' (1 - sigma), the first term of the product rule only. The second factor, "
                   "1 - sigma, depends on x too: its derivative, -sigma', gives a second term."),
                  (lambda x: A.sigmoid(x) * (1 - A.sigmoid(x)) * (2 * A.sigmoid(x) - 1),
                   "the sign is flipped everywhere. The derivative of 1 - sigma is -sigma'; check the sign of "
                   "your second term (sigma' must fall for x > 0, so sigma'' is negative there)."))),
    "stable_sigmoid": Exercise(
        "a stable sigmoid (right, accurate in the tail, no warning)", A.sigmoid, _WIDE, rtol=1e-9, atol=1e-300,
        nudge="where does your formula lose the tiny value sigma(-40) = 4.2e-18: in an addition to 1?",
        hint="the values must be right to 9 significant digits even far out in the tail, where "
             "sigma(-40) is about 4.2e-18. If yours differs only there (0 instead of a tiny "
             "number), your formula loses relative accuracy: adding a tiny number to 1, or to -1 "
             "as in 0.5 * (1 + tanh(x / 2)), rounds it away. A quotient such as 1 / (1 + e^-x) "
             "keeps every digit (and still needs its overflow handled).",
        warning_hint="np.exp overflowed somewhere in your function: 1 / (1 + np.exp(-x)) alone computes e^1000 "
                     "at x = -1000. If you branch with np.where(condition, A, B): numpy computes A and B on "
                     "EVERY element before choosing, so an exp in the branch you do not want still overflows, "
                     "even though its value is thrown away. Exponentiate only numbers <= 0, whichever branch an "
                     "element takes.",
        mistakes=((lambda x: 0.5 * (1 + np.tanh(x / 2)),
                   "far left yours gives exactly 0 where sigma(-40) is about 4.2e-18: the tiny value is rounded "
                   "away when it is added to (or subtracted from) a number near 1, as in 0.5 (1 + tanh(x/2)) "
                   "or 1 - 1/(1 + e^-x). Keep the tiny number in a quotient instead."),)),
    # The median over SEEDS of ||dL/dz_1|| / ||dL/dz_10|| of a fresh 10-layer, 32-wide sigmoid
    # network (Xavier) is 2.5208e-06; the error crosses 9 layers, so r = 2.5208e-06 ** (1/9)
    # (tests/test_lesson_01.py recomputes it). The 10th root, 0.2755, is the typical slip.
    "per_layer_factor": Exercise(
        "the factor per layer behind the measured ratio", 0.23875, rtol=0.01, atol=0.0,
        nudge="if each layer multiplies the error by r, how many times is it multiplied between layer 10 "
              "and layer 1?",
        hint="between layer 10 and layer 1 the error crosses 9 layers, not 10: r ** 9 = ratio.",
        mistakes=((2.5208e-06 ** 0.1, "that is the tenth root. From layer 10 to layer 1 the error is multiplied "
                                      "nine times: count the steps between the layers, not the layers."),
                  (0.25, "that is the bound sigma'(0) = 0.25, not the measured factor: take the median ratio of "
                         "section 6 and find the r that gives it."),
                  (2.5208e-06, "that is the measured ratio itself, over all the layers; the factor per layer "
                               "is a root of it."))),
    # depth_explorer("sigmoid", depth=10, init="xavier"): layer 1 / layer 10 is 0.081 at weight
    # scale 2**2.5 = 5.657 and 0.240 at 2**2.75 = 6.727, with 36% of the units saturated there
    # (seed 0; tests/test_lesson_01.py recomputes it).
    "tenth_scale": Exercise(
        "the smallest weight scale that gets a tenth of the error to layer 1", 2 ** 2.75,
        rtol=0.01, atol=0.0,
        nudge="read the left panel's title at each notch: the answer is the first notch where it is 0.1 or more.",
        hint="the slider moves by a factor 2**0.25 = 1.19 per step; the left panel's title gives "
             "layer 1 / layer 10. Raise the scale one step at a time from 4.",
        mistakes=((2 ** 2.5, "at 5.66 the title reads less than 0.1: layer 1 gets less than a tenth there."),
                  (8.0, "at 8 layer 1 gets more than a tenth, but the question asks for the smallest such notch."))),
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
        nudge="start from section 2's tanh(t) = 2 sigma(2t) - 1 and solve it for the sigmoid.",
        hint="solve tanh(t) = 2 sigma(2t) - 1 for sigma(2t), then put t = x / 2.",
        mistakes=((lambda x: (1 + np.tanh(x)) / 2,
                   "you used tanh(x): the relation gives sigma(2t) from tanh(t), so sigma(x) needs tanh(x / 2). "
                   "Yours is too steep by a factor 2."),
                  (lambda x: 1 + np.tanh(x / 2),
                   "yours runs from 0 to 2: the sigmoid runs from 0 to 1, so divide by 2."))),
    # tanh'(30) = 4 e^-60 / (1 + e^-60)^2 = 3.5e-26; 1 - tanh(30)**2 gives 0. Right answers:
    # 4 sigma(2x) sigma(-2x) with a stable sigmoid, 1 / cosh(x)**2 (fine up to |x| ~ 350).
    "tanh_grad_stable": Exercise(
        "tanh'(x), accurate far from 0", A.tanh_grad,
        (np.concatenate([np.linspace(-6, 6, 25), [-40.0, -30.0, -20.0, 20.0, 30.0, 40.0]]),),
        rtol=1e-9, atol=1e-300,
        nudge="a subtraction 1 - (something that rounds to 1) leaves 0: which formula of tanh' has no such "
              "subtraction?",
        hint="the values must be right to 9 significant digits even at x = 30, where tanh'(x) is "
             "about 3.5e-26. 1 - tanh(x)**2 gives 0 there: once tanh(x) rounds to 1 (from |x| of "
             "about 19), subtracting it from 1 leaves nothing. Write tanh' as a product or a "
             "quotient of numbers that do not round to 1: section 2's relation with the sigmoid, "
             "or the definition of tanh, gives one.",
        mistakes=((lambda x: 1 - np.tanh(x) ** 2,
                   "this is 1 - tanh(x)^2, the formula that fails: at x = 30, tanh(x) rounds to 1 and the "
                   "subtraction leaves 0 instead of 3.5e-26."),
                  (lambda x: 4 * A.sigmoid(2 * x) * (1 - A.sigmoid(2 * x)),
                   "4 sigma(2x) (1 - sigma(2x)) is right on paper, but 1 - sigma(2x) is a subtraction from 1 "
                   "too: at x = 30 sigma(60) rounds to 1 and it gives 0. Lesson 1 gave 1 - sigma(t) another "
                   "way to write it."))),
    # The gain at which the geometric mean over SEEDS of ||dL/dz_1|| / ||dL/dz_10|| of a fresh
    # 10-layer, 32-wide tanh network is 1 (bisection: 1.2329; tests/test_lesson_02.py recomputes it).
    "balanced_gain": Exercise(
        "the gain that balances the error between layer 10 and layer 1", 1.233, rtol=0.0, atol=0.03,
        nudge="the ratio is below 1 at gain 1 and above 1 at gain 1.5: try the middle, and keep the half "
              "where it crosses 1.",
        hint="the ratio is below 1 at gain 1 and above 1 at gain 1.5 and grows with the gain: "
             "halve the interval until it is narrower than 0.02.",
        mistakes=((1.0, "at gain 1 the error reaching layer 1 is still smaller than at layer 10 (section 7): "
                        "that is an end of the interval, not where the ratio is 1."),
                  (1.5, "at gain 1.5 the error already grows on its way back (section 7): that is an end of the "
                        "interval, not where the ratio is 1."),
                  (5 / 3, "5/3 is the gain PyTorch recommends for tanh, which aims at the forward signal; the "
                          "exercise asks where the backward error is passed on unchanged. Measure it."))),
    # gain_explorer("tanh", depth=10, width=32): the last layer is 28.8% saturated at gain 2.20 and
    # 30.2% at 2.25 (seed 0; tests/test_lesson_02.py recomputes it).
    "saturation_gain": Exercise(
        "the smallest gain that saturates 30% of layer 10", 2.25, rtol=0.0, atol=0.026,
        nudge="you have it when the right panel's title reads 30% or more at your gain and less one step lower.",
        hint="the slider moves in steps of 0.05; the right panel's title gives layer 10's share.",
        mistakes=((2.2, "at 2.20 the share of layer 10 is below 30%."),)),
    # 03_relu
    "relu": Exercise("ReLU", A.relu, _GRID, hint="np.maximum compares elementwise."),
    "relu_grad": Exercise(
        "ReLU'(x) with the left-hand value at 0", A.relu_grad, _GRID,
        nudge="the slope is 1 where ReLU rises and 0 where it is flat; what must it be at x = 0 itself?",
        hint="the series takes the left-hand value at the kink, relu_grad(0) = 0, as PyTorch does. Which "
             "comparison of x with 0 is False at x = 0?",
        mistakes=((lambda x: (x >= 0).astype(float), "at x = 0 yours gives 1, the right-hand slope. The series "
                   "takes the left-hand one there, as PyTorch does."),
                  (lambda x: np.sign(x), "np.sign gives -1 for negative x, but ReLU is flat there: its slope "
                                         "is 0, not -1."),
                  (A.relu, "that is ReLU itself, not its slope: the slope of x is 1, whatever x is."),
                  (lambda x: np.heaviside(x, 0.5), "at x = 0 yours gives 0.5, the mean of the two slopes. The "
                                                   "series takes the left-hand slope there."))),
    "relu_sparsity": Exercise(
        "the fraction of zeros for standard normal input", 0.5, rtol=0.0, atol=0.005,
        hint="how much of a symmetric distribution lies below 0?"),
    "relu_zeros_shifted": Exercise(
        "the fraction of zeros when the pre-activation is N(0.1, 1)", 0.5 * math.erfc(0.1 / math.sqrt(2)),
        rtol=0.0, atol=0.005, exact=True,
        nudge="ReLU gives 0 exactly where z <= 0: what is the chance of that when z is centred at 0.1?",
        hint="ReLU gives 0 where z <= 0; P(z <= 0) for z ~ N(mu, 1) is Phi(-mu), the standard normal "
             "CDF at -mu (scipy.stats.norm.cdf, or sample a million values).",
        mistakes=((0.5 * math.erfc(-0.1 / math.sqrt(2)),
                   "that is the chance that z is above 0, the fraction ReLU lets through. The zeros are the "
                   "rest."),
                  (0.5, "0.5 is the fraction for a pre-activation centred at 0; the bias 0.1 moves some of it "
                        "above 0."))),
    "all_off_probability": Exercise(
        "the chance that one input is switched off by some layer (width 2, depth 10)", 1 - 0.75 ** 10,
        rtol=0.0, atol=0.005, exact=True,
        nudge="first one layer: how likely is it that both of its units are off? Then: what must happen in "
              "every one of the 10 layers for the input to get through?",
        hint="one layer switches a non-zero input off with probability (1/2)^k; it survives a layer "
             "with 1 - (1/2)^k, and it must survive all 10 layers.",
        mistakes=((1 - 0.75 ** 9, "that is for nine layers; the network has ten."),
                  (0.75 ** 10, "that is the chance that the input survives every layer, the opposite of what "
                               "is asked."),
                  (1 - 0.5 ** 10, "that treats each layer as one unit. The layers have two units, and the input "
                                  "is switched off only when both are off.", 1e-4),
                  (0.25, "that is the chance for one layer. The input can be switched off in any of the ten."))),
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
        nudge="train each of the ten seeds at lr 0.8 for 100 epochs, take the share of dead units at the end, "
              "and average the ten shares.",
        hint="train_and_watch('relu', 0.8, epochs=100, every=100, seed=s) returns the network and its history; "
             "the history's last diagnostics say which units are dead. Take that share for each of the ten "
             "seeds, then their mean.",
        mistakes=((0.68, "that is about the share of units still alive. The question asks for the dead ones."),)),
    # 04_leaky_relu
    "leaky_relu": Exercise(
        "Leaky ReLU with alpha = 0.1", lambda x: A.leaky_relu(x, alpha=0.1), _GRID,
        nudge="for x > 0 the output is x; what is it for x <= 0?",
        hint="compare your output for negative x with 0.1 x: 0 there is plain ReLU, a constant 0.1 is "
             "the derivative, and another slope is another alpha.",
        mistakes=((A.relu, "for negative x yours gives 0: that is plain ReLU. Leaky ReLU lets 0.1 x through."),
                  (lambda x: np.where(x > 0, x, 0.1), "for negative x yours gives the constant 0.1. The output "
                                                      "there is 0.1 times x."),
                  (lambda x: np.where(x > 0, 1.0, 0.1), "that is the derivative of Leaky ReLU (1 or 0.1), not "
                                                        "the function."),
                  (lambda x: A.leaky_relu(x, alpha=0.01), "that is Leaky ReLU with alpha = 0.01, the usual "
                                                          "default; the exercise asks for 0.1."))),
    "leaky_fd_at_kink": Exercise(
        "the central finite difference of Leaky ReLU (alpha = 0.1) at x = 0", 0.55,
        rtol=0.0, atol=1e-6, exact=True,
        nudge="write f(h) and f(-h) for a small h > 0 and put them into (f(h) - f(-h)) / (2h).",
        hint="f(h) = h for h > 0; what is f(-h) with alpha = 0.1? Put both into (f(h) - f(-h)) / (2h) and "
             "simplify: h cancels.",
        mistakes=((1.0, "1 is the slope right of the kink. The central difference reaches to both sides."),
                  (0.1, "0.1 is the slope left of the kink, the value the series returns. The central "
                        "difference reaches to both sides."),
                  (1.1, "you divided by h; the central difference spans 2h, from -h to h."),
                  (0.45, "check the sign of f(-h): Leaky ReLU is negative left of 0."))),
    "leak_against_born_dead_30": Exercise(
        "the smallest alpha (in steps of 0.05) with under 30% of depth-30, width-3 networks "
        "effectively dead at birth", 0.2, rtol=0.0, atol=1e-9,
        nudge="print the share for alpha = 0.05, 0.10, 0.15, ... and stop at the first one below 0.3.",
        hint="compute np.mean(first_layer_error_ratio(30, 3, 'leaky_relu', alpha=a) < "
             "BORN_DEAD_THRESHOLD) for a = 0.05, 0.10, ... and stop at the first below 0.3.",
        mistakes=((0.15, "at 0.15 the share is still 30% or more."),
                  (0.25, "at 0.25 the share is below 30%, but the question asks for the smallest alpha where it is."),
                  (0.3, "0.3 is the first alpha below 10%; this exercise asks for 30%."))),
    "leak_divergence_count": Exercise(
        "how many of the ten alpha = 0.3 runs (seeds 0 to 9, learning rate 1.0, 100 epochs) diverge",
        10, rtol=0.0, atol=1e-9,
        nudge="for each seed, history.diverged is an epoch number or None: count the seeds where it is a number.",
        hint="train_and_watch(get_activation('leaky_relu', alpha=0.3), 1.0, epochs=100, seed=s)[1]"
             ".diverged is an epoch number (true) or None for each seed s in range(10); count the true ones.",
        mistakes=((9, "did you count only the runs that diverge in the first epoch? history.diverged is set for a "
                      "run that diverges in any epoch."),
                  (0, "none? history.diverged is an epoch number for a run that diverged, None otherwise; "
                      "count the runs where it is not None."))),
    "leaky_relu_grad": Exercise(
        "Leaky ReLU'(x) with alpha = 0.1", lambda x: A.leaky_relu_grad(x, alpha=0.1), _GRID,
        hint="the slope is 1 for x > 0 and alpha otherwise, the kink included."),
    "prelu_alpha_grad": Exercise(
        "d PReLU(x) / d alpha", lambda x: np.where(x > 0, 0.0, x), _GRID,
        nudge="on each side of the kink, where does alpha appear in PReLU, and what is the derivative of that "
              "side with respect to alpha (x held fixed)?",
        hint="for x <= 0 PReLU is alpha * x; for x > 0 alpha does not appear.",
        mistakes=((lambda x: np.where(x > 0, x, 0.0), "the two sides are swapped: alpha appears only for x <= 0."),
                  (lambda x: np.where(x > 0, 0.0, 1.0), "the derivative of alpha * x with respect to alpha is x, "
                                                        "not 1: x is held fixed, alpha moves."),
                  (lambda x: np.where(x > 0, 1.0, x), "for x > 0 PReLU is x, which contains no alpha: its "
                                                      "derivative with respect to alpha is 0 (1 is the derivative "
                                                      "with respect to x)."))),
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
        nudge="softmax(z + c) = softmax(z) for every constant c: which c keeps every exponential at most 1?",
        hint="subtract the largest entry of z from every entry before exponentiating: then every exponent is "
             "at most 0, and both the numerator and the sum below the line use the shifted values.",
        warning_hint="np.exp overflows once its argument passes 709.78. Subtracting the same number from every "
                     "logit leaves the softmax unchanged: choose it so that no exponent is positive.",
        mistakes=((lambda z: np.exp(z - np.max(z)) / np.sum(np.exp(z)),
                   "you subtracted the maximum in the numerator only. The shift must apply to every "
                   "exponential, those in the sum below the line too; otherwise it changes the result."),
                  (lambda z: np.exp(z - np.max(z)),
                   "these are the shifted exponentials, not yet probabilities: they do not add up to 1."))),
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
        nudge="differentiate one term of the sum, for one class, with sigma' = sigma (1 - sigma): what is left?",
        hint="each class is its own yes/no question: differentiate one term of the sum with "
             "sigma' = sigma (1 - sigma) and simplify; which y does each class have?",
        mistakes=((lambda z: A.softmax(z) - np.array([1.0, 1.0, 0.0, 0.0])[:z.size],
                   "you used softmax, which makes the classes compete for one unit of probability. Here each "
                   "class has its own sigmoid."),
                  (lambda z: np.array([1.0, 1.0, 0.0, 0.0])[:z.size] - A.sigmoid(z),
                   "the sign is flipped: the gradient points to where the loss grows."),
                  (lambda z: (A.sigmoid(z) - np.array([1.0, 1.0, 0.0, 0.0])[:z.size]) * A.sigmoid_grad(z),
                   "you kept sigma' = sigma (1 - sigma) as a factor. It cancels against the derivative of "
                   "the log: d/dz log sigma(z) = sigma' / sigma = 1 - sigma."))),
    "half_temperature": Exercise(
        "the temperature at which a logit 1 above three equal others gets p = 1/2", 1.0 / math.log(3.0),
        rtol=1e-3, atol=0.0, exact=True,
        nudge="divide every logit by T and write p_0 with the formula of section 2: for which T is it 1/2?",
        hint="divide every logit by T first, then use section 2: p_0 is a sigmoid of what? "
             "A sigmoid is 1/2 where its argument is 0.",
        mistakes=((10 ** -0.05, "that is the slider's nearest notch, where class 0 gets about 0.51. The exact "
                                "value comes from the formula.", 0.005),
                  (math.log(3.0), "that is 1/T. The temperature is its inverse."))),
    "mean_shift_gap": Exercise(
        "the gap d above which the mean-shifted softmax of [0, d] overflows",
        2.0 * math.log(float(np.finfo(float).max)), rtol=0.0, atol=0.01, exact=True,
        nudge="after subtracting the mean of [0, d], what are the two shifted logits, and which "
              "exponential is the larger?",
        hint="the mean of [0, d] is d/2, so the larger shifted logit is d/2; np.exp overflows above "
             "log(np.finfo(float).max) = 709.78 (section 4).",
        mistakes=((math.log(float(np.finfo(float).max)),
                   "709.78 is where e^d overflows with no shift at all. After subtracting the mean, what is the "
                   "larger exponent?"),
                  (math.log(float(np.finfo(float).max)) / 2,
                   "you halved 709.78. After subtracting the mean, is the larger exponent larger or smaller "
                   "than d?"))),
    # 06_beyond_relu
    "selu": Exercise(
        "SELU with the constants of Klambauer et al.", A.selu, _GRID, rtol=1e-9,
        nudge="SELU has two constants, lambda = actlab.SELU_SCALE and alpha = actlab.SELU_ALPHA, used in full "
              "precision: which side of 0 does each one multiply?",
        hint="lambda * x for x > 0 and lambda * alpha * (e^x - 1) otherwise. If your values are "
             "only slightly off, use the full-precision constants actlab.SELU_SCALE and "
             "actlab.SELU_ALPHA (rounded ones differ by about 1e-5); np.expm1(x) computes e^x - 1 "
             "accurately near 0.",
        mistakes=((lambda x: np.where(x > 0, A.SELU_SCALE * x, A.SELU_ALPHA * np.expm1(np.minimum(x, 0))),
                   "for x <= 0 yours lacks the factor lambda (actlab.SELU_SCALE): it multiplies both sides."),
                  (lambda x: np.where(x > 0, x, A.SELU_SCALE * A.SELU_ALPHA * np.expm1(np.minimum(x, 0))),
                   "for x > 0 yours lacks the factor lambda (actlab.SELU_SCALE): it multiplies both sides."),
                  (lambda x: A.SELU_ALPHA * np.where(x > 0, x, A.SELU_SCALE * np.expm1(np.minimum(x, 0))),
                   "lambda and alpha are swapped: lambda (SELU_SCALE, about 1.05) multiplies everything, "
                   "alpha (SELU_ALPHA, about 1.67) only the negative side."))),
    "softplus_stable": Exercise(
        "a softplus that does not overflow", A.softplus, _WIDE, rtol=1e-9, atol=1e-12,
        nudge="for large x, log(1 + e^x) is x plus something small: factor e^x out of 1 + e^x.",
        hint="for x > 0, log(1 + e^x) = x + log(1 + e^(-x)); np.log1p(u) is log(1 + u).",
        warning_hint="np.exp overflows once its argument passes 709. If you branch with np.where, numpy computes "
                     "both branches on every element. Exponentiate only numbers <= 0, whatever the sign of x.",
        mistakes=((A.relu, "that is max(x, 0), ReLU: right far from 0, but softplus is smooth, and at x = 0 it is "
                           "log 2, not 0: a term is missing."),)),
    # the activations f with f(c x) = c f(x) for c > 0: doubling the input std of a network without
    # biases multiplies every variance by exactly 4 (tests/test_lesson_06.py recomputes the set)
    "scale_remembering": Exercise(
        "the activations that multiply every variance by exactly 4 when the input std doubles",
        frozenset({"relu", "leaky_relu"}), names=True,
        nudge="the networks have no biases: which f satisfy f(2x) = 2 f(x) for every x?",
        hint="the networks have no biases: which f satisfy f(2x) = 2 f(x) for every x? Check each "
             "name with signal_statistics(name, 10, init='he', input_std=1.0) and input_std=2.0.",
        mistakes=tuple((name, "it is linear on the right, but an exponential on the left: doubling a negative x "
                              "does not double the output.") for name in ("elu", "selu"))
        + tuple((name, "it is bounded, so doubling the input cannot double the output.")
                for name in ("sigmoid", "tanh"))
        + tuple((name, "near 0 it bends smoothly, so f(2x) differs from 2 f(x) there (try x = -1).")
                for name in ("gelu", "silu", "swish", "mish", "softplus"))),
    "gelu_tanh": Exercise(
        "GELU's tanh approximation", lambda x: A.gelu(x, approximate="tanh"), _GRID, rtol=1e-9,
        hint="0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))."),
    "silu_minimum": Exercise(
        "where SiLU has its minimum", -1.2784645427610737, rtol=1e-4, atol=0.0,
        hint="solve silu'(x) = 0, e.g. by bisection on [-3, -0.5]."),
    "silu_grad_peak": Exercise(
        "where SiLU's slope is largest", 2.3993572805154676, rtol=1e-4, atol=0.0,
        nudge="the slope is largest where its own derivative, SiLU'', is zero: look for x between 1 and 4.",
        hint="the slope is largest where silu''(x) = 0; approximate silu'' by "
             "(silu_grad(x + h) - silu_grad(x - h)) / (2 h) and bisect on [1, 4].",
        mistakes=((-1.2784645427610737, "that is where SiLU itself is smallest (its slope is 0 there). The "
                                        "question asks where the slope is largest."),
                  (1.099839320128867, "that is the largest slope, about 1.0998. The question asks where, at "
                                      "which x, it is reached."),
                  (-2.3993572805154676, "that is where the slope is smallest, -0.0998. The largest is on the "
                                        "positive side."))),
    "relu_variance_factor": Exercise(
        "the factor on ReLU's variance when the input std doubles", 4.0, rtol=1e-3, atol=0.0,
        hint="ReLU(c x) = c ReLU(x) for c > 0, and the network has no biases: what does doubling "
             "every input do to every activation, and so to their variance?"),
    "selu_variance_slope": Exercise(
        "the slope of SELU's variance map at 1", 0.7826478836, rtol=1e-2, atol=0.0,
        nudge="g'(1) is a slope: evaluate g a little left and a little right of 1.",
        hint="g(q) = mean(selu(sqrt(q) * xi) ** 2) over many standard normal xi; "
             "take (g(1.01) - g(0.99)) / 0.02 with the same xi for both.",
        mistakes=((1.0, "that is g(1), the fixed point itself. The question asks for the slope of g there."),)),
    # 07_playground
    "update_ratio": Exercise(
        "the update-to-data ratio", 0.1 * 0.01 / 0.5, rtol=1e-6,
        hint="std(learning rate * gradient) / std(weights)."),
    "constant_answer_loss": Exercise(
        "the loss of the best constant answer for classes in the ratio 3 : 1",
        -(0.75 * math.log(0.75) + 0.25 * math.log(0.25)), rtol=1e-3, atol=0.0, exact=True,
        nudge="put the best p into the mean cross-entropy.",
        hint="predict class 1 with probability p for every input; the mean cross-entropy is "
             "-(share of class 1) ln p - (share of class 0) ln(1 - p). Which p makes it smallest?",
        mistakes=((math.log(2.0), "ln 2 is the loss of p = 1/2, not of the best p."),
                  (-(0.75 * math.log2(0.75) + 0.25 * math.log2(0.25)),
                   "that is in bits (log base 2); the loss uses the natural log."))),
    "spirals_relu_wins": Exercise(
        "the number of seeds in which ReLU's test accuracy on spirals beats tanh's", 5, rtol=0.0, atol=0.0,
        nudge="compare the two 'test' lists seed by seed and count where ReLU's is the higher.",
        hint="run compare(activations=('tanh', 'relu'), datasets=('spirals',)) and compare the "
             "'test' lists seed by seed.",
        mistakes=((0, "that is the count where tanh is higher: the question counts ReLU's wins."),)),
    "first_step_rate": Exercise(
        "the learning rate whose first step has an update-to-data ratio of 1e-3",
        1e-3 / 0.0661, rtol=0.02, atol=0.0,
        nudge="at the first step, the ratio is the learning rate times ratio/rate: solve for the learning rate.",
        hint="at the first step the ratio is the learning rate times ratio/rate, and section 4 "
             "printed ratio/rate; solve for the learning rate.",
        mistakes=((1e-3 * 0.0661, "you multiplied 1e-3 by ratio/rate. The ratio is the rate times ratio/rate: "
                                  "solve that for the rate."),
                  (0.0661, "that is ratio/rate itself, the ratio per unit of learning rate."))),
    # 08_your_own: the statements about x*sin(x)'s card that its numbers support (b, d, e);
    # tests/test_lesson_08.py checks each of the six against the card.
    "xsin_card": Exercise(
        "what the card of x sin(x) shows", frozenset({"b", "d", "e"}), choices="abcdef",
        nudge="take the statements one at a time and find the row of the card that decides it.",
        hint="take the statements one at a time and find the row of the card that decides it; "
             "compare with ReLU's column.",
        mistakes=(("a", "compare the rows 'flat share' and 'dead at birth' with ReLU's column."),
                  ("c", "read the row 'min, max on [-50, 50]': is there a bound?"),
                  ("f", "read the row 'mean on N(0,1)' and compare it with tanh's."))),
    "constant_answer_p": Exercise(
        "the probability of class 1 that minimises the loss of a constant answer (classes 3 : 1)",
        0.25, rtol=0.0, atol=0.002, exact=True,
        nudge="write the mean cross-entropy as a function of p and find its lowest point.",
        hint="the mean cross-entropy is -(share of class 1) ln p - (share of class 0) ln(1 - p); "
             "set its derivative to zero, or evaluate it on a fine grid of p.",
        mistakes=((0.75, "check which class p is for: p is the probability the network gives to class 1."),
                  (0.5, "p = 1/2 ignores the shares; its loss is ln 2, and a p closer to the shares does better."))),
}


def check(name, answer) -> Feedback:
    """Check ``answer`` against exercise ``name`` of :data:`EXERCISES`. The first wrong answer gets
    the exercise's nudge, the later ones its fuller hint; before the setup cell has run (after a
    kernel restart) nothing is checked and the student is told to run it."""
    if not isinstance(name, str):
        raise TypeError(f"the exercise is named by a string such as 'relu_grad', got {name!r}")
    if name not in EXERCISES:
        raise ValueError(f"unknown exercise {name!r}; known: {', '.join(EXERCISES)}")
    if setup_missing():
        return _setup_first()
    ex = EXERCISES[name]
    fuller = bool(ex.nudge) and _WRONG_TRIES.get(name, 0) > 0
    hint = ex.hint if fuller or not ex.nudge else ex.nudge
    if ex.names:
        feedback = check_names(answer, ex.reference, ex.title, hint, ex.mistakes, fuller)
    elif ex.choices:
        feedback = check_choices(answer, ex.reference, ex.choices, ex.title, hint, ex.mistakes, fuller)
    elif ex.inputs is None:
        feedback = check_value(answer, ex.reference, ex.title, ex.rtol, ex.atol, hint, ex.mistakes, fuller,
                               exact=ex.exact)
    else:
        feedback = check_function(answer, ex.reference, ex.inputs, ex.title, ex.rtol, ex.atol, hint,
                                  vector=ex.vector, warning_hint=ex.warning_hint, mistakes=ex.mistakes,
                                  fuller=fuller)
    if feedback.status == WRONG:
        _WRONG_TRIES[name] = _WRONG_TRIES.get(name, 0) + 1
    return feedback

"""An activation of the student's own, registered so that it goes wherever a registry name goes:
the network, the experiments, the explorers and the playground (``08_your_own``).

``custom_activation(f)`` takes a numpy function or a formula (text, see :mod:`actlab.formula`)
and, optionally, its derivative. Everything that would otherwise fail deep inside training is
checked once, at registration, on a grid of x from -10 to 10 and 500 normal draws: ``f`` must
accept a whole array, return one real, finite number per input, act on each number alone, and
be continuous. Without a derivative, the slope is computed numerically: by the complex step
(exact to rounding) where ``f`` allows it and agrees with central differences, by central
differences otherwise. A derivative that is given must agree with central differences.
"""

from __future__ import annotations


import numpy as np

from . import activations as A
from .formula import Formula, parse_formula

_STEP = 6e-6              # central differences: about the cube root of float64's epsilon
_COMPLEX_STEP = 1e-30
_SLOPE_TOLERANCE = 1e-4   # |given - numeric| <= tolerance * (1 + |numeric|)
MAX_NAME = 24


def custom_activation(f, grad=None, name=None) -> A.Activation:
    """Register ``f`` (a function of a numpy array, or a formula such as ``"x * tanh(x)"``) and
    return it as :func:`actlab.get_activation` would. ``grad`` is its derivative, if you have
    one. ``name`` defaults to the function's name ("custom" for a formula or a lambda);
    registering a name again replaces the earlier one, so a cell can be run again."""
    formula = parse_formula(f) if isinstance(f, str) else f if isinstance(f, Formula) else None
    if formula is not None:
        f = formula
    elif not callable(f):
        raise TypeError(f"f must be a function of x (or a formula as text), got {type(f).__name__}")
    if grad is not None and not callable(grad):
        raise TypeError(f"grad must be a function of x, or None, got {type(grad).__name__}")
    name = _checked_name(name, f, formula)
    x = _probe()
    y = _call(f, x, "f")
    _check_elementwise(f, x, y)
    kinks = _check_continuous(f, x, y)
    if grad is None:
        slope, method = _numeric_slope(f, x, y, kinks)
        slope = _checked(slope, "the slope")
    else:
        _check_given_slope(grad, f, x, kinks)
        slope, method = _checked(grad, "grad"), "given"
    latex = rf"\mathrm{{{_escape(name)}}}(x)" + (f" = {formula.latex}" if formula is not None else "")
    lows, highs = _asymptotes(f)
    bounds = tuple(sorted({b for b in (lows, highs) if b is not None}))
    entry = dict(label=name, function=_checked(f, "f"), derivative=slope, latex=latex, kinks=kinks,
                 bounds=bounds)
    if lows is not None and highs is not None and lows != highs:
        low, high = sorted((lows, highs))
        entry["saturates"] = lambda a: A._near_bound(a, low, high)
    entry["function"].formula = formula.text if formula is not None else None
    entry["derivative"].method = method
    A._CUSTOM.pop(name, None)                   # a new registration goes to the end of the list
    A._CUSTOM[name] = entry
    return A.get_activation(name)


def derivative_method(activation) -> str:
    """How a custom activation's derivative is computed: "given", "complex step", "central
    differences"; "exact" for the library's own."""
    return getattr(A.get_activation(activation).derivative, "method", "exact")


# --------------------------------------------------------------------------- checks

def _probe() -> np.ndarray:
    grid = np.linspace(-10.0, 10.0, 2001)
    grid[1000] = 0.0                                    # exactly
    return np.concatenate([grid, np.random.default_rng(0).normal(0.0, 3.0, 500)])


def _checked_name(name, f, formula) -> str:
    if name is None:
        name = "custom" if formula is not None else getattr(f, "__name__", "custom")
        if not name.isidentifier() or name == "<lambda>":
            name = "custom"
    if not isinstance(name, str):
        raise TypeError(f"name must be text, got {type(name).__name__}")
    if not name.isidentifier() or len(name) > MAX_NAME:
        raise ValueError(f"name must be a short word of letters, digits and _ (such as 'my_act'), "
                         f"at most {MAX_NAME} characters, got {name!r}")
    if name in A.ACTIVATIONS:
        raise ValueError(f"{name!r} is the name of one of the library's activations; choose another")
    return name


def _call(f, x, what) -> np.ndarray:
    """``f(x)`` as a float array of x's shape, or a ValueError that says what went wrong."""
    try:
        with np.errstate(all="ignore"):
            out = f(x)
    except Exception as error:
        advice = _advice(error)          # in words; numpy's own message only where none applies
        raise ValueError(f"{what} raised {type(error).__name__} when given an array of {x.size} numbers: "
                         + (advice or f"{error}. An activation gets a whole numpy array and must "
                                      f"return an array of the same shape.")) from None
    out = _as_output(out, x, what)
    bad = ~np.isfinite(out)
    if bad.any():
        i = int(np.argmax(bad))
        raise ValueError(f"{what} returned {out.flat[i]} at x = {x.flat[i]:.6g}; for every finite x it "
                         f"must return a finite number")
    return out


def _advice(error) -> str:
    text = str(error)
    if "truth value of an array" in text:
        return ("your function gets a whole numpy array, not one number, so 'if x > 0' cannot decide "
                "(some entries are positive, some not); use np.where(x > 0, a, b) or np.maximum.")
    if "only length-1 arrays" in text or "only 0-dimensional" in text or "must be real number" in text:
        return ("a whole numpy array cannot be turned into one number, as the math module needs. "
                "Use numpy's functions (np.exp, np.tanh): they take whole arrays.")
    return ""


def _as_output(out, x, what) -> np.ndarray:
    out = np.asarray(out)
    if out.dtype.kind == "c":
        raise ValueError(f"{what} returned complex numbers; an activation returns real numbers")
    if out.dtype.kind not in "biuf":
        raise ValueError(f"{what} returned {type(out.flat[0]).__name__ if out.size else 'nothing'} "
                         f"(dtype {out.dtype}); it must return numbers")
    if out.shape != x.shape:
        got = "one number" if out.ndim == 0 else f"shape {out.shape}"
        raise ValueError(f"{what} returned {got} for an input of shape {x.shape}; it must return one "
                         f"value per input, computed elementwise (np.maximum, not max)")
    return out.astype(np.float64, copy=False)


def _check_elementwise(f, x, y):
    part = x[::7]
    alone = _call(f, part, "f")
    as_matrix = _call(f, x[:2500].reshape(50, 50), "f").ravel()
    if not (np.allclose(alone, y[::7], rtol=1e-9, atol=1e-12)
            and np.allclose(as_matrix, y[:2500], rtol=1e-9, atol=1e-12)):
        raise ValueError("f is not elementwise: its value at one x changes with the other numbers in the "
                         "array (a mean, a sum, a maximum over the array, softmax). An activation acts on "
                         "each number alone")


def _central(f, x) -> np.ndarray:
    h = _STEP * np.maximum(1.0, np.abs(x))
    h = (x + h) - x                                    # a step that is exact in floating point
    with np.errstate(all="ignore"):
        return (np.asarray(f(x + h), float) - np.asarray(f(x - h), float)) / (2 * h)


def _check_continuous(f, x, y) -> tuple:
    """The grid points where the slope jumps (kinks); a ValueError where f itself jumps."""
    grid, values = x[:2001], y[:2001]
    slope = _central(f, grid)
    change = np.diff(values)
    expected = (slope[:-1] + slope[1:]) / 2 * np.diff(grid)
    suspect = np.flatnonzero(np.abs(change - expected) > 1e-3 * (1 + np.abs(change)))
    lo, hi = grid[suspect], grid[suspect + 1]
    with np.errstate(all="ignore"):
        for _ in range(48):                 # halve each suspect interval, keeping the steeper half
            mid = (lo + hi) / 2
            f_lo, f_mid, f_hi = (np.asarray(f(v), float) for v in (lo, mid, hi))
            left = np.abs(f_mid - f_lo) >= np.abs(f_hi - f_mid)
            lo, hi = np.where(left, lo, mid), np.where(left, mid, hi)
        gap = np.abs(np.asarray(f(hi), float) - np.asarray(f(lo), float))
    jumps = gap > 1e-6 * (1 + np.abs(np.asarray(f(lo), float)))
    if jumps.any():                         # a continuous f closes every gap; a jump keeps it
        i = int(np.argmax(jumps))
        raise ValueError(f"f jumps at x = {lo[i]:.4g} (by {gap[i]:.3g}): there its slope is infinite, "
                         f"and gradient descent cannot learn through a jump. Smooth the step, "
                         f"e.g. sigmoid(10 * x) instead of x > 0")
    def one_sided_gap(h):                   # |left slope - right slope| with step h
        with np.errstate(all="ignore"):
            left = (values - np.asarray(f(grid - h), float)) / h
            right = (np.asarray(f(grid + h), float) - values) / h
        return np.abs(left - right), np.abs(left) + np.abs(right)

    scale = np.maximum(1.0, np.abs(grid))
    wide, _ = one_sided_gap(1e-6 * scale)
    narrow, size = one_sided_gap(1e-7 * scale)
    # at a kink the gap stays as the step shrinks; for a smooth curve it shrinks with the step
    kink = (narrow > 1e-3 * (1 + size)) & (narrow > 0.5 * wide)
    return tuple(float(k) for k in grid[kink])


def _left_slope(f, x) -> np.ndarray:
    h = _STEP * np.maximum(1.0, np.abs(x))
    with np.errstate(all="ignore"):
        return (np.asarray(f(x), float) - np.asarray(f(x - h), float)) / h


def _away_from(x, kinks) -> np.ndarray:
    keep = np.ones(x.shape, bool)
    for k in kinks:
        keep &= np.abs(x - k) > 1e-4 * max(1.0, abs(k))
    return keep


def _numeric_slope(f, x, y, kinks):
    """The derivative as a function, and the method: the complex step where it is right."""
    central = _central(f, x)
    keep = _away_from(x, kinks)
    try:
        with np.errstate(all="ignore"):
            out = np.asarray(f(x + _COMPLEX_STEP * 1j))
        ok = (out.dtype.kind == "c" and out.shape == x.shape
              and np.allclose(out.real, y, rtol=1e-9, atol=1e-12))
        if ok:
            step = out.imag / _COMPLEX_STEP
            ok = bool(np.all(np.isfinite(step)) and np.all(
                np.abs(step - central)[keep] <= _SLOPE_TOLERANCE * (1 + np.abs(central[keep]))))
    except Exception:
        ok = False

    def slope(a):
        with np.errstate(all="ignore"):
            if ok:
                out = np.imag(f(a + _COMPLEX_STEP * 1j)) / _COMPLEX_STEP
            else:
                out = _central(f, a)
        if kinks:                                   # the left-hand slope at a kink, as the library's
            at = np.isin(a, kinks)
            if at.any():
                out[at] = _left_slope(f, a[at])
        return out

    return slope, ("complex step" if ok else "central differences")


def _check_given_slope(grad, f, x, kinks):
    given = _call(grad, x, "grad")
    central = _central(f, x)
    keep = _away_from(x, kinks)
    error = np.where(keep, np.abs(given - central) / (1 + np.abs(central)), 0.0)
    if error.max() > _SLOPE_TOLERANCE:
        i = int(np.argmax(error))
        raise ValueError(f"grad is not the slope of f: at x = {x[i]:.4g} grad gives {given[i]:.6g}, but f "
                         f"rises at {central[i]:.6g} there (central differences)")


def _checked(user, what):
    """``user`` with the library's behaviour: array_like in, float dtype kept, scalar for scalar."""
    def function(x):
        a = A._as_float(x)
        with np.errstate(all="ignore"):            # overflow gives inf, which training detects
            out = user(a.astype(np.float64, copy=False))
        return A._result(_as_output(out, a, what).astype(a.dtype, copy=False), x)
    return function


def _asymptotes(f):
    """The values f settles at as x -> -inf and +inf, where it settles (None where it does not)."""
    far = np.array([-1e3, -500.0, 500.0, 1e3])
    with np.errstate(all="ignore"):
        v = np.asarray(f(far), float)
    settle = [v[0] if np.isfinite(v[:2]).all() and abs(v[0] - v[1]) <= 1e-9 * (1 + abs(v[0])) else None,
              v[3] if np.isfinite(v[2:]).all() and abs(v[3] - v[2]) <= 1e-9 * (1 + abs(v[3])) else None]
    return tuple(None if s is None else (0.0 if abs(s) < 1e-12 else float(s)) for s in settle)


def _escape(name: str) -> str:
    return name.replace("_", r"\_")



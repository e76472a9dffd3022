"""Toy 2-D classification data made with numpy from a seed (``03_relu``, ``07_playground``).

Each maker returns ``(X, y)``: ``X`` float64 of shape ``(n_samples, 2)``, ``y`` int64 labels.
Nothing is downloaded; the same seed gives the same points on every machine.
"""

from __future__ import annotations

import math
import numbers

import numpy as np

__all__ = ["moons", "circles", "spirals", "xor", "DATASETS", "make_dataset"]


def _check(n_samples, noise, seed=0, minimum=2):
    if isinstance(n_samples, bool) or not isinstance(n_samples, numbers.Real):
        raise TypeError(f"n_samples must be a whole number >= {minimum}, got {n_samples!r}")
    if not isinstance(n_samples, numbers.Integral) or n_samples < minimum:
        raise ValueError(f"n_samples must be a whole number >= {minimum}, got {n_samples!r}")
    _real("noise", noise, low=0.0)
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0):
        raise TypeError(f"seed must be a whole number >= 0 (or None), got {seed!r}")


def _real(name, value, low=None, high=None, open_low=False):
    """A finite real number within [low, high] (``open_low``: strictly above low), or a clear error."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a number, got {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    if low is not None and (value < low or (open_low and value == low)):
        raise ValueError(f"{name} must be {'>' if open_low else '>='} {low:g}, got {value!r}")
    if high is not None and value > high:
        raise ValueError(f"{name} must be <= {high:g}, got {value!r}")
    return float(value)


def _split(n_samples, n_classes):
    """How many points each class gets (they differ by at most one)."""
    return [n_samples // n_classes + (k < n_samples % n_classes) for k in range(n_classes)]


def _finish(parts, noise, rng):
    X = np.concatenate(parts)
    y = np.concatenate([np.full(len(p), k, dtype=np.int64) for k, p in enumerate(parts)])
    X = X + noise * rng.standard_normal(X.shape)
    return X, y


def moons(n_samples=200, noise=0.1, seed=0):
    """Two interleaving half circles."""
    _check(n_samples, noise, seed)
    rng = np.random.default_rng(seed)
    n0, n1 = _split(n_samples, 2)
    t0, t1 = rng.uniform(0, np.pi, n0), rng.uniform(0, np.pi, n1)
    upper = np.column_stack([np.cos(t0), np.sin(t0)])
    lower = np.column_stack([1 - np.cos(t1), 0.5 - np.sin(t1)])
    return _finish([upper, lower], noise, rng)


def circles(n_samples=200, noise=0.1, seed=0, factor=0.5):
    """A small circle (class 1) inside a large one (class 0); ``factor`` is the radius ratio."""
    _check(n_samples, noise, seed)
    if not 0 < _real("factor", factor) < 1:
        raise ValueError(f"factor must lie strictly between 0 and 1, got {factor!r}")
    rng = np.random.default_rng(seed)
    n0, n1 = _split(n_samples, 2)
    t0, t1 = rng.uniform(0, 2 * np.pi, n0), rng.uniform(0, 2 * np.pi, n1)
    outer = np.column_stack([np.cos(t0), np.sin(t0)])
    inner = factor * np.column_stack([np.cos(t1), np.sin(t1)])
    return _finish([outer, inner], noise, rng)


def spirals(n_samples=300, noise=0.1, seed=0, n_classes=3, turns=1.0):
    """``n_classes`` interleaved spiral arms, each ``turns`` revolutions long."""
    if isinstance(n_classes, bool) or not isinstance(n_classes, numbers.Integral):
        raise TypeError(f"n_classes must be a whole number >= 2, got {n_classes!r}")
    if n_classes < 2:
        raise ValueError(f"n_classes must be a whole number >= 2, got {n_classes!r}")
    _check(n_samples, noise, seed, minimum=n_classes)      # at least one point per class
    turns = _real("turns", turns, low=0.0, open_low=True)
    rng = np.random.default_rng(seed)
    parts = []
    for k, n in enumerate(_split(n_samples, n_classes)):
        r = rng.uniform(0.05, 1.0, n)
        angle = 2 * np.pi * (turns * r + k / n_classes)
        parts.append(np.column_stack([r * np.cos(angle), r * np.sin(angle)]))
    return _finish(parts, noise, rng)


def xor(n_samples=200, noise=0.1, seed=0):
    """Points in the four quadrants of [-1, 1]^2; the label is 1 where x1 * x2 < 0."""
    _check(n_samples, noise, seed)
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, (n_samples, 2))
    X = X + np.sign(X) * 0.1                        # a margin around the axes
    y = (X[:, 0] * X[:, 1] < 0).astype(np.int64)
    return X + noise * rng.standard_normal(X.shape), y


DATASETS = {"moons": moons, "circles": circles, "spirals": spirals, "xor": xor}


def make_dataset(name, n_samples=200, noise=0.1, seed=0):
    """The data set ``name`` (one of :data:`DATASETS`)."""
    if not isinstance(name, str):
        raise TypeError(f"the data set is given by its name ({', '.join(DATASETS)}), got {name!r}")
    if name not in DATASETS:
        raise ValueError(f"unknown data set {name!r}; choose one of {', '.join(DATASETS)}")
    return DATASETS[name](n_samples=n_samples, noise=noise, seed=seed)

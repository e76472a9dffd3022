"""The measurements the lessons share, each a function of its settings and a seed.

``gradient_check_data``, ``fresh_diagnostics``, ``split_data`` and ``train_and_watch`` are
introduced in ``01_sigmoid`` and reused in ``02_tanh`` and ``03_relu``; ``born_dead_fraction`` in
``03_relu`` and reused in ``04_leaky_relu``; ``signal_statistics`` in ``06_beyond_relu``.
Every comparison in the lessons calls these once per seed (``SEEDS``) and shows the spread.
"""

from __future__ import annotations

import numpy as np

from .datasets import make_dataset
from .mlp import MLP, Diagnostics, History

__all__ = ["SEEDS", "BORN_DEAD_THRESHOLD", "standardise", "gradient_check_data", "split_data",
           "fresh_network", "fresh_diagnostics", "train_and_watch", "born_dead_fraction",
           "signal_statistics"]

SEEDS = (0, 1, 2, 3, 4)
"""The seeds over which the lessons repeat every comparison (DESIGN section 8: at least 5)."""

BORN_DEAD_THRESHOLD = 1e-6
"""A network is effectively dead when the error reaching its first layer, ||dL/dz_1||, is below
this fraction of the error at its logits (``03_relu``, ``04_leaky_relu``)."""


def standardise(X: np.ndarray) -> np.ndarray:
    """Each column shifted to mean 0 and scaled to standard deviation 1."""
    return (X - X.mean(axis=0)) / X.std(axis=0)


def gradient_check_data(n_samples=256, seed=0):
    """The standardised two-moons batch on which fresh networks are measured (``01_sigmoid``)."""
    X, y = make_dataset("moons", n_samples=n_samples, noise=0.1, seed=seed)
    return standardise(X), y


def split_data(dataset="moons", n_train=200, n_test=200, noise=0.1, seed=0):
    """A training set and a held-out test set drawn from the same distribution, both
    standardised with the training set's mean and deviation (``01_sigmoid``).

    Returns ``(X_train, y_train, X_test, y_test)``; the test points are never trained on.
    """
    X, y = make_dataset(dataset, n_samples=n_train + n_test, noise=noise, seed=seed)
    order = np.random.default_rng(seed).permutation(len(X))
    train, test = order[:n_train], order[n_train:]
    mean, std = X[train].mean(axis=0), X[train].std(axis=0)
    return (X[train] - mean) / std, y[train], (X[test] - mean) / std, y[test]


def fresh_network(activation, depth, width=32, init="xavier", scale=1.0, seed=0, n_classes=2):
    """A new MLP with ``depth`` hidden layers of ``width`` units on 2-D input; every weight
    matrix is multiplied by ``scale`` after the initialisation (``01_sigmoid``)."""
    net = MLP([2] + [width] * depth + [n_classes], activation=activation, init=init, seed=seed)
    for W in net.weights:
        W *= scale
    return net


def fresh_diagnostics(activation, depth, width=32, init="xavier", scale=1.0, seed=0,
                      n_samples=256) -> Diagnostics:
    """Per-layer statistics of a fresh network, before any training (``01_sigmoid``).

    ``grad_norm[i]`` is the norm of the loss gradient for weight matrix i (layer 1 is the
    one next to the input), on the batch of :func:`gradient_check_data`.
    """
    X, y = gradient_check_data(n_samples)
    net = fresh_network(activation, depth, width, init, scale, seed)
    return net.diagnostics(X, y)


def train_and_watch(activation, lr, epochs=200, depth=3, width=32, init="he", dataset="spirals",
                    n_samples=300, n_test=300, noise=0.05, batch_size=32, seed=0, every=10,
                    callback=None) -> tuple[MLP, History]:
    """Train a network with mini-batch SGD on ``n_samples`` points of ``dataset``, keeping
    diagnostics every ``every`` epochs and the accuracy on ``n_test`` held-out points after every
    epoch (``01_sigmoid``, ``03_relu``). The seed sets the data, the weights and the batches.

    Returns the network and its history; ``history.diagnostics`` starts with epoch 0, the
    network at birth. ``callback(epoch, net, history)`` runs every ``every`` epochs."""
    X, y, X_test, y_test = split_data(dataset, n_samples, n_test, noise, seed)
    net = fresh_network(activation, depth, width, init, seed=seed, n_classes=int(y.max()) + 1)
    at_birth = net.diagnostics(X, y, lr=lr)
    history = net.fit(X, y, epochs=epochs, lr=lr, batch_size=batch_size, seed=seed,
                      diagnose_every=every, callback=callback, every=every,
                      X_test=X_test, y_test=y_test)
    history.diagnostics.insert(0, (0, at_birth))
    return net, history


def born_dead_fraction(depth, width, activation="relu", init="he", trials=200, n_samples=64, seed=0,
                       threshold=BORN_DEAD_THRESHOLD, **params):
    """The fraction of freshly initialised networks that are effectively dead at birth: the error
    reaching their first layer, ||dL/dz_1||, is below ``threshold`` times the error at their
    logits (``03_relu``, ``04_leaky_relu``).

    The criterion is the same for every activation. A ReLU network passes exactly 0 when some
    hidden layer has every unit at or below 0 on every input; a leaky one passes alpha times the
    error through each such layer, which after a few of them is far below the threshold too.
    Inputs are 64 standard normal points in 2-D with random labels; network k of the ``trials``
    is seeded ``seed + k``. ``params`` (such as ``alpha``) go to the activation.
    """
    from .activations import get_activation

    act = get_activation(activation, **params)
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_samples, 2))
    y = rng.integers(0, 2, n_samples)
    dead = 0
    for k in range(trials):
        net = fresh_network(act, depth, width, init, seed=seed + k)
        zs, acts = net.trace(X)
        deltas = []
        net._backward(zs, acts, y, deltas)
        dead += deltas[0] < threshold * deltas[-1]
    return dead / trials


def signal_statistics(activation, depth, width=100, init="lecun", input_std=1.0, n_samples=400, seed=0):
    """Mean and variance of the activations of every layer when standard normal inputs (scaled
    by ``input_std``) pass through a fresh network of ``depth`` layers of ``width`` units
    (``06_beyond_relu``). Returns ``(means, variances)``, one entry per layer; entry 0 is the input.
    """
    rng = np.random.default_rng(seed)
    a = input_std * rng.standard_normal((n_samples, width))
    net = MLP([width] * (depth + 1) + [2], activation=activation, init=init, seed=seed)
    means, variances = [a.mean()], [a.var()]
    for _, a in net.layers(a):
        means.append(a.mean())
        variances.append(a.var())
    return np.array(means), np.array(variances)

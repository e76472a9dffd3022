"""The measurements the lessons share, each a function of its settings and a seed.

``gradient_check_data`` and ``fresh_diagnostics`` are introduced in ``01_sigmoid`` and reused in
``02_tanh`` and ``03_relu``; ``train_and_watch`` and ``born_dead_fraction`` in ``03_relu`` and
reused in ``04_leaky_relu``; ``signal_statistics`` in ``06_beyond_relu``.
"""

from __future__ import annotations

import numpy as np

from .datasets import make_dataset
from .mlp import MLP, Diagnostics, History

__all__ = ["standardise", "gradient_check_data", "fresh_network", "fresh_diagnostics",
           "train_and_watch", "born_dead_fraction", "signal_statistics"]


def standardise(X: np.ndarray) -> np.ndarray:
    """Each column shifted to mean 0 and scaled to standard deviation 1."""
    return (X - X.mean(axis=0)) / X.std(axis=0)


def gradient_check_data(n_samples=256, seed=0):
    """The standardised two-moons batch on which fresh networks are measured (``01_sigmoid``)."""
    X, y = make_dataset("moons", n_samples=n_samples, noise=0.1, seed=seed)
    return standardise(X), y


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
                    n_samples=300, batch_size=32, seed=0, every=10, callback=None) -> tuple[MLP, History]:
    """Train a network with mini-batch SGD, keeping diagnostics every ``every`` epochs
    (``03_relu``). Returns the network and its history; ``history.diagnostics`` starts with
    epoch 0, the network at birth. ``callback(epoch, net, history)`` runs every ``every`` epochs."""
    X, y = make_dataset(dataset, n_samples=n_samples, noise=0.05, seed=seed)
    X = standardise(X)
    net = fresh_network(activation, depth, width, init, seed=seed, n_classes=int(y.max()) + 1)
    at_birth = net.diagnostics(X, y, lr=lr)
    history = net.fit(X, y, epochs=epochs, lr=lr, batch_size=batch_size, seed=seed,
                      diagnose_every=every, callback=callback, every=every)
    history.diagnostics.insert(0, (0, at_birth))
    return net, history


def born_dead_fraction(depth, width, activation="relu", init="he", trials=200, n_samples=64, seed=0):
    """The fraction of freshly initialised networks that are dead at birth: no gradient at all
    reaches their first layer (``03_relu``).

    For ReLU that happens when some hidden layer has every unit at or below 0 on every input;
    a leaky activation always lets some gradient through. Inputs are 64 standard normal points
    in 2-D with random labels; network k of the ``trials`` is seeded ``seed + k``.
    """
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_samples, 2))
    y = rng.integers(0, 2, n_samples)
    dead = 0
    for k in range(trials):
        net = fresh_network(activation, depth, width, init, seed=seed + k)
        first_layer_grad = net.loss_and_gradients(X, y)[1][0]
        dead += not np.any(first_layer_grad)
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

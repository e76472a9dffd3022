"""The measurements the lessons share, each a function of its settings and a seed.

``gradient_check_data``, ``fresh_diagnostics``, ``split_data`` and ``train_and_watch`` are
introduced in ``01_sigmoid`` and reused in ``02_tanh`` and ``03_relu``; ``born_dead_fraction`` in
``03_relu`` and reused in ``04_leaky_relu``; ``signal_statistics`` in ``06_beyond_relu``.
Every comparison in the lessons calls these once per seed (``SEEDS``) and shows the spread.
"""

from __future__ import annotations

import math

import numpy as np

from .datasets import make_dataset
from .mlp import MLP, Diagnostics, History

__all__ = ["SEEDS", "BORN_DEAD_THRESHOLD", "standardise", "gradient_check_data", "split_data",
           "fresh_network", "fresh_diagnostics", "train_and_watch", "born_dead_fraction",
           "first_layer_error_ratio", "watch_inactive_units",
           "signal_statistics", "best_time", "ZIGZAG_LRS", "two_weight_descent"]

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


def fresh_network(activation, depth, width=32, init="xavier", scale=1.0, seed=0, n_classes=2,
                  bias=0.0):
    """A new MLP with ``depth`` hidden layers of ``width`` units on 2-D input; every weight
    matrix is multiplied by ``scale`` after the initialisation (``01_sigmoid``). Every hidden
    unit's bias starts at ``bias`` (0, the default; a small positive value is one remedy tried
    against dying ReLU units in ``03_relu``); the output biases start at 0."""
    net = MLP([2] + [width] * depth + [n_classes], activation=activation, init=init, seed=seed)
    for W in net.weights:
        W *= scale
    for b in net.biases[:-1]:
        b += bias
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
                    callback=None, bias=0.0) -> tuple[MLP, History]:
    """Train a network with mini-batch SGD on ``n_samples`` points of ``dataset``, keeping
    diagnostics every ``every`` epochs and the accuracy on ``n_test`` held-out points after every
    epoch (``01_sigmoid``, ``03_relu``). The seed sets the data, the weights and the batches.

    Returns the network and its history; ``history.diagnostics`` starts with epoch 0, the
    network at birth. ``callback(epoch, net, history)`` runs every ``every`` epochs. ``bias`` is
    the hidden biases' starting value (see :func:`fresh_network`)."""
    X, y, X_test, y_test = split_data(dataset, n_samples, n_test, noise, seed)
    net = fresh_network(activation, depth, width, init, seed=seed, n_classes=int(y.max()) + 1,
                        bias=bias)
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


def first_layer_error_ratio(depth, width, activation="relu", init="he", trials=200, n_samples=64,
                            seed=0, **params):
    """||dL/dz_1|| / ||dL/dlogits|| of each of ``trials`` freshly initialised networks: how much of
    the error at the logits reaches the first layer (``04_leaky_relu``).

    The same inputs and the same networks as :func:`born_dead_fraction` (network k seeded
    ``seed + k``), so ``np.mean(ratios < BORN_DEAD_THRESHOLD)`` is that fraction; the weights
    depend only on the seed, so a ReLU network and its leaky twin share them. All the networks
    pass the batch together (stacked weights), which makes this much faster than one at a time.
    Returns an array of shape ``(trials,)``; exactly 0 where a ReLU network is dead.
    """
    from .activations import get_activation, softmax
    from .mlp import init_std

    act = get_activation(activation, **params)
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_samples, 2))
    y = rng.integers(0, 2, n_samples)
    shapes = [(m, n) for m, n in zip([2] + [width] * depth, [width] * depth + [2])]
    stds = [init_std(init, m, n) for m, n in shapes]
    Ws = [np.empty((trials, m, n)) for m, n in shapes]
    for k in range(trials):              # the weights of fresh_network(..., seed=seed + k); biases 0
        net_rng = np.random.default_rng(seed + k)
        for W, (m, n), std in zip(Ws, shapes, stds):
            W[k] = net_rng.standard_normal((m, n)) * std
    a, zs = X[None], []
    for W in Ws[:-1]:
        zs.append(a @ W)
        a = act.f(zs[-1])
    delta = softmax(a @ Ws[-1], axis=-1)                  # dL/dlogits = (p - onehot(y)) / n
    delta[:, np.arange(n_samples), y] -= 1.0
    delta /= n_samples
    at_logits = np.linalg.norm(delta, axis=(1, 2))
    for i in range(depth, 0, -1):
        delta = (delta @ Ws[i].transpose(0, 2, 1)) * act.grad(zs[i - 1])
    return np.linalg.norm(delta, axis=(1, 2)) / at_logits


def watch_inactive_units(activation, lr, epochs=100, depth=3, width=32, init="he",
                         dataset="spirals", n_samples=300, n_test=300, noise=0.05, batch_size=32,
                         seed=0, every=10):
    """Train as :func:`train_and_watch` does and follow every hidden unit: is its pre-activation
    <= 0 on every training example (the criterion of ``Diagnostics.dead``)? (``04_leaky_relu``)

    Returns ``(history, inactive)``; ``inactive[t, l, j]`` is True when unit j of hidden layer
    l + 1 is inactive after epoch ``every * (t + 1)``, and a last row is added for the final epoch
    when ``epochs`` is not a multiple of ``every``; if training diverged, the rows stop at the last
    checkpoint before it. A ReLU unit of layer 1 that is inactive stays so:
    its gradient is 0 and its input never changes. A leaky unit can come back.
    """
    X = split_data(dataset, n_samples, n_test, noise, seed)[0]
    rows = []

    def record(epoch, net, history):
        zs, _ = net.trace(X)
        rows.append([np.all(z <= 0, axis=0) for z in zs[:-1]])

    _, history = train_and_watch(activation, lr, epochs=epochs, depth=depth, width=width, init=init,
                                 dataset=dataset, n_samples=n_samples, n_test=n_test, noise=noise,
                                 batch_size=batch_size, seed=seed, every=every, callback=record)
    return history, np.array(rows, dtype=bool).reshape(-1, depth, width)


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


ZIGZAG_LRS = np.geomspace(0.1, 100.0, 61)
"""The learning rates :func:`two_weight_descent` tries when none is given."""


def two_weight_descent(centred=False, lr=None, target=(1.5, -0.5), n_samples=200, seed=0,
                       tol=0.05, max_steps=500):
    """Full-batch gradient descent on the two weights of one linear neuron, the zig-zag
    demonstration of ``01_sigmoid``.

    The neuron's inputs are two sigmoid outputs ``a = sigmoid(z)``, ``z`` standard normal
    (``n_samples`` examples drawn with ``seed``), all positive; with ``centred=True`` the same
    outputs shifted to mean 0. The neuron ``w . a`` (no bias) learns the targets ``target . a``
    by gradient descent on the mean squared error 0.5 (w . a - t)^2, from w = (0, 0), until
    ``|w - target| < tol |target|`` or ``max_steps`` steps. With ``lr=None`` every rate of
    :data:`ZIGZAG_LRS` is tried and the one that arrives in the fewest steps is kept (the
    smallest of equally fast ones); a path farther than 1e6 from the target counts as diverged.

    Returns ``(path, lr, inputs)``: the weights after each step (row 0 is the start, so the
    number of steps is ``len(path) - 1``; a path that did not arrive has ``max_steps`` steps), the
    learning rate used and the inputs ``a`` (one row per example).
    """
    target = np.asarray(target, dtype=float)
    from .activations import sigmoid

    A = sigmoid(np.random.default_rng(seed).standard_normal((n_samples, 2)))
    if centred:
        A = A - A.mean(axis=0)
    # the gradient A^T (A w - t) / n is H w - c with the 2 x 2 matrix H: cheap to iterate
    H, c = A.T @ A / len(A), A.T @ (A @ target) / len(A)
    close = tol * math.hypot(*target)

    def descend(rate, limit=max_steps):
        """The path of at most ``limit`` steps, and whether it arrived."""
        w = np.zeros(2)
        path = [w]
        with np.errstate(over="ignore", invalid="ignore"):       # a rate too large diverges
            for _ in range(limit):
                w = w - rate * (H @ w - c)
                path.append(w)
                distance = math.hypot(*(w - target))
                if not math.isfinite(distance) or distance > 1e6:
                    return np.array(path), False
                if distance < close:
                    return np.array(path), True
        return np.array(path), False

    if lr is not None:
        return descend(lr)[0], float(lr), A
    best = None
    for rate in ZIGZAG_LRS[::-1]:
        # From the largest rate down (large rates diverge or arrive fast); a path needs no more
        # steps than the best so far to win, and among equally fast rates the smallest wins.
        path, arrived = descend(rate, max_steps if best is None else len(best[0]) - 1)
        if arrived and (best is None or len(path) <= len(best[0])):
            best = (path, float(rate))
    if best is None:
        raise ValueError("no learning rate of ZIGZAG_LRS reaches the target; raise max_steps")
    return best[0], best[1], A


def best_time(f, *args, repeats=7):
    """The shortest of ``repeats`` wall-clock times of ``f(*args)``, in seconds (``03_relu``,
    ``06_beyond_relu``). The shortest run is the one least disturbed by other work on the
    machine; the number still depends on the machine, so a notebook prints it only in a cell
    whose output is not checked."""
    import time

    if isinstance(repeats, bool) or not isinstance(repeats, int) or repeats < 1:
        raise ValueError(f"repeats must be a positive integer, got {repeats!r}")
    best = np.inf
    for _ in range(repeats):
        start = time.perf_counter()
        f(*args)
        best = min(best, time.perf_counter() - start)
    return best

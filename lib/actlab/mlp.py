"""A small multilayer perceptron in numpy, with a hand-written backward pass and diagnostics.

Introduced in ``01_sigmoid`` (gradients through depth) and used by every lesson after it;
``07_playground`` trains it interactively. The diagnostics follow Karpathy's "activations &
gradients" lecture: activation statistics and histograms per layer, saturated and dead
fractions, gradient norms and the update-to-data ratio.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field

import numpy as np

from .activations import get_activation, log_softmax, softmax

__all__ = ["MLP", "Diagnostics", "History", "init_std", "INITS"]

INITS = ("xavier", "he", "lecun")
# Training has diverged once the mean cross-entropy passes -log(smallest normal float64) = 708.4
# nats: the (geometric) mean probability given to the right class is then below 2.2e-308, a
# number float64 cannot even hold at full precision (a loss of 1e12 is not "still training").
DIVERGED_LOSS = -math.log(np.finfo(float).tiny)
"""The named initialisations; a positive number is a custom gain (std = gain / sqrt(fan_in))."""


def init_std(init, fan_in: int, fan_out: int) -> float:
    """The standard deviation of a normal weight initialisation (``01_sigmoid``).

    ``"xavier"`` sqrt(2 / (fan_in + fan_out)) (Glorot & Bengio 2010), ``"he"`` sqrt(2 / fan_in)
    (He et al. 2015), ``"lecun"`` sqrt(1 / fan_in) (LeCun et al. 1998), or a number g: g / sqrt(fan_in).
    """
    if isinstance(init, str):
        if init == "xavier":
            return math.sqrt(2.0 / (fan_in + fan_out))
        if init == "he":
            return math.sqrt(2.0 / fan_in)
        if init == "lecun":
            return math.sqrt(1.0 / fan_in)
        raise ValueError(f"init must be one of {', '.join(INITS)} or a positive gain, got {init!r}")
    if isinstance(init, bool) or not isinstance(init, numbers.Real):
        raise TypeError(f"init must be a name ({', '.join(INITS)}) or a number, got {init!r}")
    if not (init > 0 and math.isfinite(init)):
        raise ValueError(f"init as a gain must be a positive finite number, got {init!r}")
    return float(init) / math.sqrt(fan_in)


@dataclass
class Diagnostics:
    """Per-layer statistics of one forward and backward pass (``01_sigmoid``, ``07_playground``).

    Activation statistics have one entry per hidden layer; gradient statistics have one per
    layer (the hidden layers, then the output layer).

    ``delta_norm[l]`` is the norm of the back-propagated error dL/dz_l, the gradient of the loss
    with respect to the layer's pre-activations: the primary measure of vanishing and exploding
    gradients. ``grad_norm[l]`` is the norm of dL/dW_l, which also carries the size of the
    layer's input (``02_tanh`` explains the difference). ``saturated`` is the share of activations
    within 3% of the range of a bounded activation from a bound (NaN for an unbounded one).
    ``dead`` is the share of units whose pre-activation is <= 0 on every example of the batch,
    for every activation alike: such a ReLU unit gets no gradient at all, such a leaky unit only
    alpha times the gradient (``03_relu``, ``04_leaky_relu``).
    """

    loss: float
    act_mean: np.ndarray
    act_std: np.ndarray
    saturated: np.ndarray
    dead: np.ndarray
    hist_counts: list
    hist_edges: list
    delta_norm: np.ndarray
    grad_norm: np.ndarray
    grad_std: np.ndarray
    update_ratio: np.ndarray


@dataclass
class History:
    """What :meth:`MLP.fit` recorded: loss and accuracy per epoch (on the training data, and on
    held-out test data when it was given), diagnostics every few."""

    loss: list = field(default_factory=list)
    accuracy: list = field(default_factory=list)
    test_loss: list = field(default_factory=list)
    test_accuracy: list = field(default_factory=list)
    diagnostics: list = field(default_factory=list)    # (epoch, Diagnostics) pairs
    diverged: int | None = None     # the epoch whose loss passed DIVERGED_LOSS or overflowed

    def epochs_to(self, accuracy: float):
        """The first epoch (1-based) whose accuracy reached ``accuracy``, or None."""
        for epoch, acc in enumerate(self.accuracy, start=1):
            if acc >= accuracy:
                return epoch
        return None


class MLP:
    """A fully connected network: hidden layers with an activation, then linear logits.

    ``sizes`` such as ``[2, 16, 16, 3]`` gives ``weights[i]`` of shape ``(sizes[i], sizes[i+1])``.
    ``activation`` is a registry name, an object from :func:`actlab.get_activation`, or a list
    with one per hidden layer. ``init`` is ``"xavier"``, ``"he"``, ``"lecun"`` or a gain.
    """

    def __init__(self, sizes, activation="relu", init="he", seed=0):
        sizes = _check_sizes(sizes)
        n_hidden = len(sizes) - 2
        if isinstance(activation, (list, tuple)):
            if len(activation) != n_hidden:
                raise ValueError(f"{len(activation)} activations given for {n_hidden} hidden layers")
            self.activations = [get_activation(a) for a in activation]
        else:
            self.activations = [get_activation(activation)] * n_hidden
        self.sizes, self.init, self.seed = sizes, init, seed
        rng = np.random.default_rng(seed)
        self.weights = [rng.standard_normal((m, n)) * init_std(init, m, n)
                        for m, n in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros(n) for n in sizes[1:]]
        self.diverged = None       # the epoch at which training blew up; the network is unusable then

    def __repr__(self):
        names = sorted({a.title for a in self.activations})
        return f"MLP({self.sizes}, activation={'/'.join(names) or '-'}, init={self.init!r}, seed={self.seed})"

    # ------------------------------------------------------------------ forward and backward

    def _check_X(self, X, name="X", empty=True) -> np.ndarray:
        """``X`` as a finite float array of shape (n, sizes[0]); the network must be usable."""
        if np.iscomplexobj(X) or isinstance(X, (str, bytes)):
            raise TypeError(f"{name} must be an array of real numbers, got {type(X).__name__}")
        try:
            X = np.asarray(X, dtype=float)
        except (TypeError, ValueError):
            raise TypeError(f"{name} must be an array of real numbers, got {type(X).__name__}") from None
        if X.ndim != 2 or X.shape[1] != self.sizes[0]:
            raise ValueError(f"{name} must have shape (n, {self.sizes[0]}), got {X.shape}")
        if not empty and len(X) == 0:
            raise ValueError(f"{name} has no examples (shape {X.shape})")
        if not np.isfinite(X).all():
            raise ValueError(f"{name} contains NaN or infinite values; every input must be a finite number")
        if self.diverged or not all(np.isfinite(W).all() and np.isfinite(b).all()
                                    for W, b in zip(self.weights, self.biases)):
            raise ValueError(f"training diverged{f' at epoch {self.diverged}' if self.diverged else ''}: "
                             "its loss passed 708 nats or its outputs overflowed, so it predicts nothing; "
                             "build a new MLP and train it with a smaller learning rate")
        return X

    def _check_y(self, y, n: int, name="y") -> np.ndarray:
        y = np.asarray(y)
        if y.dtype.kind not in "iu":
            raise TypeError(f"{name} must hold integer class labels, got dtype {y.dtype}")
        if y.shape != (n,):
            raise ValueError(f"{name} must be {n} class labels in a 1-D array, got shape {y.shape}")
        if n and (y.min() < 0 or y.max() >= self.sizes[-1]):
            raise ValueError(f"{name}: labels must lie in 0..{self.sizes[-1] - 1}")
        return y

    def layers(self, X):
        """Yield ``(pre-activation, activation)`` of each hidden layer in turn, keeping none of
        them (``06_beyond_relu``); :meth:`trace` and :meth:`forward` are built on it."""
        return self._layers(self._check_X(X))

    def _layers(self, a):
        for W, b, act in zip(self.weights, self.biases, self.activations):
            z = a @ W + b
            a = act.f(z)
            yield z, a

    def _logits(self, a: np.ndarray) -> np.ndarray:
        return a @ self.weights[-1] + self.biases[-1]

    def trace(self, X):
        """Pre-activations ``zs`` and activations ``acts`` of every layer (``acts[0]`` is X).

        The last ``zs`` entry is the logits.
        """
        return self._trace(self._check_X(X))

    def _trace(self, a):
        zs, acts = [], [a]
        for z, a in self._layers(a):
            zs.append(z)
            acts.append(a)
        zs.append(self._logits(a))
        return zs, acts

    def forward(self, X) -> np.ndarray:
        """The logits, shape ``(n, sizes[-1])``; unlike :meth:`trace` it keeps no layer but the
        current one, so predicting on a large grid stays light."""
        return self._forward(self._check_X(X))

    def _forward(self, a):
        for _, a in self._layers(a):
            pass
        return self._logits(a)

    def predict_proba(self, X) -> np.ndarray:
        return softmax(self.forward(X), axis=1)

    def predict(self, X) -> np.ndarray:
        return np.argmax(self.forward(X), axis=1)

    def accuracy(self, X, y) -> float:
        """The share of the examples of ``X`` whose predicted class is their label in ``y``."""
        X = self._check_X(X, empty=False)
        return float(np.mean(np.argmax(self._forward(X), axis=1) == self._check_y(y, len(X))))

    def _backward(self, zs, acts, y, deltas=None):
        """Mean cross-entropy and its gradients, given a trace; the norm of dL/dz of every layer
        (hidden layers, then the logits) is appended to the list ``deltas`` if one is given."""
        n = len(y)
        logp = log_softmax(zs[-1], axis=1)
        loss = -float(np.mean(logp[np.arange(n), y]))
        delta = np.exp(logp)                        # dL/dlogits = (p - onehot(y)) / n
        delta[np.arange(n), y] -= 1.0
        delta /= n
        weight_grads, bias_grads = [], []
        for i in reversed(range(len(self.weights))):
            if deltas is not None:
                deltas.insert(0, float(np.linalg.norm(delta)))
            weight_grads.append(acts[i].T @ delta)
            bias_grads.append(delta.sum(axis=0))
            if i > 0:
                delta = (delta @ self.weights[i].T) * self.activations[i - 1].grad(zs[i - 1])
        return loss, weight_grads[::-1], bias_grads[::-1]

    def loss_and_gradients(self, X, y):
        """``(loss, weight_grads, bias_grads)`` of the mean softmax cross-entropy."""
        X = self._check_X(X, empty=False)
        return self._backward(*self._trace(X), self._check_y(y, len(X)))

    # ------------------------------------------------------------------ diagnostics

    def diagnostics(self, X, y, lr=None, bins=40) -> Diagnostics:
        """Statistics of every layer on the batch ``(X, y)``; ``lr`` adds the update ratio."""
        X = self._check_X(X, empty=False)
        y = self._check_y(y, len(X))
        if lr is not None and not (isinstance(lr, numbers.Real) and not isinstance(lr, bool)
                                   and lr > 0 and math.isfinite(lr)):
            raise ValueError(f"lr must be a positive finite number or None, got {lr!r}")
        zs, acts = self._trace(X)
        deltas = []
        loss, weight_grads, _ = self._backward(zs, acts, y, deltas)
        hidden = acts[1:]
        counts, edges, saturated = [], [], []
        for act, a in zip(self.activations, hidden):
            lo, hi = (act.bounds[0], act.bounds[-1]) if len(act.bounds) == 2 else (a.min(), a.max())
            c, e = np.histogram(a, bins=bins, range=(lo, hi if hi > lo else lo + 1.0))
            counts.append(c)
            edges.append(e)
            saturated.append(float(np.mean(act.saturates(a))) if act.saturates else math.nan)
        grad_std = np.array([g.std() for g in weight_grads])
        weight_std = np.array([W.std() for W in self.weights])
        ratio = np.full(len(weight_grads), math.nan)    # undefined without lr, or for weights of std 0
        if lr is not None:
            np.divide(lr * grad_std, weight_std, out=ratio, where=weight_std > 0)
        return Diagnostics(
            loss=loss,
            act_mean=np.array([a.mean() for a in hidden]),
            act_std=np.array([a.std() for a in hidden]),
            saturated=np.array(saturated),
            dead=np.array([float(np.mean(np.all(z <= 0, axis=0))) for z in zs[:-1]]),
            hist_counts=counts,
            hist_edges=edges,
            delta_norm=np.array(deltas),
            grad_norm=np.array([np.linalg.norm(g) for g in weight_grads]),
            grad_std=grad_std,
            update_ratio=ratio,
        )

    # ------------------------------------------------------------------ training

    def fit(self, X, y, epochs=100, lr=0.1, batch_size=None, seed=0,
            callback=None, every=10, diagnose_every=None, X_test=None, y_test=None) -> History:
        """Plain SGD on the mean cross-entropy; returns the :class:`History`.

        With held-out ``X_test, y_test`` the history also records their loss and accuracy after
        every epoch (they are never trained on).
        ``batch_size=None`` is full-batch gradient descent. ``callback(epoch, net, history)``
        runs every ``every`` epochs and after the last. With ``diagnose_every=k`` the
        history keeps a :class:`Diagnostics` of the whole data set every k epochs. If the loss
        passes :data:`DIVERGED_LOSS` (708 nats) or the outputs overflow (a learning rate far too
        large), training stops after recording that epoch's loss (infinite for an overflow) and a
        NaN accuracy, and ``history.diverged`` holds the epoch; the network is then unusable.
        """
        X = self._check_X(X, empty=False)
        y = self._check_y(y, len(X))
        epochs = _whole("epochs", epochs, 0)
        if isinstance(lr, bool) or not isinstance(lr, numbers.Real):
            raise TypeError(f"lr must be a number, got {lr!r}")
        if not (lr > 0 and math.isfinite(lr)):
            raise ValueError(f"lr must be a positive finite number, got {lr!r}")
        every = _whole("every", every, 1)
        if diagnose_every is not None:
            diagnose_every = _whole("diagnose_every", diagnose_every, 1)
        if (X_test is None) != (y_test is None):
            raise ValueError("give both X_test and y_test, or neither")
        if X_test is not None:
            X_test = self._check_X(X_test, "X_test", empty=False)
            y_test = self._check_y(y_test, len(X_test), "y_test")
        rng = np.random.default_rng(seed)
        n = len(X)
        batch = n if batch_size is None else _whole("batch_size", batch_size, 1)
        history = History()
        for epoch in range(1, epochs + 1):
            order = rng.permutation(n) if batch < n else np.arange(n)
            with np.errstate(over="ignore", invalid="ignore"):    # divergence is detected below
                for start in range(0, n, batch):
                    idx = order[start:start + batch]
                    zs, acts = self._trace(X[idx])
                    _, weight_grads, bias_grads = self._backward(zs, acts, y[idx])
                    for W, b, gW, gb in zip(self.weights, self.biases, weight_grads, bias_grads):
                        W -= lr * gW
                        b -= lr * gb
                logits = self._forward(X)
            loss, accuracy = _scores(logits, y) if np.all(np.isfinite(logits)) else (math.inf, math.nan)
            if loss > DIVERGED_LOSS:            # the record ends with that loss, and no accuracy
                history.diverged = self.diverged = epoch
                history.loss.append(loss)
                history.accuracy.append(math.nan)
                break
            history.loss.append(loss)
            history.accuracy.append(accuracy)
            if diagnose_every and epoch % diagnose_every == 0:
                history.diagnostics.append((epoch, self.diagnostics(X, y, lr=lr)))
            if X_test is not None:
                test_logits = self._forward(X_test)
                loss, accuracy = _scores(test_logits, y_test)
                history.test_loss.append(loss)
                history.test_accuracy.append(accuracy)
            if callback is not None and (epoch % every == 0 or epoch == epochs):
                callback(epoch, self, history)
        return history


def _scores(logits, y):
    """Mean cross-entropy and accuracy of ``logits`` for the labels ``y``."""
    logp = log_softmax(logits, axis=1)
    return -float(np.mean(logp[np.arange(len(y)), y])), float(np.mean(np.argmax(logits, axis=1) == y))


def _whole(name, value, minimum):
    """``value`` as a whole number >= ``minimum``, or a clear error naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        if isinstance(value, numbers.Real) and not isinstance(value, bool):
            raise ValueError(f"{name} must be a whole number >= {minimum}, got {value!r}")
        raise TypeError(f"{name} must be a whole number >= {minimum}, got {value!r}")
    if value < minimum:
        raise ValueError(f"{name} must be a whole number >= {minimum}, got {value!r}")
    return int(value)


def _check_sizes(sizes) -> list:
    """``sizes`` as a list of at least two whole numbers >= 1 (input, hidden..., output)."""
    if isinstance(sizes, (str, bytes)) or not isinstance(sizes, (list, tuple, np.ndarray)):
        raise TypeError(f"sizes must be a list of layer sizes such as [2, 16, 2], got {sizes!r}")
    if len(sizes) < 2:
        raise ValueError(f"sizes needs at least an input and an output size, got {list(sizes)}")
    return [_whole("each entry of sizes", s, 1) for s in sizes]

"""The training playground: one reproducible run from a configuration (``07_playground``).

A :class:`Config` holds every choice of a run; its ``repr`` is one line of Python that
recreates it. :func:`train` runs it, :func:`compare` runs a grid of activations and data sets.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, replace

import numpy as np

from .activations import ACTIVATIONS, get_activation
from .datasets import DATASETS
from .experiments import SEEDS, fresh_network, split_data
from .mlp import MLP, History, init_std

__all__ = ["Config", "Run", "RECOMMENDED_INIT", "data", "at_birth", "layer_spread", "train",
           "final_accuracy", "compare", "check_one_change"]

RECOMMENDED_INIT = {"sigmoid": "xavier", "tanh": "xavier", "selu": "lecun"}
"""The initialisation each activation is usually paired with; "he" for the rest."""


@dataclass(frozen=True)
class Config:
    """Every setting of a playground run. ``activation`` is one name for all hidden layers or a
    tuple with one per layer; ``init=None`` picks the activation's usual initialisation.
    ``n_samples`` points are trained on; as many again, from the same distribution, are held out
    to measure the test accuracy."""

    dataset: str = "moons"
    noise: float = 0.1
    n_samples: int = 200
    depth: int = 2
    width: int = 16
    activation: str | tuple = "relu"
    init: str | float | None = None
    lr: float = 0.5
    epochs: int = 300
    batch_size: int | None = None
    seed: int = 0

    def __post_init__(self):
        if not isinstance(self.dataset, str) or self.dataset not in DATASETS:
            raise ValueError(f"unknown data set {self.dataset!r}; choose one of {', '.join(DATASETS)}")
        _whole_in("depth", self.depth, 1, 50)
        _whole_in("width", self.width, 1, 1024)
        _whole_in("n_samples", self.n_samples, 4, 100_000)
        _whole_in("epochs", self.epochs, 1, 100_000)
        _whole_in("seed", self.seed, 0, 2 ** 32 - 1)
        if self.batch_size is not None:
            _whole_in("batch_size", self.batch_size, 1, 100_000)
        _number_in("noise", self.noise, 0.0, 10.0)
        _number_in("lr", self.lr, 0.0, 1e3, open_low=True)
        if self.init is not None:
            init_std(self.init, 1, 1)               # a name or a positive gain, else a clear error
        names = self.activations
        if len(names) != self.depth:
            raise ValueError(f"{len(names)} activations given for {self.depth} hidden layers")
        for name in names:
            get_activation(name)

    @property
    def activations(self) -> tuple:
        """One activation name per hidden layer."""
        if isinstance(self.activation, str):
            return (self.activation,) * self.depth
        return tuple(self.activation)

    @property
    def initialisation(self):
        if self.init is not None:
            return self.init
        first = self.activations[0]
        return RECOMMENDED_INIT.get(first, "he")


def _whole_in(name, value, low, high):
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a whole number from {low} to {high}, got {value!r}")
    if not isinstance(value, numbers.Integral) or not low <= value <= high:
        raise ValueError(f"{name} must be a whole number from {low} to {high}, got {value!r}")


def _number_in(name, value, low, high, open_low=False):
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a number, got {value!r}")
    if not (math.isfinite(value) and (value > low if open_low else value >= low) and value <= high):
        raise ValueError(f"{name} must be a number {'above' if open_low else 'from'} {low:g} "
                         f"{'and at most' if open_low else 'to'} {high:g}, got {value!r}")


@dataclass
class Run:
    """A finished run: its configuration, training data, held-out test data, trained network
    and history (``history.test_accuracy`` is measured on ``X_test, y_test``)."""

    config: Config
    X: np.ndarray
    y: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    net: MLP
    history: History


def data(config: Config):
    """``(X, y, X_test, y_test)`` of ``config``: what it trains on and what it is tested on."""
    return split_data(config.dataset, config.n_samples, config.n_samples, config.noise, config.seed)


def _network(config: Config, y) -> MLP:
    """The network of ``config`` at birth, with one output per class of ``y``."""
    return fresh_network(list(config.activations), config.depth, config.width, config.initialisation,
                         seed=config.seed, n_classes=int(y.max()) + 1)


def at_birth(config: Config) -> Run:
    """The network of ``config`` on its data before any training (``07_playground``): a
    :class:`Run` whose history has no epochs and one :class:`~actlab.mlp.Diagnostics` at epoch 0,
    taken on the whole training set with ``lr=config.lr``, so its ``update_ratio`` is the ratio
    of the first full-batch step. It costs one forward and backward pass: the playground's
    preview draws it whenever a setting changes."""
    X, y, X_test, y_test = data(config)
    net = _network(config, y)
    history = History()
    history.diagnostics.append((0, net.diagnostics(X, y, lr=config.lr)))
    return Run(config, X, y, X_test, y_test, net, history)


def layer_spread(net: MLP, X) -> np.ndarray:
    """How much each hidden layer's output differs from input to input (``07_playground``):
    the standard deviation over the examples ``X`` of every unit, averaged over the layer's
    units. A layer that maps every input to nearly the same vector has a spread near 0."""
    return np.array([a.std(axis=0).mean() for _, a in net.layers(X)])


def train(config: Config, callback=None, every=10, diagnose_every=10, test_every_epoch=True) -> Run:
    """Train the network of ``config`` on its data; ``callback(run)`` gets the run so far every
    ``every`` epochs (for progress bars and live figures). Same config, same numbers.

    With ``test_every_epoch=False`` the held-out points are not scored during training (a
    quarter faster on small networks): ``history.test_loss`` and ``history.test_accuracy`` stay
    empty, and :func:`final_accuracy` gives the test accuracy at the end."""
    X, y, X_test, y_test = data(config)
    net = _network(config, y)
    report = None if callback is None else (
        lambda epoch, net_, history: callback(Run(config, X, y, X_test, y_test, net_, history)))
    held_out = dict(X_test=X_test, y_test=y_test) if test_every_epoch else {}
    history = net.fit(X, y, epochs=config.epochs, lr=config.lr, batch_size=config.batch_size,
                      seed=config.seed, callback=report, every=every, diagnose_every=diagnose_every,
                      **held_out)
    return Run(config, X, y, X_test, y_test, net, history)


def final_accuracy(run: Run) -> tuple[float, float]:
    """``(test, train)`` accuracy of a run after its last epoch (``07_playground``): the same
    numbers as ``history.test_accuracy[-1]`` and ``history.accuracy[-1]``, also for a run trained
    with ``test_every_epoch=False``. For a run that diverged these are the test accuracy of its
    last epoch before it blew up (it is trained again with the test points if it was trained
    without them) and NaN, as its history records them."""
    if run.history.diverged or not run.history.accuracy:
        if not run.history.test_accuracy:
            run = train(run.config, diagnose_every=None)
        test = run.history.test_accuracy[-1] if run.history.test_accuracy else float("nan")
        return test, (run.history.accuracy[-1] if run.history.accuracy else float("nan"))
    return run.net.accuracy(run.X_test, run.y_test), run.history.accuracy[-1]


def compare(activations=ACTIVATIONS, datasets=tuple(DATASETS), seeds=SEEDS, target=0.9,
            base=Config()) -> dict:
    """Train ``base`` with every activation on every data set and seed (``07_playground``).

    Returns ``{(activation, dataset): {"test": [...], "train": [...], "epochs": [...]}}`` with one
    entry per seed: the final test and training accuracy, and the first epoch whose training
    accuracy reached ``target`` (None for a seed that never did, or diverged).
    """
    results = {}
    for dataset in datasets:
        for name in activations:
            found = {"test": [], "train": [], "epochs": []}
            for seed in seeds:
                run = train(replace(base, dataset=dataset, activation=name, seed=seed),
                            diagnose_every=None, test_every_epoch=False)
                test, train_accuracy = final_accuracy(run)
                found["test"].append(test)
                found["train"].append(train_accuracy)
                found["epochs"].append(run.history.epochs_to(target))
            results[(name, dataset)] = found
    return results


def check_one_change(base: Config, candidate, target=0.95, seeds=SEEDS, need=4):
    """The checker of the rescue exercise of ``07_playground``: ``candidate`` must differ from
    ``base`` in exactly one setting (the seed aside) and reach a final test accuracy of at least
    ``target`` on ``need`` of the ``seeds``. Trains the candidate once per seed. Returns a
    :class:`actlab.exercises.Feedback`; ``None`` is "not attempted yet", never an error."""
    from dataclasses import fields

    from .exercises import CORRECT, WRONG, Feedback, _not_attempted, _setup_first, setup_missing
    from .language import tr

    if setup_missing():
        return _setup_first()
    title = tr("one change that rescues the network")
    if candidate is None or candidate is Ellipsis:
        return _not_attempted(title)
    if not isinstance(candidate, Config):
        return Feedback(WRONG, tr("{title}: expected a Config such as replace(deep, lr=1.0), got {kind}.",
                                  title=title, kind=type(candidate).__name__))
    changed = [f.name for f in fields(Config)
               if f.name != "seed" and getattr(candidate, f.name) != getattr(base, f.name)]
    if not changed:
        return Feedback(WRONG, tr("{title}: this is the network of section 6 unchanged: change one setting.",
                                  title=title))
    if len(changed) != 1:
        return Feedback(WRONG, tr("{title}: change exactly one setting; you changed {count}{names}.", title=title,
                                  count=len(changed), names=f" ({', '.join(changed)})" if changed else ""))
    scores = []                                   # None: the run diverged (its loss blew up)
    for seed in seeds:
        run = train(replace(candidate, seed=seed), diagnose_every=None, test_every_epoch=False)
        scores.append(None if run.history.diverged else final_accuracy(run)[0])
    passed = sum(score is not None and score >= target for score in scores)
    diverged = sum(score is None for score in scores)
    name = changed[0]
    report = tr("{title}: {name} = {value!r} gives test accuracy {scores} on seeds {seeds}: {passed} of {total} "
                "reach {target:.0%}.", title=title, name=name, value=getattr(candidate, name),
                scores=", ".join("diverged" if s is None else f"{s:.0%}" for s in scores),
                seeds=", ".join(map(str, seeds)), passed=passed, total=len(seeds), target=target)
    if passed >= need:
        return Feedback(CORRECT, report + tr(" Rescued."))
    if diverged:
        hint = tr(" Not rescued (it needs {need}): {diverged} of {total} runs diverged, their steps grew until the "
                  "loss blew up (the playground's loss panel then reads 'diverged'). With the learning rate "
                  "of the exercise fixed, try another change.", need=need, diverged=diverged, total=len(seeds))
    else:
        hint = tr(" Not rescued (it needs {need}): look at the loss against the dashed line and at the error "
                  "reaching layer 1.", need=need)
    return Feedback(WRONG, report + hint)

"""The training playground: one reproducible run from a configuration (``07_playground``).

A :class:`Config` holds every choice of a run; its ``repr`` is one line of Python that
recreates it. :func:`train` runs it, :func:`compare` runs a grid of activations and data sets.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .activations import ACTIVATIONS, get_activation
from .datasets import DATASETS
from .experiments import SEEDS, fresh_network, split_data
from .mlp import MLP, History

__all__ = ["Config", "Run", "RECOMMENDED_INIT", "data", "train", "compare"]

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
        if self.dataset not in DATASETS:
            raise ValueError(f"unknown data set {self.dataset!r}; choose one of {', '.join(DATASETS)}")
        if not (isinstance(self.depth, (int, np.integer)) and 1 <= self.depth <= 50):
            raise ValueError(f"depth must be a whole number from 1 to 50, got {self.depth!r}")
        if not (isinstance(self.width, (int, np.integer)) and 1 <= self.width <= 1024):
            raise ValueError(f"width must be a whole number from 1 to 1024, got {self.width!r}")
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


def train(config: Config, callback=None, every=10, diagnose_every=10) -> Run:
    """Train the network of ``config`` on its data; ``callback(run)`` gets the run so far every
    ``every`` epochs (for progress bars and live figures). Same config, same numbers."""
    X, y, X_test, y_test = data(config)
    net = fresh_network(list(config.activations), config.depth, config.width, config.initialisation,
                        seed=config.seed, n_classes=int(y.max()) + 1)
    report = None if callback is None else (
        lambda epoch, net_, history: callback(Run(config, X, y, X_test, y_test, net_, history)))
    history = net.fit(X, y, epochs=config.epochs, lr=config.lr, batch_size=config.batch_size,
                      seed=config.seed, callback=report, every=every, diagnose_every=diagnose_every,
                      X_test=X_test, y_test=y_test)
    return Run(config, X, y, X_test, y_test, net, history)


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
                history = train(replace(base, dataset=dataset, activation=name, seed=seed),
                                diagnose_every=None).history
                found["test"].append(history.test_accuracy[-1] if history.test_accuracy else float("nan"))
                found["train"].append(history.accuracy[-1] if history.accuracy else float("nan"))
                found["epochs"].append(history.epochs_to(target))
            results[(name, dataset)] = found
    return results

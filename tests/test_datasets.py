"""actlab.datasets: shapes, labels, geometry, seeds and bad input."""

import numpy as np
import pytest

from actlab import DATASETS, make_dataset
from actlab.datasets import circles, spirals, xor


@pytest.mark.parametrize("name", list(DATASETS))
def test_shape_dtype_balance_and_seed(name):
    X, y = make_dataset(name, n_samples=101, noise=0.2, seed=4)
    assert X.shape == (101, 2) and X.dtype == np.float64 and y.dtype == np.int64
    counts = np.bincount(y)
    assert counts.max() - counts.min() <= (1 if name != "xor" else 30)
    X2, y2 = make_dataset(name, n_samples=101, noise=0.2, seed=4)
    np.testing.assert_array_equal(X, X2)
    np.testing.assert_array_equal(y, y2)
    assert not np.array_equal(X, make_dataset(name, n_samples=101, noise=0.2, seed=5)[0])


def test_noise_free_geometry():
    X, y = circles(n_samples=200, noise=0.0, factor=0.4)
    r = np.hypot(X[:, 0], X[:, 1])
    np.testing.assert_allclose(r[y == 0], 1.0)
    np.testing.assert_allclose(r[y == 1], 0.4)
    X, y = xor(n_samples=300, noise=0.0)
    np.testing.assert_array_equal(y, (X[:, 0] * X[:, 1] < 0).astype(int))
    X, y = spirals(n_samples=300, noise=0.0, n_classes=3)
    assert set(y) == {0, 1, 2} and np.all(np.hypot(X[:, 0], X[:, 1]) <= 1.0)


@pytest.mark.parametrize("kwargs, match", [
    ({"name": "mnist"}, "unknown data set"), ({"name": "moons", "n_samples": 1}, "n_samples"),
    ({"name": "moons", "noise": -0.1}, "noise"), ({"name": "xor", "n_samples": 2.5}, "n_samples")])
def test_bad_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        make_dataset(**kwargs)

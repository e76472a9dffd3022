"""actlab.experiments: the shared measurements are what they claim, and seeded."""

import numpy as np
import pytest

from actlab.experiments import (born_dead_fraction, fresh_diagnostics, fresh_network,
                                gradient_check_data, standardise, train_and_watch)


def test_standardise_and_the_gradient_batch():
    X, y = gradient_check_data()
    np.testing.assert_allclose(X.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(X.std(axis=0), 1)
    assert X.shape == (256, 2) and set(y) == {0, 1}
    np.testing.assert_allclose(standardise(np.array([[1.0], [3.0]])), [[-1.0], [1.0]])


def test_fresh_network_scale_multiplies_every_weight():
    a, b = fresh_network("tanh", 3, scale=1.0), fresh_network("tanh", 3, scale=2.0)
    for Wa, Wb in zip(a.weights, b.weights):
        np.testing.assert_allclose(Wb, 2 * Wa)


def test_sigmoid_gradients_vanish_with_depth_and_tanh_keeps_them():
    sig = fresh_diagnostics("sigmoid", 10)
    tanh = fresh_diagnostics("tanh", 10)
    assert sig.grad_norm[0] / sig.grad_norm[-2] < 1e-4
    assert tanh.grad_norm[0] / tanh.grad_norm[-2] > 0.1


def test_born_dead_fraction_grows_with_depth_for_narrow_networks():
    shallow, deep = born_dead_fraction(2, 2, trials=100), born_dead_fraction(30, 2, trials=100)
    assert shallow < 0.3 and deep == 1.0
    assert born_dead_fraction(10, 3, trials=50) == born_dead_fraction(10, 3, trials=50)
    # The same criterion for every activation: a small leak lowers the share but does not remove it.
    relu = born_dead_fraction(20, 3, trials=50)
    small_leak = born_dead_fraction(20, 3, activation="leaky_relu", trials=50)
    large_leak = born_dead_fraction(20, 3, activation="leaky_relu", alpha=0.3, trials=50)
    assert relu > small_leak > large_leak and small_leak > 0.2


def test_train_and_watch_starts_at_birth_and_is_seeded():
    net, hist = train_and_watch("relu", 0.1, epochs=20, every=10)
    assert [e for e, _ in hist.diagnostics] == [0, 10, 20]
    _, again = train_and_watch("relu", 0.1, epochs=20, every=10)
    assert again.loss == hist.loss
    assert len(hist.test_accuracy) == len(hist.accuracy) == 20       # held-out accuracy every epoch
    _, high = train_and_watch("relu", 1.0, epochs=100, every=50)
    assert high.diagnostics[-1][1].dead.mean() > 0.3 > hist.diagnostics[-1][1].dead.mean()


def test_selu_settles_at_mean_zero_variance_one_and_relu_lecun_fades():
    from actlab.experiments import signal_statistics
    for std in (0.5, 1.0, 2.0):
        means, variances = signal_statistics("selu", 50, input_std=std)
        assert abs(means[-1]) < 0.05 and abs(variances[-1] - 1) < 0.1
    _, faded = signal_statistics("relu", 30, init="lecun")
    assert faded[-1] < 1e-3

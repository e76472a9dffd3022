"""actlab.mlp: shapes, initialisations, the backward pass (finite differences and an
independent autograd), diagnostics and training."""

import math

import numpy as np
import pytest

import autograd as ag
from actlab import ACTIVATIONS, MLP, get_activation, init_std, make_dataset
from actlab.mlp import DIVERGED_LOSS

VARIANTS = [(name, {}) for name in ACTIVATIONS] + [
    ("leaky_relu", {"alpha": 0.2}), ("gelu", {"approximate": "tanh"}), ("swish", {"beta": 2.0})]
IDS = [n + "".join(f"-{v}" for v in p.values()) for n, p in VARIANTS]


def _data(n=7, d=3, k=4, seed=3):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, d)), rng.integers(0, k, size=n)


def _rel_err(a, b):
    """Norm-wise relative error, the usual gradient-check measure."""
    return np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b), 1e-300)


def _numeric_gradients(net, X, y, h=1e-5):
    grads = []
    for param in net.weights + net.biases:
        g = np.zeros_like(param)
        for idx in np.ndindex(param.shape):
            old = param[idx]
            param[idx] = old + h
            up = net.loss_and_gradients(X, y)[0]
            param[idx] = old - h
            down = net.loss_and_gradients(X, y)[0]
            param[idx] = old
            g[idx] = (up - down) / (2 * h)
        grads.append(g)
    return grads


def test_shapes_follow_the_contract():
    net = MLP([2, 16, 8, 3])
    assert [W.shape for W in net.weights] == [(2, 16), (16, 8), (8, 3)]
    assert [b.shape for b in net.biases] == [(16,), (8,), (3,)]
    assert net.forward(np.zeros((5, 2))).shape == (5, 3)
    assert len(net.activations) == 2 and net.activations[0].name == "relu"
    assert MLP([4, 2]).forward(np.ones((1, 4))).shape == (1, 2)     # no hidden layer: linear


def test_activation_as_name_object_or_list():
    a = MLP([2, 4, 4, 2], activation=get_activation("leaky_relu", alpha=0.3))
    assert all(act.params == {"alpha": 0.3} for act in a.activations)
    b = MLP([2, 4, 4, 2], activation=["tanh", "gelu"])
    assert [act.name for act in b.activations] == ["tanh", "gelu"]
    with pytest.raises(ValueError, match="2 hidden layers"):
        MLP([2, 4, 4, 2], activation=["tanh"])
    with pytest.raises(ValueError, match="unknown activation"):
        MLP([2, 4, 2], activation="sine")


@pytest.mark.parametrize("init, expected", [
    ("he", math.sqrt(2 / 400)), ("lecun", math.sqrt(1 / 400)),
    ("xavier", math.sqrt(2 / 700)), (5 / 3, (5 / 3) / 20)])
def test_initialisation_scales(init, expected):
    assert init_std(init, 400, 300) == pytest.approx(expected)
    W = MLP([400, 300, 2], init=init).weights[0]
    assert W.std() == pytest.approx(expected, rel=0.02) and abs(W.mean()) < 0.01 * expected * 10
    assert np.all(MLP([400, 300, 2], init=init).biases[0] == 0)


@pytest.mark.parametrize("init", ["glorot", -1.0, 0, float("nan"), True, None])
def test_bad_init_is_refused(init):
    with pytest.raises((ValueError, TypeError), match="init"):
        MLP([2, 3, 2], init=init)


def test_seed_makes_networks_reproducible():
    a, b, c = MLP([2, 8, 2], seed=1), MLP([2, 8, 2], seed=1), MLP([2, 8, 2], seed=2)
    np.testing.assert_array_equal(a.weights[0], b.weights[0])
    assert not np.array_equal(a.weights[0], c.weights[0])


def test_bad_data_is_refused_clearly():
    net = MLP([2, 4, 3])
    with pytest.raises(ValueError, match=r"shape \(n, 2\)"):
        net.forward(np.zeros((4, 3)))
    with pytest.raises(ValueError, match="labels must lie in 0..2"):
        net.loss_and_gradients(np.zeros((2, 2)), np.array([0, 3]))
    with pytest.raises(TypeError, match="integer class labels"):
        net.loss_and_gradients(np.zeros((2, 2)), np.array([0.0, 1.0]))
    with pytest.raises(ValueError, match="sizes"):
        MLP([3])


@pytest.mark.parametrize("sizes, error, words", [
    ([2.7, 16, 2], ValueError, "whole number"), (None, TypeError, "sizes"), (5, TypeError, "sizes"),
    ("abc", TypeError, "sizes"), ([2, math.inf, 2], ValueError, "whole number"),
    ([2, 0, 2], ValueError, ">= 1"), ([2, "16", 2], TypeError, "whole number"),
])
def test_sizes_are_never_silently_changed(sizes, error, words):
    with pytest.raises(error, match=words):
        MLP(sizes)


def test_training_on_bad_data_or_settings_is_refused_by_name():
    X, y = make_dataset("moons", n_samples=40, seed=0)
    net = MLP([2, 8, 2], seed=0)
    bad_X = X.copy()
    bad_X[3, 1] = np.nan
    cases = [
        (dict(X=bad_X), ValueError, "X contains NaN"),
        (dict(X=X[:0], y=y[:0]), ValueError, "X has no examples"),
        (dict(batch_size=2.5), ValueError, "batch_size must be a whole number"),
        (dict(every=0), ValueError, "every must be a whole number >= 1"),
        (dict(diagnose_every=0), ValueError, "diagnose_every"),
        (dict(epochs=2.0), ValueError, "epochs"),
        (dict(lr="0.1"), TypeError, "lr must be a number"),
        (dict(lr=math.inf), ValueError, "lr must be a positive finite"),
        (dict(X=X + 1j), TypeError, "X must be an array of real numbers"),
    ]
    for change, error, words in cases:
        args = dict(X=X, y=y, epochs=2)
        args.update(change)
        with pytest.raises(error, match=words):
            net.fit(args.pop("X"), args.pop("y"), **args)
    assert all(np.isfinite(W).all() for W in net.weights)           # nothing was trained on NaN


def test_accuracy_checks_its_labels():
    X, y = make_dataset("moons", n_samples=40, seed=0)
    net = MLP([2, 8, 2], seed=0)
    net.fit(X, y, epochs=50, lr=0.5)
    assert net.accuracy(X, y) == np.mean(net.predict(X) == y)
    with pytest.raises(ValueError, match="1-D"):
        net.accuracy(X, y.reshape(-1, 1))
    with pytest.raises(TypeError, match="integer class labels"):
        net.accuracy(X, y.astype(str))


def test_a_diverged_network_says_so_instead_of_answering_nonsense():
    X, y = make_dataset("moons", n_samples=40, seed=0)
    net = MLP([2, 8, 2], seed=0)
    history = net.fit(X, y, epochs=5, lr=1e300)
    assert history.diverged == 1 and history.loss[-1] == math.inf
    for call in (lambda: net.predict(X), lambda: net.diagnostics(X, y), lambda: net.accuracy(X, y)):
        with pytest.raises(ValueError, match="training diverged"):
            call()


@pytest.mark.parametrize("sizes", [[3, 5, 4], [3, 5, 6, 4], [3, 4, 5, 3, 4]], ids=["1", "2", "3"])
@pytest.mark.parametrize("name, params", VARIANTS, ids=IDS)
def test_backward_pass_matches_finite_differences_and_autograd(name, params, sizes):
    X, y = _data(k=sizes[-1])
    net = MLP(sizes, activation=get_activation(name, **params), init="xavier", seed=1)
    for b in net.biases:            # non-zero biases, so they matter
        b += np.random.default_rng(5).normal(scale=0.1, size=b.shape)
    loss, weight_grads, bias_grads = net.loss_and_gradients(X, y)
    analytic = weight_grads + bias_grads

    numeric = _numeric_gradients(net, X, y)
    for a, n in zip(analytic, numeric):
        assert _rel_err(a, n) < 1e-7

    Ws = [ag.Var(W.copy()) for W in net.weights]
    bs = [ag.Var(b.copy()) for b in net.biases]
    auto_loss = ag.mlp_loss(Ws, bs, [(name, params)] * (len(sizes) - 2), X, y)
    auto_loss.backward()
    assert float(auto_loss.value) == pytest.approx(loss, rel=1e-12)
    for a, v in zip(analytic, Ws + bs):
        assert _rel_err(a, v.grad) < 1e-7


def test_mixed_activations_backward_matches_autograd():
    X, y = _data(k=3)
    acts = [("tanh", {}), ("relu", {}), ("mish", {})]
    net = MLP([3, 6, 5, 4, 3], activation=[a for a, _ in acts], init="he", seed=4)
    _, weight_grads, bias_grads = net.loss_and_gradients(X, y)
    Ws, bs = [ag.Var(W.copy()) for W in net.weights], [ag.Var(b.copy()) for b in net.biases]
    ag.mlp_loss(Ws, bs, acts, X, y).backward()
    for a, v in zip(weight_grads + bias_grads, Ws + bs):
        assert _rel_err(a, v.grad) < 1e-7


def test_loss_is_the_mean_cross_entropy():
    net = MLP([2, 3], seed=0)
    X, y = np.array([[1.0, 2.0], [0.5, -1.0]]), np.array([0, 2])
    logits = X @ net.weights[0]
    p = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    assert net.loss_and_gradients(X, y)[0] == pytest.approx(-np.mean(np.log(p[[0, 1], y])))


def test_dead_and_saturated_fractions():
    X, y = make_dataset("moons", n_samples=100, seed=0)
    net = MLP([2, 10, 10, 2], activation="relu", seed=0)
    net.biases[0][:4] = -100.0                       # 4 of the 10 first-layer units never fire
    d = net.diagnostics(X, y)
    assert d.dead[0] == pytest.approx(0.4)
    assert math.isnan(d.saturated[0])
    tanh_net = MLP([2, 50, 2], activation="tanh", init=50.0, seed=0)
    sat = tanh_net.diagnostics(X, y).saturated[0]
    direct = np.mean(np.abs(np.tanh(X @ tanh_net.weights[0])) > 0.94)
    assert sat == pytest.approx(direct) and sat > 0.8
    calm = MLP([2, 50, 2], activation="sigmoid", init=0.1, seed=0).diagnostics(X, y).saturated[0]
    assert calm == 0.0


def test_diagnostics_statistics_are_what_they_say():
    X, y = make_dataset("circles", n_samples=64, seed=1)
    net = MLP([2, 8, 6, 2], activation="tanh", init="xavier", seed=2)
    d = net.diagnostics(X, y, lr=0.5, bins=10)
    zs, acts = net.trace(X)
    np.testing.assert_allclose(d.act_mean, [acts[1].mean(), acts[2].mean()])
    np.testing.assert_allclose(d.act_std, [acts[1].std(), acts[2].std()])
    assert [c.sum() for c in d.hist_counts] == [64 * 8, 64 * 6]
    assert d.hist_edges[0][0] == -1 and d.hist_edges[0][-1] == 1 and len(d.hist_edges[0]) == 11
    _, weight_grads, _ = net.loss_and_gradients(X, y)
    np.testing.assert_allclose(d.grad_norm, [np.linalg.norm(g) for g in weight_grads])
    np.testing.assert_allclose(d.update_ratio, [0.5 * g.std() / W.std() for g, W in zip(weight_grads, net.weights)])
    assert np.isnan(net.diagnostics(X, y).update_ratio).all()


def test_fit_learns_is_reproducible_and_calls_back():
    X, y = make_dataset("moons", n_samples=200, noise=0.1, seed=0)
    calls = []
    net = MLP([2, 16, 16, 2], activation="tanh", init="xavier", seed=0)
    hist = net.fit(X, y, epochs=300, lr=0.5, callback=lambda e, n, h: calls.append(e), every=100,
                   diagnose_every=50)
    assert hist.loss[-1] < 0.5 * hist.loss[0]
    assert hist.accuracy[-1] > 0.95 and net.accuracy(X, y) == hist.accuracy[-1]
    assert calls == [100, 200, 300]
    assert [e for e, _ in hist.diagnostics] == [50, 100, 150, 200, 250, 300]
    assert hist.epochs_to(0.9) is not None and hist.epochs_to(1.01) is None
    again = MLP([2, 16, 16, 2], activation="tanh", init="xavier", seed=0).fit(X, y, epochs=300, lr=0.5)
    assert again.loss == hist.loss


def test_minibatch_fit_is_seeded():
    X, y = make_dataset("xor", n_samples=120, seed=0)
    runs = [MLP([2, 8, 2], seed=0).fit(X, y, epochs=20, lr=0.3, batch_size=16, seed=s).loss for s in (0, 0, 1)]
    assert runs[0] == runs[1] and runs[0] != runs[2]


@pytest.mark.parametrize("kwargs, match", [
    ({"epochs": -1}, "epochs"), ({"lr": 0.0}, "lr"), ({"lr": float("nan")}, "lr"),
    ({"batch_size": 0}, "batch_size")])
def test_fit_refuses_bad_settings(kwargs, match):
    X, y = make_dataset("moons", n_samples=10)
    with pytest.raises(ValueError, match=match):
        MLP([2, 3, 2]).fit(X, y, **kwargs)


def test_a_finite_but_hopeless_loss_counts_as_diverged():
    # logits of about 1e12 on the wrong side: finite, yet far past DIVERGED_LOSS (708 nats)
    X, y = make_dataset("moons", n_samples=40, seed=0)
    net = MLP([2, 4, 2], seed=0)
    net.biases[-1][:] = [1e12, -1e12]
    net.weights[-1][:] = 0.0
    y = np.ones_like(y)
    history = net.fit(X, y, epochs=5, lr=1e-300)
    assert history.diverged == 1 and len(history.loss) == 1
    assert 1e12 < history.loss[-1] < math.inf and math.isnan(history.accuracy[-1])
    with pytest.raises(ValueError, match="training diverged at epoch 1"):
        net.predict(X)
    # just below the bound, training goes on
    net = MLP([2, 4, 2], seed=0)
    net.biases[-1][:] = [350.0, -350.0]
    net.weights[-1][:] = 0.0
    history = net.fit(X, y, epochs=2, lr=1e-300)
    assert history.diverged is None and 699 < history.loss[-1] < DIVERGED_LOSS


def test_divergence_stops_training_without_warnings():
    X, y = make_dataset("spirals", n_samples=90, seed=0)
    hist = MLP([2, 16, 16, 3], activation="relu", seed=0).fit(X, y, epochs=50, lr=1e300)
    assert hist.diverged is not None and len(hist.loss) == hist.diverged and hist.loss[-1] == math.inf
    ok = MLP([2, 16, 3], seed=0).fit(X, y, epochs=5, lr=0.1)
    assert ok.diverged is None and len(ok.loss) == 5


def test_forward_and_layers_agree_with_trace():
    X, _ = _data(n=9, k=3)
    net = MLP([3, 5, 4, 3], activation=["tanh", "relu"], seed=2)
    zs, acts = net.trace(X)
    np.testing.assert_array_equal(net.forward(X), zs[-1])
    for (z, a), z_t, a_t in zip(net.layers(X), zs, acts[1:]):
        np.testing.assert_array_equal(z, z_t)
        np.testing.assert_array_equal(a, a_t)


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu", "gelu"])
def test_delta_norm_is_the_norm_of_dL_dz_by_finite_differences(activation):
    """diagnostics().delta_norm[l] is ||dL/dz_l||, checked entry by entry by nudging z_l."""
    rng = np.random.default_rng(3)
    X, y = rng.standard_normal((4, 2)), np.array([0, 1, 1, 0])
    net = MLP([2, 3, 3, 2], activation=activation, seed=1)
    for b in net.biases:
        b += 0.1                                    # keep ReLU units off their kink

    def loss_with(layer, nudge):
        a = X
        for i, (W, b) in enumerate(zip(net.weights, net.biases)):
            z = a @ W + b + (nudge if i == layer else 0.0)
            a = net.activations[i].f(z) if i < len(net.activations) else z
        logp = a - np.log(np.exp(a).sum(axis=1, keepdims=True))
        return -np.mean(logp[np.arange(len(y)), y])

    d = net.diagnostics(X, y)
    assert len(d.delta_norm) == 3
    for layer, size in enumerate(net.sizes[1:]):
        numeric = np.zeros((len(X), size))
        for idx in np.ndindex(numeric.shape):
            e = np.zeros_like(numeric)
            e[idx] = 1e-6
            numeric[idx] = (loss_with(layer, e) - loss_with(layer, -e)) / 2e-6
        assert d.delta_norm[layer] == pytest.approx(np.linalg.norm(numeric), rel=1e-6)


def test_fit_records_held_out_accuracy_without_training_on_it():
    from actlab.experiments import split_data
    X, y, X_test, y_test = split_data("moons", 100, 80, seed=0)
    assert len(X) == 100 and len(X_test) == 80
    assert not (set(map(tuple, X.round(12))) & set(map(tuple, X_test.round(12))))
    assert np.allclose(X.mean(axis=0), 0) and np.allclose(X.std(axis=0), 1)
    net = MLP([2, 16, 2], seed=0)
    before = [W.copy() for W in MLP([2, 16, 2], seed=0).weights]
    hist = net.fit(X, y, epochs=30, lr=0.5, X_test=X_test, y_test=y_test)
    assert len(hist.test_accuracy) == len(hist.test_loss) == 30
    assert hist.test_accuracy[-1] == net.accuracy(X_test, y_test)
    same = MLP([2, 16, 2], seed=0).fit(X, y, epochs=30, lr=0.5)       # the test data change nothing
    assert same.loss == hist.loss and any(not np.array_equal(a, b) for a, b in zip(before, net.weights))
    with pytest.raises(ValueError, match="X_test and y_test"):
        net.fit(X, y, epochs=1, X_test=X_test)

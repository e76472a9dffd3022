"""Lesson 2 (02_tanh): every comparative conclusion of the text, re-run through the library.

Each test repeats the experiment behind one sentence of the notebook (same settings, same seeds)
and asserts what the sentence concludes, so a change that flips a conclusion fails here even when
the notebook is re-executed with new numbers.
"""

import functools

import numpy as np
import pytest

import actlab
from actlab.exercises import check
from actlab.experiments import (SEEDS, fresh_diagnostics, fresh_network, gradient_check_data, split_data,
                                train_and_watch)
from actlab.mlp import init_std

TRAIN = dict(lr=0.05, epochs=60, depth=6, dataset="spirals", n_samples=200, n_test=200, every=60)
GAINS = {"1": 1.0, "5/3": 5 / 3, "3": 3.0}


def geomean(values):
    return float(np.exp(np.mean(np.log(values))))


def error_ratio(d):
    return d.delta_norm[0] / d.delta_norm[-2]


def last_epochs(curves, k=10):
    return np.array([np.mean(curve[-k:]) for curve in curves])


@functools.lru_cache(maxsize=None)
def diagnostics(activation, depth, init, seed):
    return fresh_diagnostics(activation, depth, init=init, seed=seed)


@functools.lru_cache(maxsize=None)
def histories(activation, init):
    return [train_and_watch(activation, init=init, seed=seed, **TRAIN)[1] for seed in SEEDS]


# ---------------------------------------------------------------- sections 3 and 4

def test_tanh_saturates_at_half_the_sigmoids_distance_with_the_same_relative_slope():
    edge_tanh, edge_sigmoid = np.arctanh(0.94), np.log(0.97 / 0.03)
    assert edge_tanh == pytest.approx(edge_sigmoid / 2, rel=1e-12)
    assert actlab.tanh_grad(edge_tanh) / 1.0 == pytest.approx(actlab.sigmoid_grad(edge_sigmoid) / 0.25)
    saturates = actlab.get_activation("tanh").saturates
    assert list(saturates(np.tanh(np.array([1.73, 1.75])))) == [False, True]


def test_sigmoid_layers_carry_an_offset_and_tanh_layers_stay_centred():
    for seed in SEEDS:
        sigmoid = diagnostics("sigmoid", 10, "xavier", seed).act_mean
        tanh = diagnostics("tanh", 10, "xavier", seed).act_mean
        assert np.all((sigmoid > 0.45) & (sigmoid < 0.56))
        assert np.all(np.abs(tanh) < 1e-3)
    # ... but tanh does not centre a signal that is not centred.
    z = 1.0 + np.random.default_rng(0).standard_normal(100_000)
    assert np.tanh(z).mean() == pytest.approx(0.55, abs=0.01)


# ---------------------------------------------------------------- section 5

def test_the_sigmoid_error_vanishes_by_about_four_per_layer_and_tanh_loses_a_few_percent():
    for depth in (5, 10, 20, 30):
        sig = np.array([error_ratio(diagnostics("sigmoid", depth, "xavier", s)) for s in SEEDS])
        tanh = np.array([error_ratio(diagnostics("tanh", depth, "xavier", s)) for s in SEEDS])
        assert np.all(sig < tanh)                                        # every seed
        assert 0.2 < geomean(sig) ** (1 / (depth - 1)) < 0.25           # "a factor of about 4"
        assert 0.9 < geomean(tanh) ** (1 / (depth - 1)) < 0.97          # "4-8% per layer"
    tanh_5 = geomean([error_ratio(diagnostics("tanh", 5, "xavier", s)) for s in SEEDS])
    tanh_30 = geomean([error_ratio(diagnostics("tanh", 30, "xavier", s)) for s in SEEDS])
    assert tanh_30 < 0.4 < tanh_5                                        # but it still falls with depth
    tanh_20 = geomean([error_ratio(diagnostics("tanh", 20, "xavier", s)) for s in SEEDS])
    assert tanh_20 < 0.4 and abs(np.log(tanh_30 / tanh_20)) < np.log(1.2)  # "about 0.3 by 20, then stays"


def test_deep_sigmoid_networks_stay_at_chance_while_every_tanh_network_learns():
    sigmoid, tanh = histories("sigmoid", "xavier"), histories("tanh", "xavier")
    sig_test = last_epochs([h.test_accuracy for h in sigmoid])
    tanh_test = last_epochs([h.test_accuracy for h in tanh])
    tanh_train = last_epochs([h.accuracy for h in tanh])
    assert np.all(np.abs(sig_test - 1 / 3) < 0.02)                     # "within two points of 1/3"
    assert last_epochs([h.loss for h in sigmoid]).mean() == pytest.approx(np.log(3), abs=0.01)
    assert np.all(tanh_test > sig_test + 0.2)                           # 5 of 5 seeds
    assert np.all((tanh_train - tanh_test > 0) & (tanh_train - tanh_test < 0.1))


def test_in_the_sigmoid_networks_the_forward_signal_vanishes_like_the_error():
    def input_spread(net, X):
        return np.array([a.std(axis=0).mean() for _, a in net.layers(X)])

    for seed in SEEDS:
        X = split_data("spirals", 200, 200, noise=0.05, seed=seed)[0]
        sigmoid = input_spread(fresh_network("sigmoid", 6, init="xavier", seed=seed, n_classes=3), X)
        tanh = input_spread(fresh_network("tanh", 6, init="xavier", seed=seed, n_classes=3), X)
        factors = sigmoid[1:] / sigmoid[:-1]
        assert np.all((factors > 0.15) & (factors < 0.35))               # "about 4 per layer"
        assert sigmoid[-1] < 1e-4                                        # "about 5e-5" by layer 6
        assert tanh[-1] > tanh[0] / 2                                    # "within a factor of 2"


# ---------------------------------------------------------------- section 6

@functools.lru_cache(maxsize=None)
def depth_comparison():
    depths = (2, 3, 5, 8, 10, 15, 20, 30)
    setups = {"tanh": "xavier", "relu": "he"}
    z = {n: np.array([[error_ratio(diagnostics(n, d, i, s)) for s in SEEDS] for d in depths]) for n, i in setups.items()}
    w = {n: np.array([[diagnostics(n, d, i, s).grad_norm[0] / diagnostics(n, d, i, s).grad_norm[-2]
                       for s in SEEDS] for d in depths]) for n, i in setups.items()}
    return depths, z, w


def test_dL_dz_ranks_relu_above_tanh_where_dL_dW_ranks_it_below():
    depths, z, w = depth_comparison()
    for j, depth in enumerate(depths):
        assert geomean(z["relu"][j]) > geomean(z["tanh"][j])                  # the error: ReLU higher
        assert geomean(w["relu"][j]) < geomean(w["tanh"][j]) / 2            # the weights: ReLU 2-4x lower
        higher, lower = np.sum(z["relu"][j] > z["tanh"][j]), np.sum(w["relu"][j] < w["tanh"][j])
        assert higher >= (5 if depth <= 8 else 3), depth
        assert lower >= 4, depth
    # the weight gradient hides tanh's fading: its error ratio falls with depth, the other does not
    assert geomean(z["tanh"][-1]) < 0.4 * geomean(z["tanh"][0])
    assert geomean(w["tanh"][-1]) > 0.8 * geomean(w["tanh"][0])


def test_relus_last_input_is_larger_than_the_data_and_tanhs_smaller():
    X, _ = gradient_check_data()
    data = np.linalg.norm(X)
    for seed in SEEDS:
        tanh = np.linalg.norm(fresh_network("tanh", 10, init="xavier", seed=seed).trace(X)[1][-2])
        relu = np.linalg.norm(fresh_network("relu", 10, init="he", seed=seed).trace(X)[1][-2])
        assert tanh < data < 1.8 * data < relu


# ---------------------------------------------------------------- section 7

def test_the_average_slope_of_tanh_on_a_standard_normal_input_is_about_three_fifths():
    xi = np.random.default_rng(0).standard_normal(1_000_000)
    assert 1 / actlab.tanh_grad(xi).mean() == pytest.approx(5 / 3, abs=0.03)
    # the forward-variance argument gives another gain, 1.59
    assert 1 / np.sqrt(np.mean(np.tanh(xi) ** 2)) == pytest.approx(1.59, abs=0.01)


def test_at_the_fixed_point_the_error_is_balanced_only_at_gain_one():
    xi = np.random.default_rng(0).standard_normal(20_000)
    out = {}
    for g in (1.0, 1.23, 5 / 3):
        q = 1.0
        for _ in range(300):
            q = g ** 2 * np.mean(np.tanh(np.sqrt(q) * xi) ** 2)
        z = np.sqrt(q) * xi
        out[g] = (np.sqrt(np.mean(np.tanh(z) ** 2)), g * np.sqrt(np.mean(actlab.tanh_grad(z) ** 2)))
    assert out[1.0][0] < 0.1 and 0.99 < out[1.0][1] <= 1.0               # the signal dies out, slowly
    assert out[1.23][0] == pytest.approx(0.44, abs=0.01) and out[1.23][1] == pytest.approx(1.02, abs=0.005)
    assert out[5 / 3][0] == pytest.approx(0.65, abs=0.01) and out[5 / 3][1] == pytest.approx(1.10, abs=0.01)


@functools.lru_cache(maxsize=None)
def gain_row(init):
    X, y = gradient_check_data()
    rows = []
    for seed in SEEDS:
        net = fresh_network("tanh", 10, init=init, seed=seed)
        d = net.diagnostics(X, y)
        zs, _ = net.trace(X)
        predicted = geomean([init_std(init, *W.shape) * np.sqrt(W.shape[0]) * np.sqrt(np.mean(actlab.tanh_grad(z) ** 2))
                             for W, z in zip(net.weights[1:10], zs[0:9])])
        rows.append((d.act_std[0], d.act_std[-1], d.saturated.mean(), error_ratio(d), predicted))
    return np.array(rows)            # seeds x (std first, std last, saturated, ratio, predicted)


def test_gain_one_vanishes_five_thirds_and_three_explode():
    assert np.all(gain_row(1.0)[:, 3] < 1)                              # 5 of 5 seeds
    assert np.sum(gain_row("xavier")[:, 3] < 1) >= 4
    assert np.sum(gain_row(1.5)[:, 3] > 1) >= 4
    assert np.all(gain_row(5 / 3)[:, 3] > 1)
    assert np.all(gain_row(2.0)[:, 3] > 1)
    assert np.all(gain_row(3.0)[:, 3] > 5)                              # exploding, at 49% saturated
    assert 0.4 < gain_row(3.0)[:, 2].mean() < 0.6
    assert np.all(gain_row("xavier")[:, 3] > gain_row(1.0)[:, 3])      # Xavier's smaller layer 1


def test_saturation_grows_with_the_gain_in_every_seed():
    shares = np.array([gain_row(g)[:, 2] for g in (1.0, 1.5, 5 / 3, 2.0, 3.0)])
    assert np.all(np.diff(shares, axis=0) > 0)
    assert np.all(shares[0] < 0.02)


def test_five_thirds_holds_the_forward_spread_and_gain_one_lets_it_fade():
    one, five_thirds = gain_row(1.0), gain_row(5 / 3)
    assert np.mean(five_thirds[:, 1]) / np.mean(five_thirds[:, 0]) > 0.8
    assert np.mean(one[:, 1]) / np.mean(one[:, 0]) < 0.5


def test_the_per_layer_factor_is_predicted_by_gain_times_rms_slope():
    for g in ("xavier", 1.0, 1.5, 5 / 3, 2.0, 3.0):
        rows = gain_row(g)
        measured = geomean(rows[:, 3]) ** (1 / 9)
        assert geomean(rows[:, 4]) == pytest.approx(measured, rel=0.05), g


def test_the_saturation_map_darkens_with_the_gain():
    from matplotlib.figure import Figure

    from actlab.plotting import plot_saturation_map

    X, _ = gradient_check_data()
    axes = Figure().subplots(1, 3)
    shares = [plot_saturation_map(ax, fresh_network("tanh", 10, init=g), X, layer=5)[1]
              for ax, g in zip(axes, GAINS.values())]
    assert shares[0] < 0.01 < shares[1] < 0.3 < shares[2]


def test_training_five_thirds_generalises_best_one_is_slowest_three_overfits():
    final = {}
    for label, gain in GAINS.items():
        hs = histories("tanh", gain)
        final[label] = (last_epochs([h.accuracy for h in hs]), last_epochs([h.test_accuracy for h in hs]))
    (train_1, test_1), (train_53, test_53), (train_3, test_3) = final.values()
    assert np.all((test_53 > test_1) & (test_53 > test_3))
    assert np.all((train_1 < train_53) & (train_1 < train_3))
    assert np.all(train_3 - test_3 > train_53 - test_53)
    assert np.mean(train_3 - test_3) > 0.05


def test_xavier_passes_more_error_than_gain_one_yet_trains_worse_as_the_forward_spread_predicts():
    xavier, one, five_thirds = histories("tanh", "xavier"), histories("tanh", 1.0), histories("tanh", 5 / 3)
    birth = lambda hs: [h.diagnostics[0][1] for h in hs]                                    # noqa: E731
    ratio = {k: np.array([error_ratio(d) for d in birth(hs)]) for k, hs in (("x", xavier), ("1", one))}
    assert np.all(ratio["x"] > ratio["1"])                                                   # 5 of 5 seeds
    spread = [np.array([d.act_std[-1] for d in birth(hs)]) for hs in (xavier, one, five_thirds)]
    train = [last_epochs([h.accuracy for h in hs]) for hs in (xavier, one, five_thirds)]
    assert np.all((spread[0] < spread[1]) & (spread[1] < spread[2]))
    assert np.all((train[0] < train[1]) & (train[1] < train[2]))                             # same order
    test_x, test_53 = (last_epochs([h.test_accuracy for h in hs]) for hs in (xavier, five_thirds))
    assert np.all(test_53 > test_x)


def test_the_initialisation_matters_as_much_as_the_activation():
    test = {key: last_epochs([h.test_accuracy for h in histories(*key)]).mean()
            for key in (("sigmoid", "xavier"), ("tanh", "xavier"), ("tanh", 5 / 3))}
    activation = test[("tanh", "xavier")] - test[("sigmoid", "xavier")]
    initialisation = test[("tanh", 5 / 3)] - test[("tanh", "xavier")]
    assert activation > 0.2 and initialisation > 0.2                     # "about 0.3" each
    assert 0.67 < initialisation / activation < 1.5


# ---------------------------------------------------------------- exercises and the library

def test_exercise_3_balanced_gain_is_what_the_checker_expects():
    def mean_ratio(gain):
        return geomean([error_ratio(diagnostics("tanh", 10, gain, seed)) for seed in SEEDS])

    low, high = 1.0, 1.5
    assert mean_ratio(low) < 1 < mean_ratio(high)
    while high - low > 0.002:
        middle = (low + high) / 2
        low, high = (middle, high) if mean_ratio(middle) < 1 else (low, middle)
    assert (low + high) / 2 == pytest.approx(1.233, abs=0.005)
    assert check("balanced_gain", 1.23) and check("balanced_gain", 1.25)
    assert check("balanced_gain", 5 / 3).status == "wrong"
    assert check("balanced_gain", None).status == "not attempted"
    # "at that gain the activations still narrow"
    d = diagnostics("tanh", 10, 1.233, 0)
    assert d.act_std[-1] < 0.8 * d.act_std[0]


def test_exercises_1_and_2_accept_the_solutions_and_reject_the_traps():
    sigmoid = actlab.sigmoid
    assert check("sigmoid_from_tanh", lambda x: (1 + np.tanh(x / 2)) / 2)
    assert check("sigmoid_from_tanh", lambda x: (1 + np.tanh(x)) / 2).status == "wrong"
    assert check("tanh_grad_stable", lambda x: 4 * sigmoid(2 * x) * sigmoid(-2 * x))
    assert check("tanh_grad_stable", lambda x: 1 / np.cosh(x) ** 2)
    assert check("tanh_grad_stable", lambda x: 1 - np.tanh(x) ** 2).status == "wrong"
    assert check("tanh_grad_stable", lambda x: 4 * sigmoid(2 * x) * (1 - sigmoid(2 * x))).status == "wrong"

    def unattempted(x):
        ...

    assert check("tanh_grad_stable", unattempted).status == "not attempted"


def test_plot_seeds_band_shades_the_range_instead_of_drawing_each_seed():
    from matplotlib.figure import Figure

    from actlab.plotting import plot_seeds

    ax = Figure().subplots()
    runs = np.array([[1.0, 2.0], [3.0, 6.0]])
    drawn = plot_seeds(ax, [0, 1], runs, label="a", band=True)
    assert drawn["seeds"] == [] and "band" in drawn
    np.testing.assert_allclose(drawn["centre"].get_ydata(), [2.0, 4.0])
    assert "band" not in plot_seeds(ax, [0, 1], runs)                     # the default is unchanged


def test_exercise_4_saturation_gain_is_what_the_explorer_shows():
    from actlab.widgets import gain_explorer

    at = {g: fresh_diagnostics("tanh", 10, init=g, width=32).saturated[-1] for g in (2.2, 2.25)}
    assert f"{at[2.2]:.0%}" == "29%" and at[2.2] < 0.3 <= at[2.25]
    assert check("saturation_gain", 2.25) and check("saturation_gain", 2.2).status == "wrong"
    assert error_ratio(fresh_diagnostics("tanh", 10, init=2.25)) == pytest.approx(5.7, abs=0.05)   # "about 5.7"
    assert fresh_diagnostics("tanh", 10, init=2.25).saturated[-1] == at[2.25]    # the widget-free route
    ex = gain_explorer("tanh", depth=10, gain=2.25, width=32)
    assert ex.error is None and "30% saturated" in ex.axes[1].get_title()


def test_gain_explorer_width_keyword_builds_that_network_and_keeps_its_default():
    from actlab.widgets import gain_explorer

    narrow = gain_explorer("tanh", depth=4, gain=1.0, width=16)
    expected = fresh_diagnostics("tanh", 4, init=1.0, width=16)
    np.testing.assert_allclose(narrow.result[1].act_std, expected.act_std)
    default = gain_explorer("tanh", depth=4, gain=1.0)
    np.testing.assert_allclose(default.result[1].act_std, fresh_diagnostics("tanh", 4, init=1.0, width=64).act_std)
    narrow.controls["gain"].value = 3.0
    assert narrow.renders == 2 and narrow.error is None

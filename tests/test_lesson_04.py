"""The conclusions of lesson 4 (Leaky ReLU), each re-run through the library, and the library
functions the lesson added (``first_layer_error_ratio``, ``watch_inactive_units``, two checkers).

Each test repeats the experiment behind one sentence of ``notebooks/04_leaky_relu.ipynb`` with the
notebook's settings and asserts what the sentence says, so a change that flips it fails here.
"""

import math

import numpy as np
import pytest

import actlab
from actlab.exercises import EXERCISES, check
from actlab.experiments import (BORN_DEAD_THRESHOLD, SEEDS, born_dead_fraction, first_layer_error_ratio,
                                fresh_network, split_data, train_and_watch, watch_inactive_units)

# ---------------------------------------------------------------- the experiments of section 3

DEPTHS, WIDTHS, TRIALS = (2, 5, 10, 20, 30), (2, 3, 4), 40
SETTINGS = {"relu": ("relu", {}), "0.01": ("leaky_relu", {"alpha": 0.01}),
            "0.1": ("leaky_relu", {"alpha": 0.1}), "0.3": ("leaky_relu", {"alpha": 0.3})}
LR, EPOCHS = 0.7, 100


@pytest.fixture(scope="module")
def ratios():
    """Section 3's born-dead grid: per setting, width and depth, one ratio array per seed."""
    return {(label, w, d): [first_layer_error_ratio(d, w, name, trials=TRIALS, seed=TRIALS * s, **params)
                            for s in SEEDS]
            for label, (name, params) in SETTINGS.items() for w in WIDTHS for d in DEPTHS}


@pytest.fixture(scope="module")
def born_dead(ratios):
    return {key: np.array([np.mean(r < BORN_DEAD_THRESHOLD) for r in per_seed])
            for key, per_seed in ratios.items()}


@pytest.fixture(scope="module")
def runs():
    """Section 3's training runs: learning rate 0.7, 100 epochs, 5 seeds, per setting."""
    return {label: [watch_inactive_units(actlab.get_activation(name, **params), LR, epochs=EPOCHS, seed=s)
                    for s in SEEDS]
            for label, (name, params) in SETTINGS.items()}


def _inactive_at_end(run):
    return run[1][-1].mean()


def _came_back(run, layers):
    inactive = run[1][:, layers]
    ever = inactive.any(axis=0)
    return int((ever & ~inactive[-1]).sum()), int(ever.sum())


def _share_back(run):
    back, ever = _came_back(run, slice(0, 3))
    return back / max(ever, 1)


def _count(runs, label, better):
    return sum(better(run, twin) for run, twin in zip(runs[label], runs["relu"]))


# "In every cell of the table the order is the same: ReLU, then 0.01, then 0.1, then 0.3."
def test_born_dead_more_leak_fewer_dead_everywhere(born_dead):
    order = list(SETTINGS)
    for w in WIDTHS:
        for d in DEPTHS:
            means = [born_dead[label, w, d].mean() for label in order]
            assert means == sorted(means, reverse=True), (w, d, means)


# "At width 3 and depth 20 ... 88%, 61%, 14% and under 1%, in that order in every one of the five
# seeds", and a leak of 0.01 does not remove the failure there (above 0 in every seed).
def test_born_dead_at_width_3_depth_20(born_dead):
    relu, a01, a1, a3 = (born_dead[label, 3, 20] for label in SETTINGS)
    assert all(r > x > y >= z for r, x, y, z in zip(relu, a01, a1, a3))
    assert all(a01 > 0)
    assert relu.mean() > 0.8 and 0.5 < a01.mean() < 0.7 and 0.1 < a1.mean() < 0.2 and a3.mean() < 0.01


# "Up to depth 5 no leaky network is effectively dead, but at widths 2 and 3 from depth 20 on, and
# at width 4 at depth 30, most of the networks with alpha = 0.01 are."
def test_small_leak_leaves_deep_narrow_networks_dead(born_dead):
    for label in ("0.01", "0.1", "0.3"):
        for w in WIDTHS:
            assert born_dead[label, w, 2].max() == 0 and born_dead[label, w, 5].max() == 0
    most = [(w, d) for w in WIDTHS for d in DEPTHS if born_dead["0.01", w, d].mean() > 0.5]
    assert most == [(2, 20), (2, 30), (3, 20), (3, 30), (4, 30)]


# "alpha = 0.3 keeps the share under 6% on average (10% in the worst single seed) everywhere except
# at width 2 and depth 30, where it is still 31%"; the summary: "all but about 5% alive at widths 3
# and 4, but at width 2 and depth 30 it still loses about a third".
def test_large_leak_keeps_almost_all_alive(born_dead):
    worst_seed = 0.0
    for w in WIDTHS:
        for d in DEPTHS:
            share = born_dead["0.3", w, d].mean()
            if (w, d) == (2, 30):
                assert 0.25 < share < 0.4
            else:
                assert share < 0.06, (w, d, share)
                worst_seed = max(worst_seed, born_dead["0.3", w, d].max())
    assert worst_seed == pytest.approx(0.1)


# The twins: "more than two thirds of the twins of dead ReLU networks pass back less than a
# millionth; the median less than 1e-7, the smallest a few times 1e-15"; "alpha = 0.3 rescues almost
# every twin".
def test_leaky_twins_of_dead_relu_networks_are_dead_in_practice(ratios):
    relu = np.concatenate(ratios["relu", 3, 20])
    dead = relu == 0
    assert dead.sum() > 150
    twin = np.concatenate(ratios["0.01", 3, 20])[dead]
    assert (twin > 0).all()                                   # never exactly zero
    assert np.mean(twin < BORN_DEAD_THRESHOLD) > 2 / 3
    assert np.median(twin) < 1e-7 and twin.min() < 1e-14
    assert np.mean(np.concatenate(ratios["0.3", 3, 20])[dead] < BORN_DEAD_THRESHOLD) < 0.05


# "Moving the threshold a hundredfold either way changes the shares, but not their order."
def test_threshold_moves_shares_not_order(ratios):
    for threshold in (1e-4, 1e-6, 1e-8):
        shares = [np.mean(np.concatenate(ratios[label, 3, 20]) < threshold) for label in SETTINGS]
        assert shares == sorted(shares, reverse=True), (threshold, shares)
        assert shares[0] > shares[2]


# "Dead ReLU units of layer 1 never came back ... Dead ReLU units of layers 2 and 3 often did."
def test_relu_layer_1_units_never_come_back_deeper_ones_do(runs):
    for run in runs["relu"]:
        assert not run[0].diverged
        layer_1 = run[1][:, 0]
        assert _came_back(run, slice(0, 1))[0] == 0
        assert (np.diff(layer_1.astype(int), axis=0) >= 0).all()      # once dead, dead for good
    back, ever = map(sum, zip(*(_came_back(run, slice(1, 3)) for run in runs["relu"])))
    assert ever > 0 and back / ever > 0.3


# "ReLU and the two smaller leaks never diverge"; "alpha = 0.3 diverged in one seed"; ReLU ends with
# between a tenth and a third of its units dead.
def test_which_runs_diverge(runs):
    for label in ("relu", "0.01", "0.1"):
        assert not any(history.diverged for history, _ in runs[label]), label
    assert sum(bool(history.diverged) for history, _ in runs["0.3"]) == 1
    relu_end = [_inactive_at_end(run) for run in runs["relu"]]
    assert min(relu_end) >= 0.1 and max(relu_end) <= 0.36


# "alpha = 0.01 behaves like ReLU: fewer inactive units than its ReLU twin in only 2 of the 5
# seeds, and in layer 1 one unit of 33 came back."
def test_small_leak_behaves_like_relu(runs):
    fewer = _count(runs, "0.01", lambda r, t: not r[0].diverged and _inactive_at_end(r) < _inactive_at_end(t))
    assert fewer <= 2
    back, ever = map(sum, zip(*(_came_back(run, slice(0, 1)) for run in runs["0.01"])))
    assert back <= 1 and ever > 20


# "alpha = 0.1 and 0.3 ... each ends with fewer inactive units than ReLU, and with a larger share of
# its once-inactive units active again, in 4 of the 5 seeds. Units of layer 1 came back too."
@pytest.mark.parametrize("label", ["0.1", "0.3"])
def test_larger_leaks_bring_units_back(runs, label):
    fewer = _count(runs, label, lambda r, t: not r[0].diverged and _inactive_at_end(r) < _inactive_at_end(t))
    more_back = _count(runs, label, lambda r, t: not r[0].diverged and _share_back(r) > _share_back(t))
    assert fewer >= 4 and more_back >= 4
    assert sum(_came_back(run, slice(0, 1))[0] for run in runs[label] if not run[0].diverged) > 0


# "No leak beat ReLU's test accuracy in more than 2 of the 5 seeds"; "alpha = 0.3 did worse than
# ReLU in 4 of the 5 seeds (lower test accuracy in 3, and in one it diverged): 75% on average
# against ReLU's 90%"; "training accuracy is at most 8 points above test accuracy in any run".
def test_leaks_do_not_raise_test_accuracy(runs):
    for label in ("0.01", "0.1", "0.3"):
        higher = _count(runs, label, lambda r, t: not r[0].diverged
                        and r[0].test_accuracy[-1] > t[0].test_accuracy[-1])
        assert higher <= 2, label
    worse = _count(runs, "0.3", lambda r, t: bool(r[0].diverged) or r[0].test_accuracy[-1] < t[0].test_accuracy[-1])
    assert worse == 4
    test_03 = np.mean([h.test_accuracy[-1] for h, _ in runs["0.3"] if not h.diverged])
    test_relu = np.mean([h.test_accuracy[-1] for h, _ in runs["relu"]])
    assert test_03 < 0.8 < 0.85 < test_relu
    gaps = [h.accuracy[-1] - h.test_accuracy[-1] for per_seed in runs.values() for h, _ in per_seed
            if not h.diverged]
    assert max(gaps) <= 0.085


# The same runs at learning rate 0.3: "no run diverged, every activation ends with about a tenth
# of its units inactive, and 19 of the 20 runs reach 95% to 98% test accuracy; the exception is one
# seed of alpha = 0.3 (79%). ReLU's test accuracy, 97% on average, is as high as that of 0.01 and
# 0.1, and above that of 0.3 (93%)."
def test_smaller_learning_rate_trains_relu_as_well_as_the_leaks():
    slow = {label: [watch_inactive_units(actlab.get_activation(name, **params), 0.3, epochs=EPOCHS, seed=s,
                                         every=EPOCHS) for s in SEEDS]
            for label, (name, params) in SETTINGS.items()}
    tests = {label: np.array([h.test_accuracy[-1] for h, _ in per_seed]) for label, per_seed in slow.items()}
    for label, per_seed in slow.items():
        assert not any(h.diverged for h, _ in per_seed)
        assert max(_inactive_at_end(run) for run in per_seed) <= 0.11      # "about a tenth or fewer"
    assert sum(int(np.sum(t >= 0.95)) for t in tests.values()) == 19
    assert tests["0.3"].min() < 0.85 and np.sum(tests["0.3"] < 0.95) == 1
    assert tests["relu"].mean() >= max(tests["0.01"].mean(), tests["0.1"].mean()) - 0.005
    assert tests["relu"].mean() > tests["0.3"].mean() + 0.02


# The twins' weight gradients: in the effectively dead alpha = 0.01 networks (width 3, depth 20) every
# weight gradient is a few times 1e-10 of its weights, some ten thousand times less than in the living
# ReLU networks (about 1e-5), and the last hidden layer's rms is a few times 1e-9.
def test_effectively_dead_twins_have_tiny_weight_gradients(ratios):
    dead = np.concatenate(ratios["relu", 3, 20]) == 0
    twin = np.concatenate(ratios["0.01", 3, 20]) < BORN_DEAD_THRESHOLD
    medians = {}
    for name, act, pick in (("dead", actlab.get_activation("leaky_relu", alpha=0.01), twin),
                            ("alive", actlab.get_activation("relu"), ~dead)):
        rel_1, rel_out, top = [], [], []
        for i, s in enumerate(SEEDS):
            rng = np.random.default_rng(TRIALS * s)
            X, y = rng.standard_normal((64, 2)), rng.integers(0, 2, 64)
            for k in np.flatnonzero(pick[i * TRIALS:(i + 1) * TRIALS]):
                net = fresh_network(act, 20, 3, "he", seed=TRIALS * s + k)
                g = net.diagnostics(X, y).grad_norm
                rel_1.append(g[0] / np.linalg.norm(net.weights[0]))
                rel_out.append(g[-1] / np.linalg.norm(net.weights[-1]))
                top.append(np.sqrt(np.mean(net.trace(X)[1][-1] ** 2)))
        medians[name] = np.median(rel_1), np.median(rel_out), np.median(top)
    assert all(1e-10 < m < 1e-9 for m in medians["dead"][:2]) and 1e-9 < medians["dead"][2] < 1e-8
    assert all(1e-6 < m < 1e-4 for m in medians["alive"][:2])
    assert all(a > 5e3 * d for a, d in zip(medians["alive"][:2], medians["dead"][:2]))


# ---------------------------------------------------------------- section 4: the exact means

def test_leaky_mean_and_negative_share_exact():
    z = np.random.default_rng(0).standard_normal(100_000)
    for alpha in (0.0, 0.01, 0.1, 0.2, 0.3):
        out = actlab.leaky_relu(z, alpha=alpha)
        assert out.mean() == pytest.approx((1 - alpha) / math.sqrt(2 * math.pi), abs=0.006)
        share = np.abs(out[z < 0]).sum() / np.abs(out).sum()
        assert share == pytest.approx(alpha / (1 + alpha), abs=0.003)


# ---------------------------------------------------------------- the exercises' answers

def test_exercise_4_answer_is_the_smallest_alpha_under_30_percent_in_several_samples():
    def share(a, seed):
        return np.mean(first_layer_error_ratio(30, 3, "leaky_relu", alpha=a, seed=seed) < BORN_DEAD_THRESHOLD)
    for seed in (0, 1000, 2000):
        assert share(0.15, seed) >= 0.3 > share(0.2, seed), seed
    assert share(0.1, 0) > 0.3
    assert check("leak_against_born_dead_30", 0.2)
    assert not check("leak_against_born_dead_30", 0.25)
    assert check("leak_against_born_dead_30", ...).status == "not attempted"


def test_exercise_4_old_cut_off_of_10_percent_kept_for_reference():
    def share(a):
        return np.mean(first_layer_error_ratio(30, 3, "leaky_relu", alpha=a) < BORN_DEAD_THRESHOLD)
    assert share(0.25) >= 0.1 > share(0.3)
    assert EXERCISES["leak_against_born_dead"].reference == 0.3
    assert check("leak_against_born_dead", 0.3)
    assert not check("leak_against_born_dead", 0.25)
    assert check("leak_against_born_dead", ...).status == "not attempted"


def test_exercise_5_explorer_jumps_along_alpha():
    from actlab import widgets

    explorer = widgets.dying_relu_explorer("leaky_relu", lr=1.0)
    outcome = {}
    for alpha in (0.04, 0.05, 0.06):
        explorer.controls["alpha"].value = alpha
        explorer.update()
        assert explorer.error is None
        outcome[alpha] = explorer.result[1].diverged
    assert outcome[0.04] and not outcome[0.05] and outcome[0.06]
    assert "diverged" in explorer.axes[1].get_title()
    explorer.controls["alpha"].value = 0.05
    explorer.update()
    assert explorer.result[1].accuracy[-1] > 0.98
    assert "inactive at the end" in explorer.axes[0].get_title()


# The solution: over seeds 0-9 (lr 1.0, 100 epochs) ReLU diverges 0, 0.01 3, 0.1 2, 0.3 10 times (nine of them in epoch 1).
def test_exercise_5_divergence_counts_over_ten_seeds():
    def epochs(act):
        return [train_and_watch(act, 1.0, epochs=100, seed=s, every=100)[1].diverged for s in range(10)]

    def count(act):
        return sum(bool(epoch) for epoch in epochs(act))
    largest = epochs(actlab.get_activation("leaky_relu", alpha=0.3))
    assert all(largest) and largest.count(1) == 9
    assert count(actlab.get_activation("leaky_relu", alpha=0.1)) == 2
    assert count(actlab.get_activation("leaky_relu", alpha=0.01)) == 3
    assert count(actlab.get_activation("relu")) == 0
    assert check("leak_divergence_count", 10)
    assert not check("leak_divergence_count", 5)
    assert check("leak_divergence_count", ...).status == "not attempted"


def test_exercise_2_finite_difference_at_the_kink():
    h = 1e-6
    fd = (actlab.leaky_relu(h, alpha=0.1) - actlab.leaky_relu(-h, alpha=0.1)) / (2 * h)
    assert fd == pytest.approx(0.55)
    assert check("leaky_fd_at_kink", fd)
    assert not check("leaky_fd_at_kink", 0.1) and not check("leaky_fd_at_kink", 1.0)


def test_exercise_1_hint_names_the_slope_not_a_constant():
    assert "0.1 x" in EXERCISES["leaky_relu"].hint and "plain ReLU" in EXERCISES["leaky_relu"].hint


# ---------------------------------------------------------------- the library additions

def test_first_layer_error_ratio_matches_born_dead_fraction_and_one_network_at_a_time():
    for depth, width, name, params in ((10, 3, "relu", {}), (20, 3, "leaky_relu", {"alpha": 0.01}),
                                       (8, 2, "leaky_relu", {"alpha": 0.1}), (6, 4, "tanh", {})):
        r = first_layer_error_ratio(depth, width, name, trials=30, seed=7, **params)
        assert r.shape == (30,)
        assert np.mean(r < BORN_DEAD_THRESHOLD) == born_dead_fraction(depth, width, name, trials=30, seed=7,
                                                                      **params)
    # the same numbers as the network's own backward pass, network by network
    act = actlab.get_activation("leaky_relu", alpha=0.1)
    rng = np.random.default_rng(3)
    X, y = rng.standard_normal((64, 2)), rng.integers(0, 2, 64)
    r = first_layer_error_ratio(12, 3, act, trials=5, seed=3)
    for k in range(5):
        net = fresh_network(act, 12, 3, "he", seed=3 + k)
        deltas = []
        net._backward(*net.trace(X), y, deltas)
        assert r[k] == pytest.approx(deltas[0] / deltas[-1], rel=1e-10)


def test_first_layer_error_ratio_is_exactly_zero_for_dead_relu_only():
    relu = first_layer_error_ratio(20, 2, "relu", trials=40)
    leaky = first_layer_error_ratio(20, 2, "leaky_relu", trials=40, alpha=0.01)
    assert (relu == 0).any() and (leaky > 0).all()
    wide = first_layer_error_ratio(3, 32, "relu", trials=10)
    assert (wide > 1e-3).all()                       # a shallow wide network is never born dead


def test_watch_inactive_units_agrees_with_diagnostics():
    history, inactive = watch_inactive_units("relu", 1.0, epochs=25, every=10, seed=1)
    assert inactive.shape == (3, 3, 32)              # epochs 10, 20 and the last, 25
    assert inactive.dtype == bool
    shares = [d.dead for _, d in history.diagnostics[1:]]            # epochs 10 and 20
    for row, dead in zip(inactive, shares):
        assert np.allclose(row.mean(axis=1), dead)
    # the last row is the trained network itself
    X = split_data("spirals", 300, 300, 0.05, 1)[0]
    net, _ = train_and_watch("relu", 1.0, epochs=25, every=10, seed=1)
    zs, _ = net.trace(X)
    assert (inactive[-1] == np.array([np.all(z <= 0, axis=0) for z in zs[:-1]])).all()


def test_watch_inactive_units_stops_at_divergence():
    history, inactive = watch_inactive_units(actlab.get_activation("leaky_relu", alpha=0.3), 1.0,
                                             epochs=30, every=1, seed=0)
    assert history.diverged
    assert len(inactive) == history.diverged - 1

"""Lesson 1 (01_sigmoid): every comparative conclusion of the text, re-run through actlab.

Each test repeats the experiment behind one sentence of the notebook (same settings, same seeds)
and asserts what the sentence says, so a change in the library that flips a conclusion fails here
even when the notebook is re-executed. Also the library additions the lesson uses.
"""

from __future__ import annotations

import numpy as np
import pytest

from actlab.exercises import EXERCISES, check
import actlab
from actlab.experiments import (SEEDS, ZIGZAG_LRS, fresh_diagnostics, fresh_network,
                                gradient_check_data, split_data, train_and_watch, two_weight_descent)

DEPTH = 10
TARGET = np.array([1.5, -0.5])


def ratio(d):
    """||dL/dz_1|| / ||dL/dz_last hidden|| of a Diagnostics."""
    return d.delta_norm[0] / d.delta_norm[-2]


# ------------------------------------------------------------------ section 1 and exercise 2

def where_sigmoid(x):
    return np.where(x >= 0, 1 / (1 + np.exp(-x)), np.exp(x) / (1 + np.exp(x)))


def test_np_where_sigmoid_is_right_but_overflows_and_the_checker_says_why():
    x = np.array([-1000.0, -40.0, 0.0, 40.0, 1000.0])
    with np.errstate(all="ignore"):
        assert np.allclose(where_sigmoid(x), [0.0, 4.248354255291589e-18, 0.5, 1.0, 1.0], rtol=1e-12, atol=0)
    with pytest.warns(RuntimeWarning):
        where_sigmoid(x)
    fb = check("stable_sigmoid", where_sigmoid)
    assert fb.status == "wrong"
    assert "At x = -1000 numpy warned: overflow" in fb.message
    assert "np.where" in fb.message and "EVERY element" in fb.message


def test_warning_hint_is_only_used_by_the_exercise_that_has_one():
    assert EXERCISES["stable_sigmoid"].warning_hint and not EXERCISES["log_sum_exp"].warning_hint
    fb = check("log_sum_exp", lambda z: np.log(np.sum(np.exp(z))))
    assert fb.status == "wrong" and fb.message.endswith("A stable version never overflows.")
    assert "np.where" not in fb.message


def test_the_stable_solution_passes():
    def stable(x):
        e = np.exp(-np.abs(x))
        return np.where(x >= 0, 1 / (1 + e), e / (1 + e))
    assert check("stable_sigmoid", stable)


def silenced(x):
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-x))


def test_the_one_liner_is_right_and_actlab_is_the_one_liner_silenced():
    # section 1: the one-liner's only fault is the warning; actlab.sigmoid returns the same values,
    # keeps full relative accuracy (against scipy's expit) and does not warn
    from scipy.special import expit
    x = np.concatenate([np.linspace(-745, 745, 20001), [-1000.0, -40.0, 40.0, 1000.0, -1e308, 1e308]])
    with np.errstate(over="ignore"):
        naive = 1 / (1 + np.exp(-x))
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        ours = actlab.sigmoid(x)
    assert np.array_equal(ours, naive)
    normal = expit(x) > 1e-300                     # away from the subnormal range
    assert np.max(np.abs(ours[normal] / expit(x[normal]) - 1)) < 1e-15
    assert actlab.sigmoid(-1000.0) == 0.0 and actlab.sigmoid(-40.0) == pytest.approx(4.2484e-18, rel=1e-4)
    with np.errstate(all="ignore"):
        assert np.isnan(np.exp(1000.0) / (1 + np.exp(1000.0)))   # the other form really breaks
    e = np.exp(-np.abs(x))                          # the -|x| form: as accurate
    general = np.where(x >= 0, 1 / (1 + e), e / (1 + e))
    assert np.max(np.abs(general[normal] / expit(x[normal]) - 1)) < 2e-15


def test_exercise_2_accepts_both_answers_and_explains_the_tanh_form():
    assert check("stable_sigmoid", silenced)                     # "two valid answers"
    fb = check("stable_sigmoid", lambda x: 0.5 * (1 + np.tanh(x / 2)))
    assert fb.status == "wrong" and "far left yours gives exactly 0" in fb.message   # 0 instead of 4.2e-18
    assert "overflow" not in fb.message and "Hint" not in fb.message
    fb = check("stable_sigmoid", lambda x: (1 + np.tanh(x / 2)) / 2)           # the same, typed otherwise
    assert "A fuller hint" in fb.message and "relative accuracy" in fb.message


def test_exercise_1_second_derivative():
    s = actlab.sigmoid
    assert check("sigmoid_second_derivative", lambda x: s(x) * (1 - s(x)) * (1 - 2 * s(x)))
    assert check("sigmoid_second_derivative", lambda x: np.exp(-x) * (np.exp(-x) - 1) / (1 + np.exp(-x)) ** 3)
    for wrong in (lambda x: s(x) * (1 - s(x)), lambda x: s(x) * (1 - s(x)) * (1 - s(x)),
                  lambda x: s(x) * (1 - s(x)) * (2 * s(x) - 1)):
        assert check("sigmoid_second_derivative", wrong).status == "wrong"
    assert check("sigmoid_second_derivative", None).status == "not attempted"
    # the reference is the derivative of sigmoid_grad (a central difference agrees)
    x, h = np.linspace(-6, 6, 25), 1e-5
    fd = (actlab.sigmoid_grad(x + h) - actlab.sigmoid_grad(x - h)) / (2 * h)
    assert np.allclose(EXERCISES["sigmoid_second_derivative"].reference(x), fd, atol=1e-9)


# ------------------------------------------------------------------ section 5: the zig-zag

def zigzag_counts(seed):
    out = {}
    for centred in (False, True):
        path, lr, A = two_weight_descent(centred, seed=seed)
        residual = A @ path[0] - A @ TARGET
        per_example = residual[:, None] * A
        batch = np.array([A.T @ (A @ w - A @ TARGET) for w in path[:-1]])
        out[centred] = (len(path) - 1, lr,
                        np.mean(np.sign(per_example[:, 0]) == np.sign(per_example[:, 1])),
                        np.mean(np.sign(batch[:, 0]) == np.sign(batch[:, 1])))
    return out


def test_positive_inputs_zig_zag_and_centred_inputs_go_straight():
    counts = [zigzag_counts(s) for s in SEEDS]
    for c in counts:
        steps_pos, _, example_pos, _ = c[False]
        steps_cen, _, example_cen, _ = c[True]
        assert 18 <= steps_pos <= 21                       # "18 to 21 steps"
        assert steps_cen <= 2                              # "1 or 2 steps, in 5 of 5 seeds"
        assert example_pos == 1.0                          # one sign for every single example
        assert 0.4 < example_cen < 0.6                     # "about half"
    # over a batch the sign is not forced: some steps mix signs in four of the five seeds
    assert sum(c[False][3] < 1.0 for c in counts) == 4


def test_a_quarter_of_the_best_rate_crawls():
    path, lr, _ = two_weight_descent(False, seed=0)
    slow, _, _ = two_weight_descent(False, lr=lr / 4, seed=0)
    assert len(path) - 1 == 21 and len(slow) - 1 == 81               # the figure (seed 0)
    for seed in SEEDS:                                               # "76 to 84 steps"
        _, lr, _ = two_weight_descent(False, seed=seed)
        assert 76 <= len(two_weight_descent(False, lr=lr / 4, seed=seed)[0]) - 1 <= 84


def test_the_positive_mean_makes_one_direction_steep():
    for seed in SEEDS:
        _, _, A = two_weight_descent(False, seed=seed)
        _, _, C = two_weight_descent(True, seed=seed)
        k_pos, k_cen = (np.ptp(np.log(np.linalg.eigvalsh(M.T @ M / len(M)))) for M in (A, C))
        assert 11.5 < np.exp(k_pos) < 13.5 and np.exp(k_cen) < 1.5    # "11.8 to 13.3", "1.1 - 1.4"
        ratio_mean_var = A.mean(axis=0) ** 2 / A.var(axis=0)
        assert np.all((4.5 < ratio_mean_var) & (ratio_mean_var < 7.5))  # "five to seven times"
        assert np.all((0.035 < A.var(axis=0)) & (A.var(axis=0) < 0.047))


def test_two_weight_descent_contract():
    path, lr, A = two_weight_descent(False, seed=0)
    assert path.shape[1] == 2 and np.all(path[0] == 0) and lr in ZIGZAG_LRS
    assert np.all(A > 0) and A.shape == (200, 2)
    assert np.linalg.norm(path[-1] - TARGET) < 0.05 * np.linalg.norm(TARGET)
    _, _, centred = two_weight_descent(True, seed=0)
    assert np.allclose(centred.mean(axis=0), 0) and np.allclose(centred, A - A.mean(axis=0))
    diverged, _, _ = two_weight_descent(False, lr=100.0)          # far beyond 2 / curvature
    assert np.linalg.norm(diverged[-1] - TARGET) > 1e5
    crawl, _, _ = two_weight_descent(False, lr=0.1, max_steps=7)
    assert len(crawl) == 8                                          # stopped at max_steps
    with pytest.raises(ValueError, match="max_steps"):
        two_weight_descent(False, max_steps=3)


def test_the_search_keeps_the_fewest_steps_and_then_the_smallest_rate():
    # brute force over every rate of the grid, with no early stopping
    for centred in (False, True):
        path, lr, _ = two_weight_descent(centred, seed=1)
        steps = {}
        for rate in ZIGZAG_LRS:
            p, _, _ = two_weight_descent(centred, lr=rate, seed=1)
            if np.linalg.norm(p[-1] - TARGET) < 0.05 * np.linalg.norm(TARGET):
                steps[rate] = len(p) - 1
        fewest = min(steps.values())
        assert len(path) - 1 == fewest and lr == min(r for r, s in steps.items() if s == fewest)


# ------------------------------------------------------------------ section 6: fresh networks

@pytest.fixture(scope="module")
def fresh_ratios():
    return {init: np.array([ratio(fresh_diagnostics("sigmoid", DEPTH, init=init, seed=s)) for s in SEEDS])
            for init in ("xavier", "he", "lecun")}


def test_xavier_sigmoid_error_ratio_is_just_below_nine_best_case_factors(fresh_ratios):
    r = fresh_ratios["xavier"]
    best = 0.25 ** (DEPTH - 1)
    assert np.all(r < best) and np.all(r > best / 2)             # "just below 0.25^9", 5 of 5
    assert np.all((2.0e-6 < r) & (r < 3.6e-6))                   # "between 2.1e-6 and 3.5e-6"
    per_layer = r ** (1 / (DEPTH - 1))
    assert np.all((0.23 < per_layer) & (per_layer < 0.25))


def test_no_initialisation_gets_a_ten_thousandth_to_layer_1(fresh_ratios):
    for init, r in fresh_ratios.items():
        assert np.all(r < 1e-4), init
    assert np.all(fresh_ratios["he"] < 5e-5)
    # He 11 to 14 times Xavier, seed by seed; LeCun nearly the same as Xavier
    he_over_xavier = fresh_ratios["he"] / fresh_ratios["xavier"]
    assert np.all((11 < he_over_xavier) & (he_over_xavier < 14))
    assert np.all(np.abs(fresh_ratios["lecun"] / fresh_ratios["xavier"] - 1) < 0.2)


def test_the_seeds_agree_within_a_factor_of_about_3_at_every_layer():
    for init in ("xavier", "he", "lecun"):
        d = np.array([fresh_diagnostics("sigmoid", DEPTH, init=init, seed=s).delta_norm[:-1] for s in SEEDS])
        spread = d.max(axis=0) / d.min(axis=0)
        assert np.all(spread < 3.3), init
        assert np.all(d[:, 0] / d[:, -1] < 1 / 2e4)             # "more than 2e4 lost", every seed


def test_the_per_layer_factor_exercise_matches_the_measurement(fresh_ratios):
    r = np.median(fresh_ratios["xavier"]) ** (1 / (DEPTH - 1))
    assert EXERCISES["per_layer_factor"].reference == pytest.approx(r, rel=1e-3)
    assert check("per_layer_factor", 2.52e-6 ** (1 / 9))             # from the printed median
    assert not check("per_layer_factor", 2.52e-6 ** (1 / 10))          # the slip the hint names
    assert check("per_layer_factor", None).status == "not attempted"


def test_deep_units_barely_vary_over_the_input():
    X, _ = gradient_check_data()
    for seed in SEEDS:
        _, acts = fresh_network("sigmoid", DEPTH, init="xavier", seed=seed).trace(X)
        first, last = (np.median(np.ptp(acts[layer], axis=0)) for layer in (1, DEPTH))
        assert 0.1 < first < 0.3                                     # "about 0.2"
        assert last < 1e-6
        assert 3 < (first / last) ** (1 / (DEPTH - 1)) < 6           # "a factor of about 4 per layer"


def test_no_weight_scale_gets_the_error_back_without_saturating():
    table = {}
    for scale in (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0):
        ds = [fresh_diagnostics("sigmoid", DEPTH, init="xavier", scale=scale, seed=s) for s in SEEDS]
        table[scale] = (np.array([ratio(d) for d in ds]), np.array([np.mean(d.saturated) for d in ds]))
    for scale in (0.5, 1.0, 2.0):
        r, sat = table[scale]
        assert np.all(sat <= 0.005) and np.all(r < 1e-3)
    r, sat = table[8.0]
    assert np.all((0.1 < r) & (r < 1)) and np.all((0.4 < sat) & (sat < 0.55))
    r, sat = table[16.0]
    assert np.all(r > 1) and np.all((0.65 < sat) & (sat < 0.8))      # explodes in 5 of 5 seeds
    # the conclusion: nowhere a ratio near 1 (within a factor 10) with fewer than 30% saturated
    for scale, (r, sat) in table.items():
        assert not np.any((r > 0.1) & (r < 10) & (sat < 0.3)), scale


def test_exercise_4_scale_and_what_the_explorer_shows():
    scales = [2 ** (k / 4) for k in range(-12, 13)]                  # the slider's notches
    ratios = [ratio(fresh_diagnostics("sigmoid", DEPTH, init="xavier", scale=s)) for s in scales]
    smallest = next(s for s, r in zip(scales, ratios) if r >= 0.1)
    assert smallest == pytest.approx(EXERCISES["tenth_scale"].reference)
    assert check("tenth_scale", 6.73) and not check("tenth_scale", 5.66) and not check("tenth_scale", 8)
    d = fresh_diagnostics("sigmoid", DEPTH, init="xavier", scale=smallest)
    assert round(100 * np.mean(d.saturated)) == 36
    for activation, init in (("tanh", "xavier"), ("relu", "he")):
        assert 0.5 < ratio(fresh_diagnostics(activation, DEPTH, init=init)) < 1


# ------------------------------------------------------------------ section 7: training

CONFIGS = {
    "sigmoid, 8 layers": ("sigmoid", 8, "xavier", 0.1),
    "tanh, 8 layers": ("tanh", 8, "xavier", 0.1),
    "ReLU, 8 layers": ("relu", 8, "he", 0.1),
    "sigmoid, 2 layers": ("sigmoid", 2, "xavier", 0.1),
    "sigmoid, 8 layers, lr 1.0": ("sigmoid", 8, "xavier", 1.0),
}


@pytest.fixture(scope="module")
def trained_runs():
    """The notebook's training runs: label -> list of (network, history) over SEEDS."""
    return {label: [train_and_watch(act, lr, epochs=60, depth=d, width=16, init=init, dataset="moons",
                                    n_samples=200, n_test=200, noise=0.1, batch_size=32, seed=s,
                                    every=5) for s in SEEDS]
            for label, (act, d, init, lr) in CONFIGS.items()}


@pytest.fixture(scope="module")
def trained(trained_runs):
    """label -> list of histories over SEEDS."""
    return {label: [h for _, h in runs] for label, runs in trained_runs.items()}


def test_the_deep_sigmoid_units_still_ignore_the_input_after_training(trained_runs):
    for seed, (net, _) in zip(SEEDS, trained_runs["sigmoid, 8 layers"]):
        X = split_data("moons", 200, 200, 0.1, seed)[0]
        born = fresh_network("sigmoid", 8, 16, "xavier", seed=seed)
        (_, a0), (_, a1) = born.trace(X), net.trace(X)
        r0, r1 = (np.median(np.ptp(a[8], axis=0)) for a in (a0, a1))
        assert 7e-6 < r1 < 1.6e-5 and abs(r1 / r0 - 1) < 0.02       # "within 2% of its range at birth"
        f0, f1 = (np.median(np.ptp(a[1], axis=0)) for a in (a0, a1))
        assert f1 == pytest.approx(f0, rel=5e-4)                      # layer 1 unchanged to 3 digits


def update_gap(history, depth):
    """Median over the checks after birth of (update ratio of layer 1) / (of the last hidden layer),
    and the medians of the two."""
    ur = np.array([d.update_ratio for _, d in history.diagnostics[1:]])
    return np.median(ur[:, 0] / ur[:, depth - 1]), np.median(ur[:, 0]), np.median(ur[:, depth - 1])


def test_deep_sigmoid_stalls_at_chance(trained):
    for label in ("sigmoid, 8 layers", "sigmoid, 8 layers, lr 1.0"):
        for h in trained[label]:
            assert 0.69 < h.loss[-1] < 0.75
            if label == "sigmoid, 8 layers":                              # at ln 2 for all 60 epochs
                assert 0.69 < min(h.loss) and max(h.loss) < 0.74
            assert 0.45 <= h.accuracy[-1] <= 0.55 and 0.45 <= h.test_accuracy[-1] <= 0.55


def test_tanh_and_relu_learn_where_the_deep_sigmoid_does_not(trained):
    for label in ("tanh, 8 layers", "ReLU, 8 layers"):
        for h, h_sig in zip(trained[label], trained["sigmoid, 8 layers"]):
            assert h.loss[-1] < 0.19 < h_sig.loss[-1]                    # 5 of 5 seeds
            assert h.test_accuracy[-1] >= 0.9
    assert np.mean([h.test_accuracy[-1] for h in trained["tanh, 8 layers"]]) >= 0.975
    assert np.mean([h.test_accuracy[-1] for h in trained["ReLU, 8 layers"]]) >= 0.985


def test_the_shallow_sigmoid_control_learns(trained):
    for h in trained["sigmoid, 2 layers"]:
        assert 0.235 < h.loss[-1] < 0.295 and 0.855 <= h.test_accuracy[-1] <= 0.905


def test_layer_1_of_the_deep_sigmoid_hardly_moves(trained):
    for h in trained["sigmoid, 8 layers"]:
        gap, first, last = update_gap(h, 8)
        assert 1e-7 <= first < 1e-6 and 4e-4 < last < 1.5e-3
        assert 1 / 7500 < gap < 1 / 700                                  # "700 to 7000 times less"
    for h in trained["sigmoid, 8 layers, lr 1.0"]:
        assert update_gap(h, 8)[1] < 1.5e-6
    for label, depth in (("tanh, 8 layers", 8), ("ReLU, 8 layers", 8), ("sigmoid, 2 layers", 2)):
        for h in trained[label]:
            assert 0.2 < update_gap(h, depth)[0] < 5, label              # "within a factor of 5"

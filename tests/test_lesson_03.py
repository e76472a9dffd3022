"""Lesson 3 (03_relu): every comparative conclusion its text draws, re-run through the library.

Each test repeats the experiment behind one passage of the notebook (same settings, the same five
seeds) and asserts what the text says about it, so a change to the library or the settings that
flips a conclusion fails here even when the notebook is re-executed. Also the library additions
the lesson brought: the ``bias`` keyword of ``fresh_network``/``train_and_watch``, its three
exercise checkers, and the explorers' labels.
"""

import math

import numpy as np
import pytest

from actlab import widgets as W
from actlab.exercises import EXERCISES, check
from actlab.experiments import (SEEDS, born_dead_fraction, fresh_diagnostics, fresh_network,
                                gradient_check_data, train_and_watch)

EPOCHS, LR = 100, 0.1
SETUPS = {"sigmoid, Xavier": ("sigmoid", "xavier"), "tanh, Xavier": ("tanh", "xavier"),
          "ReLU, He": ("relu", "he"), "tanh, He": ("tanh", "he")}


@pytest.fixture(scope="module")
def trained():
    """Section 2: four set-ups, five seeds, 100 epochs at learning rate 0.1 (histories only)."""
    return {label: [train_and_watch(name, LR, epochs=EPOCHS, init=init, every=EPOCHS, seed=s)[1]
                    for s in SEEDS]
            for label, (name, init) in SETUPS.items()}


@pytest.fixture(scope="module")
def dying(trained):
    """Section 5: the ReLU network at learning rates 0.1 (section 2's runs), 0.3 and 1.0, and at
    1.0 with hidden biases starting at 0.1."""
    runs = {0.1: trained["ReLU, He"]}
    for lr in (0.3, 1.0):
        runs[lr] = [train_and_watch("relu", lr, epochs=EPOCHS, every=EPOCHS, seed=s)[1] for s in SEEDS]
    runs["bias"] = [train_and_watch("relu", 1.0, epochs=EPOCHS, every=EPOCHS, seed=s, bias=0.1)[1]
                    for s in SEEDS]
    return runs


def epochs_to_90(histories):
    return [h.epochs_to(0.9) or math.inf for h in histories]


def error_ratio_at_birth(history):
    delta = history.diagnostics[0][1].delta_norm
    return delta[0] / delta[-2]


def dead(history, when=-1):
    return history.diagnostics[when][1].dead.mean()


# ------------------------------------------------------------------ section 2: epochs, not seconds

def test_relu_he_reaches_90_percent_within_30_epochs_and_sooner_than_sigmoid_and_tanh_xavier(trained):
    relu, sigmoid, tanh = (epochs_to_90(trained[k]) for k in ("ReLU, He", "sigmoid, Xavier", "tanh, Xavier"))
    assert max(relu) <= 30
    assert all(e == math.inf for e in sigmoid)                      # never within 100 epochs
    assert sum(r < t for r, t in zip(relu, tanh)) == 5               # "faster in every seed"


def test_sigmoid_stays_below_50_percent_and_its_first_layer_gets_under_a_tenth_of_the_error(trained):
    sig = trained["sigmoid, Xavier"]
    assert max(h.accuracy[-1] for h in sig) < 0.5 and max(h.test_accuracy[-1] for h in sig) < 0.5
    assert max(error_ratio_at_birth(h) for h in sig) < 0.1
    for label in ("tanh, Xavier", "ReLU, He", "tanh, He"):          # "about the same share"
        assert 0.5 < min(error_ratio_at_birth(h) for h in trained[label])
        assert max(error_ratio_at_birth(h) for h in trained[label]) < 2


def test_relu_he_ends_with_higher_mean_test_accuracy_than_tanh_xavier(trained):
    mean_test = {k: np.mean([h.test_accuracy[-1] for h in v]) for k, v in trained.items()}
    assert mean_test["ReLU, He"] > mean_test["tanh, Xavier"]


def test_tanh_with_he_init_keeps_up_with_relu_he(trained):
    tanh_he, relu, tanh_x = (epochs_to_90(trained[k]) for k in ("tanh, He", "ReLU, He", "tanh, Xavier"))
    gaps = [t - r for t, r in zip(tanh_he, relu)]
    assert max(abs(g) for g in gaps) <= 8                            # "within a few epochs"
    assert min(gaps) < 0 < max(gaps)                                 # sometimes sooner, sometimes later
    assert sum(a < b for a, b in zip(tanh_he, tanh_x)) == 5          # the initialisation made the gap
    mean_test = [np.mean([h.test_accuracy[-1] for h in trained[k]]) for k in ("tanh, He", "ReLU, He")]
    assert abs(mean_test[0] - mean_test[1]) < 0.03                   # "a similar test accuracy"


# ------------------------------------------------------------------ section 3: sparsity

def test_about_half_of_the_activations_are_exactly_zero_in_every_layer_and_seed():
    X, _ = gradient_check_data()
    zeros = np.array([[np.mean(a == 0) for a in fresh_network("relu", 6, init="he", seed=s).trace(X)[1][1:]]
                      for s in SEEDS])
    assert np.all(np.abs(zeros[:, 0] - 0.5) < 0.01)                   # layer 1: half, up to sampling
    assert zeros.min() > 0.38 and zeros.max() < 0.62                 # "between roughly 40% and 60%"


# ------------------------------------------------------------------ section 4: the error through depth

def _ratios(name, init, depth):
    out = []
    for s in SEEDS:
        delta = fresh_diagnostics(name, depth, init=init, seed=s).delta_norm
        out.append(delta[0] / delta[-2])
    return np.array(out)


def test_error_signal_through_depth():
    ratios = {(k, d): _ratios(*SETUPS.get(k, ("relu", "xavier")), d)
              for k in ("sigmoid, Xavier", "tanh, Xavier", "ReLU, He", "ReLU, Xavier") for d in (10, 20, 30)}
    assert ratios["sigmoid, Xavier", 10].max() < 1e-4                # about five orders of magnitude
    assert ratios["sigmoid, Xavier", 30].max() < 1e-17               # around 1e-19
    for d in (10, 20, 30):
        for k in ("ReLU, He", "tanh, Xavier"):                       # within a factor of 10, every seed
            assert 0.1 < ratios[k, d].min() and ratios[k, d].max() < 10
        more = int(np.sum(ratios["ReLU, He", d] > ratios["tanh, Xavier", d]))
        assert more in (3, 4)                                        # no consistent winner
    geo = {k: np.exp(np.log(ratios[k, 10]).mean()) for k in ("tanh, Xavier", "ReLU, He")}
    assert round(geo["tanh, Xavier"], 2) == 0.70 and round(geo["ReLU, He"], 2) == 0.86
    per_layer = ratios["ReLU, Xavier", 20] ** (1 / 19)               # the predicted 1/sqrt(2) per layer
    assert np.all(np.abs(per_layer - 1 / np.sqrt(2)) < 0.05)
    assert 3e-4 < np.exp(np.log(ratios["ReLU, Xavier", 20]).mean()) < 3e-3   # "about a thousandth"


# ------------------------------------------------------------------ section 5: dying during training

def test_a_learning_rate_of_one_kills_far_more_units_than_0_1_and_0_3(dying):
    hot, ok = [dead(h) for h in dying[1.0]], [dead(h) for h in dying[0.1]]
    assert sum(a > b for a, b in zip(hot, ok)) == 5
    assert min(hot) > 1 / 3 and max(hot) < 2 / 3                      # "between a third and two thirds"
    assert sum(d > 0.4 for d in hot) >= 1                            # "more than 40% in some"
    sensible = [dead(h) for lr in (0.1, 0.3) for h in dying[lr]]
    assert max(sensible) < 0.1                                       # "less than a tenth"
    at_birth = np.mean([dead(h, 0) for h in dying[0.1]])
    for lr in (0.1, 0.3):                                            # on average no more than at birth
        assert np.mean([dead(h) for h in dying[lr]]) <= at_birth
        # some unit that started dead came back: fewer dead at the end than at birth in some seed
        assert any(dead(h) < dead(h, 0) for h in dying[lr])


def test_at_learning_rate_one_the_network_learns_but_far_worse(dying):
    hot = [h.test_accuracy[-1] for h in dying[1.0]]
    ok = [h.test_accuracy[-1] for h in dying[0.1]]
    assert min(hot) > 0.4 and min(h.accuracy[-1] for h in dying[1.0]) > 0.4   # above the 33% of guessing
    assert min(ok) > 0.95 and max(hot) < 0.8                         # far below the high nineties


def test_a_positive_bias_does_not_stop_units_dying_at_learning_rate_one(dying):
    pairs = list(zip(dying[1.0], dying["bias"]))
    assert sum(dead(b, 0) < dead(a, 0) for a, b in pairs) >= 4       # fewer dead at birth, most seeds
    assert sum(dead(b) > dead(a) for a, b in pairs) >= 3             # about as many die, more in most
    assert min(dead(b) for b in dying["bias"]) > 1 / 3               # more than a third, every seed
    assert all(b.test_accuracy[-1] > a.test_accuracy[-1] for a, b in pairs)   # higher, every seed
    slower = [h.test_accuracy[-1] for h in dying[0.3]]
    assert max(b.test_accuracy[-1] for b in dying["bias"]) < min(slower) - 0.05  # the cure is the rate


# ------------------------------------------------------------------ section 5: dead at birth

def test_born_dead_grows_with_depth_and_falls_with_width():
    widths, depths = (2, 3, 4, 8), (1, 2, 5, 10, 20, 30)
    table = np.array([[born_dead_fraction(d, w, trials=100) for d in depths] for w in widths])
    assert np.all(np.diff(table, axis=1) >= 0)                       # never falls with depth
    assert np.all(np.diff(table, axis=0) <= 0)                       # never rises with width
    assert table[0, depths.index(20)] == 1.0                         # width 2, depth 20: every trial
    assert table[-1, -1] < 0.5                                       # width 8 mostly survives depth 30


def _exact_zero_share(depth, width, trials=20):
    X64 = np.random.default_rng(0).standard_normal((64, 2))
    zs = [z for k in range(trials) for z in fresh_network("relu", depth, width, "he", seed=k).trace(X64)[0][:-1]]
    return np.mean(np.concatenate([z.ravel() for z in zs]) == 0)


def test_exact_zero_pre_activations_are_common_in_narrow_deep_networks_and_absent_in_wide_ones():
    assert _exact_zero_share(20, 2) > 0.5                            # "most pre-activations"
    assert _exact_zero_share(3, 32) == 0.0


# ------------------------------------------------------------------ exercises

def test_exercise_answers_agree_with_simulation():
    rng = np.random.default_rng(1)
    sampled = np.mean(rng.normal(0.1, 1, 10 ** 6) <= 0)
    assert check("relu_zeros_shifted", sampled)
    assert not check("relu_zeros_shifted", 0.5)                      # the unshifted answer is wrong
    x = np.array([[0.3, -1.2]])
    killed = np.mean([np.all(list(fresh_network("relu", 10, 2, "he", seed=k).layers(x))[-1][1] == 0)
                      for k in range(1500)])
    assert abs(killed - EXERCISES["all_off_probability"].reference) < 0.02
    assert check("all_off_probability", 1 - 0.75 ** 10)
    assert not check("all_off_probability", 0.25)                    # one layer only


def test_the_dying_learning_rate_of_exercise_4_and_its_solution():
    """The explorer trains seed 0 for 150 epochs; its slider steps by 0.05 in log10."""
    share = {k: train_and_watch("relu", 10 ** (-2 + 0.05 * k), epochs=150, every=150)[1]
             for k in (37, 38, 39)}
    share = {k: dead(h) for k, h in share.items()}
    assert share[39] > 1 / 3 and share[38] <= 1 / 3 and share[37] <= 1 / 3
    assert round(share[39], 2) == 0.53 and round(share[38], 2) == 0.17 and round(share[37], 2) == 0.28
    assert check("dying_lr", 0.891) and not check("dying_lr", 0.794) and not check("dying_lr", 1.0)


# ------------------------------------------------------------------ library additions

def test_fresh_network_bias_keyword_sets_hidden_biases_only():
    default = fresh_network("relu", 3, init="he", seed=0)
    shifted = fresh_network("relu", 3, init="he", seed=0, bias=0.1)
    assert all(np.all(b == 0) for b in default.biases)
    assert all(np.all(b == 0.1) for b in shifted.biases[:-1]) and np.all(shifted.biases[-1] == 0)
    for W0, W1 in zip(default.weights, shifted.weights):
        np.testing.assert_array_equal(W0, W1)


def test_train_and_watch_bias_default_keeps_the_old_behaviour():
    _, plain = train_and_watch("relu", 0.1, epochs=5, every=5)
    _, zero = train_and_watch("relu", 0.1, epochs=5, every=5, bias=0.0)
    _, shifted = train_and_watch("relu", 0.1, epochs=5, every=5, bias=0.1)
    assert plain.loss == zero.loss and plain.test_accuracy == zero.test_accuracy
    assert shifted.loss != plain.loss


def test_dying_explorer_shows_test_accuracy_and_says_when_training_diverged():
    ex = W.dying_relu_explorer(lr=0.3, epochs=10)
    labels = [line.get_label() for line in ex.axes[1].lines]
    assert "test (held out)" in labels and "training" in labels
    ex.controls["learning rate"].value = 10 ** 0.5
    ex.button.click()
    assert ex.error is None and ex.result[1].diverged
    assert "diverged at epoch" in ex.axes[0].get_title()


def test_born_dead_explorer_names_its_activation_and_criterion():
    ex = W.born_dead_explorer(width=3, trials=5)
    assert ex.axes.get_title().startswith("ReLU, width 3")
    assert "10<sup>−6</sup>" in ex.caption_box.value
    ex.controls["activation"].value = "leaky_relu"
    assert "alpha=0.01" in ex.axes.get_title()


def test_leaky_relu_at_alpha_0_01_is_also_effectively_dead_when_deep_and_narrow_but_later():
    """The born-dead explorer's prose: by the same criterion, width 3 (the explorer's default)."""
    assert born_dead_fraction(30, 3, activation="leaky_relu", trials=40) > 0.5
    assert born_dead_fraction(10, 3, activation="leaky_relu", trials=40) < born_dead_fraction(10, 3, trials=40)

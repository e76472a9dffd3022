"""Lesson 5 (softmax): every conclusion the text draws, re-computed through the library.

Each test re-runs the experiment behind one sentence of notebooks/05_softmax.ipynb with the same
inputs and asserts what the sentence says, so a change that flips it fails here.
"""

import warnings

import numpy as np
import pytest
from scipy.special import logsumexp

import actlab
from actlab import log_softmax, sigmoid, sigmoid_grad, softmax, softmax_jacobian
from actlab.exercises import EXERCISES, check

LOGITS = np.array([2.0, 1.0, 0.1, -1.0])          # the lesson's four scores
H = 1e-6


def _count_warnings(f, z):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = f(np.asarray(z, dtype=float))
    return result, sum(issubclass(w.category, RuntimeWarning) for w in caught)


def _naive_softmax(z):
    e = np.exp(z)
    return e / e.sum()


def _fd_grad(f, z):
    return np.array([(f(z + H * e) - f(z - H * e)) / (2 * H) for e in np.eye(len(z))])


# --- section 1: a vector in, a probability vector out; not elementwise

def test_the_posts_exp_is_not_a_distribution_and_softmax_is():
    x = np.arange(-5.0, 5.0, 0.1)
    assert np.exp(x).sum() > 1000
    p = softmax(LOGITS)
    assert abs(p.sum() - 1) < 1e-12 and np.all(np.diff(p) < 0)      # order of the logits kept


def test_raising_one_logit_divides_every_other_probability_by_one_factor():
    raised = LOGITS.copy()
    raised[3] = 3.0
    p, q = softmax(LOGITS), softmax(raised)
    factors = p[:3] / q[:3]
    np.testing.assert_allclose(factors, factors[0], rtol=1e-12)
    assert factors[0] > 2 and q[3] > 0.6 and p[3] < 0.04


# --- section 2: along one logit, a shifted sigmoid; two classes, the sigmoid of the difference

@pytest.mark.parametrize("others", [[0.0], [0.0, 0.0, 0.0], [2.0, 1.0, -1.0], [3.0] * 9])
def test_one_probability_along_its_own_logit_is_a_shifted_sigmoid(others):
    z0 = np.linspace(-12.0, 12.0, 481)
    Z = np.column_stack([z0, np.tile(others, (len(z0), 1))])
    p0 = softmax(Z, axis=1)[:, 0]
    shift = logsumexp(others)
    assert np.max(np.abs(p0 - sigmoid(z0 - shift))) < 1e-12
    # the shift lies between the largest other logit and that plus log(K - 1)
    assert max(others) - 1e-12 <= shift <= max(others) + np.log(len(others)) + 1e-12


def test_the_others_give_way_in_proportion():
    z0 = np.linspace(-12.0, 12.0, 481)
    P = softmax(np.column_stack([z0, np.tile([2.0, 1.0, -1.0], (len(z0), 1))]), axis=1)
    np.testing.assert_allclose(P[:, 1:] / P[:, 1:].sum(axis=1, keepdims=True),
                               np.tile(softmax([2.0, 1.0, -1.0]), (len(z0), 1)), rtol=1e-10)


def test_two_class_softmax_is_the_sigmoid_of_the_difference():
    a = np.linspace(-30, 30, 601)
    two = softmax(np.column_stack([np.zeros_like(a), a]), axis=1)[:, 1]
    assert np.max(np.abs(two - sigmoid(a))) < 1e-15


# --- section 3: temperature; soft argmax; log-sum-exp is the soft max

def test_low_temperature_approaches_the_one_hot_of_the_argmax():
    onehot = np.eye(4)[np.argmax(LOGITS)]
    d = [np.max(np.abs(softmax(LOGITS, temperature=T) - onehot)) for T in (1.0, 0.1, 0.01, 0.001)]
    assert all(a > b for a, b in zip(d, d[1:-1]))          # strictly shrinking until exactly 0
    assert 0.3 < d[0] < 0.4 and d[2] < 1e-40 and d[3] == 0.0


def test_high_temperature_approaches_uniform_like_one_over_t():
    d = [np.max(np.abs(softmax(LOGITS, temperature=T) - 0.25)) for T in (10.0, 100.0, 1e4)]
    assert 9 < d[0] / d[1] < 11 and 90 < d[1] / d[2] < 110 and d[2] < 1e-4


def test_ties_share_the_low_temperature_limit():
    np.testing.assert_allclose(softmax([1.0, 1.0, 0.0], temperature=1e-3), [0.5, 0.5, 0.0], atol=1e-12)


@pytest.mark.parametrize("T", [1.0, 0.5, 0.2])
def test_log_sum_exp_is_a_soft_max_within_t_log_2(T):
    xs = np.linspace(-3.0, 3.0, 601)
    pairs = np.column_stack([np.zeros_like(xs), xs])
    gap = T * logsumexp(pairs / T, axis=1) - np.maximum(0, xs)
    assert gap.min() > 0 and abs(gap.max() - T * np.log(2)) < 1e-12
    assert abs(gap[300] - T * np.log(2)) < 1e-12             # the largest gap is at the tie x = 0


@pytest.mark.parametrize("T", [1.0, 0.5])
def test_softmax_is_the_gradient_of_the_soft_max(T):
    grad = _fd_grad(lambda z: T * logsumexp(z / T), LOGITS)
    assert np.max(np.abs(grad - softmax(LOGITS, temperature=T))) < 1e-8


# --- section 4: overflow, and the fix

def test_naive_softmax_overflows_at_1000_and_the_stable_one_does_not():
    p, n = _count_warnings(_naive_softmax, [1000.0, 1001.0])
    assert np.isnan(p).all() and n == 2
    p, n = _count_warnings(softmax, [1000.0, 1001.0])
    assert n == 0 and np.all(np.isfinite(p))
    np.testing.assert_allclose(p, [1 / (1 + np.e), np.e / (1 + np.e)], rtol=1e-12)


def test_naive_softmax_fails_on_very_negative_logits_too():
    p, n = _count_warnings(_naive_softmax, [-1000.0, -1001.0])
    assert np.isnan(p).all() and n == 1
    p, n = _count_warnings(softmax, [-1000.0, -1001.0])
    assert n == 0 and np.all(np.isfinite(p))


def test_the_naive_formula_breaks_between_709_and_710():
    assert abs(np.log(np.finfo(float).max) - 709.78) < 0.005
    p, n = _count_warnings(_naive_softmax, [709.0, 708.0])
    assert n == 0 and np.allclose(p, softmax([709.0, 708.0]))
    p, n = _count_warnings(_naive_softmax, [710.0, 709.0])
    assert n == 2 and np.isnan(p[0]) and p[1] == 0.0
    assert np.exp(-745.0) > 0 and np.exp(-746.0) == 0


@pytest.mark.parametrize("z", [[709.0, 709.0, 709.0], [709.5, 709.0]])
def test_the_naive_formula_breaks_when_the_sum_overflows_though_no_logit_does(z):
    assert max(z) < np.log(np.finfo(float).max) < logsumexp(z)
    p, n = _count_warnings(_naive_softmax, z)
    assert n == 1 and np.all(p == 0.0)                       # all zeros, one overflow warning
    p, n = _count_warnings(softmax, z)
    assert n == 0 and abs(p.sum() - 1) < 1e-12


def test_the_naive_formula_is_silently_inaccurate_among_subnormals():
    assert abs(np.log(np.finfo(float).tiny) + 708.40) < 0.005
    assert abs(np.log(np.finfo(float).smallest_subnormal) - np.log(2) + 745.13) < 0.005
    right = softmax([-740.0, -741.0])
    for z, shown in (([-740.0, -741.0], 0.7328), ([-744.0, -745.0], 0.6667)):
        p, n = _count_warnings(_naive_softmax, z)
        assert n == 0 and np.all(np.isfinite(p)) and round(p[0], 4) == shown
        assert abs(p[0] - right[0]) > 1e-3                    # wrong in the third decimal or worse
    p, n = _count_warnings(_naive_softmax, [-708.0, -709.0])
    assert n == 0 and np.allclose(p, right, rtol=1e-12)      # still exact above about -708


def test_softmax_is_shift_invariant_and_the_naive_formula_is_not():
    z = np.random.default_rng(0).normal(scale=3, size=6)
    for c in (-50.0, 0.0, 700.0):
        assert np.max(np.abs(softmax(z + c) - softmax(z))) < 1e-13
    p, n = _count_warnings(_naive_softmax, z + 800.0)
    assert np.isnan(p).all() and n == 2


# --- section 5: log-softmax

def test_log_of_softmax_loses_what_log_softmax_keeps():
    logp, n = _count_warnings(lambda v: np.log(softmax(v)), [0.0, -800.0])
    assert logp[1] == -np.inf and n == 1
    np.testing.assert_array_equal(log_softmax([0.0, -800.0]), [0.0, -800.0])
    z = np.array([3.0, 1.0, 2.5, -4.0])
    assert z.max() <= logsumexp(z) <= z.max() + np.log(4)


# --- section 6: Jacobian, cross-entropy, squared error

def test_the_jacobian_matches_finite_differences_and_has_rank_k_minus_1():
    J = softmax_jacobian(LOGITS)
    J_fd = np.column_stack([(softmax(LOGITS + H * e) - softmax(LOGITS - H * e)) / (2 * H) for e in np.eye(4)])
    assert np.max(np.abs(J - J_fd)) < 1e-9
    np.testing.assert_allclose(J, J.T, atol=1e-15)
    assert np.abs(J.sum(axis=0)).max() < 1e-15 and np.linalg.matrix_rank(J) == 3


def _ce_grad(z, y):
    return softmax(z) - np.eye(len(z))[y]


def _se_grad(z, y):
    return softmax_jacobian(z) @ _ce_grad(z, y)


def test_the_gradient_of_softmax_cross_entropy_is_p_minus_y():
    for y in range(4):
        fd = _fd_grad(lambda z: -log_softmax(z)[y], LOGITS)
        assert np.max(np.abs(fd - _ce_grad(LOGITS, y))) < 1e-9
    wrong = np.array([10.0, 0.0, -10.0, 0.0])
    assert softmax(wrong)[2] < 1e-8 and _ce_grad(wrong, 2)[2] < -0.999999


def test_the_squared_error_gradient_is_the_jacobian_times_p_minus_y():
    for y in range(4):
        fd = _fd_grad(lambda z: 0.5 * np.sum((softmax(z) - np.eye(4)[y]) ** 2), LOGITS)
        assert np.max(np.abs(fd - _se_grad(LOGITS, y))) < 1e-9


def test_squared_error_keeps_the_sigmoid_derivative_that_cross_entropy_cancels():
    margins = np.linspace(-10, 6, 321)
    ce = np.array([-_ce_grad(np.array([0.0, m]), 1)[1] for m in margins])
    se = np.array([-_se_grad(np.array([0.0, m]), 1)[1] for m in margins])
    assert np.max(np.abs(se - 2 * sigmoid_grad(margins) * ce)) < 1e-15
    i = np.argmin(np.abs(margins + 6))
    assert ce[i] > 0.99 and se[i] < 0.01 and 150 < ce[i] / se[i] < 250     # "about 200 times less"
    assert np.all(se <= ce)
    right = margins >= 0                        # "both fade once the answer is right by a growing margin"
    assert np.all(np.diff(ce[right]) < 0) and np.all(np.diff(se[right]) < 0)
    assert ce[-1] < 0.003 and se[-1] < 1e-4                                  # margin 6
    j = np.argmin(np.abs(margins))
    assert (round(ce[j], 2), round(se[j], 2)) == (0.5, 0.25)


def _descend(grad, steps=150):
    z, history = np.array([6.0, 0.0, 0.0]), [softmax([6.0, 0.0, 0.0])[1]]
    for _ in range(steps):
        z = z - grad(z, 1)
        history.append(softmax(z)[1])
    return np.array(history)


def test_descent_with_cross_entropy_escapes_a_confident_mistake_far_sooner():
    ce_steps = int(np.argmax(_descend(_ce_grad) > 0.5))
    se_steps = int(np.argmax(_descend(_se_grad) > 0.5))
    assert (ce_steps, se_steps) == (4, 93)
    assert se_steps > 10 * ce_steps


def _steps_to_half(grad, z, lr=1.0, max_steps=10_000):
    z = np.asarray(z, dtype=float)
    for step in range(max_steps + 1):
        if softmax(z)[1] > 0.5:
            return step
        z = z - lr * grad(z, 1)
    return None


def test_squared_error_steps_grow_like_e_to_the_margin_and_cross_entropy_steps_barely_grow():
    ce = [_steps_to_half(_ce_grad, [a, 0.0, 0.0]) for a in (4.0, 6.0, 8.0, 10.0)]
    se = [_steps_to_half(_se_grad, [a, 0.0, 0.0]) for a in (4.0, 6.0, 8.0, 10.0)]
    assert ce == [3, 4, 5, 6] and se == [18, 93, 632, 4603]
    growth = [b / a for a, b in zip(se, se[1:])]
    assert all(5 < g < np.e ** 2 for g in growth) and growth == sorted(growth)
    ratios = [b / a for a, b in zip(ce, se)]
    assert round(ratios[0]) == 6 and round(ratios[-1]) == 767


def test_squared_error_is_slower_at_every_learning_rate():
    rates = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
    ce = [_steps_to_half(_ce_grad, [6.0, 0.0, 0.0], lr) for lr in rates]
    se = [_steps_to_half(_se_grad, [6.0, 0.0, 0.0], lr) for lr in rates]
    assert ce == [36, 12, 4, 2, 1, 1, 1] and se == [909, 305, 93, 33, 11, 5, 3]
    ratios = [b / a for a, b in zip(ce, se)]
    assert min(ratios) >= 3 and max(ratios) < 25.5               # "from 3 to 25 times as many"


def test_the_squared_error_push_on_the_true_logit_carries_the_factor_p_y():
    rng = np.random.default_rng(0)
    for _ in range(20):
        z, y = rng.normal(scale=3, size=5), int(rng.integers(5))
        p = softmax(z)
        np.testing.assert_allclose(_se_grad(z, y)[y], p[y] * ((p[y] - 1) - p @ (p - np.eye(5)[y])),
                                   rtol=1e-10, atol=1e-15)


# --- section 7: multi-class against multi-label

SCORES = np.array([3.0, 2.5, -2.0, -3.0])         # cat, dog, car, bird: a photo with a cat and a dog


def test_sigmoids_say_cat_and_dog_softmax_must_choose():
    p, s = softmax(SCORES), sigmoid(SCORES)
    assert abs(p.sum() - 1) < 1e-12 and s.sum() > 2
    assert p[0] > 0.5 > p[1] and np.round(p[:2], 2).tolist() == [0.62, 0.38]
    assert np.all(s[:2] > 0.9) and np.all(s[2:] < 0.5)


def test_a_stronger_dog_takes_from_softmax_cat_but_not_from_sigmoid_cat():
    more_dog = SCORES + np.array([0.0, 2.0, 0.0, 0.0])
    assert softmax(more_dog)[0] < 0.2 < 0.6 < softmax(SCORES)[0]
    assert sigmoid(more_dog)[0] == sigmoid(SCORES)[0]


def test_only_sigmoids_can_say_none():
    nothing = np.full(4, -3.0)
    np.testing.assert_allclose(softmax(nothing), 0.25)
    assert np.all(sigmoid(nothing) < 0.05)


# --- the exercises added for this lesson (lib/actlab/exercises.py)

def test_multilabel_gradient_checker():
    right = lambda z: actlab.sigmoid(z) - np.array([1.0, 1.0, 0.0, 0.0])    # noqa: E731
    assert check("multilabel_grad", right).status == "correct"
    assert check("multilabel_grad", None).status == "not attempted"
    def template(z):
        ...  # your code here (the notebook's unfilled cell)

    assert check("multilabel_grad", template).status == "not attempted"
    slips = [lambda z: actlab.sigmoid(z) - np.array([1.0, 0.0, 0.0, 0.0]),    # only class 0
             lambda z: softmax(z) - np.array([1.0, 1.0, 0.0, 0.0]),           # softmax, not sigmoids
             lambda z: actlab.sigmoid(z) * (1 - actlab.sigmoid(z))]           # sigma' forgotten to cancel
    for wrong, says in zip(slips, ("z = [", "you used softmax", "z = [")):
        fb = check("multilabel_grad", wrong)
        assert fb.status == "wrong" and says in fb.message


def test_half_temperature_checker_wants_the_exact_value_not_the_slider_step():
    assert check("half_temperature", 1 / np.log(3)).status == "correct"
    assert check("half_temperature", 0.91).status == "correct"
    assert check("half_temperature", 10 ** -0.05).status == "wrong"        # the slider's nearest step
    assert check("half_temperature", ...).status == "not attempted"
    T = EXERCISES["half_temperature"].reference
    assert abs(softmax([1.0, 0.0, 0.0, 0.0], temperature=T)[0] - 0.5) < 1e-12
    assert 0.5 < softmax([1.0, 0.0, 0.0, 0.0], temperature=10 ** -0.05)[0] < 0.51
    assert abs(softmax([1.0, 0.0, 0.0, 0.0])[0] - 0.48) < 0.005            # "reads 0.48" at T = 1


def _mean_shift_softmax(z):
    e = np.exp(z - z.mean())
    return e / e.sum()


def test_the_softmax_and_lse_checkers_reject_a_mean_shift():
    right = lambda z: np.exp(z - z.max()) / np.exp(z - z.max()).sum()       # noqa: E731
    assert check("softmax", right)
    fb = check("softmax", _mean_shift_softmax)
    assert fb.status == "wrong" and "z = [-800.0, 800.0]" in fb.message
    assert check("log_sum_exp", lambda z: z.max() + np.log(np.exp(z - z.max()).sum()))
    assert check("log_sum_exp", lambda z: z.mean() + np.log(np.exp(z - z.mean()).sum())).status == "wrong"
    # the naive formula is still caught first at [1000, 1001, 1002] (tests/test_exercises.py)
    assert "z = [1000.0, 1001.0, 1002.0]" in check("softmax", lambda z: np.exp(z) / np.exp(z).sum()).message


def test_mean_shift_gap_checker_and_its_reference():
    d = EXERCISES["mean_shift_gap"].reference
    assert abs(d - 1419.57) < 0.005
    assert check("mean_shift_gap", 1419.57) and check("mean_shift_gap", 2 * 709.78)
    assert check("mean_shift_gap", 709.78).status == "wrong"
    assert check("mean_shift_gap", ...).status == "not attempted"
    p, n = _count_warnings(_mean_shift_softmax, [0.0, d - 0.01])
    assert n == 0 and np.allclose(p, softmax([0.0, d - 0.01]))
    p, n = _count_warnings(_mean_shift_softmax, [0.0, d + 0.01])
    assert n > 0 and np.isnan(p).any()
    assert not _count_warnings(softmax, [0.0, 1e6])[1]           # the maximum never overflows


def test_exercise_hints_nudge_without_giving_the_answer():
    assert "log 3" not in EXERCISES["half_temperature"].hint
    assert "sigma(z) - y" not in EXERCISES["multilabel_grad"].hint

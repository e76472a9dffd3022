"""actlab.exercises: the checkers accept the reference and reject typical wrong answers."""

import numpy as np
import pytest

from actlab import sigmoid
from actlab.exercises import EXERCISES, check, check_function, check_value


def test_unsolved_exercises_are_not_attempted_and_never_raise():
    def stub(x):
        raise NotImplementedError

    def empty(x):
        pass

    for answer in (None, ..., stub, empty):
        fb = check("sigmoid_grad", answer)
        assert fb.status == "not attempted" and "not attempted yet" in repr(fb) and not fb


def test_the_posts_sigmoid_derivative_is_rejected_with_the_first_differing_input():
    fb = check("sigmoid_grad", lambda x: sigmoid(x) - (1 - sigmoid(x)))   # "f(x) - (1 - f(x))"
    assert fb.status == "wrong"
    assert "At x = -6 the answer should be 0.00246651, yours gives -0.995055" in fb.message
    assert "Hint:" in fb.message


def test_right_answers_pass():
    assert check("sigmoid_grad", lambda x: sigmoid(x) * (1 - sigmoid(x)))
    assert check("sigmoid_grad", lambda x: np.exp(-x) / (1 + np.exp(-x)) ** 2)


def test_a_crashing_or_misshapen_answer_is_feedback():
    fb = check("sigmoid_grad", lambda x: x.foo)
    assert fb.status == "wrong" and "AttributeError" in fb.message
    fb = check_function(lambda x: np.zeros(3), np.sin, [np.zeros(4)], "shape")
    assert fb.status == "wrong" and "shape" in fb.message
    assert check_function(42, np.sin, [np.zeros(2)]).status == "wrong"


def test_check_value():
    assert check_value(0.25, 0.25).status == "correct"
    assert check_value(None, 0.25).status == "not attempted"
    assert check_value(0.5, 0.25, hint="look at x = 0").message.endswith("Hint: look at x = 0")
    assert check_value("a lot", 0.25).status == "wrong"


def test_every_registered_exercise_accepts_its_own_reference():
    for name, ex in EXERCISES.items():
        assert check(name, ex.reference), name
    with pytest.raises(ValueError, match="unknown exercise"):
        check("nope", None)


def test_a_naive_sigmoid_that_overflows_is_named_at_the_input_that_warns():
    naive = lambda x: 1 / (1 + np.exp(-x))          # noqa: E731  the post's one-liner
    fb = check("stable_sigmoid", naive)
    assert fb.status == "wrong" and "At x = -1000 numpy warned: overflow" in fb.message


def test_typical_wrong_answers_of_the_lessons_are_rejected():
    cases = {
        "tanh_from_sigmoid": lambda x: 2 * sigmoid(x) - 1,                   # forgot the 2x
        "tanh_grad": lambda x: 1 - np.tanh(x),
        "relu_grad": lambda x: (x >= 0).astype(float),                       # wrong convention at 0
        "leaky_relu": lambda x: np.where(x > 0, x, 0.1),
        "leaky_relu_grad": lambda x: np.where(x >= 0, 1.0, 0.1),
        "prelu_alpha_grad": lambda x: x,
        "softmax": lambda z: np.exp(z),                                       # the post's "softmax"
        "log_sum_exp": lambda z: np.max(z),
        "cross_entropy_grad": lambda z: np.exp(z) / np.exp(z).sum(),
    }
    for name, wrong in cases.items():
        assert check(name, wrong).status == "wrong", name
    assert "at x = 0 yours gives 1, the right-hand slope" in check("relu_grad", cases["relu_grad"]).message
    fb = check("softmax", lambda z: np.exp(z) / np.exp(z).sum())
    assert fb.status == "wrong" and "z = [1000.0, 1001.0, 1002.0]" in fb.message


def test_values_exercises():
    assert check("vanishing_bound", 0.25 ** 10) and not check("vanishing_bound", 0.25)
    assert check("slope_ratio", 4) and check("relu_sparsity", 0.5)
    assert check("relu_sparsity", None).status == "not attempted"


def test_lesson_6_exercises_reject_typical_slips():
    from actlab import elu
    assert check("selu", lambda x: 1.0507 * elu(x, 1.6733)).status == "wrong"      # 4 digits are not enough
    assert check("gelu_tanh", lambda x: x * sigmoid(1.702 * x)).status == "wrong"
    assert check("silu_minimum", -1.27846) and not check("silu_minimum", -0.278)


def _forgot_return(x):
    s = sigmoid(x)
    s * (1 - s)            # noqa: B018 - the slip itself


def _branch_on_the_array(x):
    if x >= 0:
        return x
    return 0 * x


# (exercise, the student's answer, words the feedback must contain): a mistake students make, and
# its diagnosis instead of numpy's message
MISTAKES = [
    ("sigmoid_grad", _forgot_return, "Did you forget `return`?"),
    ("relu", _branch_on_the_array, "a whole numpy array, not one number"),
    ("relu", lambda x: np.max(0, x), "use np.maximum(0, x)"),
    ("relu_grad", lambda x: np.maximum(0, x) / x, "That is 0/0"),
    ("relu", lambda x: undefined_helper(x), "a name that is not defined"),            # noqa: F821
    ("sigmoid_grad", lambda x: __import__("math").exp(-x), "The math module works on one number"),
]


@pytest.mark.parametrize("name, answer, says", MISTAKES, ids=[m[2][:24] for m in MISTAKES])
def test_a_common_mistake_gets_its_diagnosis_not_a_raw_message(name, answer, says):
    fb = check(name, answer)
    assert fb.status == "wrong" and says in fb.message, fb.message
    assert "Traceback" not in fb.message


def test_a_division_warning_is_not_called_an_overflow():
    fb = check("relu_grad", lambda x: np.maximum(0, x) / x)
    assert "overflow" not in fb.message and "x = 0" in fb.message
    assert check("stable_sigmoid", lambda x: 1 / (1 + np.exp(-x))).message.count("np.where") == 1


def test_a_known_wrong_number_and_a_percent_get_their_diagnosis():
    fb = check("vanishing_bound", 0.25 ** 9)
    assert not fb and "nine derivatives" in fb.message and "Hint" not in fb.message
    fb = check("relu_sparsity", 50)                              # 50 for the fraction 0.5
    assert not fb and "looks like a percent" in fb.message and "0.5" in fb.message
    assert check("relu_sparsity", 0.5) and "percent" not in check("relu_sparsity", 0.7).message
    assert "percent" not in check("slope_ratio", 400).message    # 4 is no fraction


def test_a_known_slip_of_a_function_is_named():
    import actlab

    fb = check("relu_grad", lambda x: (x >= 0).astype(float))
    assert not fb and "right-hand slope" in fb.message and "x > 0" not in fb.message
    fb = check("softmax", lambda z: np.exp(z - np.max(z)) / np.sum(np.exp(z)))
    assert not fb and "numerator only" in fb.message
    assert check("softmax", actlab.softmax) and check("relu_grad", actlab.relu_grad)
    for name in ("relu_grad", "log_sum_exp"):         # the hint nudges; it does not give the solution
        hint = EXERCISES[name].hint
        assert "x > 0" not in hint and "m + log" not in hint


def test_a_simulated_estimate_is_told_to_reason_out_the_exact_value():
    """Exercise 3 of lesson 3: a simulation over 1,000 networks has a standard error of 0.007, more
    than the checker's 0.005; so an answer near the value is told why it fails, never at random."""
    exact = 1 - 0.75 ** 10
    rng = np.random.default_rng(0)
    estimate = float(np.mean(rng.random(1000) < exact))
    fb = check("all_off_probability", exact + 0.012)
    assert not fb and "by simulation" in fb.message
    assert check("all_off_probability", round(exact, 4))
    assert "nine layers" in check("all_off_probability", 1 - 0.75 ** 9).message
    assert "opposite" in check("all_off_probability", 0.75 ** 10).message
    assert abs(estimate - exact) < 0.03            # what a student's simulation gives: near, so told why


def test_feedback_shows_as_html_with_a_mark_and_as_plain_text():
    wrong = check("sigmoid_grad", lambda x: x)
    right = check("sigmoid_grad", lambda x: sigmoid(x) * (1 - sigmoid(x)))
    assert "✗" in wrong._repr_html_() and "#D55E00" in wrong._repr_html_()
    assert "✓" in right._repr_html_() and "#0072B2" in right._repr_html_()
    assert "σ′(x) from σ(x)" in right._repr_html_() and "sigma'(x)" in repr(right)
    assert "e⁻ˣ" in wrong._repr_html_() and "white-space: normal" in wrong._repr_html_()
    names = check("not_monotone", {"relu"})._repr_html_()
    assert "'relu'" in names and "<" not in names.split("</b>", 1)[1].replace("</div>", "")

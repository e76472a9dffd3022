"""actlab.exercises: the checkers accept the reference and reject typical wrong answers."""

import json
import re
from pathlib import Path

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


def test_the_posts_sigmoid_derivative_is_named_and_another_is_rejected_at_the_first_differing_input():
    fb = check("sigmoid_grad", lambda x: sigmoid(x) - (1 - sigmoid(x)))   # "f(x) - (1 - f(x))"
    assert fb.status == "wrong" and "the blog post's formula" in fb.message
    fb = check("sigmoid_grad", lambda x: sigmoid(x) * (1 + sigmoid(x)))
    assert "At x = -6 the answer should be 0.00246651, yours gives 0.00247874" in fb.message
    assert "A fuller hint:" in fb.message                     # the second wrong try of the exercise


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
    assert not fb and "a simulation" in fb.message and "reason it out" in fb.message
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


# ---------------------------------------------------------------- every exercise's known slips (issue 14)

# (exercise, an answer as a student types it, words its diagnosis contains). A string is the body of
# the student's function (its last line is returned); anything else is the answer itself. Every
# mistake an exercise declares is typed here at least once (test_every_declared_mistake_is_typed).
SLIPS = [
    ("elu_jump", -1.5, "the sign is not"), ("elu_jump", 2.5, "filled dot alone"), ("elu_jump", 1, "open dot alone"),
    ("not_monotone", {"gelu", "silu", "swish", "mish", "elu"}, "negative values do not make"),
    ("not_monotone", {"gelu", "silu", "swish", "mish", "tanh"}, "only ever increases (its derivative"),
    ("sigmoid_grad", "actlab.sigmoid(x) - (1 - actlab.sigmoid(x))", "blog post's formula"),
    ("sigmoid_grad", "actlab.sigmoid(x) * (1 - x)", "mixing the input x"),
    ("sigmoid_grad", "1 - actlab.sigmoid(x) ** 2", "pattern of tanh'"),
    ("sigmoid_grad", "np.exp(-x) / (1 + np.exp(-x))", "one factor of the derivative is missing"),
    ("sigmoid_grad", "1 - actlab.sigmoid(x)", "that is 1 - sigma(x)"),
    ("sigmoid_second_derivative", "s = actlab.sigmoid(x)\ns * (1 - s)", "the first derivative"),
    ("sigmoid_second_derivative", "s = actlab.sigmoid(x)\ns * (1 - s) ** 2", "first term of the product rule"),
    ("sigmoid_second_derivative", "s = actlab.sigmoid(x)\ns * (1 - s) * (2 * s - 1)", "sign is flipped"),
    ("stable_sigmoid", "0.5 * (1 + np.tanh(x / 2))", "far left yours gives exactly 0"),
    ("stable_sigmoid", "e = np.exp(-np.abs(x))\nnp.where(x >= 0, 1 / (1 + e), 1 - 1 / (1 + e))", "rounded away"),
    ("per_layer_factor", 2.5208e-06 ** 0.1, "tenth root"), ("per_layer_factor", 0.25, "bound sigma'(0)"),
    ("per_layer_factor", 2.52e-6, "measured ratio itself"),
    ("tenth_scale", 5.66, "less than a tenth"), ("tenth_scale", 8, "the smallest such notch"),
    ("sigmoid_from_tanh", "(1 + np.tanh(x)) / 2", "too steep"),
    ("sigmoid_from_tanh", "1 + np.tanh(x / 2)", "from 0 to 2"),
    ("tanh_grad_stable", "1 - np.tanh(x) ** 2", "the formula that fails"),
    ("tanh_grad_stable", "4 * actlab.sigmoid(2 * x) * (1 - actlab.sigmoid(2 * x))", "subtraction from 1 too"),
    ("balanced_gain", 1, "still smaller"), ("balanced_gain", 1.5, "already grows"),
    ("balanced_gain", 5 / 3, "PyTorch recommends"),
    ("saturation_gain", 2.2, "below 30%"),
    ("relu_zeros_shifted", 0.5398, "the fraction ReLU lets through"), ("relu_zeros_shifted", 0.5, "centred at 0"),
    ("relu_grad", "(x >= 0).astype(float)", "right-hand slope"), ("relu_grad", "np.sign(x)", "np.sign gives -1"),
    ("relu_grad", "np.maximum(0, x)", "ReLU itself"), ("relu_grad", "np.heaviside(x, 0.5)", "mean of the two slopes"),
    ("all_off_probability", 1 - 0.75 ** 9, "nine layers"), ("all_off_probability", 0.75 ** 10, "opposite"),
    ("all_off_probability", 1 - 0.5 ** 10, "both are off"), ("all_off_probability", 0.25, "for one layer"),
    ("dying_mean_dead", 0.68, "still alive"),
    ("leaky_relu", "np.maximum(0, x)", "plain ReLU"), ("leaky_relu", "np.where(x > 0, x, 0.1)", "constant 0.1"),
    ("leaky_relu", "np.where(x > 0, 1, 0.1)", "derivative of Leaky ReLU"),
    ("leaky_relu", "np.where(x > 0, x, 0.01 * x)", "alpha = 0.01"),
    ("leaky_fd_at_kink", 1, "slope right"), ("leaky_fd_at_kink", 0.1, "slope left"),
    ("leaky_fd_at_kink", 1.1, "you divided by h"), ("leaky_fd_at_kink", 0.45, "check the sign"),
    ("prelu_alpha_grad", "np.where(x > 0, x, 0)", "swapped"), ("prelu_alpha_grad", "np.where(x > 0, 0, 1)", "is x, not 1"),
    ("prelu_alpha_grad", "np.where(x > 0, 1, x)", "contains no alpha"),
    ("leak_against_born_dead_30", 0.15, "still 30% or more"),
    ("leak_against_born_dead_30", 0.25, "the smallest alpha where it is"),
    ("leak_against_born_dead_30", 0.3, "below 10%"),
    ("leak_divergence_count", 9, "first epoch"), ("leak_divergence_count", 0, "not None"),
    ("softmax", "np.exp(z - np.max(z)) / np.sum(np.exp(z))", "numerator only"),
    ("softmax", "np.exp(z - np.max(z))", "do not add up to 1"),
    ("softmax", "e = np.exp(z - z.mean())\ne / e.sum()", "no exponent is positive"),
    ("mean_shift_gap", 709.78, "with no shift"), ("mean_shift_gap", 354.89, "you halved"),
    ("multilabel_grad", "actlab.softmax(z) - np.array([1., 1., 0., 0.])", "you used softmax"),
    ("multilabel_grad", "np.array([1., 1., 0., 0.]) - actlab.sigmoid(z)", "sign is flipped"),
    ("multilabel_grad", "(actlab.sigmoid(z) - np.array([1., 1., 0., 0.])) * actlab.sigmoid_grad(z)", "cancels"),
    ("half_temperature", 0.891, "nearest notch"), ("half_temperature", 1.0986, "that is 1/T"),
    ("selu", "1.0507 * np.where(x > 0, x, 1.6733 * np.expm1(x))", "close, but not close enough"),
    ("selu", "np.where(x > 0, actlab.SELU_SCALE * x, actlab.SELU_ALPHA * np.expm1(x))", "for x <= 0 yours lacks"),
    ("selu", "np.where(x > 0, x, actlab.SELU_SCALE * actlab.SELU_ALPHA * np.expm1(x))", "for x > 0 yours lacks"),
    ("selu", "actlab.SELU_ALPHA * np.where(x > 0, x, actlab.SELU_SCALE * np.expm1(x))", "swapped"),
    ("softplus_stable", "np.maximum(x, 0)", "that is max(x, 0), ReLU"),
    ("softplus_stable", "np.log1p(np.exp(x))", "whatever the sign of x"),
    ("softplus_stable", "x + np.log1p(np.exp(-x))", "At x = -1000 numpy warned: overflow"),
    ("silu_grad_peak", -1.27846, "SiLU itself is smallest"), ("silu_grad_peak", 1.0998, "the largest slope"),
    ("silu_grad_peak", -2.3994, "smallest, -0.0998"),
    ("scale_remembering", {"relu", "leaky_relu", "selu"}, "an exponential on the left"),
    ("scale_remembering", {"relu", "leaky_relu", "tanh"}, "bounded"),
    ("scale_remembering", {"relu", "leaky_relu", "gelu"}, "bends smoothly"),
    ("selu_variance_slope", 1, "fixed point itself"),
    ("first_step_rate", 6.61e-5, "solve that for the rate"), ("first_step_rate", 0.0661, "ratio/rate itself"),
    ("spirals_relu_wins", 0, "tanh is higher"),
    ("xsin_card", {"a", "b", "d", "e"}, "'flat share'"), ("xsin_card", {"c"}, "is there a bound"),
    ("xsin_card", "f", "'mean on N(0,1)'"),
    ("constant_answer_p", 0.75, "which class p is for"), ("constant_answer_p", 0.5, "ignores the shares"),
    ("constant_answer_loss", 0.6931, "ln 2 is the loss"), ("constant_answer_loss", 0.8113, "in bits"),
    ("vanishing_bound", 0.25 ** 9, "nine derivatives"),
]


def _typed(name, answer):
    """A string is a student's function body, as typed into the cell; anything else is the answer."""
    if not isinstance(answer, str) or EXERCISES[name].inputs is None:
        return answer
    import actlab
    *lines, last = answer.split("\n")
    argument = "z" if EXERCISES[name].vector else "x"
    source = f"def answer({argument}):\n" + "".join(f"    {line}\n" for line in lines) + f"    return {last}\n"
    namespace = {"np": np, "actlab": actlab}
    exec(source, namespace)                     # noqa: S102 - the test's own table, as a student types it
    return namespace["answer"]


@pytest.mark.parametrize("name, answer, says", SLIPS, ids=[f"{s[0]}-{i}" for i, s in enumerate(SLIPS)])
def test_a_known_slip_gets_its_diagnosis_and_no_hint_on_the_first_try(name, answer, says):
    fb = check(name, _typed(name, answer))
    assert fb.status == "wrong" and says in fb.message, fb.message
    assert "Traceback" not in fb.message and "fuller hint" not in fb.message


def _exercise_cells():
    """(notebook, cell id, source) of every exercise cell of both editions: a code cell that calls a checker."""
    root = Path(__file__).parent.parent / "notebooks"
    for path in sorted(root.glob("0*.ipynb")) + sorted(root.glob("ko/0*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"][1:]:
            source = "".join(cell["source"])
            if cell["cell_type"] == "code" and re.search(r"^(display\()?check\w*\(", source, re.M) \
                    and "import actlab" not in source:
                yield f"{path.parent.name}/{path.stem}", cell["id"], source


def _notebook_exercises():
    """The names of the exercises the lessons check with ``check("name", ...)``."""
    return {name for _, _, source in _exercise_cells() for name in re.findall(r'\bcheck\("(\w+)"', source)}


def test_every_exercise_of_the_lessons_has_a_nudge_a_fuller_hint_and_known_slips():
    used = _notebook_exercises()
    assert len(used) >= 34
    for name in used:
        ex = EXERCISES[name]
        assert ex.nudge and ex.hint and ex.nudge != ex.hint and ex.mistakes, name


def test_every_declared_mistake_is_typed_in_the_table():
    typed = {}
    for name, answer, _ in SLIPS:
        typed.setdefault(name, set()).add(check(name, _typed(name, answer)).message)
    for name, ex in EXERCISES.items():
        for _, diagnosis, *_ in ex.mistakes:
            assert any(diagnosis in message for message in typed.get(name, ())), (name, diagnosis)


def test_the_second_wrong_try_gets_the_fuller_hint():
    first = check("relu_grad", lambda x: np.abs(x))
    assert EXERCISES["relu_grad"].nudge in first.message and "fuller" not in first.message
    second = check("relu_grad", lambda x: x * 0)
    assert "A fuller hint: " + EXERCISES["relu_grad"].hint in second.message
    assert EXERCISES["relu_grad"].nudge not in second.message
    slip = check("relu_grad", lambda x: (x >= 0).astype(float))     # a known slip, now on the third try
    assert "right-hand slope" in slip.message and "A fuller hint" in slip.message
    assert check("relu_grad", lambda x: (x > 0).astype(float))      # the solution is never in the feedback
    assert "x > 0" not in first.message + second.message + slip.message
    assert check("sigmoid_grad", lambda x: x).message.count("Hint:") == 1   # counted per exercise


def test_a_try_that_is_not_attempted_does_not_count():
    check("relu_grad", None)
    check("relu_grad", ...)
    assert "fuller" not in check("relu_grad", lambda x: x).message


@pytest.mark.parametrize("name, answer, says", [
    ("relu_grad", lambda x: 1.0, "Expected 25 numbers, one for each input, but your function returned one number"),
    ("relu_grad", lambda x: np.zeros((25, 2)), "returned 50 numbers (shape (25, 2))"),
    ("softmax", lambda z: float(np.sum(z)), "returned one number"),
    ("relu_sparsity", np.array([0.5, 0.5, 0.5]), "expected one number, got 3 (a ndarray)"),
    ("relu_sparsity", [0.5], "expected one number, got 1 (a list)"),
    ("relu_sparsity", True, "expected a number, got True"),
    ("relu_sparsity", 0.5j, "complex number"),
])
def test_a_wrong_count_of_numbers_is_said_in_words(name, answer, says):
    fb = check(name, answer)
    assert not fb and says in fb.message, fb.message
    assert "shape ()" not in fb.message and "(3,)" not in fb.message


def test_an_exception_names_the_input_that_raised_it():
    def fails_at_zero(x):
        if np.any(x == 0):
            raise ValueError("my own check")
        return np.maximum(0, x)

    fb = check("relu", fails_at_zero)
    assert "ValueError at x = 0: my own check" in fb.message
    fb = check("softmax", lambda z: z[5])
    assert "IndexError at z = [1.0, 2.0, 3.0]: " in fb.message


def test_values_close_everywhere_are_told_so():
    fb = check("selu", lambda x: 1.0507 * np.where(x > 0, x, 1.6733 * np.expm1(x)))
    assert "close, but not close enough" in fb.message and "rounded" in fb.message and "1e-09" in fb.message


def test_every_exercise_cell_run_alone_after_a_restart_says_to_run_the_setup_cell():
    """Kernel -> Restart, then an exercise cell first (untouched, or with an answer that uses the
    setup's names): one sentence in both languages, no traceback. One kernel; %reset -f empties its
    namespace between cells as a restart does."""
    from jupyter_client.manager import start_new_kernel

    cells = list(_exercise_cells())
    assert len(cells) == 72                              # 36 exercise cells in each edition
    manager, client = start_new_kernel(kernel_name="python3")
    try:
        answered = ("from actlab.exercises import check\n"
                    "def my_relu_grad(x):\n    return (x > 0).astype(float)\ncheck('relu_grad', my_relu_grad)")
        for where, cell_id, source in cells + [("typed", "answer", answered)]:
            outputs = []
            client.execute_interactive("%reset -f", timeout=60)
            reply = client.execute_interactive(source, timeout=120, output_hook=outputs.append)
            shown = "".join(m["content"].get("text", "") + m["content"].get("data", {}).get("text/plain", "")
                            for m in outputs)
            assert reply["content"]["status"] == "ok", (where, cell_id, reply["content"].get("evalue"))
            assert not [m for m in outputs if m["msg_type"] == "error"], (where, cell_id)
            assert "Run → Run All Above Selected Cell" in shown and "설정 셀을 먼저" in shown, (where, cell_id, shown)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)

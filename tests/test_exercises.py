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

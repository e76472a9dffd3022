"""Activations of one's own (actlab.custom) and the formula parser (actlab.formula): bad functions
and formulas get a clear error at registration, nothing typed into a formula runs as code, and a
registered activation goes wherever a library name goes."""

from __future__ import annotations

import ast
import math

import numpy as np
import pytest

import actlab
from actlab import activations as A
from actlab import custom_activation, parse_formula, widgets
from actlab.custom import derivative_method
from actlab.playground import Config, train


@pytest.fixture(autouse=True)
def forget_custom_activations():
    """Each test starts and ends with the library's activations only."""
    A._CUSTOM.clear()
    yield
    A._CUSTOM.clear()


# ------------------------------------------------------------------ the formula parser

@pytest.mark.parametrize("text, match", [
    ("__import__('os').system('echo hacked')", "only the functions of the list"),
    ("__import__('os')", "'__import__' is not a function you can use"),
    ("open('/etc/passwd')", "'open' is not a function you can use"),
    ("eval('1')", "'eval' is not a function"),
    ("x.__class__", "attribute access"),
    ("x.real", "attribute access"),
    ("x[0]", "indexing"),
    ("lambda: 0", "lambda"),
    ("[i for i in range(9)]", "comprehensions"),
    ("{i for i in x}", "comprehensions"),
    ("(i for i in x)", "comprehensions"),
    ("x if x > 0 else 0", "where"),
    ("(y := 2)", "':='"),
    ("f'{x}'", "text"),
    ("'abc'", "only numbers"),
    ("True * x", "only numbers"),
    ("1j * x", "only numbers"),
    ("9 ** 9 ** 9 ** 9 * x", "not a finite number"),
    ("exp(1000) * x", "not a finite number"),
    ("1e999 * x", "too large"),
    ("9" * 150 + " * x", "too large"),
    ("x" + " + x" * 100, "characters long"),
    ("(" * 30 + "x" + ")" * 30, None),                   # brackets alone add no depth: allowed
    ("-" * 60 + "x", "nested more than"),
    ("x % 2", "operator %"),
    ("x @ x", "operator @"),
    ("~x", "operator ~"),
    ("0 < x < 1", "two things at a time"),
    ("x == 0", "comparison =="),
    ("x and 1", "'and' and 'or'"),
    ("y + 1", "the name 'y' is unknown"),
    ("tanh", "must be called"),
    ("exp(x, 2)", "exp takes 1 argument"),
    ("leaky_relu(x, alpha=0.1)", "by position"),
    ("leaky_relu(x, x)", "must be a number"),
    ("2x", "Multiply with"),
    ("x; import os", "not a formula Python can read"),
    ("", "empty"),
])
def test_a_formula_that_could_escape_or_make_no_sense_is_refused_in_words(text, match):
    if match is None:
        assert np.array_equal(parse_formula(text)(np.array([1.0, -2.0])), [1.0, -2.0])
        return
    with pytest.raises(ValueError, match=match):
        parse_formula(text)


def test_the_parser_never_executes_the_text(tmp_path):
    """parse_formula and the formula it returns call neither eval, exec nor compile, and a file
    a formula tries to write never appears."""
    import builtins

    called = []
    saved = {name: getattr(builtins, name) for name in ("eval", "exec", "compile")}

    def compile_to_a_tree_only(source, filename, mode, flags=0, *args, **kwargs):
        if not flags & ast.PyCF_ONLY_AST:                # ast.parse compiles to a tree, never to code
            called.append("compile")
        return saved["compile"](source, filename, mode, flags, *args, **kwargs)

    builtins.eval = lambda *args, **kwargs: called.append("eval")
    builtins.exec = lambda *args, **kwargs: called.append("exec")
    builtins.compile = compile_to_a_tree_only
    target = tmp_path / "hacked"
    refused = 0
    try:
        for text in (f"__import__('os').system('touch {target}')", f"open('{target}', 'w')"):
            try:
                parse_formula(text)
            except ValueError:
                refused += 1
        values = parse_formula("x * tanh(softplus(x)) + where(x > 1, 0.5 * x, 0)")(np.array([0.0, 2.0]))
    finally:
        for name, function in saved.items():
            setattr(builtins, name, function)
    assert called == [] and refused == 2 and values.shape == (2,)
    assert not target.exists()


def test_the_parser_source_has_no_eval_or_exec():
    from actlab import formula

    from pathlib import Path

    tree = ast.parse(Path(formula.__file__).read_text())
    called = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert not called & {"eval", "exec", "compile", "__import__", "getattr"}


@pytest.mark.parametrize("text, expected", [
    ("x * sigmoid(x)", actlab.silu),
    ("max(0, x)", actlab.relu),
    ("maximum(0.1 * x, x)", lambda x: actlab.leaky_relu(x, 0.1)),
    ("where(x > 0, x, exp(x) - 1)", actlab.elu),
    ("x * (x > 0)", actlab.relu),
    ("2 ** -1 * x", lambda x: x / 2),
    ("x * tanh(softplus(x))", actlab.mish),
    ("-x ** 2", lambda x: -(x ** 2)),
    ("pi * x + e", lambda x: math.pi * x + math.e),
    ("leaky_relu(x, 0.2) + swish(x, 2)", lambda x: actlab.leaky_relu(x, 0.2) + actlab.swish(x, 2.0)),
])
def test_a_formula_computes_what_it_says(text, expected):
    x = np.linspace(-5, 5, 101)
    np.testing.assert_allclose(parse_formula(text)(x), expected(x), rtol=1e-12, atol=1e-15)


# ------------------------------------------------------------------ registration

@pytest.mark.parametrize("f, match", [
    (lambda x: 1 / (1 + math.exp(-x)), "as the math module needs"),
    (lambda x: x if x > 0 else 0.0, "not one number, so 'if x > 0' cannot decide"),
    (lambda x: max(0, x), "whole numpy array"),
    (lambda x: float(np.sum(x)), "returned one number"),
    (lambda x: x[:10], r"shape \(10,\)"),
    (lambda x: x - x.mean(), "not elementwise"),
    (lambda x: np.exp(x - x.max()), "not elementwise"),
    (lambda x: np.log(x), "returned nan at x = -10"),
    (lambda x: 1 / x, "returned inf at x = 0"),
    (lambda x: x + 0j, "complex"),
    (lambda x: np.full(x.shape, "a"), "must return numbers"),
    (lambda x: np.where(x > 0, 1.0, 0.0), "jumps at x = 0"),
    (lambda x: x * (x > 0.005), "jumps at x = 0.005"),
    (lambda x: np.floor(x), "jumps"),
    (lambda x: 1 / 0, "ZeroDivisionError"),
    ("x / 0", "returned -inf"),
    ("log(x)", "returned nan"),
    (5, "must be a function"),
])
def test_a_bad_function_is_refused_at_registration_with_what_is_wrong(f, match):
    with pytest.raises((TypeError, ValueError), match=match):
        custom_activation(f, name="bad")
    assert "bad" not in actlab.activation_names()


def test_a_derivative_that_is_not_the_slope_is_refused():
    with pytest.raises(ValueError, match="grad is not the slope of f: at x = 0 grad gives 1, but f rises at 2"):
        custom_activation(lambda x: np.tanh(2 * x), grad=lambda x: 1 - np.tanh(2 * x) ** 2, name="t")
    with pytest.raises(TypeError, match="grad must be a function"):
        custom_activation(np.tanh, grad=3.0, name="t")
    # a right derivative is accepted, at a kink too (where the slopes do not need to agree)
    act = custom_activation(lambda x: np.maximum(x, 0), grad=lambda x: (x > 0).astype(float), name="r")
    assert derivative_method(act) == "given" and act.kinks == (0.0,)


@pytest.mark.parametrize("name, match", [
    ("relu", "one of the library's activations"), ("my act", "short word"), ("a" * 30, "short word"),
    (3, "name must be text"),
])
def test_a_bad_name_is_refused(name, match):
    with pytest.raises((TypeError, ValueError), match=match):
        custom_activation(np.tanh, name=name)


@pytest.mark.parametrize("text, method, kinks, bounds", [
    ("x * sin(x)", "complex step", (), ()),
    ("x * sigmoid(x)", "central differences", (), (0.0,)),    # actlab.sigmoid refuses complex numbers
    ("max(0, x)", "complex step", (0.0,), (0.0,)),
    ("abs(x)", "central differences", (0.0,), ()),             # the complex step is wrong for abs
    ("where(x > 1, 1, x)", "complex step", (1.0,), (1.0,)),
    ("sin(100 * x)", "complex step", (), ()),                  # steep, but no kink and no jump
    ("tanh(x)", "complex step", (), (-1.0, 1.0)),
])
def test_the_derivative_method_kinks_and_asymptotes_are_found(text, method, kinks, bounds):
    act = custom_activation(text, name="mine")
    assert derivative_method(act) == method
    assert act.kinks == kinks and act.bounds == bounds
    x = np.linspace(-4, 4, 801)
    h = 1e-6
    central = (act.f(x + h) - act.f(x - h)) / (2 * h)
    away = np.all(np.abs(x[:, None] - np.array(kinks or [99.0])) > 1e-3, axis=1)
    np.testing.assert_allclose(act.grad(x)[away], central[away], rtol=1e-5, atol=1e-5)
    for k in kinks:                                 # the left-hand slope, as the library's
        assert act.grad(k) == pytest.approx((act.f(k) - act.f(k - 1e-7)) / 1e-7, abs=1e-4)


def test_a_custom_activation_keeps_the_library_contract():
    act = custom_activation("x * tanh(x)", name="xt")
    assert isinstance(act.f(2.0), float) or np.ndim(act.f(2.0)) == 0
    assert act.f(np.float32([1.0, 2.0])).dtype == np.float32
    assert act.f([1, 2]).dtype == np.float64 and act.f(np.ones((2, 3))).shape == (2, 3)
    with pytest.raises(TypeError):
        act.f("abc")
    with pytest.raises(TypeError):
        act.f(np.array([1j]))
    assert act.saturates is None
    bounded = custom_activation("tanh(x)", name="bounded")
    assert bounded.saturates(np.array([0.99, 0.5])).tolist() == [True, False]


def test_registering_again_replaces_and_moves_to_the_end():
    custom_activation("x * sigmoid(x)", name="one")
    custom_activation("tanh(x)", name="two")
    custom_activation("x * tanh(x)", name="one")
    assert actlab.activation_names()[-2:] == ("two", "one")
    assert actlab.get_activation("one").f(2.0) == pytest.approx(2 * math.tanh(2))
    assert actlab.ACTIVATIONS == actlab.activation_names()[:len(actlab.ACTIVATIONS)]
    with pytest.raises(ValueError, match="did you mean 'one'"):
        actlab.get_activation("onee")


def test_three_ways_train_in_the_playground_and_appear_in_every_dropdown():
    """The issue's 'done when': with a derivative, without, and as a formula."""
    custom_activation(lambda x: x * np.tanh(np.logaddexp(x, 0)), grad=actlab.mish_grad, name="by_hand")
    custom_activation(lambda x: x * np.tanh(np.logaddexp(x, 0)), name="numeric")
    custom_activation("x * tanh(softplus(x))", name="formula")
    for name in ("by_hand", "numeric", "formula"):
        run = train(Config(dataset="moons", epochs=60, activation=name))
        assert not run.history.diverged and run.net.accuracy(run.X_test, run.y_test) > 0.95
    per_layer = train(Config(dataset="moons", depth=2, epochs=30, activation=("formula", "relu")))
    assert [a.name for a in per_layer.net.activations] == ["formula", "relu"]
    explorers = {
        "activation_explorer": widgets.activation_explorer(overlay=True),
        "depth_explorer": widgets.depth_explorer(),
        "dying_relu_explorer": widgets.dying_relu_explorer(),
        "playground": widgets.playground(),
    }
    for label, explorer in explorers.items():
        options = [o[1] if isinstance(o, tuple) else o for o in explorer.controls["activation"].options]
        assert {"by_hand", "numeric", "formula"} <= set(options), label
    explorer = explorers["depth_explorer"]
    explorer.controls["activation"].value = "formula"
    assert explorer.error is None
    play = explorers["playground"]
    play.controls["per layer"].value = "formula, relu"
    assert play.error is None


def test_importing_actlab_does_not_load_scipy():
    """The formula box's erf imports scipy on first use, as GELU does: importing the library stays
    light (each kernel of a classroom hub pays for it)."""
    import subprocess
    import sys

    code = "import sys, actlab, actlab.widgets, actlab.report; print('scipy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"
    assert parse_formula("erf(x)")(np.array([1.0]))[0] == pytest.approx(math.erf(1.0))

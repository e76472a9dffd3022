"""Lesson 8 (08_your_own): the report card repeats the numbers the lessons printed for ReLU, tanh
and GELU (read from their stored outputs, which nbval keeps current), and every conclusion the
lesson's text draws from a card is re-measured here."""

import json
import re
from pathlib import Path

import matplotlib
import numpy as np
import pytest

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402

import actlab  # noqa: E402
from actlab import activations as A  # noqa: E402
from actlab import custom_activation  # noqa: E402
from actlab.exercises import check  # noqa: E402
from actlab.report import (check_beats_relu, check_centred_unsaturated, plot_report_card,  # noqa: E402
                           report_card)

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def printed(stem, needle) -> str:
    """The text a code cell of a lesson printed, the first one containing ``needle``."""
    for cell in json.loads((NOTEBOOKS / f"{stem}.ipynb").read_text())["cells"]:
        if cell["cell_type"] == "code":
            text = "".join("".join(o.get("text", "")) for o in cell.get("outputs", []) if o["output_type"] == "stream")
            if needle in text:
                return text
    raise AssertionError(f"{stem} prints nothing with {needle!r}")


@pytest.fixture(scope="module")
def references():
    A._CUSTOM.clear()
    card = report_card("relu", references=("tanh", "gelu"))
    return card.measurements


@pytest.fixture(scope="module")
def lesson():
    """The cards of the lesson: my_swish (a formula) beside the references, silu, exact_swish."""
    A._CUSTOM.clear()
    custom_activation("x * sigmoid(x)", name="my_swish")
    custom_activation("x * sigmoid(x)", grad=actlab.silu_grad, name="exact_swish")
    cards = {"my_swish": report_card("my_swish")}
    cards.update({name: report_card(name, references=()) for name in ("silu", "exact_swish")})
    yield cards
    A._CUSTOM.clear()


def geo(values):
    return float(np.exp(np.mean(np.log(values))))


def test_the_card_repeats_lesson_2_error_ratios(references):
    table = printed("02_tanh", "relu higher in")
    for depth in (10, 20):
        tanh, relu = re.search(rf"^\s+{depth}\s+([\d.]+)\s+([\d.]+)", table, re.M).groups()
        assert round(geo(references["tanh"][f"ratio_{depth}"]), 2) == float(tanh)
        assert round(geo(references["relu"][f"ratio_{depth}"]), 2) == float(relu)


def test_the_card_repeats_lesson_3_born_dead_and_lesson_4_inactive_units(references):
    row = re.search(r"^\s+3\s+(.*)$", printed("03_relu", "fraction of 100 networks dead at birth"), re.M).group(1).split()
    assert f"{references['relu']['born_dead']:.1%}" == row[3]                 # depth 10 is the 4th column
    relu = re.search(r"ReLU\s+0 of 5\s+(\d+)% \[(\d+)%–(\d+)%\]", printed("04_leaky_relu", "inactive at end"))
    inactive = references["relu"]["inactive"]
    assert [f"{v:.0%}" for v in (np.mean(inactive), min(inactive), max(inactive))] == [f"{g}%" for g in relu.groups()]


def test_the_card_repeats_lesson_6_table_and_layer_50(references):
    table = printed("06_beyond_relu", "mean on N(0,1)")
    for name, label in (("relu", "ReLU"), ("tanh", "Tanh"), ("gelu", "GELU")):
        low, high, slope, monotone, mean = re.search(rf"^\s+{label}\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)$",
                                                     table, re.M).groups()
        m = references[name]
        assert (m["min"], f"{m['slope0']:.3f}", "yes" if m["monotone"] else "no", f"{round(m['mean'], 3) + 0.0:+.3f}") \
            == (low, slope, monotone, mean)
        assert m["max"] == high or float(m["max"]) == float(high)
    relu = re.search(r"ReLU \(He\), layer 50: mean \+([\d.]+) to \+([\d.]+), variance ([\d.]+) to ([\d.]+)",
                     printed("06_beyond_relu", "layer 50"))
    m = references["relu"]
    assert [f"{min(m['mean_50']):.3f}", f"{max(m['mean_50']):.3f}", f"{min(m['var_50']):.3g}",
            f"{max(m['var_50']):.3g}"] == list(relu.groups())


def test_the_card_repeats_lesson_7_moons_comparison(references):
    table = printed("07_playground", "epochs to 90%")
    for name in ("relu", "tanh", "gelu"):
        median, reached, test, train = re.search(rf"^\s+{name}\s+(\S+) \((\d)/5\)\s+(\d+)%\s+(\d+)%", table, re.M).groups()
        epochs = [np.inf if e is None else e for e in references[name]["moons_epochs"]]   # as lesson 7 counts
        assert str(int(np.isfinite(epochs).sum())) == reached and f"{np.median(epochs):.0f}" == median
        assert f"{np.mean(references[name]['moons_test']):.0%}" == f"{test}%"
        assert f"{np.mean(references[name]['moons_train']):.0%}" == f"{train}%"


def test_the_lesson_reads_the_swish_card_right(lesson):
    card = lesson["my_swish"]
    swish, relu = card.measurements["my_swish"], card.measurements["relu"]
    # "No dead units": 0% dead at birth against 54%, about 1% inactive against 24%, flat 18.9% against 50%
    assert swish["born_dead"] == 0 and relu["born_dead"] == 0.54
    assert round(np.mean(swish["inactive"]), 2) == 0.01 and round(np.mean(relu["inactive"]), 2) == 0.24
    assert round(swish["flat"], 3) == 0.189 and relu["flat"] == pytest.approx(0.5, abs=1e-3)
    # "In deep fresh networks it passes back less": 0.0063 against 0.53; variance about 1e-14
    assert geo(swish["ratio_20"]) < geo(relu["ratio_20"]) / 10
    assert 1e-15 < geo(swish["var_50"]) < 1e-13
    # "In the small trained network it does as well as ReLU or better": spirals 83% both, moons 5 vs 10
    assert round(np.mean(swish["spirals_test"]), 2) == round(np.mean(relu["spirals_test"]), 2) == 0.83
    assert np.median(swish["moons_epochs"]) == 5 and np.median(relu["moons_epochs"]) == 10
    # the variance factor per layer deep down is 2 x 0.5^2
    variance = swish["variance_by_layer"]
    assert geo(variance[:, 41:] / variance[:, 40:-1]) == pytest.approx(0.5, abs=0.02)


def test_the_rebuilt_swish_differs_from_silu_only_where_training_amplifies(lesson):
    rows = {name: [values[0] for _, values in card.rows()] for name, card in lesson.items()}
    assert rows["exact_swish"] == rows["silu"]
    differ = [what for (what, _), a, b in zip(lesson["my_swish"].rows(), rows["my_swish"], rows["silu"]) if a != b]
    assert differ == ["inactive after lr 0.7 (spirals)", "spirals: test accuracy, 300 epochs"]
    mine = lesson["my_swish"].measurements["my_swish"]["spirals_test"]
    silu = lesson["silu"].measurements["silu"]["spirals_test"]
    assert sum(a != b for a, b in zip(mine, silu)) == 1                         # "one seed ... 1.5 points lower"
    assert max(b - a for a, b in zip(mine, silu)) == pytest.approx(0.015)
    units = [np.round(np.array(card.measurements[name]["inactive"]) * 96) for card, name in
             ((lesson["my_swish"], "my_swish"), (lesson["silu"], "silu"))]
    assert np.sum(units[0] != units[1]) == 3 and 1 <= np.max(np.abs(units[0] - units[1])) <= 3


def test_the_figure_draws_six_panels(lesson):
    axes = Figure(figsize=(11, 6.4)).subplots(2, 3)
    lines = plot_report_card(axes, lesson["my_swish"])
    assert [line.get_label() for line in lines] == ["my_swish", "relu", "tanh", "gelu"]
    assert all(ax.has_data() for ax in axes.ravel())


def test_a_card_refuses_what_it_cannot_train_and_times_on_request():
    with pytest.raises(ValueError, match="register it first"):
        report_card(actlab.get_activation("leaky_relu", alpha=0.3))
    with pytest.raises(ValueError, match="at least one seed"):
        report_card("relu", seeds=())
    seen = []
    card = report_card("relu", references=("tanh",), timing=True, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)] and card.rows()[-1][0].startswith("time / ReLU")
    assert 0.5 < card.measurements["relu"]["speed"] < 2.0
    assert "<table>" in card._repr_html_() and str(card).splitlines()[0].split() == ["relu", "tanh"]


# ------------------------------------------------------------------ the exercises

def test_exercise_1_the_solutions_pass_and_the_near_misses_do_not():
    A._CUSTOM.clear()
    for answer in ("silu", "mish", "x * sigmoid(1.5 * x)"):
        assert check_beats_relu(answer), answer
    gelu = check_beats_relu("gelu")
    assert not gelu and "higher in 2 of 5 seeds" in gelu.message
    assert check_beats_relu(None).status == "not attempted"
    assert "not an activation yet" in check_beats_relu("x.real").message
    assert "not an activation yet" in check_beats_relu(lambda x: x if x > 0 else 0).message
    A._CUSTOM.clear()


def test_exercise_2_the_solutions_pass_and_their_cards_explode():
    A._CUSTOM.clear()
    assert check_centred_unsaturated("x + 0.5 * sin(x)") and check_centred_unsaturated("x + tanh(x)")
    for answer, says in (("x", "straight line"), ("tanh(x)", "saturates"), ("arcsinh(x)", "saturates"),
                         ("relu(x)", "mean on N(0,1) is +0.399"), ("x * x", "mean")):
        feedback = check_centred_unsaturated(answer)
        assert not feedback and says in feedback.message, (answer, feedback.message)
    custom_activation("x + tanh(x)", name="x_tanh")
    custom_activation("x + 0.5 * sin(x)", name="x_wiggle")
    card = report_card("x_tanh", references=("x_wiggle",))
    m = card.measurements["x_tanh"]
    variance = m["variance_by_layer"]
    assert round(geo(variance[:, 41:] / variance[:, 40:-1]), 2) == 1.94        # "×1.94 per layer"
    assert f"{geo(m['var_50']):.1e}" == "6.5e+15" and 1e3 < geo(m["ratio_20"]) < 3e3    # "about 2·10³"
    assert all(np.isnan(m["moons_train"]))                                    # "diverges in all five"
    assert sum(np.isnan(card.measurements["x_wiggle"]["moons_train"])) == 3   # "and ... in three"
    lecun = report_card("x_tanh", references=(), init="lecun").measurements["x_tanh"]
    assert 5e2 < geo(lecun["var_50"]) < 2e3 and sum(np.isnan(lecun["moons_train"])) == 4
    A._CUSTOM.clear()


def test_exercise_3_each_statement_against_the_card():
    A._CUSTOM.clear()
    custom_activation("x * sin(x)", name="x_sin")
    card = report_card("x_sin", references=("relu",))
    xs, relu = card.measurements["x_sin"], card.measurements["relu"]
    truth = {
        "a": xs["born_dead"] > 0.25,
        "b": geo(xs["ratio_20"]) > 100,
        "c": "∞" not in xs["min"] + xs["max"],
        "d": np.mean(xs["spirals_train"]) > np.mean(relu["spirals_train"])
        and np.mean(xs["spirals_test"]) < np.mean(relu["spirals_test"]),
        "e": xs["diverged"] == 5,
        "f": abs(xs["mean"]) <= 0.05,
    }
    assert {letter for letter, true in truth.items() if true} == {"b", "d", "e"}
    assert check("xsin_card", {"b", "d", "e"}) and check("xsin_card", "b, d, e")
    assert not check("xsin_card", {"b", "e"}) and not check("xsin_card", {"a", "b", "d", "e"})
    # the numbers the solution quotes
    assert round(xs["max_slope"], 1) == 9.6 and 1e9 < geo(xs["ratio_20"]) < 1e10
    assert xs["born_dead"] == 0.05 and round(xs["mean"], 2) == 0.61
    assert np.median(xs["spirals_epochs"]) == 16 and np.median(relu["spirals_epochs"]) == 131
    assert sum(a < b for a, b in zip(xs["spirals_test"], relu["spirals_test"])) == 4
    assert [f"{np.mean(xs[k]):.0%}" for k in ("spirals_train", "spirals_test")] == ["90%", "77%"]
    assert [f"{np.mean(relu[k]):.0%}" for k in ("spirals_train", "spirals_test")] == ["86%", "83%"]
    assert xs["min"] == "-∞" and xs["max"] == "∞"
    A._CUSTOM.clear()


def test_three_ways_to_bring_mish_section_4():
    """'All three train ... to the same test accuracy'; the given derivative agrees to rounding, the
    other two by central differences within 1e-10, as np.logaddexp and actlab.softplus refuse
    complex numbers."""
    from actlab.custom import derivative_method
    from actlab.playground import Config, train

    A._CUSTOM.clear()
    given = custom_activation(lambda x: x * np.tanh(np.logaddexp(x, 0)), grad=actlab.mish_grad, name="mish_given")
    numeric = custom_activation(lambda x: x * np.tanh(np.logaddexp(x, 0)), name="mish_numeric")
    formula = custom_activation("x * tanh(softplus(x))", name="mish_formula")
    x = np.linspace(-10, 10, 20_001)
    assert [derivative_method(a) for a in (given, numeric, formula)] == ["given", "central differences",
                                                                         "central differences"]
    assert np.max(np.abs(given.grad(x) - actlab.mish_grad(x))) < 1e-14
    assert all(np.max(np.abs(a.grad(x) - actlab.mish_grad(x))) < 1e-10 for a in (numeric, formula))
    with pytest.raises(TypeError):
        np.logaddexp(np.array([1j]), 0)
    with pytest.raises(TypeError):
        actlab.softplus(np.array([1j]))
    scores = {name: (lambda run: run.net.accuracy(run.X_test, run.y_test))(train(Config(dataset="moons", epochs=60, activation=name)))
              for name in ("mish_given", "mish_numeric", "mish_formula")}
    assert len(set(scores.values())) == 1 and scores["mish_given"] == 0.995
    A._CUSTOM.clear()

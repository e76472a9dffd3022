"""The index (00_index) and the explorer app (explorer): each conclusion their text draws from an
output, re-computed through the library, and the library additions they use.

Every test re-runs the computation behind a sentence, so a change that would make the sentence
false fails here even when the notebook is re-executed.
"""

import json
import re
from pathlib import Path

import numpy as np
import pytest
from matplotlib.figure import Figure

import actlab
from actlab import ACTIVATIONS, get_activation
from actlab.exercises import EXERCISES, check
from actlab.experiments import SEEDS, fresh_diagnostics
from actlab.plotting import plot_derivative, plot_gallery
from actlab.widgets import activation_explorer

ROOT = Path(__file__).resolve().parent.parent
GALLERY_PARAMS = {"leaky_relu": {"alpha": 0.1}, "swish": {"beta": 4.0}}
AFTER_RELU = ("elu", "selu", "gelu", "silu", "swish", "softplus", "mish")


def _act(name):
    return get_activation(name, **GALLERY_PARAMS.get(name, {}))


def _minimum(name, lo=-3.0, hi=0.0):
    """(x, f(x)) at the lowest point of an activation on [lo, hi], on a fine grid."""
    x = np.linspace(lo, hi, 300_001)
    f = get_activation(name).f(x)
    return x[np.argmin(f)], f.min()


# --------------------------------------------------------------------- section 3: a first look

def test_bounded_activations_keep_almost_no_slope_at_five():
    """'at x = ±5 the sigmoid's slope is under 3% of its peak, and tanh's under 0.1%'"""
    for name, share in (("sigmoid", 0.03), ("tanh", 0.001)):
        act = get_activation(name)
        slopes = act.grad(np.array([-5.0, 5.0]))
        assert np.all(slopes / act.grad(0.0) < share)
        assert act.grad(0.0) == act.grad(np.linspace(-6, 6, 1201)).max()    # the peak is at 0


def test_sigmoid_slope_is_at_most_a_quarter_and_tanh_at_most_one():
    """'For the sigmoid that factor is at most 1/4 even at its best, at x = 0 ... tanh's is at most 1'"""
    x = np.linspace(-10, 10, 20001)
    assert actlab.sigmoid_grad(x).max() == pytest.approx(0.25) and actlab.sigmoid_grad(0.0) == 0.25
    assert actlab.tanh_grad(x).max() == pytest.approx(1.0)


def test_relu_slope_is_exactly_zero_or_one():
    x = np.linspace(-5, 5, 1001)
    g = actlab.relu_grad(x)
    assert np.all(g[x < 0] == 0.0) and np.all(g[x > 0] == 1.0)
    assert np.all(_act("leaky_relu").grad(x[x < 0]) == 0.1)


def test_activations_after_relu_end_near_the_identity_and_differ_on_the_left():
    """'slopes at x = 5 run from about 0.99 to 1.05'; 'f(-5) runs from about -1.75 (SELU) to a small
    positive number (Softplus, which is never negative)'"""
    slopes = {n: float(_act(n).grad(5.0)) for n in AFTER_RELU}
    assert round(min(slopes.values()), 2) == 0.99 and round(max(slopes.values()), 2) == 1.05, slopes
    assert slopes["selu"] == pytest.approx(actlab.SELU_SCALE)            # "its slope on the right is lambda"
    left = {n: float(_act(n).f(-5.0)) for n in AFTER_RELU}
    assert min(left, key=left.get) == "selu" and left["selu"] == pytest.approx(-1.75, abs=0.01)
    assert max(left, key=left.get) == "softplus" and 0 < left["softplus"] < 0.01
    assert np.all(actlab.softplus(np.linspace(-40, 40, 801)) > 0)


def test_the_gallery_shows_no_duplicate_and_no_invisible_leak():
    """Swish at beta = 4 differs visibly from SiLU; Leaky ReLU at alpha = 0.1 from ReLU."""
    x = np.linspace(-5, 5, 501)
    assert np.max(np.abs(_act("swish").f(x) - actlab.silu(x))) > 0.2
    assert np.max(np.abs(_act("leaky_relu").f(x) - actlab.relu(x))) == pytest.approx(0.5)
    np.testing.assert_allclose(actlab.swish(x, beta=1.0), actlab.silu(x), rtol=1e-12, atol=1e-15)


# ------------------------------------------------------------ section 4: reading a function plot

def test_sigmoid_saturation_edge_and_slope_there():
    """'saturated ... for |x| > 3.48'; 'there its slope is less than 0.03, under an eighth of 0.25'"""
    sigmoid = get_activation("sigmoid")
    fine = np.linspace(0, 10, 100_001)
    edge = fine[np.argmax(sigmoid.saturates(sigmoid.f(fine)))]
    assert round(edge, 2) == 3.48 and edge == pytest.approx(np.log(0.97 / 0.03), abs=1e-4)
    beyond = fine[fine >= edge]
    assert sigmoid.grad(beyond).max() < 0.03 < 0.25 / 8


def test_leaky_relu_returns_the_left_hand_slope_at_its_kink():
    leaky = get_activation("leaky_relu", alpha=0.1)
    assert leaky.grad(0.0) == pytest.approx(0.1) and leaky.grad(1e-9) == 1.0


def test_selu_derivative_jumps_down_at_zero():
    """'the derivative jumps down from about 1.76 on the left to about 1.05 on the right'"""
    left, right = actlab.selu_grad(np.array([0.0, 1e-9]))
    assert round(float(left), 2) == 1.76 and round(float(right), 2) == 1.05


# ------------------------------------------------------------ section 5: how the lessons measure

@pytest.fixture(scope="module")
def errors():
    return {name: np.array([fresh_diagnostics(name, 10, init=init, seed=s).delta_norm[:-1]
                            for s in SEEDS])
            for name, init in (("sigmoid", "xavier"), ("relu", "he"))}


def test_sigmoid_error_shrinks_at_every_layer_to_a_few_millionths_in_every_seed(errors):
    runs = errors["sigmoid"]
    assert len(SEEDS) == 5
    assert np.all(np.diff(runs, axis=1) > 0)                    # smaller toward the input, 5 of 5
    ratio = runs[:, 0] / runs[:, -1]
    assert np.all((1e-6 < ratio) & (ratio < 5e-6)), ratio        # "a few millionths", "several hundred thousand"
    spread = runs.max(axis=0) / runs.min(axis=0)
    assert spread.max() < 4                                       # "at most a factor of about 3"


def test_relu_error_stays_within_a_factor_two_but_its_direction_depends_on_the_seed(errors):
    runs = errors["relu"]
    ratio = runs[:, 0] / runs[:, -1]
    assert np.all((0.5 < ratio) & (ratio < 2)), ratio
    assert np.any(ratio > 1) and np.any(ratio < 1)              # larger in some seeds, smaller in others
    assert (runs.max(axis=0) / runs.min(axis=0)).max() > 2      # seeds differ by more than that somewhere


# ------------------------------------------------------------------------------------ exercises

def test_not_monotone_reference_is_what_the_registry_says():
    x = np.linspace(-8, 8, 16001)
    computed = {n for n in ACTIVATIONS if np.min(_act(n).grad(x)) < 0}
    assert computed == set(EXERCISES["not_monotone"].reference) == {"gelu", "silu", "swish", "mish"}
    for n in ("elu", "selu", "leaky_relu"):                     # negative outputs, yet monotone
        assert _act(n).f(-3.0) < 0 and np.min(_act(n).grad(x)) >= 0


def test_not_monotone_checker():
    assert check("not_monotone", ...).status == "not attempted"
    assert check("not_monotone", None).status == "not attempted"
    assert bool(check("not_monotone", ["GELU", "silu", "swish", "mish"]))
    wrong = check("not_monotone", {"gelu", "elu"})
    assert wrong.status == "wrong" and "'elu' does not belong" in wrong.message
    missing = check("not_monotone", {"gelu", "silu"})
    assert missing.status == "wrong" and "2 are missing" in missing.message
    assert "mish" not in missing.message.split("Hint")[0]      # the missing ones are not named
    assert "not an activation" in check("not_monotone", "sigmoidd").message
    assert check("not_monotone", 3).status == "wrong"


def test_elu_derivative_jumps_by_alpha_minus_one_and_not_at_alpha_one():
    for alpha in (0.5, 0.95, 1.05, 2.0):
        fig = Figure()
        drawn = plot_derivative(fig.subplots(), get_activation("elu", alpha=alpha))
        assert len(drawn["kinks"]) == 2, alpha                 # filled and open dot
        assert drawn["kinks"][0].get_ydata()[0] == pytest.approx(alpha)
    fig = Figure()
    drawn = plot_derivative(fig.subplots(), get_activation("elu", alpha=1.0))
    assert drawn["kinks"] == [] and not np.isnan(drawn["line"].get_ydata()).any()
    fig = Figure()
    filled, hollow = plot_derivative(fig.subplots(), get_activation("elu", alpha=2.5))["kinks"]
    jump = filled.get_ydata()[0] - hollow.get_ydata()[0]
    assert jump == pytest.approx(1.5) and bool(check("elu_jump", jump))
    assert not check("elu_jump", -1.5) and check("elu_jump", ...).status == "not attempted"
    # "reading the dots to about 0.1 is enough": 2.45 - 1 is accepted, 2.4 - 1 is not
    assert bool(check("elu_jump", 1.45)) and not check("elu_jump", 1.35)


# ---------------------------------------------------------------- the explorer app's questions

def test_q1_three_activations_grow_without_limit_keep_a_slope_and_have_a_floor():
    left = np.linspace(-20, 0, 4001)[:-1]
    answer = set()
    for n in ACTIVATIONS:
        act = get_activation(n)
        unbounded_right = act.f(50.0) > 40
        slope_kept = np.all(act.grad(left) > 0)
        floor = np.isfinite(act.f(-1e6)) and act.f(-1e6) > -10
        if unbounded_right and slope_kept and floor:
            answer.add(n)
    assert answer == {"elu", "selu", "softplus"}
    assert actlab.elu_grad(-20.0) == pytest.approx(2.06e-9, rel=1e-2)
    for n in ("sigmoid", "tanh"):                              # pass the left test, bounded on the right
        assert np.all(get_activation(n).grad(left) > 0) and get_activation(n).f(50.0) <= 1


@pytest.mark.parametrize("name, value, where", [("gelu", -0.170, -0.75), ("silu", -0.278, -1.28),
                                                 ("mish", -0.309, -1.19)])
def test_q2_lowest_points(name, value, where):
    x, f = _minimum(name)
    assert round(f, 3) == value and round(x, 2) == where
    assert abs(get_activation(name).grad(x)) < 1e-4            # the derivative crosses zero there


def test_q3_swish_between_the_line_x_over_two_and_relu():
    x = np.linspace(-5, 5, 200_001)
    np.testing.assert_allclose(actlab.swish(x, beta=0.0), x / 2)
    np.testing.assert_allclose(actlab.swish_grad(x, beta=0.0), 0.5)
    for beta in (2.0, 10.0):
        gap = np.abs(actlab.swish(x, beta=beta) - actlab.relu(x))
        assert gap.max() == pytest.approx(0.2785 / beta, rel=1e-3)
        assert abs(x[np.argmax(gap)]) == pytest.approx(1.2785 / beta, rel=1e-2)
    assert np.abs(actlab.swish(x, beta=10.0) - actlab.relu(x)).max() < 0.03


def test_q4_tanh_saturates_at_exactly_half_the_sigmoids_distance():
    fine = np.linspace(0, 10, 1_000_001)
    edges = {}
    for n in ("sigmoid", "tanh"):
        act = get_activation(n)
        edges[n] = fine[np.argmax(act.saturates(act.f(fine)))]
    assert round(edges["sigmoid"], 2) == 3.48 and round(edges["tanh"], 2) == 1.74
    assert edges["tanh"] / edges["sigmoid"] == pytest.approx(0.5, abs=1e-5)


def test_preview_gelu_derivative_overshoots_one_and_dips_below_zero():
    x = np.linspace(-5, 5, 601)
    g = actlab.gelu_grad(x)
    assert g.max() > 1.05 and g.min() < -0.05
    assert np.all(np.diff(actlab.gelu(x))[x[1:] < -1] < 0)     # decreasing left of its lowest point


# ------------------------------------------------------------------------- library additions

def test_gallery_params_keyword_defaults_to_todays_behaviour():
    fig = Figure()
    axes = fig.subplots(4, 3)
    drawn = plot_gallery(axes)
    titles = [ax.get_title() for ax in axes.ravel()[:len(ACTIVATIONS)]]
    assert "Swish (beta=1)" in titles and "Leaky ReLU (alpha=0.01)" in titles
    assert len(drawn) == len(ACTIVATIONS) and not axes.ravel()[-1].axison

    fig = Figure()
    axes = fig.subplots(4, 3)
    plot_gallery(axes, params=GALLERY_PARAMS)
    titles = [ax.get_title() for ax in axes.ravel()]
    assert "Swish (beta=4)" in titles and "Leaky ReLU (alpha=0.1)" in titles
    with pytest.raises(TypeError):
        plot_gallery(Figure().subplots(4, 3), params={"relu": {"alpha": 1}})


def test_gallery_does_not_join_a_jump_and_marks_it_with_dots():
    fig = Figure()
    axes = fig.subplots(1, 3)
    x = np.linspace(-4, 4, 400)                                 # 0 is not on this grid
    drawn = plot_gallery(axes, names=["relu", "elu", "sigmoid"], x=x)
    relu_g = drawn[0][1].get_ydata()
    assert np.isnan(relu_g).sum() == 1 and np.isnan(relu_g[np.searchsorted(x, 0.0)])
    markers = [line for line in axes[0].lines if line.get_marker() == "o"]
    assert [m.get_ydata()[0] for m in markers] == [0.0, 1.0]
    assert markers[1].get_markerfacecolor() == "white"
    for ax, (_, g) in zip(axes[1:], drawn[1:]):                 # ELU (alpha = 1), sigmoid: no jump
        assert not np.isnan(g.get_ydata()).any()
        assert not [line for line in ax.lines if line.get_marker() == "o"]


def test_plot_derivative_breaks_a_jump_that_falls_between_grid_points():
    fig = Figure()
    x = np.linspace(-5.5, 3, 601)                              # 0 falls between two grid points
    drawn = plot_derivative(fig.subplots(), "relu", x)
    g = drawn["line"].get_ydata()
    i = np.searchsorted(x, 0.0)
    assert x[i - 1] < 0 < x[i] and np.isnan(g[i]) and np.isnan(g).sum() == 1


def test_explorer_comparison_does_not_join_a_jump():
    ex = activation_explorer("gelu", overlay=True)
    ex.controls["compare with"].value = "relu"
    derivative_axes = ex.axes[1]
    dots = [line for line in derivative_axes.lines if line.get_marker() == "o"]
    assert [d.get_ydata()[0] for d in dots] == [0.0, 1.0]
    grey = [line for line in derivative_axes.lines if line.get_linestyle() == "--" and line.get_color() == "0.35"]
    assert len(grey) == 1 and np.isnan(grey[0].get_ydata()).sum() == 1


def test_asymptotes_follow_the_parameters():
    assert get_activation("elu").bounds == (-1.0,)
    assert get_activation("elu", alpha=2.0).bounds == (-2.0,)
    assert get_activation("swish").bounds == (0.0,) and get_activation("swish", beta=0.0).bounds == ()
    assert get_activation("leaky_relu").bounds == () and get_activation("leaky_relu", alpha=0.0).bounds == (0.0,)
    for name, params in (("elu", {"alpha": 2.5}), ("elu", {"alpha": 0.5}), ("swish", {"beta": 3.0})):
        act = get_activation(name, **params)
        assert act.f(-60.0) == pytest.approx(act.bounds[0], abs=1e-12)


# ------------------------------------------------------------------------------ the map

def test_the_index_maps_every_notebook_of_the_series():
    cells = json.loads((ROOT / "notebooks" / "00_index.ipynb").read_text())["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    linked = set(re.findall(r"\]\(([\w]+\.ipynb)\)", text))
    present = {p.name for p in (ROOT / "notebooks").glob("*.ipynb")} - {"00_index.ipynb"}
    assert present <= linked, present - linked
    assert linked <= present | {"00_index.ipynb"}, linked - present


def test_explorer_readout_prints_the_ends_and_both_sides_of_a_jump():
    """The explorer's caption: 'f and f' at both ends of the range of x, and the two values at every
    jump'; Q1: ELU's f' at x = -20 is tiny but not 0."""
    from actlab.widgets import activation_readout
    ex = activation_explorer("elu", x_range=(-20.0, 5.0), overlay=True, legend_loc="best", readout=True)
    text = ex.caption_box.value
    assert "at x = -20: f = -1, f\u2032 = 2.06e-09" in text and "at x = 5: f = 5" in text
    assert "jumps" not in text                                   # ELU at alpha = 1: no jump
    ex.controls["elu.alpha"].value = 2.5
    assert "2.5 returned (filled dot), 1 just to the right" in ex.caption_box.value
    ex.controls["activation"].value = "selu"
    assert "1.758 returned (filled dot), 1.051 just to the right" in ex.caption_box.value
    assert "jumps" not in activation_readout("relu", (1.0, 5.0))    # the kink outside the range
    assert activation_explorer("sigmoid").caption_box.value == ""   # default: no caption


def test_explorer_legend_placement_is_a_keyword_with_todays_default():
    ex = activation_explorer("gelu", overlay=True)
    ex.controls["compare with"].value = "relu"
    assert ex.axes[1].get_legend()._loc == 2                     # "upper left", as before
    ex = activation_explorer("gelu", overlay=True, legend_loc="best")
    ex.controls["compare with"].value = "relu"
    assert ex.axes[1].get_legend()._loc == 0                     # "best"

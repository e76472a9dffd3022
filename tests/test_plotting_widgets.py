"""actlab.plotting and actlab.widgets, driven as a notebook would, in plain pytest."""

import numpy as np
import pytest

from actlab import ACTIVATIONS, get_activation
from matplotlib.figure import Figure

from actlab.plotting import plot_activation, plot_derivative, plot_function_and_derivative


from actlab.widgets import Explorer, activation_explorer, range_slider


def new_figure(ncols=1):
    fig = Figure()
    return fig, fig.subplots(1, ncols)


def _render(fig):
    import io
    fig.savefig(io.BytesIO(), format="png")       # forces every label's mathtext to parse


def test_plot_activation_draws_the_function_asymptotes_and_saturation():
    fig, ax = new_figure()
    x = np.linspace(-8, 8, 161)
    drawn = plot_activation(ax, "sigmoid", x)
    np.testing.assert_allclose(drawn["line"].get_ydata(), get_activation("sigmoid").f(x))
    assert [a.get_ydata()[0] for a in drawn["asymptotes"]] == [0.0, 1.0]
    assert len(drawn["saturation"]) == 1
    assert ax.get_ylabel() == r"$\sigma(x)$"
    _render(fig)


def test_plot_derivative_marks_the_left_hand_value_at_a_kink():
    fig, ax = new_figure()
    drawn = plot_derivative(ax, get_activation("leaky_relu", alpha=0.1))
    filled, hollow = drawn["kinks"]
    assert filled.get_ydata()[0] == pytest.approx(0.1) and hollow.get_ydata()[0] == 1.0
    assert np.isnan(drawn["line"].get_ydata()[300])         # the jump is not joined
    _render(fig)


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_function_and_derivative_for_every_activation(name):
    fig, axes = new_figure(ncols=2)
    f, g = plot_function_and_derivative(axes, name)
    assert f["line"].get_xdata().size == g["line"].get_xdata().size == 601
    assert axes[0].get_title().startswith("$")
    _render(fig)


def test_explorer_redraws_on_every_change_and_shows_a_new_image():
    ex = activation_explorer("sigmoid")
    assert ex.renders == 1 and ex.error is None and ex.image.value[:4] == b"\x89PNG"
    first = ex.image.value
    ex.controls["activation"].value = "tanh"
    assert ex.renders == 2 and ex.image.value != first
    assert ex.result[0]["line"].get_ydata().max() == pytest.approx(np.tanh(6))
    ex.controls["x range"].value = (-2.0, 3.0)
    assert ex.renders == 3 and ex.result[0]["line"].get_xdata()[[0, -1]].tolist() == [-2.0, 3.0]


def test_explorer_shows_only_the_chosen_activations_sliders():
    ex = activation_explorer("leaky_relu")
    params_box = ex.children[0].children[0].children[1]
    assert [c.description for c in params_box.children] == ["alpha"]
    ex.controls["leaky_relu.alpha"].value = 0.3
    assert ex.result[1]["line"].get_ydata()[0] == pytest.approx(0.3)
    ex.controls["activation"].value = "relu"
    assert params_box.children == ()
    ex.controls["activation"].value = "gelu"
    ex.controls["gelu.approximate"].value = "tanh"
    assert ex.error is None and "tanh approximation" in ex.result[1]["line"].get_label()


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_explorer_draws_every_activation_at_its_slider_extremes(name):
    ex = activation_explorer(name)
    for key, control in ex.controls.items():
        if key.startswith(f"{name}.") and hasattr(control, "max"):
            control.value = control.max
            control.value = control.min
    assert ex.error is None


def test_range_slider_cannot_collapse_or_invert():
    s = range_slider(value=(-1.0, 1.0), limits=(-5.0, 5.0), step=0.5)
    s.value = (2.0, 2.0)
    assert s.value == (2.0, 2.5)
    s.value = (5.0, 5.0)
    assert s.value == (4.5, 5.0)


def test_explorer_reports_a_value_it_cannot_draw_and_stays_usable():
    import ipywidgets as w
    slider = w.FloatSlider(value=1.0, min=-1.0, max=2.0)

    def draw(ax, values):
        if values["a"] < 0:
            raise ValueError("a must be >= 0")
        return ax.plot([0, values["a"]])

    ex = Explorer(draw, {"a": slider}, grid=(1, 1))
    slider.value = -0.5
    assert ex.error == "a must be >= 0" and "Cannot draw" in ex.message.value and ex.renders == 2
    slider.value = 0.5
    assert ex.error is None and ex.message.value == ""


def test_unknown_initial_activation_is_refused():
    with pytest.raises(ValueError, match="not among"):
        activation_explorer("relu", names=["sigmoid", "tanh"])


# ------------------------------------------------------------------------------ lesson explorers

from actlab import widgets as W  # noqa: E402


@pytest.mark.parametrize("factory, key, value", [
    (W.neuron_explorer, "weight w", 4.0),
    (W.depth_explorer, "depth", 20),
    (W.depth_explorer, "weight scale", 4.0),
    (W.depth_explorer, "init", "he"),
    (W.depth_explorer, "activation", "relu"),
    (W.gain_explorer, "gain", 3.0),
    (W.gain_explorer, "activation", "sigmoid"),
    (W.born_dead_explorer, "width", 2),
    (W.born_dead_explorer, "activation", "leaky_relu"),
    (W.leaky_explorer, "alpha", 0.3),
    (W.softmax_explorer, "T", 5.0),
    (W.softmax_explorer, "z0", -3.0),
])
def test_every_lesson_explorer_redraws_when_a_control_moves(factory, key, value):
    ex = factory()
    before = ex.image.value
    ex.controls[key].value = value
    assert ex.renders == 2 and ex.error is None and ex.image.value != before


def test_neuron_explorer_shows_the_local_gradient():
    ex = W.neuron_explorer("sigmoid")
    ex.controls["weight w"].value = 4.0
    assert ex.result[1].get_ydata().max() == pytest.approx(1.0, rel=1e-3)     # 4 * 0.25


def test_depth_explorer_measures_vanishing_gradients():
    ex = W.depth_explorer("sigmoid", depth=10)
    d = ex.result[1]
    assert d.grad_norm[0] < 1e-4 * d.grad_norm[-2]
    ex.controls["activation"].value = "relu"
    ex.controls["init"].value = "he"
    assert ex.result[1].grad_norm[0] > 1e-2 * ex.result[1].grad_norm[-2]


def test_training_explorer_waits_for_its_button_and_reports_progress():
    ex = W.dying_relu_explorer(epochs=30)
    assert ex.renders == 1 and ex.progress.value == 1.0
    ex.controls["learning rate"].value = 1.0
    assert ex.renders == 1 and "press <b>Train</b>" in ex.message.value
    ex.progress.value = 0.0
    ex.button.click()
    assert ex.renders == 2 and ex.error is None and ex.progress.value == 1.0
    assert len(ex.result[1].accuracy) == 30


def test_softmax_explorer_bars_are_the_softmax():
    ex = W.softmax_explorer(logits=(1.0, 2.0, 3.0), temperature=1.0)
    heights = [b.get_height() for b in ex.result[1]]
    np.testing.assert_allclose(heights, actlab_softmax([1.0, 2.0, 3.0]))
    ex.controls["T"].value = 10 ** 1.5
    assert max(b.get_height() for b in ex.result[1]) < 0.4


def actlab_softmax(z):
    from actlab import softmax
    return softmax(z)


def test_selu_explorer_redraws_for_depth_and_input_scale():
    ex = W.selu_explorer(depth=20)
    before = ex.image.value
    ex.controls["input std"].value = 2.0
    assert ex.renders == 2 and ex.error is None and ex.image.value != before
    _, variances = ex.result[1]["selu (lecun)"]
    assert variances[0] == pytest.approx(4.0, rel=0.05)


def test_plot_seeds_draws_every_seed_and_their_geometric_mean_on_a_log_axis():
    from actlab.plotting import plot_seeds
    fig, ax = new_figure()
    runs = np.array([[1.0, 10.0], [100.0, 1000.0]])
    drawn = plot_seeds(ax, [1, 2], runs, label="a", log=True)
    assert len(drawn["seeds"]) == 2 and ax.get_yscale() == "log"
    np.testing.assert_allclose(drawn["centre"].get_ydata(), [10.0, 100.0])
    assert drawn["centre"].get_label() == "a (2 seeds)"
    np.testing.assert_allclose(plot_seeds(ax, [1, 2], runs)["centre"].get_ydata(), [50.5, 505.0])
    _render(fig)


def test_unit_responses_and_saturation_map_show_what_a_layer_computes():
    from actlab import MLP, make_dataset
    from actlab.plotting import plot_dataset, plot_saturation_map, plot_unit_responses
    X, y = make_dataset("moons", 60, seed=0)
    fig, axes = new_figure(3)
    assert plot_dataset(axes[0], X, y).get_offsets().shape == (60, 2)
    net = MLP([2, 8, 8, 2], activation="tanh", init=3.0, seed=0)
    images = plot_unit_responses(axes[1:], net, X, layer=2, units=[0, 5])
    assert len(images) == 2 and axes[2].get_title() == "layer 2, unit 6"
    fig2, ax = new_figure()
    image, share = plot_saturation_map(ax, net, X, layer=2)
    a = net.activations[1].f(net.trace(X)[0][1])
    assert image.get_array().shape == (8, 60) and share == pytest.approx(np.mean(np.abs(a) > 0.94))
    with pytest.raises(ValueError, match="unbounded"):
        plot_saturation_map(ax, MLP([2, 4, 2], activation="relu"), X, layer=1)
    _render(fig)


def test_an_explorer_leaves_a_still_of_its_current_figure_for_viewers_without_a_kernel():
    """Displayed, an explorer also gives a PNG of its figure as it is now (GitHub, the handouts) and
    says what surrounds it (tools/slides.py sizes its slide from that)."""
    import base64
    import io

    import PIL.Image
    from IPython.core.formatters import DisplayFormatter

    explorer = W.dying_relu_explorer()
    data, metadata = DisplayFormatter().format(explorer)
    assert "application/vnd.jupyter.widget-view+json" in data
    still = PIL.Image.open(io.BytesIO(base64.b64decode(data["image/png"])))
    shown = PIL.Image.open(io.BytesIO(explorer.image.value))
    assert still.size == shown.size and np.array_equal(np.asarray(still), np.asarray(shown))
    assert metadata["actlab/explorer"] == {"controls": len(explorer.controls), "button": True, "caption": False}


def test_an_explorer_carries_a_hidden_note_for_a_restarted_kernel():
    """Shown by CSS alone once ipywidgets marks the views disconnected (the browser test restarts a
    kernel and reads it); hidden while the kernel runs, and in the notebook's language."""
    import actlab

    ex = activation_explorer("relu")
    assert ex.offline_note in ex.children and ex.offline_note.layout.display == "none"
    assert "actlab-explorer" in ex._dom_classes and "actlab-offline" in ex.offline_note._dom_classes
    assert ".jupyter-widgets-disconnected > .actlab-offline" in ex.offline_note.value
    assert "Run → Run All Cells" in ex.offline_note.value
    actlab.set_language("ko")
    try:
        assert "탐색기" in activation_explorer("relu").offline_note.value
    finally:
        actlab.set_language("en")

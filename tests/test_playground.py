"""actlab.playground and the playground explorer: reproducible runs, clear errors, live frames."""

import math

import numpy as np
import pytest

from actlab import widgets as W
from actlab.playground import Config, compare, train


def test_repr_is_one_line_that_recreates_the_run():
    config = Config(dataset="xor", depth=2, width=8, activation=("tanh", "relu"), lr=0.3, epochs=40, seed=3)
    line = repr(config)
    assert "\n" not in line and eval(line) == config
    a, b = train(config), train(eval(line))
    assert a.history.loss == b.history.loss and len(a.history.loss) == 40
    assert [act.name for act in a.net.activations] == ["tanh", "relu"]


def test_usual_initialisation_is_picked_when_none_is_given():
    assert Config(activation="tanh").initialisation == "xavier"
    assert Config(activation="selu").initialisation == "lecun"
    assert Config(activation="gelu").initialisation == "he"
    assert Config(activation="gelu", init="lecun").initialisation == "lecun"


@pytest.mark.parametrize("kwargs, match", [
    ({"dataset": "iris"}, "unknown data set"), ({"depth": 0}, "depth"), ({"width": 2.5}, "width"),
    ({"depth": 2, "activation": ("tanh",)}, "1 activations given for 2"),
    ({"activation": "sine"}, "unknown activation")])
def test_bad_configurations_are_refused_clearly(kwargs, match):
    with pytest.raises(ValueError, match=match):
        Config(**kwargs)


def test_callback_sees_the_run_so_far():
    seen = []
    train(Config(epochs=30), callback=lambda run: seen.append(len(run.history.loss)), every=10)
    assert seen == [10, 20, 30]


def test_compare_covers_the_grid_and_sigmoid_trails():
    results = compare(activations=("sigmoid", "relu"), datasets=("xor",), seeds=(0, 1),
                      base=Config(epochs=100))
    assert set(results) == {("sigmoid", "xor"), ("relu", "xor")}
    sig, relu = results[("sigmoid", "xor")], results[("relu", "xor")]
    assert all(len(found[k]) == 2 for found in (sig, relu) for k in ("test", "train", "epochs"))
    assert np.mean(relu["test"]) > np.mean(sig["test"]) and all(e is not None for e in relu["epochs"])


def test_playground_opens_on_a_preview_and_previews_every_setting_before_training():
    ex = W.playground(Config(epochs=60))
    # it opens on the network at birth: no training, no live frame
    assert ex.error is None and ex.renders == 1 and ex.previews == 1 and ex.frames == 0
    assert ex.result.history.loss == [] and ex.result.history.diagnostics[0][0] == 0
    assert "At birth" in ex.caption_box.value and "at_birth(Config(dataset=&#x27;moons&#x27;" in ex.caption_box.value
    assert "Before training" in ex.message.value
    first = ex.image.value
    ex.controls["dataset"].value = "spirals"        # each change redraws the preview at once
    assert ex.renders == 2 and ex.previews == 2 and ex.image.value != first
    assert ex.result.config.dataset == "spirals" and len(ex.result.X_test) == 200
    ex.controls["per layer"].value = "tanh, gelu"
    assert ex.renders == 3 and [a.name for a in ex.result.net.activations] == ["tanh", "gelu"]
    before = ex.image.value
    ex.controls["lr"].value = 0.1                   # the first-step ratio moves with the learning rate
    ratio = ex.result.history.diagnostics[0][1].update_ratio
    assert ex.renders == 4 and ex.image.value != before and ex.frames == 0
    ex.controls["lr"].value = 0.2
    assert np.allclose(ex.result.history.diagnostics[0][1].update_ratio, 2 * ratio)


def test_playground_widget_trains_with_live_frames_and_a_recreating_caption():
    ex = W.playground(Config(epochs=60))
    ex.controls["dataset"].value = "spirals"
    ex.controls["per layer"].value = "tanh, gelu"
    assert ex.renders == 3 and ex.frames == 0       # previews only: no training before Train
    preview = ex.image.value
    ex.button.click()
    assert ex.renders == 4 and ex.previews == 3 and ex.error is None
    assert ex.frames >= 1 and ex.progress.value == 1.0 and ex.image.value != preview
    assert [a.name for a in ex.result.net.activations] == ["tanh", "gelu"]
    assert ex.result.config.dataset == "spirals" and len(ex.result.history.loss) == 60
    assert "train(Config(dataset=&#x27;spirals&#x27;" in ex.caption_box.value
    assert ex.message.value == ""


def test_playground_reports_bad_input_and_survives_divergence():
    ex = W.playground(Config(epochs=50))
    ex.controls["per layer"].value = "tanh, sine"
    assert "unknown activation 'sine'" in ex.error and "Cannot draw" in ex.message.value   # the preview says so
    ex.button.click()
    assert "unknown activation 'sine'" in ex.error and "Cannot draw" in ex.message.value
    ex.controls["per layer"].value = ""
    ex.controls["activation"].value = "tanh"
    ex.controls["lr"].value = 10.0
    ex.button.click()
    assert ex.error is None
    hist = ex.result.history
    assert hist.diverged is not None or math.isfinite(hist.loss[-1])
    assert np.all(np.isfinite(ex.result.net.weights[0])) or hist.diverged

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


def test_playground_widget_trains_with_live_frames_and_a_recreating_caption():
    ex = W.playground(Config(epochs=60))
    assert ex.error is None and ex.frames >= 1 and ex.progress.value == 1.0
    assert "train(Config(dataset=&#x27;moons&#x27;" in ex.caption_box.value
    ex.controls["dataset"].value = "spirals"
    ex.controls["per layer"].value = "tanh, gelu"
    assert ex.renders == 1                          # nothing happens before Train
    ex.button.click()
    assert ex.renders == 2 and ex.error is None
    assert [a.name for a in ex.result.net.activations] == ["tanh", "gelu"]
    assert ex.result.config.dataset == "spirals"


def test_playground_reports_bad_input_and_survives_divergence():
    ex = W.playground(Config(epochs=50))
    ex.controls["per layer"].value = "tanh, sine"
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

"""The Korean catalogue is complete: every text a student reads from actlab has its translation,
with the same fields, and the checkers and explorers speak the language that was set."""

import ast
import re
import string
from pathlib import Path

import numpy as np
import pytest

import actlab
from actlab import widgets
from actlab.catalog_ko import KO
from actlab.exercises import EXERCISES, check
from actlab.language import tr

LIB = Path(actlab.__file__).parent
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture
def korean():
    actlab.set_language("ko")
    try:
        yield
    finally:
        actlab.set_language("en")


def _fields(template):
    return sorted(f"{name}:{spec}!{conv}" for _, name, spec, conv in string.Formatter().parse(template)
                  if name is not None)


def _library_texts():
    """The literal first argument of every tr() call, and every literal control description."""
    texts = set()
    for path in LIB.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in ("tr", "_slider") and node.args and isinstance(node.args[0], ast.Constant):
                texts.add(node.args[0].value)
            texts.update(kw.value.value for kw in node.keywords
                         if kw.arg in ("description", "button") and isinstance(kw.value, ast.Constant)
                         and isinstance(kw.value.value, str))
    return texts


def _exercise_texts():
    return ({t for ex in EXERCISES.values() for t in (ex.title, ex.nudge, ex.hint, ex.warning_hint) if t}
            | {diagnosis for ex in EXERCISES.values() for _, diagnosis, *_ in ex.mistakes})


def test_the_library_uses_tr_for_its_texts():
    assert len(_library_texts()) > 50 and "{title}: correct, well done!" in _library_texts()


@pytest.mark.parametrize("text", sorted(_library_texts() | _exercise_texts()))
def test_every_text_has_a_korean_translation_with_the_same_fields(text):
    assert text in KO, f"no Korean for {text!r}: add it to lib/actlab/catalog_ko.py"
    assert _fields(KO[text]) == _fields(text), (text, KO[text])
    assert HANGUL.search(KO[text]) or not re.search(r"[a-z]{3}", text), KO[text]


def test_the_catalogue_holds_nothing_the_library_no_longer_says():
    unused = set(KO) - _library_texts() - _exercise_texts() - {"x range"}
    assert not unused, sorted(unused)


def test_english_is_the_default_and_a_bad_language_is_refused():
    assert actlab.get_language() == "en"
    assert tr("depth") == "depth"
    for bad in ("kr", "KO", None, 1):
        with pytest.raises(ValueError, match="language must be one of"):
            actlab.set_language(bad)
    assert actlab.get_language() == "en"


def test_checkers_answer_in_the_language_that_was_set(korean):
    assert "정답" in check("relu", lambda x: np.maximum(0, x)).message
    assert "아직" in check("relu", None).message
    wrong = check("relu", lambda x: np.abs(x)).message
    assert HANGUL.search(wrong) and "x = -6" in wrong and "힌트" in wrong
    assert HANGUL.search(check("slope_ratio", "4").message)
    actlab.set_language("en")
    assert check("relu", None).message == "ReLU: not attempted yet. Fill in your answer and run the cell again."


# Control labels that are symbols or names, the same in every language.
SYMBOLS = {"alpha", "beta", "approximate"} | {f"$z_{k}$" for k in range(6)}


@pytest.mark.parametrize("make", [
    lambda: widgets.activation_explorer("elu", names=("elu", "gelu", "swish"), readout=True),
    lambda: widgets.neuron_explorer(), lambda: widgets.depth_explorer(), lambda: widgets.gain_explorer(),
    lambda: widgets.dying_relu_explorer(), lambda: widgets.born_dead_explorer(trials=2),
    lambda: widgets.leaky_explorer(), lambda: widgets.softmax_explorer(),
    lambda: widgets.selu_explorer(choose_init=True), lambda: widgets.playground(),
], ids=["activation", "neuron", "depth", "gain", "dying", "born_dead", "leaky", "softmax", "selu", "playground"])
def test_every_explorer_labels_its_controls_in_korean(korean, make):
    explorer = make()
    labels = [c.description for c in explorer.controls.values()]
    untranslated = [d for d in labels if d and not HANGUL.search(d) and d not in SYMBOLS]
    assert not untranslated, untranslated
    if explorer.button is not None:
        assert explorer.button.description == "학습"
    if explorer.preview is not None:        # the message under the button until it is pressed
        assert HANGUL.search(explorer.message.value)
    if explorer.caption is not None:
        assert HANGUL.search(explorer.caption_box.value)

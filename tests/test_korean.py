"""The Korean edition (notebooks/ko/) is complete and cannot drift silently from the English.

Cell by cell: the same ids and kinds, the same code except the language line of the setup cell,
and each Korean text cell records the hash of the English it translates, so an English cell that
changed after its translation fails here, named. The translation itself keeps every formula and
number of the English, and leaves no English sentence outside code, names and references.
"""

import copy
import re

import nbformat
import pytest

from test_repository import ROOT, nbtools

ENGLISH = sorted((ROOT / "notebooks").glob("*.ipynb"))
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _pair(path):
    korean = ROOT / "notebooks" / "ko" / path.name
    assert korean.exists(), f"notebooks/ko/{path.name} is missing: translate it (tools/notebooks.py export-ko)"
    return nbformat.read(path, as_version=4), nbformat.read(korean, as_version=4)


def _texts(english, korean):
    """(cell id, English, Korean) of every translated markdown cell."""
    return [(en.id, en.source, ko.source) for en, ko in zip(english.cells, korean.cells)
            if en.cell_type == "markdown" and not nbtools.is_navigation(en)]


def test_both_editions_have_the_same_notebooks():
    korean = sorted(p.name for p in (ROOT / "notebooks" / "ko").glob("*.ipynb"))
    assert korean == [p.name for p in ENGLISH]


@pytest.mark.parametrize("path", ENGLISH, ids=[p.stem for p in ENGLISH])
def test_korean_notebook_is_in_step_with_the_english(path):
    problems = nbtools.stale(*_pair(path))
    assert not problems, (f"notebooks/ko/{path.name} is out of step (update it with tools/notebooks.py "
                          "export-ko / import-ko):\n" + "\n".join(problems))


def test_a_changed_english_cell_is_found_and_named():
    english, korean = _pair(ROOT / "notebooks" / "03_relu.ipynb")
    changed = copy.deepcopy(english)
    cell = next(c for c in changed.cells if c.cell_type == "markdown" and not nbtools.is_navigation(c))
    cell.source = cell.source.replace("ReLU", "ReLU (rectified linear unit)", 1)
    assert nbtools.stale(changed, korean) == [f"cell {cell.id}: the English text changed since it was translated"]
    code = next(c for c in changed.cells if c.cell_type == "code" and c.id != "cell-01")
    code.source += "\nx = 1"
    assert f"cell {code.id}: the code differs from the English" in nbtools.stale(changed, korean)
    del changed.cells[-1]
    assert nbtools.stale(changed, korean)[0].startswith("the cells differ")


@pytest.mark.parametrize("path", ENGLISH, ids=[p.stem for p in ENGLISH])
def test_only_the_setup_cell_differs_by_the_language_line(path):
    english, korean = _pair(path)
    en_code = [c.source for c in english.cells if c.cell_type == "code"]
    ko_code = [c.source for c in korean.cells if c.cell_type == "code"]
    assert ko_code[0].splitlines().count(nbtools.LANGUAGE_LINE) == 1
    assert ko_code[0].replace(nbtools.LANGUAGE_LINE + "\n", "") == en_code[0]
    assert ko_code[1:] == en_code[1:]


def _math(text):
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    return sorted(re.findall(r"\$\$.+?\$\$|\$[^$]+\$", text, flags=re.S))


def _numbers(text):
    text = re.sub(r"\$\$.+?\$\$|\$[^$]+\$|\]\([^)]*\)|<[^>]+>", " ", text, flags=re.S)
    return sorted(re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?:e-?\d+)?", text))


@pytest.mark.parametrize("path", ENGLISH, ids=[p.stem for p in ENGLISH])
def test_every_formula_and_number_of_the_english_is_kept(path):
    differ = []
    for cell_id, en, ko in _texts(*_pair(path)):
        if _math(en) != _math(ko):
            differ.append(f"cell {cell_id}: formulas {sorted(set(_math(en)) ^ set(_math(ko)))}")
        missing = sorted(set(_numbers(en)) - set(_numbers(ko)))
        if missing:
            differ.append(f"cell {cell_id}: numbers {missing} not in the Korean")
    assert not differ, "\n".join(differ)


def _prose(text):
    """The lines of ``text`` with code, maths, links' targets, HTML tags and titles in italics taken
    out, and without the list items that are references (they name a year, arXiv or "et al.")."""
    items = re.split(r"\n(?=\s*(?:[*-]|\d+\.) )", text)
    text = "\n".join(item for item in items if not re.search(r"\b(19|20)\d\d\b|arXiv|et al\.", item))
    text = re.sub(r"```.*?```|`[^`]*`|\$\$.+?\$\$|\$[^$]+\$|\]\([^)]*\)|<[^>]+>|https?://\S+"
                  r"|(?<!\*)\*(?!\*)[^*]+?(?<!\*)\*(?!\*)", " ", text, flags=re.S)     # the last: a title
    return text.splitlines()


@pytest.mark.parametrize("path", ENGLISH, ids=[p.stem for p in ENGLISH])
def test_every_text_cell_is_in_korean(path):
    untranslated = []
    for cell_id, _, ko in _texts(*_pair(path)):
        if not HANGUL.search(ko):
            untranslated.append(f"cell {cell_id}: no Korean at all")
        if "~" in "".join(_prose(ko)):      # two single tildes strike the text between them through
            untranslated.append(f"cell {cell_id}: a '~' (write a range as 3–11)")
        for line in _prose(ko):
            english = re.search(r"(?:\b[A-Za-z]{2,}\b[ ,;:]+){6,}", line)
            if english and not HANGUL.search(english.group()):
                untranslated.append(f"cell {cell_id}: {english.group().strip()!r}")
    assert not untranslated, "\n".join(untranslated)


@pytest.mark.parametrize("path", ENGLISH, ids=[p.stem for p in ENGLISH])
def test_the_korean_notebook_speaks_korean_where_the_library_does(path):
    """Checker feedback and widget placeholders in the committed outputs are in Korean."""
    _, korean = _pair(path)
    for cell in korean.cells:
        if cell.cell_type != "code":
            continue
        for out in cell.outputs:
            text = out.get("text", "") + out.get("data", {}).get("text/plain", "")
            if re.search(r"\bcheck(_\w+)?\(", cell.source) or "interactive explorer" in text or "대화형" in text:
                assert HANGUL.search(text), f"cell {cell.id}: {text[:200]!r}"


@pytest.mark.parametrize("path", ENGLISH, ids=[p.stem for p in ENGLISH])
def test_both_editions_print_the_same_numbers(path):
    """Every printed output is the English one, except where a checker or an explorer speaks (in
    Korean) and in the timing cells that nbval ignores; a report card (in Korean words) prints the
    same numbers."""
    english, korean = _pair(path)
    differ = []
    for en, ko in zip(english.cells, korean.cells):
        if en.cell_type != "code" or "nbval-ignore-output" in en.metadata.get("tags", []) \
                or re.search(r"\bcheck(_\w+)?\(", en.source):
            continue
        texts = [[(o.get("name"), o.get("text"), o.get("data", {}).get("text/plain")) for o in c.outputs]
                 for c in (en, ko)]
        if "report_card(" in en.source:
            texts = [re.findall(r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?%?", str(t)) for t in texts]
        if texts[0] != texts[1]:
            differ.append(en.id)
    assert not differ, f"cells whose output differs between the editions: {differ}"

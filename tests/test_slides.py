"""The slide metadata of every notebook (both editions) follows the rules of tools/slides.py, and the
handouts of tools/handout.py need nothing from the network. The deck itself is driven in Chromium by
tests/test_browser.py, which checks that every slide fits a 1280 x 800 screen."""

import copy
import re

import nbformat
import pytest

import slides
from test_repository import IDS, NOTEBOOKS, ROOT, load, nbtools

handout = load(ROOT / "tools" / "handout.py")


def _kind(cell):
    return cell.metadata.get("slideshow", {}).get("slide_type")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_slides_follow_the_rules(path):
    nb = nbformat.read(path, as_version=4)
    cells = nb.cells
    setup = next(i for i, c in enumerate(cells) if c.cell_type == "code")
    assert _kind(cells[0]) == "skip" and nbtools.is_navigation(cells[0])
    assert _kind(cells[setup]) == "skip"
    assert all(_kind(c) in (None, "slide", "subslide", "skip", "notes") for c in cells)   # the deck hides "-"
    assert [i for i, c in enumerate(cells) if _kind(c) == "skip"] == [0, setup]
    for i, cell in enumerate(cells):
        if cell.cell_type == "markdown" and re.match(r"#{1,2} ", cell.source):
            assert _kind(cell) == "slide", f"cell {i} starts a section: {cell.source[:40]!r}"
        if cell.cell_type == "code" and nbtools.is_explorer(cell):
            assert _kind(cell) in (None, "slide"), f"explorer in cell {i} is {_kind(cell)}"
            if cells[i - 1].cell_type == "markdown":   # its introduction starts a slide: → cannot skip it
                assert _kind(cells[i - 1]) == "slide", f"cell {i - 1} introduces an explorer"
    assert sum(nbtools.is_explorer(c) for c in cells) == sum("widgets." in c.source and c.cell_type == "code"
                                                             and "NBVAL_IGNORE_OUTPUT" in c.source for c in cells)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_slides_are_written_by_the_tool_not_by_hand(path):
    """The committed metadata is what the rules give, so re-running them changes nothing."""
    nb = nbformat.read(path, as_version=4)
    again = copy.deepcopy(nb)
    slides.apply(again, nbtools.is_navigation, nbtools.is_explorer)
    assert [c.metadata for c in again.cells] == [c.metadata for c in nb.cells]
    for cell in nb.cells:
        style = cell.metadata.get(slides.ZOOM_KEY, {}).get("styles", {}).get("", {})
        zoom = int(style.get(slides.PRESENTING, {}).get("zoom", "100%").rstrip("%"))
        assert 40 <= zoom <= 100
        if cell.cell_type == "markdown":     # prose is never shrunk below what reads from the back row
            assert zoom >= 70 and slides.HIDE_CODE not in style
        if slides.HIDE_CODE in style:        # only code too long to read beside its output is hidden
            assert cell.outputs and not nbtools.is_explorer(cell)
            assert slides.code_height(cell) * 0.7 > slides.SCREEN


def test_a_long_text_goes_to_the_notes_and_a_tall_figure_is_zoomed():
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell(nbtools.MARKER + "\nnavigation"),
        nbformat.v4.new_code_cell("import actlab"),
        nbformat.v4.new_markdown_cell("## A section\n\nShort."),
        nbformat.v4.new_markdown_cell("\n\n".join(["A paragraph that goes on. " * 12] * 12)),
        nbformat.v4.new_code_cell("\n".join(["x = 1"] * 45)),
        nbformat.v4.new_markdown_cell("Short again."),
    ])
    plan = slides.plan(nb, nbtools.is_navigation, nbtools.is_explorer)
    assert [kind for kind, _, _ in plan] == ["skip", "skip", "slide", "notes", "subslide", "subslide"]
    assert 0.7 <= plan[4][1] < 1.0 and plan[2][1] == 1.0 and all(code for _, _, code in plan)


def test_a_long_code_cell_presents_its_output_alone():
    long_code = nbformat.v4.new_code_cell("\n".join(["x = 1"] * 50))
    long_code.outputs = [nbformat.v4.new_output("stream", name="stdout", text="a result\n" * 5)]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(nbtools.MARKER), nbformat.v4.new_code_cell("1"),
                                         nbformat.v4.new_markdown_cell("## A section"), long_code])
    assert slides.plan(nb, nbtools.is_navigation, nbtools.is_explorer)[3] == ("-", 1.0, False)
    slides.apply(nb, nbtools.is_navigation, nbtools.is_explorer)
    assert long_code.metadata[slides.ZOOM_KEY] == {"styles": {"": {slides.HIDE_CODE: {"display": "none"}}}}


@pytest.mark.parametrize("stem", ["00_index", "01_sigmoid", "ko/05_softmax", "07_playground"])
def test_handout_needs_no_network(tmp_path, stem):
    """No script, stylesheet or image from elsewhere; every formula as MathML, none left as TeX;
    explorers as captioned stills; the navigation badges gone."""
    html = handout.export(stem, tmp_path).read_text()
    assert not re.search(r"""<(script|img|link|iframe)\b[^>]*\b(src|href)=["']?(https?:)?//""", html)
    assert "@import" not in html and "require.js" not in html and "MathJax" not in html
    assert "mybinder.org/badge" not in html and "colab-badge" not in html
    text = re.sub(r"<pre.*?</pre>|<code.*?</code>|<math.*?</math>|<style.*?</style>|<script.*?</script>", "",
                  html, flags=re.S)
    assert "$" not in re.sub(r"<[^>]+>", "", text), "TeX left outside the maths"
    assert not re.search(r"\\(frac|sigma|partial|mathrm|left|sum)\b", text)
    nb = nbformat.read(ROOT / "notebooks" / f"{stem}.ipynb", as_version=4)
    stills = sum(nbtools.is_explorer(c) for c in nb.cells)
    assert html.count('<figure class="handout-explorer">') == stills
    assert html.count("<math") >= sum(c.source.count("$") // 2 for c in nb.cells if c.cell_type == "markdown") * 0.9


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_every_formula_becomes_mathml(path):
    """Each $...$ and $$...$$ of every text cell converts, with no TeX command left as text."""
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        found = {}
        rest = handout.maths_to_mathml(cell.source, found)
        assert "$" not in re.sub(r"```.*?```|`[^`\n]*`", "", rest, flags=re.S), cell.source[:80]
        for key, value in found.items():
            if not key.endswith("TEX"):
                assert value.startswith("<math") and not re.search(r">[^<]*\\[a-zA-Z]", value), value[:200]

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
        if cell.cell_type == "markdown":
            assert not slides.headings_inside(cell.source), f"cell {i}: give each heading a cell of its own"
            if re.match(r"#{1,2} ", cell.source):
                assert _kind(cell) == "slide", f"cell {i} starts a section: {cell.source[:40]!r}"
        if cell.cell_type == "code" and nbtools.is_explorer(cell):
            if _kind(cell) is None:                     # on the slide its introduction starts: → cannot skip it
                assert cells[i - 1].cell_type == "markdown" and _kind(cells[i - 1]) == "slide", f"explorer in cell {i}"
            else:
                assert _kind(cell) == "slide", f"explorer in cell {i} is {_kind(cell)}"
    assert sum(nbtools.is_explorer(c) for c in cells) == sum("widgets." in c.source and c.cell_type == "code"
                                                             and nbtools.ignores_output(c) for c in cells)


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


def _notebook(*cells):
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(nbtools.MARKER + "\nnavigation"),
                                           nbformat.v4.new_code_cell("import actlab"), *cells])


def _explorer(figure_height):
    """A code cell as an explorer leaves it (tools/notebooks.py `still`), with a figure 1000 px wide."""
    import base64
    import struct
    cell = nbformat.v4.new_code_cell("widgets.gain_explorer()")
    header = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", 1000, figure_height)
    cell.outputs = [nbformat.v4.new_output("display_data", data={
        "image/png": base64.b64encode(header + bytes(20)).decode(), "text/plain": nbtools.WIDGET_PLACEHOLDER["en"]})]
    return cell


def _plan(nb):
    return slides.plan(nb, nbtools.is_navigation, nbtools.is_explorer)


def test_a_long_text_goes_to_the_notes_and_a_long_cell_is_zoomed():
    nb = _notebook(
        nbformat.v4.new_markdown_cell("## A section\n\nShort."),
        nbformat.v4.new_markdown_cell("\n\n".join(["A paragraph that goes on. " * 12] * 12)),
        nbformat.v4.new_code_cell("\n".join(["x = 1"] * 45)),
        nbformat.v4.new_markdown_cell("Short again."),
    )
    plan = _plan(nb)
    assert [kind for kind, _, _ in plan] == ["skip", "skip", "slide", "notes", "subslide", "subslide"]
    assert 0.7 <= plan[4][1] < 1.0 and plan[2][1] == 1.0 and all(code for _, _, code in plan)


def test_an_explorer_stays_beside_its_introduction_or_starts_its_own_slide():
    intro = nbformat.v4.new_markdown_cell("Move the slider.")
    beside = _plan(_notebook(intro, _explorer(400)))
    assert beside[2][0] == "slide" and beside[3] == ("-", 1.0, True)
    shrunk = _plan(_notebook(intro, _explorer(560)))                  # fits beside it at 75-95%
    assert shrunk[3][0] == "-" and slides.EXPLORER_MIN_ZOOM <= shrunk[3][1] < 1.0
    alone = _plan(_notebook(intro, _explorer(900)))                   # would need less than 75%: a slide of its own
    assert alone[3][0] == "slide" and alone[3][1] < 1.0
    after_code = _plan(_notebook(nbformat.v4.new_markdown_cell("## S"), nbformat.v4.new_code_cell("x = 1"),
                                 _explorer(300)))
    assert after_code[4][0] == "slide"                                # no introduction: its own slide
    assert slides.headings_inside("Text.\n\n## A section\n\n```\n# a comment\n```") == ["## A section"]


def test_a_long_code_cell_presents_its_output_alone():
    long_code = nbformat.v4.new_code_cell("\n".join(["x = 1"] * 50))
    long_code.outputs = [nbformat.v4.new_output("stream", name="stdout", text="a result\n" * 5)]
    nb = _notebook(nbformat.v4.new_markdown_cell("## A section"), long_code)
    assert _plan(nb)[3] == ("-", 1.0, False)
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
    formulas = handout.offline(nb)
    assert html.count("<math") == len(formulas.mathml) > 50 and "HANDOUTMATHS" not in html


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_every_formula_becomes_mathml(path):
    """Each $...$ and $$...$$ of every text cell converts to well-formed MathML that Chromium renders as
    MathJax would: no TeX command left as text, no mathvariant it ignores, no ASCII ~ for \\sim."""
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        formulas = handout.Formulas()
        rest = formulas.replace_in(cell.source)
        assert "$" not in re.sub(r"```.*?```|(`+).+?\1", "", rest, flags=re.S), cell.source[:80]
        for value in formulas.mathml.values():
            assert value.startswith("<math") and not re.search(r">[^<]*\\[a-zA-Z]", value), value[:200]
            assert not re.search(r'mathvariant="(?!normal)|&#x0007E;', value), value[:200]


@pytest.mark.parametrize("text, maths", [
    ("Costs $5 and $10.", []),                                   # money, not maths
    (r"An escaped \$ and $x$.", ["x"]),
    ("``a ` $b$ `` and `$c$`", []),                              # code spans of any length
    ("$a$\n\n$b$", ["a", "b"]),
    ("$ a$ and $b $", []),                                       # no space just inside the dollars
    ("$$x^2$$ and $y$.", ["x^2", "y"]),
    ("$\\mathbb E[x] \\sim \\mathcal N$", ["\\mathbb E[x] \\sim \\mathcal N"]),
])
def test_dollars_pair_as_pandoc_pairs_them(text, maths):
    formulas = handout.Formulas()
    formulas.replace_in(text)
    assert list(formulas.anchor.values()) == [re.sub(r"[^\w-]", "", m) for m in maths]


def test_styled_letters_become_the_unicode_letters_chromium_shows():
    shown = handout.to_mathml(r"\mathbb E[x] \sim \mathcal N(0, \mathbf{1})", "inline")
    assert "\U0001D53C" in shown and "\U0001D4A9" in shown and "\U0001D7CF" in shown and "&#x0223C;" in shown
    with pytest.raises(SystemExit, match="cannot turn the formula"):
        handout.to_mathml(r"\text{a<b}", "inline")

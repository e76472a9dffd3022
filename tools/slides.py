"""Slide metadata for presenting a lesson live with jupyterlab-slideshow ("Start Deck"), from rules.

``tools/notebooks.py`` applies :func:`apply` to every notebook it writes, so no slide is set by hand:

* the navigation cell and the setup cell are skipped;
* a ``#`` or ``##`` heading starts a slide (the → key goes from one to the next);
* an explorer's introduction (the text cell just before it) starts a slide, so → cannot skip an
  explorer; the explorer stays on that slide, shrunk to as little as ``EXPLORER_MIN_ZOOM`` if need
  be, or else starts the next slide; an explorer without an introduction starts its own slide
  (a heading inside a text cell, after its first line, would not start one: tests/test_slides.py
  requires each to open its own cell);
* any other cell continues the slide, unless the slide would no longer fit the screen: then it
  starts a subslide (Space, or ↓, walks through every slide and subslide);
* a cell too tall for the screen on its own is zoomed out while presenting (only then: the
  notebook is unchanged) just enough to fit; a text cell that would need more than
  ``PROSE_MIN_ZOOM`` goes to the speaker notes instead (it stays in the notebook and the handout);
  a code cell whose code and output together would need more shows only its output while
  presenting (the figure and the numbers are what a room reads; the code stays in the notebook),
  zoomed out if that is still too tall.

The screen is 1280 x 800 CSS pixels. Heights are estimates from the cell's text, lines of code,
printed lines and the pixel size of its figures; calibrated against the heights Chromium measures
in the deck, they come out 0.9-1.8 times the measured height (text) and 0.9-1.5 (code), so
``SCREEN`` leaves room for the underestimates. tests/test_browser.py starts the deck on every
notebook and checks that each slide really fits.
"""

from __future__ import annotations

import base64
import math
import re
import struct
import unicodedata
from typing import NamedTuple

SCREEN = 690            # estimated pixels a slide may fill (the deck shows 800 - margins)
WIDTH = 1094            # pixels of a cell's content across a 1280-pixel screen
PROSE_MIN_ZOOM = 0.7    # smaller text does not read from the back of a room
CODE_MIN_ZOOM = 0.4     # a cell with a tall figure may shrink further: the figure is read, not its code
READABLE_ZOOM = PROSE_MIN_ZOOM  # below this a code cell presents its output only
EXPLORER_MIN_ZOOM = 0.75  # an explorer shrinks this far to stay on the slide of its introduction
ZOOM_KEY = "@deathbeds/jupyterlab-fonts"       # where jupyterlab-slideshow keeps a cell's deck style
PRESENTING = "body[data-jp-deck-mode='presenting'] &"
HIDE_CODE = PRESENTING + " .jp-Cell-inputWrapper"

# Heights in CSS pixels, calibrated in the deck (see the module docstring).
LINE, CHARS_PER_LINE, GAP, CELL_PADDING = 22.5, 150, 14, 8
HEADING = {1: (56, 60), 2: (48, 80), 3: (38, 120)}           # level: (height of a line, characters per line)
MATH, MATH_ROW, MATH_TALL, TABLE_ROW, DETAILS = 50, 28, 18, 33, 40
CODE_LINE, CODE_PADDING, OUTPUT_PADDING, HTML_ROW = 17.2, 30, 12, 30
EXPLORER_CONTROLS = 150                                       # one row of sliders above the figure, and margins
CONTROLS_PER_ROW, CONTROL_ROW, BUTTON_ROW, CAPTION, CAPTION_ROW = 3, 32, 32, 84, 17  # what an explorer's metadata declare


def _width(text: str) -> float:
    """Characters of proportional text, a Hangul or other wide character counting almost two."""
    return sum(1.9 if unicodedata.east_asian_width(ch) in "WF" else 1.0 for ch in text)


def _source(value) -> str:
    return value if isinstance(value, str) else "".join(value)


def _display_maths(match) -> str:
    body = match.group(1)
    rows = body.count("\\\\") + 1
    tall = len(re.findall(r"\\(?:d?frac|tfrac|underbrace|begin\{cases\}|sum)", body))
    return f"\n\n@@maths {rows} {min(tall, 2 * rows)}@@\n\n"


def markdown_height(source: str) -> float:
    """Estimated height of a rendered text cell; a closed <details> block counts as its summary line."""
    source = re.sub(r"<details>.*?</details>", "<details></details>", source, flags=re.S)
    source = re.sub(r"\$\$(.*?)\$\$", _display_maths, source, flags=re.S)
    height = CELL_PADDING
    for block in re.split(r"\n\s*\n", source.strip()):
        maths = re.fullmatch(r"@@maths (\d+) (\d+)@@", block.strip())
        if maths:
            rows, tall = int(maths.group(1)), int(maths.group(2))
            height += MATH + MATH_ROW * (rows - 1) + MATH_TALL * tall + GAP
            continue
        if block.startswith("<details"):
            height += DETAILS
            continue
        items: list[str] = []                       # headings, list items and table rows, or one paragraph
        for line in block.split("\n"):
            line = line.strip()
            if not items or re.match(r"(#{1,3} |[*-] |\d+\. |\|)", line):
                items.append(line)
            else:
                items[-1] += " " + line
        for item in items:
            heading = re.match(r"(#{1,3}) ", item)
            if heading:
                line_height, per_line = HEADING[len(heading.group(1))]
                height += line_height * math.ceil(_width(item) / per_line)
            elif item.startswith("|"):
                if not re.fullmatch(r"\|[\s:|-]+\|", item):          # not the |---| separator
                    height += TABLE_ROW * max(1, math.ceil(_width(item) / (0.8 * CHARS_PER_LINE)))
            else:
                visible = re.sub(r"\$([^$]*)\$", lambda m: "x" * (len(m.group(1)) // 2), item)
                visible = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", visible)
                visible = re.sub(r"<[^>]+>|[*`]", "", visible)
                height += LINE * max(1, math.ceil(_width(visible) / CHARS_PER_LINE))
        height += GAP
    return height


def png_size(data: str) -> tuple[int, int]:
    """(width, height) in pixels of a base64 PNG, from its header."""
    header = base64.b64decode(data[:64])
    return struct.unpack(">II", header[16:24])


def code_height(cell, explorer: bool = False, code: bool = True) -> float:
    """Estimated height of a code cell with its outputs (without its code: ``code=False``), at the
    width of the screen."""
    height = CODE_PADDING + (CODE_LINE * len(_source(cell.source).split("\n")) if code else 0)
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        if "image/png" in data:
            width, pixels = png_size(data["image/png"])
            height += pixels * min(1.0, WIDTH / width) + OUTPUT_PADDING
        elif output.get("output_type") == "stream":
            height += CODE_LINE * len(_source(output["text"]).rstrip("\n").split("\n")) + OUTPUT_PADDING
        elif "<tr" in _source(data.get("text/html", "")):             # a table (a report card)
            height += HTML_ROW * _source(data["text/html"]).count("<tr") + OUTPUT_PADDING
        elif "text/plain" in data:
            height += CODE_LINE * len(_source(data["text/plain"]).split("\n")) + OUTPUT_PADDING
    return height + (_explorer_controls(cell) if explorer else 0)


def _explorer_controls(cell) -> float:
    """The height of what surrounds an explorer's figure, from what it declared (actlab.widgets.Explorer)."""
    layout = next((out["metadata"]["actlab/explorer"] for out in cell.get("outputs", [])
                   if "actlab/explorer" in out.get("metadata", {})), None)
    if layout is None:
        return EXPLORER_CONTROLS
    rows = math.ceil(layout["controls"] / CONTROLS_PER_ROW)
    return (EXPLORER_CONTROLS + CONTROL_ROW * (rows - 1) + BUTTON_ROW * layout["button"]
            + CAPTION * layout["caption"] + CAPTION_ROW * layout.get("caption_rows", 0))


def height(cell, explorer: bool = False) -> float:
    return markdown_height(_source(cell.source)) if cell.cell_type == "markdown" else code_height(cell, explorer)


def _starts_section(cell) -> bool:
    return cell.cell_type == "markdown" and re.match(r"#{1,2} ", _source(cell.source)) is not None


def headings_inside(source: str) -> list[str]:
    """The ``#``/``##`` headings of a text cell after its first line (fenced code aside): each should
    open a cell of its own, so that it starts a slide."""
    source = re.sub(r"```.*?```", "", source, flags=re.S)
    return re.findall(r"\n(#{1,2} .*)", source)


def _zoom(fraction: float) -> float:
    """A zoom that fits ``fraction`` of the natural size, in steps of 5%, at most 100%."""
    return min(1.0, math.floor(fraction * 20) / 20)


class Place(NamedTuple):
    """How a cell shows in the deck: its slide type ("-" continues the slide), zoom, and whether its code shows."""
    kind: str
    zoom: float
    code: bool


def plan(nb, is_navigation, is_explorer) -> list[Place]:
    """Where every cell of ``nb`` goes, by the rules of the module docstring."""
    cells = nb.cells
    setup = next((i for i, c in enumerate(cells) if c.cell_type == "code"), None)
    explorer = [c.cell_type == "code" and is_explorer(c) for c in cells]
    result = []
    filled = None                                   # estimated height of the current slide; None: no slide yet
    for i, cell in enumerate(cells):
        if is_navigation(cell) or i == setup:
            result.append(Place("skip", 1.0, True))
            continue
        natural = height(cell, explorer[i])
        zoom = _zoom(SCREEN / natural)
        code = True
        if cell.cell_type == "code" and zoom < READABLE_ZOOM and cell.get("outputs") and not explorer[i]:
            code, natural = False, code_height(cell, code=False)
            zoom = _zoom(SCREEN / natural)
        floor = PROSE_MIN_ZOOM if cell.cell_type == "markdown" else CODE_MIN_ZOOM
        if zoom < floor and cell.cell_type == "markdown":
            result.append(Place("notes", 1.0, True))
            continue
        zoom = max(zoom, floor)
        if explorer[i]:               # beside its introduction if it fits there at EXPLORER_MIN_ZOOM, else alone
            introduced = cells[i - 1].cell_type == "markdown" and result[-1][0] == "slide"
            beside = min(zoom, _zoom((SCREEN - filled) / natural)) if introduced else 0.0
            if beside >= EXPLORER_MIN_ZOOM:
                kind, zoom, filled = "-", beside, filled + natural * beside
            else:
                kind, filled = "slide", natural * zoom
            result.append(Place(kind, zoom, code))
            continue
        needed = natural * zoom
        introduces = i + 1 < len(cells) and explorer[i + 1] and cell.cell_type == "markdown"
        if filled is None or _starts_section(cell) or introduces:
            kind, filled = "slide", needed
        elif filled + needed > SCREEN:
            kind, filled = "subslide", needed
        else:
            kind, filled = "-", filled + needed
        result.append(Place(kind, zoom, code))
    return result


def apply(nb, is_navigation, is_explorer) -> None:
    """Write each cell's slide type, and how it shows while presenting where that differs (its zoom,
    its code hidden) as a cell style of jupyterlab-fonts, which the deck applies."""
    for cell, (kind, zoom, code) in zip(nb.cells, plan(nb, is_navigation, is_explorer)):
        if kind == "-":                 # a continuation has no slide type: the deck shows no cell typed "-"
            cell.metadata.pop("slideshow", None)
        else:
            cell.metadata["slideshow"] = {"slide_type": kind}
        style = {PRESENTING: {"zoom": f"{round(zoom * 100)}%"}} if zoom < 1.0 else {}
        if not code:
            style[HIDE_CODE] = {"display": "none"}
        if style:
            cell.metadata[ZOOM_KEY] = {"styles": {"": style}}
        else:
            cell.metadata.pop(ZOOM_KEY, None)

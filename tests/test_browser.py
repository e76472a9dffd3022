"""The notebooks in a real JupyterLab, driven by a real browser (Debian's Chromium + Playwright).

For every notebook of both editions (English and notebooks/ko/): open it, Run All, check that no
cell shows an error or stderr, then move every slider of every explorer with the keyboard and change
every dropdown, and check that the explorer's figure changes each time; in the Korean edition every
explorer also labels its controls in Korean. Then the notebook is presented as a live deck
(jupyterlab-slideshow) on a 1280 x 800 screen: every slide fits, and on every slide with an
explorer a slider key redraws the figure without changing the slide. Handouts (tools/handout.py)
open with every request that leaves the file aborted. A screenshot of each notebook goes to
tests/screenshots/ (CI installs a CJK font, fonts-noto-cjk, so that Hangul shows in them).

JupyterLab serves a temporary copy of the notebooks with its own config, settings, workspace and
runtime folders, so a test run never touches the committed files or the user's set-up.
Without Chromium these tests skip (install it with `apt-get install chromium`); under CI=true a
missing browser is a failure.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "notebooks" / "ko").glob("*.ipynb"))
IDS = [str(p.relative_to(ROOT / "notebooks").with_suffix("")) for p in NOTEBOOKS]
HANGUL = r"[\uac00-\ud7a3]"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = ROOT / "tests" / "screenshots"
HOW_TO_ENABLE = ("the browser tests need Debian's Chromium at /usr/bin/chromium: "
                 "run `apt-get install chromium` (as .ci/run does) to enable them")

pytestmark = pytest.mark.browser

if not Path(CHROMIUM).exists() and not os.environ.get("CI"):
    pytest.skip(HOW_TO_ENABLE, allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on 127.0.0.1 serving a copy of the notebooks; yields its base URL."""
    if not Path(CHROMIUM).exists():
        pytest.fail(HOW_TO_ENABLE)
    home = tmp_path_factory.mktemp("lab")
    served = home / "notebooks"
    shutil.copytree(ROOT / "notebooks", served, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    settings = home / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    notebook_settings = home / "settings" / "@jupyterlab" / "notebook-extension"
    notebook_settings.mkdir(parents=True)
    (notebook_settings / "tracker.jupyterlab-settings").write_text(    # render every cell, so
        json.dumps({"windowingMode": "none"}))                          # every explorer is in the page
    env = {**os.environ,
           "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"), "IPYTHONDIR": str(home / "ipython")}
    port, token = _free_port(), secrets.token_hex(16)
    command = [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
               f"--IdentityProvider.token={token}", "--ServerApp.allow_root=True",
               "--LabApp.expose_app_in_browser=True", f"--ServerApp.root_dir={served}"]
    with _server(command, port, served, env, home / "lab.log"):
        yield f"http://127.0.0.1:{port}", token, served


@contextlib.contextmanager
def _server(command, port, cwd, env, log_path, timeout=120):
    """Start a server, wait until it listens on ``port``, and stop it afterwards."""
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        pytest.fail(f"{command[2]} did not start: {log_path.read_text()[-2000:]}")
                    time.sleep(0.5)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield chromium
        chromium.close()


def _wait_for_idle_kernel(page, timeout=60_000):
    page.wait_for_function(
        """() => {
            const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
            const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
            return k && k.status === 'idle';
        }""", timeout=timeout)


def _run_all_and_wait(page, timeout=240_000):
    page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
            return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""", timeout=timeout)
    _wait_for_idle_kernel(page, timeout)


def _image_src(explorer):
    return explorer.locator("img").first.get_attribute("src")


def _wait_for_new_figure(page, explorer, old_src, what, timeout=30_000):
    deadline = time.monotonic() + timeout / 1000
    while time.monotonic() < deadline:
        src = _image_src(explorer)
        if src and src != old_src:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"the figure did not change after {what}")


FORMULA_BOX = "input[placeholder='x * sigmoid(x)']"           # the formula box of card_explorer


def _type_a_formula(page, explorer, formula, notebook):
    """Type ``formula`` into a card explorer's box (the preview redraws), then press Measure and
    wait for the report card; returns the card's table as text."""
    box = explorer.locator(FORMULA_BOX)
    old = _image_src(explorer)
    box.fill(formula)
    box.press("Enter")
    _wait_for_new_figure(page, explorer, old, f"typing {formula!r} in {notebook}")
    old = _image_src(explorer)
    explorer.locator("button.widget-button.mod-primary").first.click()
    _wait_for_new_figure(page, explorer, old, f"Measure of {formula!r} in {notebook}", timeout=120_000)
    return explorer.locator("table").first.inner_text()


def _drive(page, explorer, notebook):
    """Move every slider and change every dropdown of one explorer, type into its formula box if
    it has one; returns how many."""
    moved = 0
    train = explorer.locator("button.widget-button.mod-primary")      # Train, or 학습 in Korean
    if explorer.locator(FORMULA_BOX).count():
        table = _type_a_formula(page, explorer, "x * sigmoid(1.5 * x)", notebook)
        assert "yours" in table and "relu" in table.lower(), table
        _settle(page, train)
        moved += 1
    for i in range(explorer.locator(".noUi-handle").count()):
        handle = explorer.locator(".noUi-handle").nth(i)
        if not handle.is_visible():
            continue
        _press_a_slider(page, explorer, handle, f"slider {i} in {notebook}")
        moved += 1
    for i in range(explorer.locator("select").count()):
        select = explorer.locator("select").nth(i)
        if not select.is_visible():
            continue
        options = select.locator("option").evaluate_all("os => os.map(o => o.value)")
        current = select.input_value()
        if len(options) < 2:
            continue
        old = _image_src(explorer)
        select.select_option(next(o for o in options if o != current))
        if train.count():
            train.first.click()
        _wait_for_new_figure(page, explorer, old, f"dropdown {i} in {notebook}")
        _settle(page, train)
        moved += 1
    return moved


def _press_a_slider(page, explorer, handle, what):
    """One arrow key on a slider (and Train, where the explorer trains): the figure must redraw."""
    train = explorer.locator("button.widget-button.mod-primary")
    old = _image_src(explorer)
    at_max = handle.get_attribute("aria-valuenow") == handle.get_attribute("aria-valuemax")
    handle.focus()
    page.keyboard.press("ArrowLeft" if at_max else "ArrowRight")
    if train.count():
        train.first.click()
    _wait_for_new_figure(page, explorer, old, what)
    _settle(page, train)


def _settle(page, train):
    """After a Train press the figure changes at the first live frame; let the run finish."""
    if train.count() and page.evaluate("!!window.jupyterapp"):
        _wait_for_idle_kernel(page, 120_000)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_runs_and_every_control_redraws(lab, browser, path):
    url, token, _ = lab
    name = str(path.relative_to(ROOT / "notebooks"))
    korean = name.startswith("ko/")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(60_000)
    try:
        # a workspace of its own, so no tab of an earlier notebook is restored beside this one
        page.goto(f"{url}/lab/workspaces/{name.replace('/', '-')[:-6]}/tree/{name}?reset&token={token}")
        page.wait_for_selector(".jp-Notebook", timeout=90_000)
        _wait_for_idle_kernel(page, 90_000)
        _run_all_and_wait(page)

        notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        errors = notebook.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr'],"
                                  " .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.error']")
        assert errors.count() == 0, errors.first.inner_text()

        explorers = notebook.locator(".jp-OutputArea-output .widget-vbox:has(> .widget-image)")
        expected = sum("nbval-ignore-output" in cell["metadata"].get("tags", []) and "widgets." in "".join(cell["source"])
                       for cell in json.loads(path.read_text())["cells"])
        page.wait_for_function(f"document.querySelectorAll('.widget-image').length >= {expected}")
        assert explorers.count() == expected
        for k in range(explorers.count()):
            explorer = explorers.nth(k)
            explorer.scroll_into_view_if_needed()
            assert _drive(page, explorer, name) > 0, f"explorer {k} of {name} has no control"
            if korean:
                labels = explorer.locator(".widget-label").all_inner_texts()
                assert any(re.search(HANGUL, label) for label in labels), labels
        assert errors.count() == 0, errors.first.inner_text()
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name.replace('/', '-')[:-6]}.png"))
        _present(page, path, name)
        if path.stem == "00_index":
            _restart_and_read_the_explorers(page, explorers, korean)
    finally:
        page.evaluate("window.jupyterapp && window.jupyterapp.serviceManager.sessions.shutdownAll()")
        page.close()


def _restart_and_read_the_explorers(page, explorers, korean):
    """Kernel -> Restart: every explorer left on the page says, in the notebook's language, why it no
    longer responds (ipywidgets marks its views disconnected; the explorer's own CSS shows the note)."""
    notes = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .actlab-offline")
    assert notes.count() == explorers.count() and not notes.first.is_visible()
    page.evaluate("window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.restart()")
    page.wait_for_function("document.querySelectorAll('.actlab-explorer.jupyter-widgets-disconnected').length > 0")
    _wait_for_idle_kernel(page)
    for k in range(notes.count()):
        notes.nth(k).scroll_into_view_if_needed()
        assert notes.nth(k).is_visible(), f"explorer {k} says nothing after a restart"
    text = notes.first.inner_text()
    assert "Run All Cells" in text and (bool(re.search(HANGUL, text)) == korean), text


SCREEN = {"width": 1280, "height": 800}
_VISIBLE_CELLS = """() => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell')]
    .map((c, i) => [i, c.classList.contains('jp-deck-mod-visible'), c.getBoundingClientRect()])
    .filter(([i, visible, r]) => visible).map(([i, visible, r]) => [i, r.top, r.bottom])"""


def _slide(page):
    page.wait_for_timeout(150)                  # the deck moves cells in and out in an animation frame
    return page.evaluate(_VISIBLE_CELLS)


_ACTIVE_CELL = "window.jupyterapp.shell.currentWidget.content.activeCellIndex"


def _move_a_slider_on_the_slide(page, name, slides, indices):
    """Each explorer on the slide: a slider key (and Train, where it trains) redraws its figure; in a
    formula box, a new formula does."""
    explorers = page.locator(".jp-Cell.jp-deck-mod-visible .widget-vbox:has(> .widget-image)")
    for k in range(explorers.count()):
        explorer = explorers.nth(k)
        what = f"a slider key on slide {slides} of the deck of {name}"
        if explorer.locator(FORMULA_BOX).count():           # the formula box: Enter redraws the preview
            box, old = explorer.locator(FORMULA_BOX), _image_src(explorer)
            box.fill("x * tanh(x)" if box.input_value() != "x * tanh(x)" else "x * sigmoid(x)")
            box.press("Enter")
            _wait_for_new_figure(page, explorer, old, what.replace("a slider key", "a formula"))
        else:
            _press_a_slider(page, explorer, explorer.locator(".noUi-handle").first, what)
        assert [i for i, _, _ in _slide(page)] == indices, f"a control changed the slide in {name}"


def _present(page, path, name):
    """The lesson as a live deck on a 1280 x 800 screen (tools/slides.py): walk every slide with the
    deck's own commands, check that it fits the screen, and on each slide with an explorer move a
    slider from the keyboard: the figure redraws and the slide stays."""
    cells = json.loads(path.read_text())["cells"]
    shown = {i for i, c in enumerate(cells) if c["metadata"].get("slideshow", {}).get("slide_type") not in ("skip", "notes")}
    page.set_viewport_size(SCREEN)
    page.evaluate("window.jupyterapp.shell.currentWidget.content.activeCellIndex = 1")  # the deck starts here
    page.evaluate("window.jupyterapp.commands.execute('deck:start')")
    page.wait_for_function("document.body.dataset.jpDeckMode === 'presenting'")
    seen, slides, indices = set(), 0, None
    try:
        while True:
            slide = _slide(page)
            if [i for i, _, _ in slide] != indices:             # a new slide (a step may stay on one)
                slides += 1
                indices = [i for i, _, _ in slide]
                for i, top, bottom in slide:
                    assert top >= -1 and bottom <= SCREEN["height"] + 1, (
                        f"{name}: slide {slides} (cells {indices}) does not fit {SCREEN}: cell {i} spans {top:.0f}-{bottom:.0f} px")
                seen.update(indices)
                _move_a_slider_on_the_slide(page, name, slides, indices)
            step = page.evaluate(_ACTIVE_CELL)
            for command in ("deck:down", "deck:forward"):       # every subslide and cell, then the next slide
                page.evaluate(f"window.jupyterapp.commands.execute('{command}')")
                page.wait_for_timeout(50)
                if page.evaluate(_ACTIVE_CELL) != step:
                    break
            else:
                break                                           # the last step of the last slide
    finally:
        page.evaluate("window.jupyterapp.commands.execute('deck:stop')")
    assert seen == shown, f"{name}: the deck never showed cells {sorted(shown - seen)}"


@pytest.mark.parametrize("edition", ["", "ko"])
def test_voila_serves_the_explorer_without_code_and_redraws(browser, tmp_path, edition):
    """`voila notebooks/explorer.ipynb` (and notebooks/ko/explorer.ipynb): a page with no code on it,
    where a slider redraws; the Korean one labels its controls in Korean. A formula typed into its
    box gets its report card, and code typed into it is refused in words, never run."""
    port = _free_port()
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    command = [sys.executable, "-m", "voila", str(ROOT / "notebooks" / edition / "explorer.ipynb"), "--no-browser",
               f"--port={port}", "--Voila.ip=127.0.0.1"]
    with _server(command, port, tmp_path, env, tmp_path / "voila.log"):
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        try:
            page.goto(f"http://127.0.0.1:{port}/", timeout=120_000)
            page.wait_for_selector(".widget-image", timeout=120_000)
            text = page.inner_text("body")
            assert "import" not in text and "activation_explorer" not in text      # no code shown
            assert page.locator(".jp-CodeCell .jp-InputArea:visible, .jp-CodeMirrorEditor:visible").count() == 0
            explorer = page.locator(".widget-vbox:has(> .widget-image)").first
            assert _drive(page, explorer, "explorer in Voila") >= 3
            if edition == "ko":
                assert re.search(HANGUL, explorer.inner_text())
            # the formula box: a formula's card appears; code typed into it is refused in words
            card = page.locator(f".widget-vbox:has(> .widget-image):has({FORMULA_BOX})").first
            card.scroll_into_view_if_needed()
            first = _type_a_formula(page, card, "x * sin(x)", "the formula box in Voila")
            second = _type_a_formula(page, card, "x * sigmoid(1.5 * x)", "the formula box in Voila")
            assert first != second and ("diverged" in first or "발산" in first), first
            box = card.locator(FORMULA_BOX)
            box.fill("__import__('os').system('touch hacked')")
            box.press("Enter")
            deadline = time.monotonic() + 30
            refusal = "only the functions of the list may be called"
            while refusal not in card.inner_text() and time.monotonic() < deadline:
                page.wait_for_timeout(200)
            assert refusal in card.inner_text(), card.inner_text()[:600]
            assert not (tmp_path / "hacked").exists() and not (ROOT / "notebooks" / "hacked").exists()
        finally:
            page.close()


@pytest.mark.parametrize("stem", ["01_sigmoid", "ko/05_softmax"])
def test_handout_renders_its_maths_with_no_network(browser, tmp_path, stem):
    """A handout (tools/handout.py) opened with every request that leaves the file aborted: it asks
    for nothing, shows no TeX, and its formulas are laid out by the browser as MathML; and Chromium
    prints it to PDF (--pdf)."""
    from test_repository import load
    page_file = load(ROOT / "tools" / "handout.py").export(stem, tmp_path, pdf=True)
    pdf = page_file.with_suffix(".pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 200_000          # the figures are in it
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    asked = []

    def block(route):
        asked.append(route.request.url)
        route.abort()
    page.route(re.compile(r"^(?!file:|data:)"), block)
    try:
        page.goto(page_file.as_uri())
        page.wait_for_load_state("networkidle")
        assert asked == [], f"the handout asked for {asked[:5]}"
        text = page.evaluate("""() => { const b = document.body.cloneNode(true);
            b.querySelectorAll('pre, code, math, style, script').forEach(e => e.remove()); return b.innerText; }""")
        assert "$" not in text and not re.search(r"\\(frac|sigma|partial|mathrm|sum)\b", text)
        sizes = page.evaluate("() => [...document.querySelectorAll('math')].filter(m => !m.closest('details:not([open])'))"
                              ".map(m => m.getBoundingClientRect().width)")
        assert len(sizes) > 50 and all(w > 0 for w in sizes)
        stills = page.locator("figure.handout-explorer img")
        assert stills.count() >= 1 and all(stills.nth(i).evaluate("i => i.naturalWidth") > 300 for i in range(stills.count()))
        if stem.startswith("ko/"):
            assert re.search(HANGUL, page.locator("figure.handout-explorer figcaption").first.inner_text())
    finally:
        page.close()

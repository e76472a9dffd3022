"""Colab: the setup cell installs actlab there and nothing else, and the series works with Colab's
widget stack (ipywidgets 7.7.1).

Colab itself cannot be reached from CI. Its closest reproducible stand-in is an environment with
Colab's ipywidgets 7.7.1, IPython 7.34 and ipykernel 6.17 and the classic Notebook 6.5, whose front
end speaks widgets 7 as Colab's does (``requirements-colab.txt``; ``.ci/run`` builds it in
``.venv-colab`` and runs the notebooks under strict nbval there, then this file). In the stand-in,
every notebook of both editions gets Run All in Chromium with no error, and every slider and dropdown
of every explorer redraws its figure. Elsewhere those tests skip, saying where they run.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "notebooks" / "ko").glob("*.ipynb"))
IDS = [str(p.relative_to(ROOT / "notebooks").with_suffix("")) for p in NOTEBOOKS]
STANDIN = version("ipywidgets").startswith("7.")
in_standin = pytest.mark.skipif(not STANDIN, reason="runs in the Colab stand-in (ipywidgets 7.7.1 and the "
                                                    "classic Notebook 6.5): see requirements-colab.txt and .ci/run")


def _setup_source(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "".join(next(c for c in cells if c["cell_type"] == "code")["source"])


# The setup cell's import block, run where actlab is missing: on Colab it installs actlab from the
# repository with pip (stood in for by a recorder: CI has no network to GitHub) and imports it; anywhere
# else it raises the ImportError that tells the student what to run.
_FAKE_COLAB = r'''
import sys, types, subprocess, importlib.abc
class Missing(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "actlab":
            raise ImportError("No module named 'actlab'")
blocker = Missing()
sys.meta_path.insert(0, blocker)
calls = []
def install(command, check):
    calls.append(command)
    sys.meta_path.remove(blocker)            # as if pip had installed it
subprocess.run = install
if COLAB:
    sys.modules["google.colab"] = types.ModuleType("google.colab")
try:
    exec(compile(SETUP, "setup", "exec"), {})
except ImportError as error:
    print("ImportError:", error)
print("calls:", calls)
print("actlab imported:", "actlab" in sys.modules)
'''


def _run_setup(path, colab):
    setup = _setup_source(path)
    block = setup[setup.index("try:\n    import actlab"):setup.index("    import actlab\n", setup.index("subprocess.run")) + 18]
    code = f"COLAB = {colab}\nSETUP = {('import sys' + chr(10) + block)!r}\n" + _FAKE_COLAB
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_setup_cell_installs_actlab_on_colab_and_only_there(path):
    from test_repository import nbtools
    repository = nbtools.REPOSITORY
    out = _run_setup(path, colab=True)
    assert f"calls: [['{sys.executable}', '-m', 'pip', 'install', '-q', '--no-deps', " \
           f"'git+https://github.com/{repository}']]" in out, out
    assert "actlab imported: True" in out and "ImportError" not in out, out
    out = _run_setup(path, colab=False)
    assert "ImportError: The helper library actlab is not installed" in out and "calls: []" in out, out


def test_actlab_admits_colabs_packages():
    """What Colab ships (ipywidgets 7.7.1, numpy 2.0, matplotlib 3.9, scipy 1.13) satisfies actlab."""
    from importlib.metadata import requires

    from packaging.requirements import Requirement
    wanted = {r.name: r.specifier for r in map(Requirement, requires("actlab"))}
    for name, colab in {"ipywidgets": "7.7.1", "numpy": "2.0.0", "matplotlib": "3.9.0", "scipy": "1.13.0"}.items():
        assert wanted[name].contains(colab), (name, wanted[name])
    assert wanted["ipywidgets"].contains("8.1.9")


@in_standin
def test_the_standin_has_colabs_widget_stack():
    assert version("ipywidgets") == "7.7.1" and version("notebook").startswith("6.5.")
    assert version("ipython").startswith("7.34.") and version("ipykernel").startswith("6.17.")


@in_standin
def test_installing_actlab_leaves_colabs_packages_as_they_are(tmp_path):
    """pip's own resolution of actlab with its dependencies, in the stand-in: nothing to install
    but actlab itself (ipywidgets stays 7.7.1, numpy, scipy and matplotlib as Colab has them)."""
    report = tmp_path / "report.json"
    subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--report", str(report),
                    str(ROOT)], check=True, capture_output=True)
    installs = {item["metadata"]["name"].lower() for item in json.loads(report.read_text())["install"]}
    assert installs == {"actlab"}, installs


# ------------------------------------------------------------------ the classic Notebook in Chromium
from test_browser import CHROMIUM, HANGUL, _free_port, _image_src, _server, browser  # noqa: E402,F401


@pytest.fixture(scope="module")
def classic(tmp_path_factory):
    """A classic Notebook 6.5 server on 127.0.0.1 serving a copy of the notebooks."""
    if not Path(CHROMIUM).exists():
        pytest.fail("the Colab stand-in's browser tests need Debian's Chromium at /usr/bin/chromium")
    import shutil
    home = tmp_path_factory.mktemp("classic")
    served = home / "notebooks"
    shutil.copytree(ROOT / "notebooks", served, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "IPYTHONDIR": str(home / "ipython"), "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    port, token = _free_port(), secrets.token_hex(16)
    command = [sys.executable, "-m", "notebook", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
               f"--NotebookApp.token={token}", "--allow-root", f"--notebook-dir={served}"]
    with _server(command, port, served, env, home / "notebook.log"):
        yield f"http://127.0.0.1:{port}", token


_IDLE = """() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel
               && Jupyter.notebook.kernel.is_connected()
               && document.querySelector('#kernel_indicator_icon').classList.contains('kernel_idle_icon')"""
# ... and the widgets extension has registered its manager: a widget made before it would not show
_READY = _IDLE.replace("is_connected()", "is_connected() && Jupyter.notebook.kernel.widget_manager")


def _changed(page, explorer, old, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _image_src(explorer) not in (None, old):
            return True
        page.wait_for_timeout(100)
    return False


def _drive_classic(page, explorer, name):
    """Move every slider (keyboard on the jQuery UI handle of widgets 7) and change every dropdown;
    each must change the figure (after Train, for the explorers that train). Controls are found
    afresh each time: a dropdown may show or hide others (an activation's parameters)."""
    train = explorer.locator("button.widget-button.mod-primary")
    moved = 0
    box = explorer.locator("input[placeholder='x * sigmoid(x)']")     # a formula box (lesson 8)
    if box.count():
        old = _image_src(explorer)
        box.fill("x * sigmoid(1.5 * x)")
        box.press("Enter")
        assert _changed(page, explorer, old), f"typing a formula did not redraw in {name}"
        old = _image_src(explorer)
        train.first.click()
        page.wait_for_function(_IDLE, timeout=120_000)
        assert _changed(page, explorer, old) and "yours" in explorer.locator("table").first.inner_text()
        moved += 1
    for kind, selector in (("slider", ".ui-slider-handle"), ("dropdown", "select")):
        i = 0
        while i < explorer.locator(selector).count():
            control = explorer.locator(selector).nth(i)
            i += 1
            if not control.is_visible() or (kind == "dropdown" and control.locator("option").count() < 2):
                continue
            for keys in ((["ArrowRight"], ["ArrowLeft", "ArrowLeft"]) if kind == "slider" else ([],)):
                old = _image_src(explorer)
                if kind == "slider":
                    control.focus()
                    for key in keys:
                        page.keyboard.press(key)
                else:
                    options = control.locator("option").evaluate_all("os => os.map(o => o.value)")
                    current = control.input_value()
                    control.select_option(next(o for o in options if o != current))
                if train.count():
                    train.first.click()
                if _changed(page, explorer, old):
                    break
            else:
                raise AssertionError(f"the figure did not change after moving {kind} {i - 1} in {name}")
            if train.count():
                page.wait_for_function(_IDLE, timeout=120_000)
            moved += 1
    return moved


@in_standin
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_runs_in_the_classic_notebook_and_every_control_redraws(classic, browser, path):
    url, token = classic
    name = str(path.relative_to(ROOT / "notebooks"))
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(60_000)
    try:
        page.goto(f"{url}/notebooks/{name}?token={token}")
        page.wait_for_function(_READY, timeout=90_000)
        page.wait_for_timeout(1000)      # the widget manager's own start-up requests settle
        page.evaluate("Jupyter.notebook.execute_all_cells()")
        page.wait_for_function("""() => {
            const prompts = [...document.querySelectorAll('.code_cell .input_prompt')];
            return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""", timeout=240_000)
        page.wait_for_function(_IDLE, timeout=240_000)
        errors = page.locator(".output_area .output_stderr, .output_area .output_error")
        assert errors.count() == 0, errors.first.inner_text()
        expected = sum("nbval-ignore-output" in c["metadata"].get("tags", []) and "widgets." in "".join(c["source"])
                       for c in json.loads(path.read_text(encoding="utf-8"))["cells"])
        page.wait_for_function(f"document.querySelectorAll('.widget-image').length >= {expected}")
        explorers = page.locator(".output_area .widget-vbox:has(> .widget-image)")
        assert explorers.count() == expected
        for k in range(expected):
            explorer = explorers.nth(k)
            explorer.scroll_into_view_if_needed()
            assert _drive_classic(page, explorer, name) > 0, f"explorer {k} of {name} has no control"
            if name.startswith("ko/"):
                labels = explorer.locator(".widget-label").all_inner_texts()
                assert any(re.search(HANGUL, label) for label in labels), labels
        assert errors.count() == 0, errors.first.inner_text()
    finally:
        page.evaluate("window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.kill()")
        page.close()

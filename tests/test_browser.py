"""The notebooks in a real JupyterLab, driven by a real browser (Debian's Chromium + Playwright).

For every notebook of both editions (English and notebooks/ko/): open it, Run All, check that no
cell shows an error or stderr, then move every slider of every explorer with the keyboard and change
every dropdown, and check that the explorer's figure changes each time; in the Korean edition every
explorer also labels its controls in Korean. A screenshot of each notebook goes to
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


def _drive(page, explorer, notebook):
    """Move every slider and change every dropdown of one explorer; returns how many."""
    moved = 0
    train = explorer.locator("button.widget-button.mod-primary")      # Train, or 학습 in Korean
    for i in range(explorer.locator(".noUi-handle").count()):
        handle = explorer.locator(".noUi-handle").nth(i)
        if not handle.is_visible():
            continue
        old = _image_src(explorer)
        at_max = handle.get_attribute("aria-valuenow") == handle.get_attribute("aria-valuemax")
        handle.focus()
        page.keyboard.press("ArrowLeft" if at_max else "ArrowRight")
        if train.count():
            train.first.click()
        _wait_for_new_figure(page, explorer, old, f"slider {i} in {notebook}")
        _settle(page, train)
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
        expected = sum("NBVAL_IGNORE_OUTPUT" in c and "widgets." in c
                       for c in [cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
                                 for cell in json.loads(path.read_text())["cells"]])
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
    finally:
        page.evaluate("window.jupyterapp && window.jupyterapp.serviceManager.sessions.shutdownAll()")
        page.close()


@pytest.mark.parametrize("edition", ["", "ko"])
def test_voila_serves_the_explorer_without_code_and_redraws(browser, tmp_path, edition):
    """`voila notebooks/explorer.ipynb` (and notebooks/ko/explorer.ipynb): a page with no code on it,
    where a slider redraws; the Korean one labels its controls in Korean."""
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
        finally:
            page.close()

"""The repository keeps its promises: README and CI agree, notebooks follow the template."""

import re
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "notebooks" / "ko").glob("*.ipynb"))
IDS = [str(p.relative_to(ROOT / "notebooks").with_suffix("")) for p in NOTEBOOKS]
MARKER = "<!-- navigation: written by tools/notebooks.py -->"


def load(path):
    """A script of tools/ or benchmarks/ as a module (they are not a package)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


nbtools = load(ROOT / "tools" / "notebooks.py")


def _readme_commands(name="README.md"):
    return re.findall(r"```bash\n(.+?)\n```", (ROOT / name).read_text())


def test_ci_runs_exactly_the_readme_test_command():
    commands = _readme_commands()
    test_command = next(c for c in commands if "pytest" in c)
    ci = (ROOT / ".ci/run").read_text().splitlines()
    assert test_command in ci
    assert any("jupyter lab notebooks/00_index.ipynb" in c for c in commands)


def test_binder_uses_the_root_requirements_and_pins_python():
    assert (ROOT / "binder/requirements.txt").read_text().split() == ["-r", "../requirements.txt"]
    assert re.fullmatch(r"python-3\.\d+\n?", (ROOT / "binder/runtime.txt").read_text())


def test_lib_is_not_ignored():
    import subprocess
    out = subprocess.run(["git", "check-ignore", "-q", "lib/actlab/__init__.py"], cwd=ROOT)
    assert out.returncode == 1          # 1: not ignored


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_follows_the_template(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith(MARKER)
    titles = [line for c in nb.cells if c.cell_type == "markdown"
              for line in c.source.splitlines() if line.startswith("# ")]
    assert len(titles) == 1, titles
    code = [c for c in nb.cells if c.cell_type == "code"]
    sources = "\n".join(c.source for c in code)
    assert "sys.path" not in sources
    assert not re.search(r"urllib|requests\.get|wget|urlretrieve|curl ", sources)
    assert not [c for c in code if "NBVAL_" in c.source], "a test marker in the code: make it a cell tag"
    ignored = [c for c in code if nbtools.ignores_output(c)]
    if path.stem != "explorer":         # the Voila app is one widget cell by design
        assert len(ignored) <= 0.3 * len(code), f"{len(ignored)} of {len(code)} code cells ignored"
    for cell in code:
        assert cell.execution_count is not None, "notebooks are committed executed"
        for out in cell.outputs:
            assert out.output_type != "error"
            assert not (out.output_type == "stream" and out.name == "stderr"), out.text
            assert "Warning" not in out.get("text", "")


def test_binder_links_point_at_the_repository_the_tools_use():
    for readme, voila in (("README.md", "explorer.ipynb"), ("README.ko.md", "ko/explorer.ipynb")):
        text = (ROOT / readme).read_text()
        links = re.findall(r"https://mybinder\.org/v2/gh/([^/]+/[^/]+)/HEAD\?urlpath=([^)\s]+)", text)
        assert links and {repo for repo, _ in links} == {nbtools.REPOSITORY}
        for _, urlpath in links:
            target = urlpath.split("/notebooks/", 1)[1]
            assert (ROOT / "notebooks" / target).exists(), urlpath
        assert any(u.startswith(f"voila/render/notebooks/{voila}") for _, u in links), readme
        colab = re.findall(r"https://colab\.research\.google\.com/github/([^/]+/[^/]+)/blob/main/notebooks/([^)\s]+)",
                           text)
        assert len(colab) == len(NOTEBOOKS) // 2 and {repo for repo, _ in colab} == {nbtools.REPOSITORY}, readme
        assert all((ROOT / "notebooks" / target).exists() for _, target in colab), colab


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_every_navigation_cell_opens_its_own_notebook_on_binder_and_colab(path):
    name = str(path.relative_to(ROOT / "notebooks"))
    navigation = nbformat.read(path, as_version=4).cells[0].source
    assert f"https://mybinder.org/v2/gh/{nbtools.REPOSITORY}/HEAD?urlpath=lab/tree/notebooks/{name})" in navigation
    assert f"https://colab.research.google.com/github/{nbtools.REPOSITORY}/blob/main/notebooks/{name})" in navigation


def test_every_relative_link_of_the_docs_and_navigation_cells_exists():
    """The READMEs, the guides and each notebook's navigation (with its link to the other edition)."""
    documents = [(ROOT / name, (ROOT / name).read_text()) for name in
                 ("README.md", "README.ko.md", "docs/instructors.md", "docs/instructors.ko.md")]
    documents += [(path, nbformat.read(path, as_version=4).cells[0].source) for path in NOTEBOOKS]
    broken = []
    for path, text in documents:
        for target in re.findall(r"\]\((?!https?:|#)([^)\s]+)\)", text):
            if not (path.parent / target.split("#")[0]).exists():
                broken.append(f"{path.relative_to(ROOT)}: {target}")
    assert not broken, broken


def test_readmes_give_the_same_commands():
    """The quick start's two commands: the Korean one opens the Korean index, the tests are the same."""
    english, korean = (_readme_commands(name)[:2] for name in ("README.md", "README.ko.md"))
    assert korean == [c.replace("notebooks/00_index", "notebooks/ko/00_index") for c in english]


def test_handout_tool_exports_figures_without_running_anything(tmp_path):
    out = subprocess_run([sys.executable, str(ROOT / "tools" / "handout.py"), "05_softmax", "--no-code",
                          "--out", str(tmp_path)])
    html = (tmp_path / "05_softmax.html").read_text()
    assert "wrote" in out and html.count("data:image/png;base64") >= 3
    assert "naive_softmax" not in html and "Softmax: from scores to probabilities" in html


def test_navigation_cells_are_idempotent():
    nb = nbformat.read(ROOT / "notebooks" / "03_relu.ipynb", as_version=4)
    before = [c.source for c in nb.cells]
    nbtools.write_navigation(nb, "03_relu")
    nbtools.write_navigation(nb, "03_relu")
    assert [c.source for c in nb.cells] == before
    assert "[← 2. Tanh](02_tanh.ipynb)" in nb.cells[0].source and "[4. Leaky ReLU →](04_leaky_relu.ipynb)" in nb.cells[0].source


def subprocess_run(command):
    import subprocess
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def test_every_committed_figure_fits_a_projected_column():
    """DESIGN section 3: JupyterLab shrinks a PNG wider than the cell, so a committed figure is
    at most 1000 px wide (its text then shows at its real size)."""
    import base64
    import json
    import struct

    too_wide = []
    for path in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for output in cell.get("outputs", []):
                png = output.get("data", {}).get("image/png")
                if png:
                    width, _ = struct.unpack(">II", base64.b64decode(png)[16:24])
                    if width > 1000:
                        too_wide.append(f"{path.name} cell {cell.get('id')}: {width} px")
    assert not too_wide, "figures wider than 1000 px:\n" + "\n".join(too_wide)

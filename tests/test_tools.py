"""tools/ and benchmarks/: clear messages for bad arguments, and deterministic notebook files."""

import json
import subprocess
import sys

import nbformat
import pytest

from test_repository import ROOT, load, nbtools as notebooks

handout = load(ROOT / "tools" / "handout.py")


def test_handout_refuses_a_file_as_its_output_folder(capsys):
    with pytest.raises(SystemExit):
        handout.main(["01_sigmoid", "--out", str(ROOT / "README.md")])
    assert "is a file" in capsys.readouterr().err


def test_handout_says_when_it_cannot_write(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    with pytest.raises(SystemExit, match="cannot write"):
        handout.export("01_sigmoid", blocker / "inside")


def test_handout_names_a_corrupt_notebook(tmp_path, monkeypatch):
    (tmp_path / "broken.ipynb").write_text("{not json")
    monkeypatch.setattr(handout, "NOTEBOOKS", tmp_path)
    with pytest.raises(SystemExit, match="broken.ipynb is not a readable notebook"):
        handout.export("broken", tmp_path / "out")


def test_tidy_drops_widget_views_whose_random_ids_would_change_the_file():
    cell = nbformat.v4.new_code_cell("widgets.softmax_explorer()")
    cell.outputs = [nbformat.v4.new_output("display_data", data={
        "text/plain": "Explorer(children=(...))",
        notebooks.WIDGET_VIEW: {"model_id": "0123abcd", "version_major": 2, "version_minor": 0}})]
    nb = nbformat.v4.new_notebook(cells=[cell])
    korean = nbformat.from_dict(nb)
    notebooks.tidy(nb)
    assert cell.outputs[0].data == {"text/plain": notebooks.WIDGET_PLACEHOLDER["en"]}
    notebooks.tidy(korean, "ko")
    assert korean.cells[0].outputs[0].data == {"text/plain": notebooks.WIDGET_PLACEHOLDER["ko"]}


def test_committed_notebooks_hold_no_widget_views():
    for path in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        assert notebooks.WIDGET_VIEW not in path.read_text(encoding="utf-8"), path.name


def test_benchmark_checks_the_readme_markers_before_measuring(tmp_path, monkeypatch):
    bench = load(ROOT / "benchmarks" / "run.py")
    monkeypatch.setattr(bench, "ROOT", tmp_path)
    (tmp_path / "README.md").write_text("# no markers here\n")
    monkeypatch.setattr(bench, "activation_table", lambda *a: pytest.fail("measured before checking"))
    with pytest.raises(SystemExit, match="benchmark markers"):
        bench.main(["--readme", "--quick"])


def test_classroom_benchmark_runs_a_small_class_and_refuses_an_empty_one():
    from test_repository import subprocess_run
    script = str(ROOT / "benchmarks" / "classroom.py")
    out = subprocess_run([sys.executable, script, "2", "--lesson", "00_index"])
    row = next(line for line in out.splitlines() if line.startswith("| 2 |"))
    median, longest, failed, cpu, kernel_mib, _ = [float(v) for v in row.strip("| ").split("|")[1:]]
    assert 0 < median <= longest and failed == 0 and cpu > 0 and 50 < kernel_mib < 1000
    refused = subprocess.run([sys.executable, script, "0"], capture_output=True, text=True)
    assert refused.returncode == 2 and "at least 1" in refused.stderr

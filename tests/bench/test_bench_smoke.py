"""Every benchmark still runs, at minimal sizes (one repetition, three merge files).

No assertion here is about speed (that is what the suite itself reports); they check that each
benchmark measured what it claims to: the merge accepted every demo file, the GUI walk stored
an answer per question, the table lands between the markers and nothing else changes.
"""

from __future__ import annotations

import json
import os

import pytest

from bench import bundle, commit, exchange, gui_memory, merge, radar, report, run, scaling, startup
from bench.common import Benchmark

pytestmark = pytest.mark.slow


def measured(bench: Benchmark, rows: int) -> None:
    assert not bench.skipped, bench.skipped
    assert len(bench.rows) == rows
    for row in bench.rows:
        assert row.figure is not None and row.n >= 1
        assert row.met in (True, False, None)


def test_startup_probes_app_and_bare_window(smoke_config):
    bench = startup.run(smoke_config)
    measured(bench, 1)
    assert bench.rows[0].baseline is not None and bench.rows[0].ratio is not None


def test_commit_through_the_store_and_bare_sqlite(smoke_config):
    bench = commit.run(smoke_config)
    measured(bench, 2)
    assert [row.n for row in bench.rows] == [smoke_config.commit_changes] * 2


def test_radar_redraw(smoke_config):
    measured(radar.run(smoke_config), 1)


def test_export_and_template(smoke_config):
    bench = exchange.run(smoke_config)
    measured(bench, 2)
    assert all(row.baseline is not None for row in bench.rows)


def test_merge_and_scaling_accept_every_demo_file(smoke_config):
    bench = merge.run(smoke_config)
    measured(bench, 2)
    counts = bench.data["runs"][0]["result"]["counts"]
    assert counts == {"accepted": smoke_config.merge_files}  # the variant is a distinct, valid unit
    assert bench.data["runs"][0]["result"]["units"] == smoke_config.merge_files

    sizes = smoke_config.scaling_sizes
    scaled = scaling.run(smoke_config, reuse=bench.data["runs"])
    measured(scaled, 3 * len(sizes))
    for size in sizes:
        assert scaled.data[str(size)][0]["result"]["counts"] == {"accepted": size}


def test_gui_walk_answers_every_question(smoke_config, questionnaire):
    bench = gui_memory.run(smoke_config)
    measured(bench, 1)
    walk = bench.data["walks"][0]
    assert walk["questions"] == walk["stored"] == len(questionnaire.questions), walk
    assert walk["chart"], walk


def test_bundle_skipped_without_a_build(smoke_config, tmp_path):
    bench = bundle.run(smoke_config, bundle=tmp_path / "no-bundle")
    assert bench.skipped == bundle.SKIPPED and not bench.rows


@pytest.mark.skipif(
    os.environ.get("MATURITY_PACKAGE_TESTS") != "1",
    reason="frozen-bundle tests are opt-in: MATURITY_PACKAGE_TESTS=1 after make package",
)
def test_bundle_measured_when_built(smoke_config):
    if not bundle.bundle_executable().is_file():
        pytest.skip("no bundle in dist/ (make package)")
    bench = bundle.run(smoke_config)
    measured(bench, 2)


def test_run_writes_results_and_only_its_part_of_the_doc(smoke_config, tmp_path):
    doc = tmp_path / "performance.md"
    doc.write_text("# Performance\n\n## Bundle size\n\nKept as written.\n", encoding="utf-8")
    results = tmp_path / "results.json"
    argv = [
        "--quick",
        "--only",
        "commit",
        "--cache",
        str(smoke_config.cache),
        "--results",
        str(results),
        "--doc",
        str(doc),
    ]
    assert run.main(argv) == 0
    first = doc.read_text(encoding="utf-8")
    assert first.startswith("# Performance\n\n## Bundle size\n\nKept as written.\n")
    assert first.count(report.START_MARKER) == first.count(report.END_MARKER) == 1
    assert "2. median of an answer change" in first
    data = json.loads(results.read_text(encoding="utf-8"))
    assert [b["key"] for b in data["benchmarks"]] == ["commit"]
    assert data["machine"]["python"] and data["git"]["commit"]

    assert run.main(argv) == 0  # a second run replaces its block, keeps the rest
    second = doc.read_text(encoding="utf-8")
    assert second.count(report.START_MARKER) == 1
    assert second.startswith("# Performance\n\n## Bundle size\n\nKept as written.\n")


def test_a_broken_benchmark_is_reported_and_the_rest_run(smoke_config, monkeypatch):
    def broken(config):
        raise RuntimeError("boom")

    monkeypatch.setattr(radar, "run", broken)
    lines = []
    done = run.run_all(smoke_config, ["radar", "commit"], out=lambda *a, **k: lines.append(a[0]))
    assert done[0].skipped.startswith("FAILED") and "boom" in done[0].skipped
    assert done[1].rows and not done[1].skipped


def test_collecting_monitoring_forms(smoke_config):
    from bench import monitoring

    bench = monitoring.run(smoke_config)
    measured(bench, 1)
    assert bench.rows[0].baseline is not None and "3 filled forms" in bench.rows[0].name

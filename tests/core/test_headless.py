"""The core never imports Qt: it runs with PySide6 made unimportable (as napari's headless run)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_runs_with_qt_blocked(tmp_path):
    script = textwrap.dedent(f"""
        import importlib, pkgutil, random, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6", "desktop"):
                    raise ImportError("blocked in the headless test: " + name)

        sys.meta_path.insert(0, BlockQt())
        import assessments
        for module in pkgutil.walk_packages(assessments.__path__, "assessments."):
            if module.name != "assessments.__main__":
                importlib.import_module(module.name)

        from assessments.cli import main
        from assessments.sample_answers import plausible_answers
        from assessments.loader import bundled_questionnaire
        from assessments.scoring import score_assessment
        from assessments.store import Store
        q = bundled_questionnaire()
        with Store(r"{tmp_path / "h.sqlite3"}") as store:
            info = store.create_assessment("Fen İşleri", "2026", q)
            for answer in plausible_answers(q, random.Random(3)).values():
                store.set_answer(info.uuid, answer)
            assert score_assessment(q, store.answers(info.uuid)).completeness == 1.0
        db = r"{tmp_path / "h.sqlite3"}"
        assert main(["--db", db, "score", "--unit", "Fen İşleri", "--round", "2026"]) == 0
        assert not [m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "desktop"))]
        print("headless ok")
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert "headless ok" in result.stdout


def test_no_core_source_mentions_qt():
    offenders = [
        p.name
        for p in (ROOT / "assessments").rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8")
        or "from desktop" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []

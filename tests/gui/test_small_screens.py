"""The window fits every municipal screen (issue 16, item 3): it opens inside the available
area at 1366x768 at 100, 125 and 150 % and at 1920x1080 at 150 %, its minimum size is never
above the screen, the navigation and the status bar stay on screen, and its size, place and
maximised state are remembered while it runs (so also after a crash). The header wraps onto a
second row rather than cut the unit's name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import window_geometry
from desktop.settings import Settings

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def probe(tmp_path, width: int, height: int, scale: float) -> dict:
    screens = {
        "screens": [
            {
                "name": "laptop",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    config = tmp_path / f"screen-{width}-{scale}.json"
    config.write_text(json.dumps(screens))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=str(scale),
        MATURITY_LANG="tr",
        PYTHONPATH=str(ROOT),
    )
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("screen_probe.py"))],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, 1.0), (1366, 768, 1.25), (1366, 768, 1.5), (1920, 1080, 1.5)],
)
def test_the_window_fits_the_screen(tmp_path, width, height, scale):
    report = probe(tmp_path, width, height, scale)
    area_width, area_height = report["area"][2], report["area"][3]
    assert area_width == round(width / scale) or abs(area_width - width / scale) <= 1
    assert report["inside"], report
    assert report["minimum"][0] <= area_width and report["minimum"][1] <= area_height
    assert report["status_bar"], report  # "Kaydedildi" stays on screen
    assert report["header"] and all(report["question"].values()), report
    assert all(report["header_text"].values()), report  # unit and respondent not clipped
    assert all(report["result_cards"].values()), report
    assert report["cards_whole"], report  # no level card cut at its bottom
    assert report["summary"] and report["start"], report
    assert report["coordinator"] and all(report["coordinator"].values()), report["coordinator"]
    minimum = report["minimum_after"]  # the coordinator's tabs ask for no wider window
    assert minimum[0] <= area_width and minimum[1] <= area_height, minimum


def test_size_place_and_maximised_state_are_saved_while_running(make_window, qtbot, settings):
    window = make_window(restore=True)
    area = window_geometry.available_area(window)
    assert area.contains(window.frameGeometry())
    window.resize(1000, 600)
    qtbot.waitUntil(lambda: Settings(settings.path).window_geometry() is not None)
    saved = Settings(settings.path).window_geometry()  # read as a restarted app would
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    qtbot.waitUntil(lambda: Settings(settings.path).window_geometry() != saved)
    # no close: as after a crash, the settings file already holds the maximised window
    again = make_window(restore=True)
    qtbot.waitUntil(again.isMaximized)


def test_a_remembered_geometry_too_big_for_this_screen_is_not_used(make_window, qtbot, settings):
    window = make_window(restore=True)
    window.setMinimumSize(100, 100)
    window.resize(4000, 3000)  # remembered from a bigger monitor
    window.close()
    again = make_window(restore=True)
    assert window_geometry.available_area(again).contains(again.frameGeometry())

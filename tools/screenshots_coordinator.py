"""Screenshots of the Coordinator view, in Turkish, for the README and the coordinator's guide.

Drives the real app offscreen at 1366x768 on a throw-away database: writes 12 demo unit exports
(plus a second copy of one and a half-copied file, as a real inbox has), merges them in the
Coordinator view and writes

    07-koordinator-birimler.png      the unit register, the starting list loaded
    08-koordinator.png               the import log after the merge
    09-koordinator-karsilastirma.png three units and the city average on one radar
    10-koordinator-veri-toplama.png  the data-collection round's board after the merge

    .venv/bin/python tools/screenshots_coordinator.py [--out docs/screenshots] [--lang tr|en]

Nothing in the user's data or settings folders is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1366, 768)
UNITS = 12
COMPARED = 3


def settle(app, until=lambda: True, timeout: float = 60.0) -> None:
    """Process events until ``until()`` (background work delivers its results as events)."""
    deadline = time.monotonic() + timeout
    while True:
        app.processEvents()
        if until() or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def save(widget, folder: Path, name: str, app) -> Path:
    settle(app)
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return path


def inbox(folder: Path, questionnaire, lang: str) -> Path:
    from assessments.merge.demo_exports import write_demo

    written = write_demo(
        questionnaire, folder / "demo", UNITS, "2026", seed=2026, lang=lang, workers=0
    )
    incoming = folder / "Gelen"
    (incoming / "e-posta").mkdir(parents=True)
    for path in written:
        shutil.copy2(path, incoming / path.name)
    shutil.copy2(written[5], incoming / "e-posta" / written[5].name)
    data = written[8].read_bytes()
    (incoming / "e-posta" / "Zabita - yarim kalmis kopya.xlsx").write_bytes(data[: len(data) // 2])
    return incoming


def _demo_units(questionnaire) -> list[str]:
    from assessments.sample_answers import UNIT_NAMES

    return list(UNIT_NAMES[:UNITS])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("tr", "en"), default="tr")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    work = Path(tempfile.mkdtemp(prefix="maturity-coordinator-"))
    os.environ["MATURITY_SETTINGS"] = str(work / "settings.ini")
    os.environ["MATURITY_LANG"] = args.lang

    import translations  # tools/translations.py, beside this script

    from desktop import app as desktop_app
    from desktop import i18n
    from desktop.coordinator.radar import COMPARE_TAB
    from desktop.settings import Settings

    translations.build()
    qapp = desktop_app.create_application([sys.argv[0]])
    switcher = i18n.LanguageSwitcher(qapp)
    switcher.set_language(args.lang)
    window = desktop_app.build_window(work / "koordinator.sqlite3", Settings(), switcher)
    window.resize(*SIZE)
    window.show()
    settle(qapp)
    window.load()
    incoming = inbox(work, window.session.questionnaire, args.lang)

    # 7. the unit register: the starting list loaded, a contact filled in; the round opened
    window.show_coordinator()
    view = window.coordinator_view
    session = window.session
    session.load_units()
    session.update_unit(
        "Zabıta Dairesi Başkanlığı", contact="Ayşe Öztürk", email="ayse.ozturk@balikesir.bel.tr"
    )
    view.tabs.setCurrentWidget(view.units_tab)
    save(window, args.out, "07-koordinator-birimler", qapp)
    expected = [u.name for u in session.units()][:UNITS]
    expected += ["Zabıta Dairesi Başkanlığı", "Emlak ve İstimlak Dairesi Başkanlığı"]
    demo_units = {row for row in _demo_units(window.session.questionnaire)}
    expected = sorted(set(expected) | demo_units)
    view.round_board.start_round("2026", expected, str(work / "sablonlar"), "2026-12-31")
    settle(qapp, lambda: view.round_board.table.rowCount() == len(expected))
    view.tabs.setCurrentIndex(0)

    # 8. the import log after merging the inbox
    view.add_paths([incoming])
    view.start_merge()
    settle(qapp, lambda: not view.running and view.data is not None)
    view.table.setFocus()
    save(window, args.out, "08-koordinator", qapp)

    # 9. three units and the city average on one radar
    view.tabs.setCurrentIndex(COMPARE_TAB)
    units = [row.unit for row in view.data.units]
    view.choose_units([units[1], units[4], units[9]][:COMPARED])
    settle(qapp)
    save(window, args.out, "09-koordinator-karsilastirma", qapp)

    # 10. the round's board: who sent, whose file was rejected, who is awaited
    view.tabs.setCurrentWidget(view.round_board)
    view.round_board.show_status()
    save(window, args.out, "10-koordinator-veri-toplama", qapp)

    window.close()
    settle(qapp)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

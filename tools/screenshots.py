"""Screenshots of every page of the desktop app, in Turkish, for the README and the guide.

Drives the real app offscreen (no display needed) on a virtual 1366x768 laptop screen, at
100 % and at 150 % scaling (Windows' "Scale" setting, ``QT_SCALE_FACTOR`` here), on a
throw-away database seeded with plausible answers of a few units, and writes
``docs/screenshots/<width>-<percent>-<page>.png`` (e.g. ``1366-150-03-soru.png``):

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--lang tr|en]
                                          [--screen 1366x768] [--scales 100,150]

Each scale runs in its own process: Qt fixes the screen and the scale when it starts. Nothing
in the user's data or settings folders is touched.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UNIT = "Bilgi İşlem Dairesi Başkanlığı"


def seed(db_path: Path, questionnaire) -> None:
    """Other units' assessments, so the start page shows a realistic list."""
    from assessments.sample_answers import UNIT_NAMES, plausible_answers
    from assessments.store import Store

    with Store(db_path) as store:
        for index, (name, completeness) in enumerate(
            ((UNIT_NAMES[1], 1.0), (UNIT_NAMES[2], 0.6), (UNIT_NAMES[5], 0.3), (UNIT_NAMES[8], 1.0))
        ):
            info = store.create_assessment(name, "2026", questionnaire, respondent="")
            for answer in plausible_answers(
                questionnaire, random.Random(index), completeness
            ).values():
                store.set_answer(info.uuid, answer)
            if index == 3:
                store.update_assessment(info.uuid, status="final")


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


class Shooter:
    """Saves grabs as ``<prefix>-<name>.png`` and prints their paths."""

    def __init__(self, app, folder: Path, prefix: str):
        self.app, self.folder, self.prefix = app, folder, prefix

    def __call__(self, widget, name: str) -> Path:
        settle(self.app)
        path = self.folder / f"{self.prefix}-{name}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return path


def screen_config(folder: Path, width: int, height: int) -> Path:
    """The offscreen plugin's screen: one laptop screen of the given size."""
    path = folder / "screen.json"
    path.write_text(
        json.dumps(
            {
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
        )
    )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("tr", "en"), default="tr")
    parser.add_argument("--screen", default="1366x768")
    parser.add_argument("--scales", default="100,150", help="percentages, comma-separated")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child for one scale
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one is not None:
        return shoot(args)
    width, height = (int(part) for part in args.screen.lower().split("x"))
    work = Path(tempfile.mkdtemp(prefix="maturity-screens-"))
    config = screen_config(work, width, height)
    for percent in (int(p) for p in args.scales.split(",")):
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=f"offscreen:configfile={config}",
            QT_SCALE_FACTOR=str(percent / 100),
        )
        command = [
            sys.executable,
            __file__,
            "--one",
            str(percent),
            "--out",
            str(args.out),
            "--lang",
            args.lang,
            "--screen",
            args.screen,
        ]
        if subprocess.run(command, env=env, check=False).returncode != 0:
            return 1
    return 0


def shoot(args) -> int:
    work = Path(tempfile.mkdtemp(prefix="maturity-screens-"))
    os.environ["MATURITY_SETTINGS"] = str(work / "settings.ini")
    os.environ["MATURITY_LANG"] = args.lang
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import translations  # tools/translations.py, beside this script

    from desktop import app as desktop_app
    from desktop import i18n
    from desktop.qt import QTimer
    from desktop.settings import Settings

    translations.build()
    qapp = desktop_app.create_application([sys.argv[0]])
    switcher = i18n.LanguageSwitcher(qapp)
    switcher.set_language(args.lang)
    window = desktop_app.build_window(work / "olgunluk.sqlite3", Settings(), switcher)
    window.restore_layout()  # the first start: the default place on this screen
    window.showMaximized()
    settle(qapp)
    window.load()
    seed(work / "olgunluk.sqlite3", window.session.questionnaire)
    window.start_page.reload()
    shot = Shooter(qapp, args.out, f"{args.screen.split('x')[0]}-{args.one}")
    walk(window, shot, qapp)
    QTimer.singleShot(0, window.close)
    settle(qapp)
    window.close()
    return 0


def walk(window, shot: Shooter, qapp) -> None:
    """Every page, in the order a unit manager meets them."""
    from desktop import justification_dialog
    from desktop.assessment_dialog import AssessmentDialog
    from desktop.help_dialogs import ShortcutsDialog

    shot(window, "01-baslangic")
    dialog = AssessmentDialog(window.session, window)
    dialog.unit.setEditText(UNIT)
    dialog.respondent.setText("Ayşe Yılmaz")
    dialog.show()
    shot(dialog, "02-yeni-degerlendirme")
    dialog.accept()  # creates the assessment and opens it, as the OK button does

    view = window.assessment_view
    questions = window.session.questions()
    rng = random.Random(11)
    for question in questions[:7]:
        view.go_to(question.id)
        view.answer_and_advance(rng.choice((1, 2, 2, 3)))
    view.go_to(questions[7].id)
    page = view.question_page
    page.choose_level(2)
    page.choose_target(4)
    page.note.setPlainText(
        "Veri envanteri Excel tablolarında tutuluyor; 2027'de CBS katmanlarına aktarılması "
        "planlandı."
    )
    page.evidence.setPlainText("Birim faaliyet raporu 2025, s. 14\nhttps://www.balikesir.bel.tr")
    page.flush()
    shot(window, "03-soru")

    view.go_to(questions[8].id)
    page.note.setPlainText("İlgili daire başkanlığı yürütüyor.")
    page.flush()
    asking = justification_dialog.JustificationDialog(
        f"{questions[8].id} · {questions[8].text.get('tr')}", page.note.toPlainText(), window
    )
    asking.show()
    shot(asking, "04-kapsam-disi-gerekce")
    asking.close()
    original = justification_dialog.ask
    justification_dialog.ask = lambda *_: (
        "Biriminizin görev alanı dışında; ilgili daire başkanlığı yürütüyor."
    )
    page.not_applicable.click()
    settle(qapp)
    page.scroll.ensureWidgetVisible(page.not_applicable, 10, 120)  # at 150 % it is below
    justification_dialog.ask = original
    shot(window, "04-kapsam-disi")

    for question in questions[9:30]:
        view.go_to(question.id)
        view.answer_and_advance(rng.choice((0, 1, 2, 2, 3, 4)))
    view.show_summary()
    shot(window, "05-ozet")
    shortcuts = ShortcutsDialog(window.shortcut_entries(), window)
    shortcuts.show()
    shot(shortcuts, "06-kisayollar")
    shortcuts.close()
    view.show_results()
    settle(qapp, 20)
    shot(window, "07-sonuclar")
    results = view.results_page
    for name in ("08-sonuclar-fark", "09-sonuclar-alt"):  # the gap chart and the tables below
        bar = results.scroll.verticalScrollBar()
        bar.setValue(min(bar.maximum(), bar.value() + results.scroll.viewport().height() - 40))
        shot(window, name)
    _themes_and_legal_minimum(window, shot, qapp)


def _themes_and_legal_minimum(window, shot: Shooter, qapp) -> None:
    """The results by theme and asset, then a question with a legal minimum (VERI-02: KVKK /
    VERBİS) answered below it: the compliance-gap note (issue 14)."""
    view, results = window.assessment_view, window.assessment_view.results_page
    bar = results.scroll.verticalScrollBar()
    title = results.group_titles["theme"]
    bar.setValue(min(bar.maximum(), title.mapTo(results.content, title.rect().topLeft()).y() - 8))
    shot(window, "10-sonuclar-tema")
    view.go_to("VERI-02")
    page = view.question_page
    page.choose_level(1)
    page.choose_target(3)
    settle(qapp)
    shot(window, "11-soru-yasal-asgari")


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the desktop app's main screens, in Turkish, for the README and the guide.

Drives the real app offscreen (no display needed) at 1366x768, on a throw-away database
seeded with plausible answers of a few units, and writes PNGs:

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--lang tr|en]

Nothing in the user's data or settings folders is touched.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1366, 768)
UNIT = "Bilgi İşlem Dairesi Başkanlığı"


def seed(db_path: Path, questionnaire) -> None:
    """Other units' assessments, so the start page shows a realistic list."""
    from assessments.demo import UNIT_NAMES, plausible_answers
    from assessments.store import Store

    with Store(db_path) as store:
        for index, (name, completeness) in enumerate(((UNIT_NAMES[1], 1.0), (UNIT_NAMES[2], 0.6),
                                                      (UNIT_NAMES[5], 0.3), (UNIT_NAMES[8], 1.0))):
            info = store.create_assessment(name, "2026", questionnaire, respondent="")
            for answer in plausible_answers(questionnaire, random.Random(index), completeness).values():
                store.set_answer(info.uuid, answer)
            if index == 3:
                store.update_assessment(info.uuid, status="final")


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget, folder: Path, name: str, app) -> Path:
    settle(app)
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("tr", "en"), default="tr")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    work = Path(tempfile.mkdtemp(prefix="maturity-screens-"))
    os.environ["MATURITY_SETTINGS"] = str(work / "settings.ini")
    os.environ["MATURITY_LANG"] = args.lang
    db_path = work / "olgunluk.sqlite3"

    import translations  # tools/translations.py, beside this script

    from desktop import app as desktop_app
    from desktop import i18n
    from desktop.qt import QTimer
    from desktop.settings import Settings

    translations.build()
    qapp = desktop_app.create_application([sys.argv[0]])
    switcher = i18n.LanguageSwitcher(qapp)
    switcher.set_language(args.lang)
    settings = Settings()
    window = desktop_app.build_window(db_path, settings, switcher)
    window.resize(*SIZE)
    window.show()
    settle(qapp)
    window.load()
    seed(db_path, window.session.questionnaire)
    window.start_page.reload()
    out = args.out

    # 1. the start page with the units' assessments
    save(window, out, "01-baslangic", qapp)

    # 2. the new-assessment dialog, filled in
    from desktop.assessment_dialog import AssessmentDialog

    dialog = AssessmentDialog(window.session, window)
    dialog.unit.setEditText(UNIT)
    dialog.respondent.setText("Ayşe Yılmaz")
    dialog.show()
    save(dialog, out, "02-yeni-degerlendirme", qapp)
    dialog.accept()  # creates the assessment and opens it, as the OK button does

    # 3. a question page: the rubric, a chosen level and target, a note and evidence
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
    page.note.setPlainText("Veri envanteri Excel tablolarında tutuluyor; 2027'de CBS katmanlarına aktarılması planlandı.")
    page.evidence.setPlainText("Birim faaliyet raporu 2025, s. 14\nhttps://www.balikesir.bel.tr")
    page.flush()
    save(window, out, "03-soru", qapp)

    # 4. N/A with its justification
    view.go_to(questions[8].id)
    page.not_applicable.click()
    page.note.setPlainText("Biriminizin görev alanı dışında; ilgili daire başkanlığı yürütüyor.")
    page.flush()
    save(window, out, "04-kapsam-disi", qapp)

    # 5. the summary
    for question in questions[9:30]:
        view.go_to(question.id)
        view.answer_and_advance(rng.choice((0, 1, 2, 2, 3, 4)))
    view.show_summary()
    save(window, out, "05-ozet", qapp)

    # 6. keyboard shortcuts (Help menu)
    from desktop.help_dialogs import ShortcutsDialog

    shortcuts = ShortcutsDialog(window.shortcut_entries(), window)
    shortcuts.show()
    save(shortcuts, out, "06-kisayollar", qapp)
    shortcuts.close()

    # 7. the results tab
    view.show_results()
    save(window, out, "07-sonuclar", qapp)

    QTimer.singleShot(0, window.close)
    settle(qapp)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run by test_small_screens in a fresh interpreter (the screen size and the scale are fixed
when the QApplication starts): builds the real window on a throw-away database, opens an
assessment and prints, as JSON, where the window and the key controls of every page are."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path


def visible_in_window(window, widget) -> bool:
    """The widget's whole rectangle is inside the window's client area, and not hidden."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


def coordinator_buttons(window, qapp) -> dict[str, bool]:
    """Every button of the units and round tabs on screen with its whole text."""
    window.show_coordinator()
    view = window.coordinator_view
    found = {}
    for tab in (view.units_tab, view.round_board):
        view.tabs.setCurrentWidget(tab)
        for _ in range(5):
            qapp.processEvents()
        for button in tab.findChildren(type(view.merge_button)):
            whole = button.width() >= button.sizeHint().width()
            found[button.text()] = visible_in_window(window, button) and whole
    return found


def main() -> None:
    from desktop import app as desktop_app
    from desktop import i18n, style
    from desktop.settings import Settings

    work = Path(tempfile.mkdtemp(prefix="maturity-probe-"))
    qapp = desktop_app.create_application([sys.argv[0]])
    style.apply(qapp)
    switcher = i18n.LanguageSwitcher(qapp)
    switcher.set_language("tr")
    window = desktop_app.build_window(work / "db.sqlite3", Settings(work / "s.ini"), switcher)
    window.restore_layout()
    window.show()
    window.load()
    window.session.create_assessment("Bilgi İşlem Dairesi Başkanlığı", "2026", "Ayşe Yılmaz", [])
    for _ in range(5):
        qapp.processEvents()
    view = window.assessment_view
    page = view.question_page
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    report = {
        "area": [area.x(), area.y(), area.width(), area.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "minimum": [window.minimumWidth(), window.minimumHeight()],
        "inside": area.contains(frame),
        "status_bar": visible_in_window(window, window.statusBar()),
        "question": {
            name: visible_in_window(window, getattr(page, name))
            for name in ("next_button", "previous_button", "unanswered_button")
        },
        "header": visible_in_window(window, view.details_button),
        # every header label shows its whole text: as wide as its text asks, inside the window
        "header_text": {
            name: visible_in_window(window, label) and label.width() >= label.sizeHint().width()
            for name, label in (
                ("unit", view.unit),
                ("details", view.details),
                ("progress", view.progress_text),
            )
        },
        "cards_whole": all(o.height() >= o.heightForWidth(o.width()) for o in page.options),
    }
    from assessments.scoring import Answer

    for question in window.session.questions()[:10]:  # band "Uyumlaştırma": the widest card
        window.session.write_answer(Answer(question.id, current=2, target=3))
    view.show_results()
    results = view.results_page
    deadline = time.monotonic() + 10
    while not results.content.isVisible() and time.monotonic() < deadline:
        qapp.processEvents()  # the results load on a worker
        time.sleep(0.01)
    for _ in range(5):
        qapp.processEvents()
    viewport = results.scroll.viewport()
    report["result_cards"] = {  # every key-figure card whole, none cut at the right
        key: card.isVisible()
        and card.mapTo(viewport, card.rect().topRight()).x() < viewport.width()
        for key, card in results.cards.items()
    }
    view.show_summary()
    qapp.processEvents()
    report["summary"] = visible_in_window(
        window, view.summary_page.final_button
    ) or view.summary_page.final_button.isVisibleTo(window)
    window.show_start_page()
    qapp.processEvents()
    report["start"] = visible_in_window(window, window.start_page.new_button)
    report["coordinator"] = coordinator_buttons(window, qapp)
    report["minimum_after"] = [window.minimumWidth(), window.minimumHeight()]
    print(json.dumps(report))
    window.close()


if __name__ == "__main__":
    main()

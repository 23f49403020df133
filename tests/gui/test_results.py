"""The results tab: the plotted values are the scores, the city average and earlier rounds
appear only when they exist, the top gaps with their next step, formulas in the tooltips, live
redraw, chart export and the PDF report."""

from __future__ import annotations

import math
import random

import pytest

from assessments import formatting
from assessments.charts import plotted_series
from assessments.profiles import city_answers
from assessments.sample_answers import plausible_answers
from assessments.scoring import Answer, gaps, group_scores, score_assessment
from assessments.store import Store
from desktop import chart_canvas, results_page
from desktop.assessment_view import QUESTIONS_TAB
from desktop.qt import QEvent, QHelpEvent, QPoint, QToolTip

pytestmark = pytest.mark.gui

UNIT = "Bilgi İşlem Dairesi Başkanlığı"


def seed(db_path, questionnaire, unit, round, seed, completeness=1.0):
    """Another assessment in the database, with plausible answers; returns its uuid."""
    with Store(db_path) as store:
        info = store.create_assessment(unit, round, questionnaire)
        for answer in plausible_answers(questionnaire, random.Random(seed), completeness).values():
            store.set_answer(info.uuid, answer)
        return info.uuid


def scores(db_path, questionnaire, uuid):
    with Store(db_path) as store:
        return score_assessment(
            questionnaire, store.answers(uuid), store.assessment(uuid).out_of_scope
        )


def nan_or(value):
    return math.nan if value is None else value


def same(plotted, expected) -> bool:
    """Equal lists of floats, NaN (nothing drawn) matching NaN."""
    expected = [nan_or(v) for v in expected]
    return len(plotted) == len(expected) and all(
        (math.isnan(p) and math.isnan(e)) or math.isclose(p, e)
        for p, e in zip(plotted, expected, strict=True)
    )


def open_results(window, qtbot, uuid):
    """Open the assessment and its results tab; wait until the radar shows its scores."""
    window.open_assessment(uuid)
    window.assessment_view.show_results()
    page = window.assessment_view.results_page
    expected = [d.current for d in window.session.score().dimensions]
    qtbot.waitUntil(
        lambda: (
            page.charts["radar"].figure is not None
            and same(plotted_series(page.charts["radar"].figure).get("radar:current", []), expected)
        ),
        timeout=10_000,
    )
    return page


def test_plotted_values_are_the_scores(window, qtbot, answered, db_path, questionnaire):
    page = open_results(window, qtbot, answered.uuid)
    score = scores(db_path, questionnaire, answered.uuid)
    qtbot.waitUntil(
        lambda: (
            page.charts["gaps"].figure is not None
            and "gap:" + score.dimensions[0].dimension_id
            in plotted_series(page.charts["gaps"].figure)
        )
    )

    radar = plotted_series(page.charts["radar"].figure)
    assert same(radar["radar:current"], [d.current for d in score.dimensions])
    assert same(radar["radar:target"], [d.target for d in score.dimensions])
    bars = plotted_series(page.charts["gaps"].figure)
    for dim in score.dimensions:
        assert math.isclose(bars[f"gap:{dim.dimension_id}"][0], dim.gap)
    # the key figures are the same numbers, in Turkish format
    assert page.values["score"].text() == f"{score.current:.2f}".replace(".", ",")
    assert page.values["completeness"].text() == "%100"
    # one unit alone: no city average, no earlier rounds
    assert "radar:city" not in radar
    assert not any(gid.startswith("radar:round:") for gid in radar)
    assert "başka birimin değerlendirmesi yok" in page.context.text()
    assert page.dimensions_table.isColumnHidden(page.dimensions_table.CITY)
    assert page.charts["trend"].isHidden()


def test_city_average_appears_only_when_other_units_exist(
    window, qtbot, answered, db_path, questionnaire
):
    others = [
        seed(db_path, questionnaire, "Fen İşleri Dairesi Başkanlığı", "2026", 1),
        seed(db_path, questionnaire, "Zabıta Dairesi Başkanlığı", "2026", 2, completeness=0.5),
    ]
    seed(
        db_path, questionnaire, "İmar ve Şehircilik Dairesi Başkanlığı", "2025", 3
    )  # another round: not counted
    page = open_results(window, qtbot, answered.uuid)

    radar = plotted_series(page.charts["radar"].figure)
    # an organisation-wide practice counts once, by its owner's answer (scoring.md section 16)
    with Store(db_path) as store:
        infos = [store.assessment(uuid) for uuid in others]
        counted = city_answers(questionnaire, {i.unit: store.answers(i.uuid) for i in infos})
    other_scores = [
        score_assessment(questionnaire, counted.units[i.unit], i.out_of_scope) for i in infos
    ]
    expected = []
    for index in range(len(questionnaire.dimensions)):
        values = [
            s.dimensions[index].current
            for s in other_scores
            if s.dimensions[index].current is not None
        ]
        expected.append(sum(values) / len(values) if values else None)
    assert same(radar["radar:city"], expected)
    legend = [t.get_text() for t in page.charts["radar"].figure.legends[0].get_texts()]
    assert "Kent ortalaması (2 diğer birim)" in legend
    assert "diğer 2 birimin ortalaması" in page.context.text()
    table = page.dimensions_table
    assert not table.isColumnHidden(table.CITY)
    assert table.item(0, table.CITY).text() == f"{expected[0]:.2f}".replace(".", ",")
    assert "Kent ortalaması =" in table.item(0, table.CITY).toolTip()


def test_earlier_rounds_are_overlaid_and_trended(window, qtbot, answered, db_path, questionnaire):
    earlier = seed(db_path, questionnaire, answered.unit, "2025", 4)
    page = open_results(window, qtbot, answered.uuid)
    qtbot.waitUntil(lambda: page.charts["trend"].figure is not None)

    radar = plotted_series(page.charts["radar"].figure)
    assert same(
        radar["radar:round:2025"],
        [d.current for d in scores(db_path, questionnaire, earlier).dimensions],
    )
    trend = plotted_series(page.charts["trend"].figure)
    overall = [scores(db_path, questionnaire, uuid).current for uuid in (earlier, answered.uuid)]
    assert same(trend["trend:current"], overall)
    assert page.charts["trend"].isVisibleTo(page)
    assert "2025" in page.context.text()


def test_gaps_table_starts_with_the_highest_priority_and_its_next_step(
    window, qtbot, answered, db_path, questionnaire
):
    page = open_results(window, qtbot, answered.uuid)
    with Store(db_path) as store:
        expected = gaps(questionnaire, store.answers(answered.uuid))
    table = page.gaps_table
    assert table.rowCount() == min(10, len(expected))
    first = expected[0]
    question = questionnaire.question(first.question_id)
    assert table.item(0, table.ID).text() == first.question_id
    assert table.item(0, table.TEXT).text() == question.text.get("tr")
    assert table.item(0, table.CURRENT).text() == str(first.current)
    assert table.item(0, table.TARGET).text() == str(first.target)
    assert question.level_text(first.current + 1, "tr") in table.item(0, table.NEXT_STEP).text()
    assert table.item(0, table.NEXT_STEP).text().startswith(f"Düzey {first.current + 1} (")
    # Compliance gaps first (docs/scoring.md section 17), then the weighted gaps by priority.
    compliance = [expected[r].compliance for r in range(table.rowCount())]
    assert compliance == sorted(compliance, reverse=True)
    priorities = [
        float(table.item(r, table.PRIORITY).text().replace(",", "."))
        for r in range(table.rowCount())
        if not compliance[r]
    ]
    assert priorities == sorted(priorities, reverse=True)
    assert "Öncelik = ağırlık × fark" in table.item(0, table.PRIORITY).toolTip()


def test_every_number_explains_its_formula(window, qtbot, answered, questionnaire):
    page = open_results(window, qtbot, answered.uuid)
    assert (
        "Genel puan = Σ(boyut ağırlığı × boyut puanı) / Σ boyut ağırlığı"
        in page.cards["score"].toolTip()
    )
    assert "Yüzde = puan / 5 × 100" in page.cards["percent"].toolTip()
    assert "Olgunluk bandı" in page.cards["band"].toolTip()
    assert "Fark = hedef − mevcut" in page.cards["target"].toolTip()
    assert (
        "Tamamlanma = yanıtlanan / (kapsamdaki soru − N/A)" in page.cards["completeness"].toolTip()
    )
    table = page.dimensions_table
    current = table.item(0, table.CURRENT)
    assert "Boyut puanı = Σ(ağırlık × mevcut düzey) / Σ ağırlık" in current.toolTip()
    assert current.text() in current.toolTip()  # the result, after the inputs
    overall = table.item(table.rowCount() - 1, table.CURRENT)
    assert table.item(table.rowCount() - 1, table.NAME).text() == "Genel"
    assert "Genel puan =" in overall.toolTip()


def test_hovering_a_radar_point_shows_its_formula(window, qtbot, answered, questionnaire):
    page = open_results(window, qtbot, answered.uuid)
    canvas = page.charts["radar"].canvas
    canvas.draw()  # the artists' positions for the canvas's present size
    line = next(ln for ln in canvas.figure.axes[0].get_lines() if ln.get_gid() == "radar:current")
    x, y = line.get_transform().transform(line.get_xydata())[0]  # the first dimension's point
    assert chart_canvas.hit(canvas.figure, x, y, 3) in {("radar:current", 0), ("radar:target", 0)}
    text = page._chart_tooltip("radar", "radar:current", 0)
    assert questionnaire.dimensions[0].name.get("tr") in text
    assert "Boyut puanı = Σ(ağırlık × mevcut düzey)" in text

    # the same through Qt's tooltip event, at the widget position of that point
    ratio = canvas.device_pixel_ratio
    position = QPoint(round(x / ratio), round(canvas.height() - y / ratio))
    event = QHelpEvent(QEvent.Type.ToolTip, position, canvas.mapToGlobal(position))
    canvas.event(event)
    assert questionnaire.dimensions[0].name.get("tr") in QToolTip.text()
    QToolTip.hideText()
    assert chart_canvas.hit(canvas.figure, -100, -100, 3) is None

    # a bar of the gaps chart: its dimension and the gap's formula
    qtbot.waitUntil(lambda: page.charts["gaps"].canvas is not None)
    bars = page.charts["gaps"].canvas
    bars.draw()
    bar = max(bars.figure.axes[0].patches, key=lambda p: p.get_width())
    box = bar.get_window_extent()
    gid, index = chart_canvas.hit(bars.figure, box.x0 + box.width / 2, box.y0 + box.height / 2, 3)
    assert gid == bar.get_gid()
    text = page._chart_tooltip("gaps", gid, index)
    assert (
        questionnaire.dimension(gid.split(":")[1]).name.get("tr") in text
        and "Fark = hedef − mevcut" in text
    )


def test_changing_an_answer_redraws_the_visible_chart(window, qtbot, answered, questionnaire):
    page = open_results(window, qtbot, answered.uuid)
    dimension = questionnaire.dimensions[0]
    for question in dimension.questions:  # the whole first dimension at level 5
        window.session.commit(Answer(question.id, current=5, target=5), "test")
    qtbot.waitUntil(
        lambda: plotted_series(page.charts["radar"].figure)["radar:current"][0] == 5.0,
        timeout=10_000,
    )
    assert page.dimensions_table.item(0, page.dimensions_table.CURRENT).text() == "5,00"
    window.session.undo_stack.undo()  # shows the question it changed, on the Questions tab
    window.assessment_view.show_results()
    qtbot.waitUntil(
        lambda: plotted_series(page.charts["radar"].figure)["radar:current"][0] < 5.0,
        timeout=10_000,
    )


def test_hidden_results_wait_until_shown(window, qtbot, answered, questionnaire):
    page = open_results(window, qtbot, answered.uuid)
    view = window.assessment_view
    view.tabs.setCurrentIndex(QUESTIONS_TAB)
    loads = page._generation
    question = questionnaire.dimensions[0].questions[0]
    window.session.commit(Answer(question.id, current=0, target=5), "test")
    qtbot.wait(results_page.REFRESH_DELAY_MS + 200)
    assert page._generation == loads  # nothing computed while the tab is hidden
    expected = [d.current for d in window.session.score().dimensions]
    view.show_results()
    qtbot.waitUntil(
        lambda: same(plotted_series(page.charts["radar"].figure)["radar:current"], expected),
        timeout=10_000,
    )


def test_another_assessment_never_shows_the_previous_numbers(
    window, qtbot, answered, db_path, questionnaire
):
    open_results(window, qtbot, answered.uuid)
    other = seed(
        db_path, questionnaire, "Fen İşleri Dairesi Başkanlığı", "2026", 9, completeness=0.4
    )
    page = open_results(window, qtbot, other)
    assert page.values[
        "score"
    ].text() == f"{scores(db_path, questionnaire, other).current:.2f}".replace(".", ",")


@pytest.mark.parametrize(
    ("name", "magic"), [("radar.png", b"\x89PNG"), ("radar.svg", b"<?xml"), ("radar.pdf", b"%PDF")]
)
def test_chart_export(window, qtbot, answered, tmp_path, dialogs, name, magic):
    page = open_results(window, qtbot, answered.uuid)
    dialogs.save_path = str(tmp_path / name)
    page.charts["radar"].save_button.click()
    qtbot.waitUntil(
        lambda: "Grafik kaydedildi" in window.statusBar().currentMessage(), timeout=30_000
    )
    data = (tmp_path / name).read_bytes()
    assert data.startswith(magic)
    if name.endswith(".svg"):
        assert b"<svg" in data
    assert [
        p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")
    ] == []  # written atomically


def test_chart_export_from_the_file_menu_adds_the_suffix(
    window, qtbot, answered, tmp_path, dialogs
):
    window.open_assessment(answered.uuid)
    assert window.chart_action.isVisible() and window.chart_action.isEnabled()
    dialogs.save_path = str(tmp_path / "radar")
    window.chart_action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "radar.png").is_file(), timeout=30_000)


def test_report_is_written_as_pdf_with_the_unit(
    window, qtbot, answered, db_path, tmp_path, dialogs, monkeypatch, questionnaire
):
    from pypdf import PdfReader

    window.open_assessment(answered.uuid)
    dialogs.save_path = str(tmp_path / "rapor")
    assert window.report_action.isVisible() and window.report_action.isEnabled()
    window.report_action.trigger()
    written = tmp_path / "rapor.pdf"
    qtbot.waitUntil(lambda: "Rapor yazıldı" in window.statusBar().currentMessage(), timeout=60_000)

    (asked,) = dialogs.files
    assert asked.title == "Raporu kaydet (PDF)"
    assert asked.start.endswith(f"{UNIT}-2026-rapor.pdf")
    assert asked.filters == ["PDF (*.pdf)"]
    assert asked.safe
    text = "\n".join(page.extract_text() for page in PdfReader(written).pages)
    assert UNIT in text
    with Store(db_path) as store:
        top = gaps(questionnaire, store.answers(answered.uuid))[0]
    assert top.question_id in text


def test_a_cancelled_dialog_writes_nothing(window, qtbot, answered, tmp_path, dialogs):
    window.open_assessment(answered.uuid)
    dialogs.save_path = ""
    assert window._results_file("save_report") is None
    assert window._results_file("save_chart") is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_language_switch_redraws_the_charts_in_english(window, qtbot, answered):
    page = open_results(window, qtbot, answered.uuid)
    window.language_actions["en"].trigger()
    qtbot.waitUntil(
        lambda: (
            "Current" in [t.get_text() for t in page.charts["radar"].figure.legends[0].get_texts()]
        ),
        timeout=10_000,
    )
    assert page.charts["radar"].title.text() == "Dimension scores"
    assert page.gaps_table.horizontalHeaderItem(page.gaps_table.NEXT_STEP).text() == "Next step"
    assert "Overall score = Σ" in page.cards["score"].toolTip()
    window.language_actions["tr"].trigger()


def test_a_report_that_cannot_be_written_says_why(window, qtbot, answered, tmp_path, dialogs):
    window.open_assessment(answered.uuid)
    dialogs.save_path = str(tmp_path / "missing-folder" / "rapor.pdf")
    task = window._results_file("save_report")
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    (message,) = dialogs.texts("warning")
    assert "Klasör yok" in message and "missing-folder" in message
    assert not (tmp_path / "missing-folder").exists()


def test_compliance_gaps_and_scores_by_theme_and_asset(window, qtbot, db_path, questionnaire):
    legal = questionnaire.question("VERI-02")
    themed = next(q for q in questionnaire.questions if q.themes and q.id != legal.id)
    with Store(db_path) as store:
        info = store.create_assessment(UNIT, "2026", questionnaire)
        store.set_answer(
            info.uuid, Answer(legal.id, current=legal.legal_minimum.level - 1, target=5)
        )
        store.set_answer(info.uuid, Answer(themed.id, current=3, target=4))
        expected = {
            by: {
                g.group_id: g for g in group_scores(questionnaire, store.answers(info.uuid), by=by)
            }
            for by in ("theme", "asset")
        }
    page = open_results(window, qtbot, info.uuid)
    assert page.compliance.isVisible() and page.compliance_title.text().startswith("Uyum açıkları")
    assert (
        page.compliance.text().startswith(f"{legal.id} · ")
        and "Uyum açığı" in page.compliance.text()
    )
    assert page.gaps_table.item(0, page.gaps_table.ID).text() == legal.id  # ranked first
    for by, names in (("theme", questionnaire.tags), ("asset", questionnaire.assets)):
        table = page.group_tables[by]
        assert table.isVisible()
        rows = {table.item(r, table.NAME).text(): r for r in range(table.rowCount())}
        assert len(rows) == len(expected[by])
        for gid, group in expected[by].items():
            row = rows[names[gid].get("tr")]
            assert table.item(row, table.CURRENT).text() == formatting.number(group.current, "tr")
            assert table.item(row, table.ANSWERED).text() == f"{group.answered}/{group.questions}"
    assert page.group_tables["theme"].horizontalHeaderItem(0).text() == "Tema"
    assert page.group_titles["asset"].text().startswith("Varlıklara göre")


def test_the_report_logo_from_the_settings_is_on_page_one(
    window, qtbot, answered, tmp_path, dialogs, settings
):
    import numpy
    from matplotlib import image
    from pypdf import PdfReader

    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("not a picture", encoding="utf-8")
    dialogs.open_path = str(not_an_image)
    window.logo_action.trigger()
    (refused,) = dialogs.texts("warning")
    assert "logo.png" in refused and settings.report_logo is None  # refused, naming the file
    assert not window.remove_logo_action.isEnabled()

    logo = tmp_path / "belediye-logo.png"
    image.imsave(logo, numpy.full((40, 90, 3), 0.2))
    dialogs.open_path = str(logo)
    window.logo_action.trigger()
    assert settings.report_logo == str(logo) and window.remove_logo_action.isEnabled()
    assert dialogs.files[-1].filters == ["PNG (*.png)", "JPEG (*.jpg *.jpeg)"]

    window.open_assessment(answered.uuid)
    for name, expected_images in (("with-logo", 1), ("without-logo", 0)):
        dialogs.save_path = str(tmp_path / name)
        window.statusBar().clearMessage()
        window.report_action.trigger()
        written = tmp_path / f"{name}.pdf"
        qtbot.waitUntil(
            lambda: "Rapor yazıldı" in window.statusBar().currentMessage(), timeout=60_000
        )
        assert len(PdfReader(written).pages[0].images) == expected_images
        window.remove_logo_action.trigger()  # the second report: no logo
    assert settings.report_logo is None


def test_the_plans_practices_show_the_earlier_round_beside_this_one(
    make_window, qtbot, db_path, questionnaire
):
    """Issue 18, item 6: where the database holds a plan, the unit's results list each
    practice an action addresses for it, its level in the earlier round and in this one."""
    from assessments.plan.model import Action, Goal, Indicator, Plan, QuestionStep, Target
    from assessments.store.plans import PlanRepository

    unit = "Bilgi İşlem Dairesi Başkanlığı"
    with Store(db_path) as store:
        earlier = store.create_assessment(unit, "2026", questionnaire)
        store.set_answer(earlier.uuid, Answer("STR-01", current=1, target=3))
        now = store.create_assessment(unit, "2027", questionnaire)
        store.set_answer(now.uuid, Answer("STR-01", current=2, target=3))
        step = QuestionStep("STR-01", 1, 3, (unit,))
        other = QuestionStep("VERI-01", 2, 4, ("Zabıta Dairesi Başkanlığı",))  # not this unit
        action = Action("E1.1.1", "Yol haritası", questions=(step, other), responsible_unit=unit)
        target = Target(
            "H1.1",
            "Strateji",
            indicators=(Indicator("PG1.1.1", "Ortalama düzey", effect_percent=100.0),),
            actions=(action,),
            responsible_unit=unit,
        )
        plan = Plan(
            "Akıllı Şehir Eylem Planı",
            "Balıkesir",
            goals=(Goal("A1", "Yönetişim", targets=(target,)),),
            round="2026",
        )
        PlanRepository(store).save_plan(plan)
        uuid = now.uuid
    window = make_window()
    window.open_assessment(uuid)
    window.assessment_view.show_results()
    page = window.assessment_view.results_page
    qtbot.waitUntil(lambda: page.planned_table.isVisible(), timeout=10_000)
    table = page.planned_table
    cells = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    assert cells == [
        ["STR-01", questionnaire.question("STR-01").text.get("tr"), "E1.1.1", "1", "2", "3"]
    ]
    assert table.horizontalHeaderItem(3).text() == "2026 dönemi"
    assert page.planned_title.text() == "Eylem planındaki uygulamalar: önceki dönem ve bu dönem"

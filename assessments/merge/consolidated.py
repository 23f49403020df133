"""The consolidated workbook the smart-city office writes its action plan from.

Sheets (Turkish or English): Overview (the round, units, completeness, the city's scores per
dimension and a native radar chart of city current vs target), Units × Dimensions (the score
matrix with a colour-scale heat map, completeness per unit), Action plan candidates (one row per
question by city priority, with empty columns for the coordinator), Answers (the long, pivot-ready
table with an autofilter) and the Import log. Every number comes from city_figures.py, i.e. from
``assessments.scoring``; cells hold numbers with number formats, so Excel shows "2,50" in a
Turkish locale. Built from the database, it can be written again at any time.

openpyxl's write-only mode streams the rows to disk, so memory does not grow with the size of the
long table; each style is built once and its index copied to the cells that use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .. import __version__
from ..atomic import write_atomically
from ..clock import local_time, now_utc
from ..exchange.writing import page_setup, set_height, set_widths
from ..questionnaire import Questionnaire
from ..store import Store
from ..vocabulary import group_name
from . import long_table
from .admission import LogEntry, import_log
from .carry_over import (
    INPUT_LOOKS,
    WRITER,
    CoordinatorEntries,
    coordinator_entries,
    keep_previous,
)
from .cells import Cells
from .city_figures import Consolidation, consolidate
from .outcome import STATUSES, FileOutcome, reason_text, status_label
from .words import word

HEAT = ("F8696B", "FFEB84", "63BE7B")  # red, yellow, green: Excel's own 3-colour scale


def write_consolidated(
    store: Store,
    questionnaire: Questionnaire,
    path: str | Path,
    round: str | None = None,
    lang: str = "tr",
    log: Iterable[FileOutcome] | None = None,
    on_kept=None,
    final_only: bool = False,
) -> Path:
    """Write the consolidated workbook of ``round`` (default: the latest round in the database)
    to ``path``, atomically; returns the path. ``log``: list these outcomes (of one merge run)
    in the Import log instead of the database's log for the round. Raises MaturityError when
    the database holds no assessment of the round, or the file cannot be written."""
    data = consolidate(store, questionnaire, round, final_only=final_only)
    return write_consolidation(store, data, path, lang, log, on_kept)


def write_consolidation(
    store: Store,
    data: Consolidation,
    path: str | Path,
    lang: str = "tr",
    log: Iterable[FileOutcome] | None = None,
    on_kept=None,
) -> Path:
    """Write already computed numbers (``consolidate``) as the consolidated workbook.
    ``on_kept(copy)``: told of the dated copy kept of an earlier workbook a person edited."""
    entries = _log_from_outcomes(log) if log is not None else import_log(store, data.round)

    kept = coordinator_entries(Path(path), data.round)
    previous = keep_previous(Path(path), kept)  # whatever else a person changed stays there
    if previous is not None and on_kept is not None:
        on_kept(previous)

    def write(temp: Path) -> None:
        book, answers, quoted = _build(store, data, entries, lang, kept)
        book.save(temp)
        part = answers.path.lstrip("/")  # known once saved
        long_table.stream_rows(temp, part, long_table.answer_values(store, data, lang), quoted)

    return write_atomically(path, write)


def _log_from_outcomes(outcomes: Iterable[FileOutcome]) -> list[LogEntry]:
    stamp = now_utc()
    return [
        LogEntry(
            i,
            stamp,
            o.path,
            o.status,
            o.reasons,
            o.sha256,
            o.assessment_uuid,
            o.unit,
            o.round,
            o.stored,
        )
        for i, o in enumerate(outcomes)
    ]


# -- the workbook --------------------------------------------------------------------------------


def _build(
    store: Store, data: Consolidation, entries: list[LogEntry], lang: str, kept: CoordinatorEntries
):
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    cells = Cells(book, lang)
    _overview(book.create_sheet(word("overview", lang)), cells, data, entries, lang)
    _matrix(book.create_sheet(word("matrix", lang)), cells, data, lang)
    _actions(book.create_sheet(word("actions", lang)), cells, data, lang, kept)
    _groups(book.create_sheet(word("groups", lang)), cells, data, lang)
    answers = book.create_sheet(word("answers", lang))
    quoted = long_table.write_header(answers, cells, data, lang)
    _log(book.create_sheet(word("log", lang)), cells, entries, lang)
    _comparison(book, cells, store, data, lang)
    _collection(book, cells, store, data, lang)
    q = data.questionnaire
    book.properties.creator = f"Akıllı Şehir Olgunluk {__version__}"
    book.properties.lastModifiedBy = WRITER  # an office program's save changes it
    book.properties.title = f"{q.title.get(lang)} — {data.round}"
    return book, answers, quoted


def _comparison(book, cells: Cells, store: Store, data: Consolidation, lang: str) -> None:
    """The round-over-round sheet, when the database holds an earlier round."""
    from . import comparison

    earlier = comparison.earlier_round(data)
    if earlier is None:
        return
    before = consolidate(store, data.questionnaire, earlier, final_only=data.final_only)
    ws = book.create_sheet(word("cmp_sheet", lang), 1)  # right after the overview
    comparison.write_sheet(ws, cells, comparison.compare(data, before), data, earlier, lang)


def _collection(book, cells: Cells, store: Store, data: Consolidation, lang: str) -> None:
    """The data-collection round's board (who sent, who was rejected, who is late), when the
    round was opened with ``maturity round open``."""
    from .. import collection

    if store.collection.get(data.round) is None:
        return
    opened, found = collection.round_status(store, data.questionnaire, data.round, lang)
    tr = lang == "tr"
    ws = book.create_sheet("Veri Toplama" if tr else "Data Collection")
    set_widths(ws, [44, 22, 70])
    page_setup(ws, title_rows="3:3", landscape=False)
    due = collection.shown_due(opened.due, lang)
    title = f"{data.round} veri toplama turu" if tr else f"Data-collection round {data.round}"
    state = (
        ("açık" if opened.is_open else "kapalı") if tr else ("open" if opened.is_open else "closed")
    )
    ws.append(
        [
            cells(
                ws,
                f"{title} ({state}; son gün {due})" if tr else f"{title} ({state}; due {due})",
                "title",
            )
        ]
    )
    ws.append([])
    heads = ("Birim", "Durum", "Neden") if tr else ("Unit", "State", "Reason")
    ws.append([cells(ws, h, "header_left") for h in heads])
    for unit in found:
        ws.append(
            [
                cells(ws, unit.unit, "text"),
                cells(ws, unit.text(lang), "text"),
                cells(ws, unit.detail, "text_small"),
            ]
        )


def _band(score, lang: str) -> str:
    return score.band.name(lang) if score.band else "-"


class _Rows:
    """A write-only sheet's rows, gathered before they are appended (heights and merged ranges
    are set by row number first)."""

    def __init__(self, ws):
        self.ws, self.rows = ws, []

    def add(self, *values, height: float | None = None) -> None:
        self.rows.append(list(values))
        if height:
            self.ws.row_dimensions[len(self.rows)].height = height

    def merge(self, first: str, last: str = "G") -> None:
        self.ws.merged_cells.add(f"{first}{len(self.rows)}:{last}{len(self.rows)}")


def _overview(ws, cells: Cells, data: Consolidation, entries: list[LogEntry], lang: str) -> None:
    set_widths(ws, [36, 12, 12, 12, 14, 12, 12])
    page_setup(ws, landscape=False, one_page=True)
    rows = _Rows(ws)
    rows.add(cells(ws, data.questionnaire.title.get(lang), "title"), height=24)
    rows.add(cells(ws, word("subtitle", lang), "subtitle"))
    rows.add()
    _overview_details(rows, cells, data, entries, lang)
    rows.add()
    _overview_city(rows, cells, data, lang)
    rows.add()
    head, end = _overview_dimensions(rows, cells, data, lang)
    rows.add()
    note = word("note_city", lang)
    rows.add(cells(ws, note, "note"))
    rows.merge("A")
    set_height(ws, len(rows.rows), [(note, 100, 9)])
    rows.add()
    chart_row = len(rows.rows) + 1
    for row in rows.rows:
        ws.append(row)
    _city_radar(ws, head, end, chart_row, lang)
    ws.print_area = f"A1:G{chart_row + 24}"


def _counted(data: Consolidation, lang: str) -> str:
    """Which assessments the figures count: all (with how many drafts) or the final ones."""
    if data.final_only:
        units = ", ".join(data.drafts_left_out) or "-"
        return word("counted_final", lang).format(count=len(data.drafts_left_out), units=units)
    drafts = sum(1 for u in data.units if u.status != "final")
    return word("counted_all", lang).format(drafts=drafts)


def _overview_details(rows: _Rows, cells: Cells, data: Consolidation, entries, lang: str):
    ws, q = rows.ws, data.questionnaire
    counts = {status: sum(1 for e in entries if e.status == status) for status in STATUSES}
    files = ", ".join(f"{status_label(s, lang)} {n}" for s, n in counts.items() if n) or "-"
    details = [
        ("round", data.round, "value"),
        ("units", len(data.units), "value"),
        ("completeness", _or_dash(data.completeness), "value_pct0"),
        ("answered_of", f"{data.answered} / {data.applicable}", "value"),
        ("questionnaire", f"{q.id} {q.version}", "value"),
        ("rounds", ", ".join(data.rounds), "value"),
        ("counted", _counted(data, lang), "value"),
        ("files", files, "value"),
        ("written", local_time(now_utc()), "value_date"),
    ]
    for key, value, look in details:
        rows.add(cells(ws, word(key, lang), "label"), cells(ws, value, look))
        rows.merge("B")


def _overview_city(rows: _Rows, cells: Cells, data: Consolidation, lang: str) -> None:
    ws, city = rows.ws, data.city
    rows.add(cells(ws, word("city", lang), "section"))
    keys = ("score", "target_score", "gap", "percent", "band", "units")
    rows.add(
        cells(ws, "", "header"), *[cells(ws, word(k, lang), "header") for k in keys], height=30
    )
    gap = None if city.current is None else city.target - city.current
    percent = None if city.percent is None else city.percent / 100
    rows.add(
        cells(ws, word("city_overall", lang), "text_bold"),
        cells(ws, _or_dash(city.current), "big2"),
        cells(ws, _or_dash(city.target), "big2"),
        cells(ws, _or_dash(gap), "big2"),
        cells(ws, _or_dash(percent), "big_pct1"),
        cells(ws, _band(city, lang), "big_text"),
        cells(ws, city.units, "big_text"),
    )


def _overview_dimensions(rows: _Rows, cells: Cells, data: Consolidation, lang: str):
    """The city's scores per dimension; returns the rows of the heading and the last one."""
    ws, q = rows.ws, data.questionnaire
    rows.add(cells(ws, word("dimensions", lang), "section"))
    keys = ("dimension", "mean", "min", "max", "target_mean", "gap", "units_scored")
    rows.add(
        *[cells(ws, word(k, lang), "header" if k != "dimension" else "header_left") for k in keys],
        height=30,
    )
    head = len(rows.rows)
    for d in data.city.dimensions:
        name = q.dimension(d.dimension_id).name.get(lang)
        gap = None if d.mean is None else d.target_mean - d.mean
        values = (d.mean, d.minimum, d.maximum, d.target_mean, gap)
        rows.add(
            cells(ws, name, "text"),
            *[cells(ws, v, "num2") for v in values],
            cells(ws, d.units, "centre"),
        )
    return head, len(rows.rows)


def _city_radar(ws, head: int, end: int, chart_row: int, lang: str) -> None:
    from openpyxl.chart import RadarChart, Reference
    from openpyxl.chart.series import SeriesLabel

    from ..exchange.writing import level_axis

    chart = RadarChart()
    chart.type = "marker"
    chart.title = word("chart", lang)
    chart.style = 26
    for col, key in ((2, "current_series"), (5, "target_series")):
        values = Reference(ws, min_col=col, min_row=head + 1, max_row=end)
        chart.add_data(values, titles_from_data=False)
        chart.series[-1].tx = SeriesLabel(v=word(key, lang))
    chart.set_categories(Reference(ws, min_col=1, min_row=head + 1, max_row=end))
    level_axis(chart)
    chart.width, chart.height = 19.5, 12
    ws.add_chart(chart, f"A{chart_row}")


def _or_dash(value):
    return "-" if value is None else value


MATRIX_TAIL = (
    "overall",
    "overall_target",
    "completeness",
    "answered",
    "status",
    "source",
    "remarks",
)


def _matrix(ws, cells: Cells, data: Consolidation, lang: str) -> None:
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.utils import get_column_letter

    dims = data.questionnaire.dimensions
    n = len(dims)
    last_dim = get_column_letter(1 + n)
    set_widths(ws, [46] + [14] * n + [10, 10, 12, 11, 9, 13, 40])
    page_setup(ws, title_rows="1:1")
    header = [cells(ws, word("unit", lang), "header_left")]
    header += [cells(ws, d.name.get(lang), "header") for d in dims]
    header += [cells(ws, word(k, lang), "header") for k in MATRIX_TAIL]
    ws.row_dimensions[1].height = 62
    ws.freeze_panes = "B2"
    ws.append(header)
    for unit in data.units:
        ws.append(_matrix_row(ws, cells, unit, data, lang))
    ws.append(_matrix_city_row(ws, cells, data, lang))
    last = len(data.units) + 2
    ws.append([])
    ws.merged_cells.add(f"A{last + 2}:{last_dim}{last + 2}")
    ws.row_dimensions[last + 2].height = 26
    ws.append([cells(ws, word("matrix_note", lang), "note")])
    rule = ColorScaleRule(
        start_type="num",
        start_value=0,
        start_color=HEAT[0],
        mid_type="num",
        mid_value=2.5,
        mid_color=HEAT[1],
        end_type="num",
        end_value=5,
        end_color=HEAT[2],
    )
    ws.conditional_formatting.add(f"B2:{last_dim}{last}", rule)
    overall = get_column_letter(2 + n)
    ws.conditional_formatting.add(f"{overall}2:{overall}{last}", rule)
    ws.auto_filter.ref = f"A1:{get_column_letter(1 + n + len(MATRIX_TAIL))}{last - 1}"


def _matrix_row(ws, cells: Cells, unit, data: Consolidation, lang: str) -> list:
    q, score = data.questionnaire, unit.score
    scope_word = word("out_of_scope_short", lang)
    row = [cells(ws, unit.unit, "text")]
    for d in score.dimensions:
        row.append(cells(ws, d.current, "num2") if d.in_scope else cells(ws, scope_word, "muted"))
    remarks = []
    if "modified" in unit.flags:
        remarks.append(word("flag_modified", lang))
    if unit.questionnaire_version and unit.questionnaire_version != q.version:
        remarks.append(word("other_version", lang).format(version=unit.questionnaire_version))
    if unit.out_of_scope:
        names = ", ".join(q.dimension(d).name.get(lang) for d in unit.out_of_scope)
        remarks.append(f"{word('out_of_scope', lang)}: {names}")
    status = word(unit.status, lang) if unit.status in ("draft", "final") else unit.status
    known_source = unit.source in ("local", "export", "template")
    source = word(unit.source, lang) if known_source else unit.source
    return row + [
        cells(ws, score.current, "num2_bold"),
        cells(ws, score.target, "num2"),
        cells(ws, _or_dash(score.completeness), "pct0"),
        cells(ws, f"{score.answered} / {score.applicable}", "centre"),
        cells(ws, status, "centre"),
        cells(ws, source, "centre"),
        cells(ws, "; ".join(remarks), "text_small"),
    ]


def _matrix_city_row(ws, cells: Cells, data: Consolidation, lang: str) -> list:
    city = data.city
    row = [cells(ws, word("city_mean", lang), "city_label")]
    row += [cells(ws, d.mean, "city_num2") for d in city.dimensions]
    row += [
        cells(ws, city.current, "city_num2"),
        cells(ws, city.target, "city_num2"),
        cells(ws, _or_dash(data.completeness), "pct0_bold"),
        cells(ws, f"{data.answered} / {data.applicable}", "centre"),
    ]
    return row + [cells(ws, None, "city_blank") for _ in range(3)]


ACTION_KEYS = (
    "rank",
    "dimension",
    "question_id",
    "question",
    "component",
    "units_answered",
    "mean_current",
    "mean_target",
    "mean_gap",
    "units_gap_2",
    "weight",
    "priority",
    "largest",
    "action",
    "responsible",
    "deadline",
    "budget",
    "indicator",
)
ACTION_WIDTHS = (6, 16, 9, 48, 20, 10, 10, 10, 10, 10, 8, 11, 44, 30, 20, 12, 13, 24)
LEFT_HEADERS = ("question", "largest", "dimension", "component", "action", "indicator")


def _actions(ws, cells: Cells, data: Consolidation, lang: str, kept: CoordinatorEntries) -> None:
    from openpyxl.formatting.rule import DataBarRule
    from openpyxl.utils import get_column_letter

    set_widths(ws, ACTION_WIDTHS + (24,) * len(kept.extra_headers))
    page_setup(ws, title_rows="1:1")
    ws.row_dimensions[1].height = 48
    ws.freeze_panes = "E2"
    ws.append(
        [
            cells(ws, word(k, lang), "header_left" if k in LEFT_HEADERS else "header")
            for k in ACTION_KEYS
        ]
        + [cells(ws, heading, "header_left") for heading in kept.extra_headers]
    )
    row_number = 1
    for candidate in data.candidates:
        row_number += 1
        ws.append(_action_row(ws, cells, candidate, row_number, data, lang, kept))
    priority = get_column_letter(ACTION_KEYS.index("priority") + 1)
    ws.conditional_formatting.add(
        f"{priority}2:{priority}{row_number}",
        DataBarRule(start_type="num", start_value=0, end_type="max", color="F4B183"),
    )
    columns = len(ACTION_KEYS) + len(kept.extra_headers)
    ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{row_number}"


def _groups(ws, cells: Cells, data: Consolidation, lang: str) -> None:
    """The city by theme and by asset, and the compliance gaps (ranked as the candidates)."""
    set_widths(ws, [30, 12, 12, 12, 12, 10, 60])
    page_setup(ws, landscape=False, one_page=True)
    rows = _Rows(ws)
    q = data.questionnaire
    for key, by, groups in (("by_theme", "theme", data.themes), ("by_asset", "asset", data.assets)):
        rows.add(cells(ws, word(key, lang), "section"))
        keys = (by, "mean", "target_mean", "gap", "units_scored", "questions")
        rows.add(
            *[cells(ws, word(k, lang), "header_left" if k == by else "header") for k in keys],
            height=30,
        )
        for g in groups:
            gap = None if g.current is None else g.target - g.current
            rows.add(
                cells(ws, group_name(q, by, g.group_id, lang), "text"),
                *[cells(ws, _or_dash(v), "num2") for v in (g.current, g.target, gap)],
                cells(ws, g.answered, "centre"),
                cells(ws, g.questions, "centre"),
            )
        rows.add()
    rows.add(cells(ws, word("compliance", lang), "section"))
    keys = (
        "question_id",
        "legal_minimum",
        "mean",
        "units_below",
        "units_answered",
        "rank",
        "legal_basis",
    )
    rows.add(
        *[
            cells(ws, word(k, lang), "header_left" if k == "question_id" else "header")
            for k in keys
        ],
        height=30,
    )
    for c in data.compliance:
        minimum = c.question.legal_minimum
        rows.add(
            cells(ws, f"{c.question.id} {c.question.text.get(lang)}", "text"),
            cells(ws, minimum.level, "centre"),
            cells(ws, _or_dash(c.city.mean_current), "num2"),
            cells(ws, c.city.units_below_minimum, "centre"),
            cells(ws, c.city.units_answered, "centre"),
            cells(ws, c.rank, "centre"),
            cells(ws, minimum.basis.get(lang), "text_small"),
        )
        set_height(
            ws,
            len(rows.rows),
            [(c.question.text.get(lang), 30, 11), (minimum.basis.get(lang), 60, 9)],
        )
    if not data.compliance:
        rows.add(cells(ws, word("no_compliance", lang), "text"))
    rows.add()
    note = word("note_groups", lang)
    rows.add(cells(ws, note, "note"))
    rows.merge("A")
    set_height(ws, len(rows.rows), [(note, 100, 9)])
    for row in rows.rows:
        ws.append(row)


def _action_row(
    ws, cells: Cells, c, row_number: int, data: Consolidation, lang: str, kept: CoordinatorEntries
) -> list:
    """One candidate's row, and its height; the coordinator's five columns as kept."""
    q, city = data.questionnaire, c.city
    question = c.question.text.get(lang)
    known = c.question.component in q.components
    component = q.components[c.question.component].get(lang) if known else ""
    largest = "\n".join(f"{g.unit} ({g.current}→{g.target})" for g in c.largest)
    if c.more:
        largest += "\n" + word("more_units", lang).format(count=c.more)
    dimension = c.dimension.name.get(lang)
    set_height(
        ws,
        row_number,
        [(question, 48, 11), (largest, 44, 9), (component, 20, 11), (dimension, 16, 11)],
    )
    typed = kept.values.get(c.question.id, (None,) * 5)
    added = kept.extra.get(c.question.id, (None,) * len(kept.extra_headers))
    return [
        cells(ws, c.rank, "centre"),
        cells(ws, dimension, "text"),
        cells(ws, c.question.id, "centre"),
        cells(ws, question, "text"),
        cells(ws, component, "text"),
        cells(ws, city.units_answered, "centre"),
        cells(ws, _or_dash(city.mean_current), "num2"),
        cells(ws, _or_dash(city.mean_target), "num2"),
        cells(ws, _or_dash(city.mean_gap), "num2"),
        cells(ws, city.units_gap_2, "centre"),
        cells(ws, c.question.weight, "weight"),
        cells(ws, city.priority, "num2_bold"),
        cells(ws, largest, "text_small"),
        *[cells(ws, value, look) for value, look in zip(typed, INPUT_LOOKS, strict=True)],
        *[cells(ws, value, "input") for value in added],
    ]


def _log(ws, cells: Cells, entries: list[LogEntry], lang: str) -> None:
    w = lambda key: word(key, lang)  # noqa: E731
    keys = ["time", "file", "folder", "unit", "round", "status", "reason", "sha256"]
    widths = [16, 40, 30, 30, 8, 16, 70, 52]
    set_widths(ws, widths)
    page_setup(ws, title_rows="1:1")
    ws.freeze_panes = "C2"
    ws.row_dimensions[1].height = 30
    ws.append([cells(ws, w(k), "header_left") for k in keys])
    looks = {
        "rejected": "rejected",
        "conflict": "warning",
        "flagged": "warning",
        "duplicate": "quiet",
        "superseded": "quiet",
        "accepted": "ok",
    }
    if not entries:
        ws.append([cells(ws, w("no_log"), "note")])
    # What needs the coordinator's attention first, then in the order the files arrived.
    severity = {
        status: i
        for i, status in enumerate(("rejected", "conflict", "flagged", "superseded", "duplicate"))
    }
    entries = sorted(entries, key=lambda e: severity.get(e.status, len(severity)))
    for number, entry in enumerate(entries, start=2):
        reason = "\n".join(reason_text(p, lang) for p in entry.reasons)
        name, folder = _split(entry.path)
        set_height(
            ws, number, [(reason, 70, 11), (name, 40, 11), (folder, 30, 11), (entry.unit, 30, 11)]
        )
        ws.append(
            [
                cells(ws, local_time(entry.time), "date"),
                cells(ws, name, "text"),
                cells(ws, folder, "text_small"),
                cells(ws, entry.unit, "text"),
                cells(ws, entry.round, "centre"),
                cells(ws, status_label(entry.status, lang), looks.get(entry.status, "quiet")),
                cells(ws, reason, "text"),
                cells(ws, entry.sha256, "hash"),
            ]
        )
    if entries:
        ws.auto_filter.ref = f"A1:H{len(entries) + 1}"


def _split(path: str) -> tuple[str, str]:
    """A logged path as (file name, folder), for Windows and POSIX paths alike."""
    cut = max(path.rfind("/"), path.rfind("\\"))
    return (path[cut + 1 :], path[:cut]) if cut >= 0 else (path, "")

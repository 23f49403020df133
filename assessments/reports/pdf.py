"""A printable A4 report of one unit's results for one round, Turkish or English.

Page 1 is what a manager reads: who, when, the key figures, the radar and the dimension table.
Page 2 is what the unit does next: the top gaps with the rubric's next level as the concrete
step, the N/A answers with their justifications, what is unanswered and how the numbers were
computed. Then the approval block to sign, and an appendix of every note, evidence and N/A
justification. A draft carries a TASLAK watermark on every page. Long lists flow onto further
pages rather than being cut.

Built with matplotlib's PdfPages: text is laid out top-down in points and wrapped by measured
width (DejaVu Sans, embedded as TrueType so the text stays selectable and searchable, Turkish
letters included). The file is written to a temp file beside the target and renamed, so a
failure never leaves half a report.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .. import __version__, formatting, vocabulary
from ..atomic import write_atomically
from ..charts import FONT, chart_style, draw_radar, radar_layout
from ..messages import MaturityError
from ..results import UnitResults
from ..vocabulary import TERMS

PAGE_INCHES = (8.27, 11.69)  # A4 portrait
PT = 72  # points per inch
PAGE_W, PAGE_H = PAGE_INCHES[0] * PT, PAGE_INCHES[1] * PT
MARGIN_X = 0.6 * PT
MARGIN_TOP = 0.55 * PT
MARGIN_BOTTOM = 0.75 * PT  # the footer lives here
CONTENT_W = PAGE_W - 2 * MARGIN_X
LINE = 1.28  # line height as a multiple of the font size
RADAR_AFTER = 6  # points between the radar's legend and the table heading
INK, MUTED, RULE, ZEBRA, ACCENT = "#1a1a1a", "#5f5f5f", "#b0b0b0", "#f1f4f8", "#0072B2"
DRAFT_INK = "#b3261e"

LABELS = {
    "title": ("Akıllı Şehir Olgunluk Raporu", "Smart City Maturity Report"),
    "issuer": ("Balıkesir Büyükşehir Belediyesi", "Balıkesir Metropolitan Municipality"),
    "round": ("Dönem", "Round"),
    "respondent": ("Yanıtlayan", "Respondent"),
    "status": ("Durum", "Status"),
    "draft": ("taslak", "draft"),
    "final": ("kesin", "final"),
    "updated": ("Son değişiklik", "Last changed"),
    "report_date": ("Rapor tarihi", "Report date"),
    "questionnaire": ("Soru seti", "Questionnaire"),
    "overall": ("Genel puan", "Overall score"),
    "band": TERMS["band"],
    "target": ("Hedef (fark)", "Target (gap)"),
    "completeness": ("Tamamlanma", "Completeness"),
    "dimensions": ("Boyutlar", "Dimensions"),
    "dimension": ("Boyut", "Dimension"),
    "current": ("Mevcut", "Current"),
    "target_col": ("Hedef", "Target"),
    "gap": ("Fark", "Gap"),
    "percent": ("Yüzde", "Percent"),
    "city": ("Kent ort.", "City avg."),
    "answered": ("Yanıtlanan", "Answered"),
    "out_of_scope": ("kapsam dışı", "out of scope"),
    "overall_row": ("Genel", "Overall"),
    "city_note": (
        "Kent ort.: bu dönemde değerlendirmesi bulunan diğer {n} birimin ortalaması.",
        "City avg.: mean of the {n} other units with an assessment of this round.",
    ),
    "gaps": ("Öncelikli {n} açık ve sonraki adım", "Top {n} gaps and the next step"),
    "gaps_note": (
        "Öncelik = soru ağırlığı × fark (hedef − mevcut). Sonraki adım: ölçekte mevcut düzeyin "
        "bir üstü.",
        "Priority = question weight × gap (target − current). Next step: the rubric's level above "
        "the current one.",
    ),
    "no_gaps": (
        "Hedefi mevcut düzeyinin üstünde olan soru yok.",
        "No question has a target above its current level.",
    ),
    "question": ("Soru", "Question"),
    "levels": ("Mevcut → Hedef", "Current → Target"),
    "priority": ("Öncelik", "Priority"),
    "next_step": ("Sonraki adım", "Next step"),
    "level": ("Düzey {n} ({name})", "Level {n} ({name})"),
    "na": ("Kapsam dışı (N/A) sorular ve gerekçeleri", "Not applicable (N/A) questions and why"),
    "no_na": (
        "Kapsam dışı (N/A) işaretlenen soru yok.",
        "No question is marked not applicable (N/A).",
    ),
    "justification": ("Gerekçe", "Justification"),
    "excluded_dimensions": (
        "Kapsam dışı bırakılan boyutlar: {names}.",
        "Dimensions left out of scope: {names}.",
    ),
    "unanswered": ("Yanıtlanmamış sorular ({n}): {ids}.", "Unanswered questions ({n}): {ids}."),
    "all_answered": (
        "Kapsamdaki bütün sorular yanıtlandı.",
        "Every question in scope is answered.",
    ),
    "how": ("Puanlar nasıl hesaplandı", "How the scores were computed"),
    "page": ("Sayfa {n}/{total}", "Page {n} of {total}"),
    "municipality": ("Belediye", "Municipality"),
    "unit": ("Birim", "Unit"),
    "questionnaire_text": ("{title}, sürüm {version}", "{title}, version {version}"),
    "intro": (
        "Bu rapor, birimin akıllı şehir olgunluk öz değerlendirmesinin sonuçlarını ve "
        "öncelikli gelişim adımlarını özetler.",
        "This report summarises the unit's smart-city maturity self-assessment and its "
        "priority steps for improvement.",
    ),
    "watermark": ("TASLAK", "DRAFT"),
    "draft_note": (
        "Bu değerlendirme henüz kesinleştirilmedi: rakamlar değişebilir.",
        "This assessment is not final yet: the figures may change.",
    ),
    "approval": ("Onay", "Approval"),
    "prepared_by": ("Hazırlayan", "Prepared by"),
    "approved_by": ("Onaylayan", "Approved by"),
    "full_name": ("Ad Soyad", "Full name"),
    "job_title": ("Unvan", "Title"),
    "signature": ("İmza", "Signature"),
    "date": ("Tarih", "Date"),
    "appendix": (
        "Ek: Notlar, kanıtlar ve N/A gerekçeleri",
        "Appendix: notes, evidence and N/A justifications",
    ),
    "appendix_note": (
        "Birimin sorulara yazdığı notlar ve kanıtlar, soru setindeki sırayla.",
        "The notes and evidence the unit wrote to the questions, in questionnaire order.",
    ),
    "no_remarks": (
        "Hiçbir soruya not, kanıt ya da N/A gerekçesi yazılmamış.",
        "No question has a note, evidence or an N/A justification.",
    ),
    "note_col": ("Not / N/A gerekçesi", "Note / N/A justification"),
    "evidence": ("Kanıt", "Evidence"),
    "na_prefix": ("Kapsam dışı (N/A): ", "Not applicable (N/A): "),
    "compliance": (
        "Uyum açıkları: yasal asgari düzeyin altındaki yanıtlar",
        "Compliance gaps: answers below the legal minimum",
    ),
    "compliance_note": (
        "Bu yanıtlar öncelikli açıklar listesinde ağırlıklı farklardan önce gelir.",
        "These answers come before the weighted gaps in the list of top gaps.",
    ),
    "legal_minimum": ("Yasal asgari", "Legal minimum"),
    "legal_basis": ("Dayanak", "Legal basis"),
    "groups": ("Temalara ve varlıklara göre puanlar", "Scores by theme and by asset"),
    "planned": (
        "Eylem planındaki uygulamalar: önceki dönem ve bu dönem",
        "Practices in the action plan: the earlier round and this one",
    ),
    "planned_note": (
        "Eylem planının bu birim için ele aldığı her uygulamada birimin önceki dönemdeki ve bu "
        "dönemdeki mevcut düzeyi ile eylemlerin ulaşmayı planladığı düzey.",
        "For each practice the action plan addresses for this unit: the unit's current level "
        "in its earlier round and in this one, and the level the actions plan to reach.",
    ),
    "actions_col": ("Eylemler", "Actions"),
    "earlier_col": ("{round} dönemi", "Round {round}"),
    "no_earlier": ("Önceki dönem yok", "No earlier round"),
    "this_round": ("Bu dönem", "This round"),
    "planned_col": ("Planlanan", "Planned"),
    "change_col": ("Değişim", "Change"),
    "groups_note": (
        "Bir grubun puanı, gruptaki yanıtlanmış soruların ağırlıklı ortalamasıdır "
        "(boyuttan bağımsız); iki temalı bir soru ikisinde de sayılır.",
        "A group's score is the weighted mean of its answered questions, whatever their "
        "dimension; a question with two themes counts in both.",
    ),
}


def _l(key: str, lang: str, **params) -> str:
    tr, en = LABELS[key]
    return (tr if lang == "tr" else en).format(**params)


# --- measuring and wrapping text ---------------------------------------------------------------


@functools.cache
def _measurer():
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    to_path = TextToPath()
    props = {
        bold: FontProperties(family=FONT, size=10, weight="bold" if bold else "normal")
        for bold in (False, True)
    }
    return to_path, props


@functools.lru_cache(maxsize=8192)
def _width_at_10pt(text: str, bold: bool) -> float:
    to_path, props = _measurer()
    return to_path.get_text_width_height_descent(text, props[bold], ismath=False)[0]


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points (words measured one by one and cached; kerning across words ignored)."""
    words = text.split(" ")
    space = _width_at_10pt("a a", bold) - _width_at_10pt("aa", bold)
    total = sum(_width_at_10pt(w, bold) for w in words if w) + space * (len(words) - 1)
    return total * size / 10


UNIT_SHOWN = 400  # characters of the unit's name on page 1 (a name is rarely longer than 100)
LONG_WORD = 200  # characters: a longer "word" (a pasted URL, an attack) is cut without measuring


def wrap_text(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``width`` points; explicit newlines are kept.

    Linear in the text's length: words are measured once (and cached), a word wider than a
    line is cut in one pass over its characters' widths."""
    limit = width * 0.97  # a little slack: kerning and hinting differ between measurers
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            if len(word) <= LONG_WORD:
                candidate = f"{current} {word}" if current else word
                if text_width(candidate, size, bold) <= limit:
                    current = candidate
                    continue
            if current:
                lines.append(current)
            if len(word) > LONG_WORD or text_width(word, size, bold) > limit:
                *full, word = _cut_word(word, limit, size, bold)
                lines.extend(full)
            current = word
        lines.append(current)
    return lines


def _cut_word(word: str, limit: float, size: float, bold: bool) -> list[str]:
    """``word`` in pieces no wider than ``limit``, by the sum of its characters' widths (no
    kerning, so a little wider than the real text: the pieces fit)."""
    pieces, start, used = [], 0, 0.0
    for n, char in enumerate(word):
        advance = _width_at_10pt(char, bold) * size / 10
        if used + advance > limit and n > start:
            pieces.append(word[start:n])
            start, used = n, 0.0
        used += advance
    pieces.append(word[start:])
    return pieces


def shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (for a footer or a title line)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- page layout ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # points
    align: str = "left"


class _Pages:
    """Places text on A4 pages from the top down; starts a new page when one is full."""

    def __init__(self):
        self.figures = []
        self.y = 0.0  # points from the top of the current page
        self.new_page()

    def new_page(self) -> None:
        from matplotlib.figure import Figure

        self.figures.append(Figure(figsize=PAGE_INCHES, dpi=PT))
        self.y = MARGIN_TOP

    @property
    def fig(self):
        return self.figures[-1]

    @property
    def room(self) -> float:
        return PAGE_H - MARGIN_BOTTOM - self.y

    def ensure(self, height: float) -> None:
        if height > self.room and self.y > MARGIN_TOP:
            self.new_page()

    @staticmethod
    def fx(x: float) -> float:
        return x / PAGE_W

    @staticmethod
    def fy(y: float) -> float:
        return 1 - y / PAGE_H

    def put(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        bold: bool = False,
        color: str = INK,
        ha: str = "left",
    ) -> None:
        self.fig.text(
            self.fx(x),
            self.fy(y),
            text,
            fontsize=size,
            fontweight="bold" if bold else "normal",
            color=color,
            ha=ha,
            va="top",
            fontfamily=FONT,
        )

    def paragraph(
        self,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        color: str = INK,
        x: float = MARGIN_X,
        width: float = CONTENT_W,
        after: float = 4,
    ) -> None:
        lines = wrap_text(text, width, size, bold)
        self.ensure(len(lines[:3]) * size * LINE)  # keep at least the first lines together
        for line in lines:
            self.ensure(size * LINE)
            self.put(x, self.y, line, size, bold=bold, color=color)
            self.y += size * LINE
        self.y += after

    def heading(self, text: str, size: float = 12) -> None:
        self.ensure(size * LINE + 60)  # never a heading alone at the foot of a page
        self.y += 4
        self.put(MARGIN_X, self.y, text, size, bold=True, color=ACCENT)
        self.y += size * LINE + 2

    def rule(self, after: float = 6) -> None:
        from matplotlib.lines import Line2D

        y = self.fy(self.y)
        self.fig.add_artist(
            Line2D(
                [self.fx(MARGIN_X), self.fx(PAGE_W - MARGIN_X)],
                [y, y],
                transform=self.fig.transFigure,
                color=RULE,
                linewidth=0.6,
            )
        )
        self.y += after

    def line(self, x0: float, x1: float, y: float) -> None:
        """A thin line to write on (the approval block)."""
        from matplotlib.lines import Line2D

        self.fig.add_artist(
            Line2D(
                [self.fx(x0), self.fx(x1)],
                [self.fy(y), self.fy(y)],
                transform=self.fig.transFigure,
                color=INK,
                linewidth=0.5,
            )
        )

    def band(self, height: float, color: str) -> None:
        from matplotlib.patches import Rectangle

        self.fig.add_artist(
            Rectangle(
                (self.fx(MARGIN_X), self.fy(self.y + height)),
                CONTENT_W / PAGE_W,
                height / PAGE_H,
                transform=self.fig.transFigure,
                facecolor=color,
                edgecolor="none",
                zorder=-1,
            )
        )

    def table(
        self,
        columns: list[Column],
        rows: list[list[str]],
        size: float = 8,
        *,
        bold_rows: frozenset[int] = frozenset(),
        pad: float = 2.5,
    ) -> None:
        """Rows of wrapped cells; the header repeats when the table continues on a new page."""
        titles = [wrap_text(col.title, col.width - 2 * pad, size, True) for col in columns]
        header_height = max(len(lines) for lines in titles) * size * LINE + 2 * pad

        def header():
            self.band(header_height, "#dde6f0")
            self._cells(titles, columns, size, True, pad)
            self.y += header_height

        self.ensure(header_height + 2 * (size * LINE + 2 * pad) + 20)
        header()
        line = size * LINE
        for n, row in enumerate(rows):
            bold = n in bold_rows
            cells = [
                wrap_text(cell, col.width - 2 * pad, size, bold)
                for cell, col in zip(row, columns, strict=True)
            ]
            height = max(len(lines) for lines in cells) * line + 2 * pad
            if height > self.room and height <= PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - header_height:
                self.new_page()
                header()
            while cells:  # a row taller than a page (a very long note) continues on the next
                if self.room - 2 * pad < line:
                    self.new_page()
                    header()
                fits = int((self.room - 2 * pad) // line)
                more = max(len(lines) for lines in cells) > fits
                part = [lines[:fits] for lines in cells]
                cells = [lines[fits:] for lines in cells] if more else []
                height = max(len(lines) for lines in part) * line + 2 * pad
                if n % 2 == 1:
                    self.band(height, ZEBRA)
                self._cells(part, columns, size, bold, pad)
                self.y += height
                if cells:
                    self.new_page()
                    header()
        self.rule(after=8)

    def _cells(
        self, cells: list[list[str]], columns: list[Column], size: float, bold: bool, pad: float
    ) -> None:
        x = MARGIN_X
        for lines, col in zip(cells, columns, strict=True):
            anchor = x + col.width - pad if col.align == "right" else x + pad
            for i, line in enumerate(lines):
                self.put(
                    anchor, self.y + pad + i * size * LINE, line, size, bold=bold, ha=col.align
                )
            x += col.width

    def footers(self, left: str, lang: str) -> None:
        total = len(self.figures)
        for n, fig in enumerate(self.figures, start=1):
            y = 1 - (PAGE_H - MARGIN_BOTTOM + 22) / PAGE_H
            fig.text(self.fx(MARGIN_X), y, left, fontsize=7, color=MUTED, va="top", fontfamily=FONT)
            fig.text(
                self.fx(PAGE_W - MARGIN_X),
                y,
                _l("page", lang, n=n, total=total),
                fontsize=7,
                color=MUTED,
                va="top",
                ha="right",
                fontfamily=FONT,
            )


# --- the report's sections -------------------------------------------------------------------

LOGO_MAX_W, LOGO_MAX_H = 120.0, 54.0  # points


def load_logo(path: str | os.PathLike):
    """The logo as an image array (PNG, or JPEG through Pillow); MaturityError naming the file."""
    from matplotlib import image

    try:
        picture = image.imread(os.fspath(path))
    except FileNotFoundError:
        raise MaturityError("r.logo_missing", path=str(path)) from None
    except Exception as exc:  # Pillow's and matplotlib's many ways of saying "not an image"
        raise MaturityError(
            "r.logo_unreadable", path=str(path), detail=type(exc).__name__
        ) from None
    if picture.ndim not in (2, 3) or min(picture.shape[:2]) < 1:
        raise MaturityError("r.logo_unreadable", path=str(path), detail=str(picture.shape))
    return picture


def _logo(pages: _Pages, picture) -> float:
    """The logo at the top right, inside LOGO_MAX_W x LOGO_MAX_H; its height in points."""
    high, wide = picture.shape[:2]
    scale = min(LOGO_MAX_W / wide, LOGO_MAX_H / high)
    width, height = wide * scale, high * scale
    ax = pages.fig.add_axes(
        (
            pages.fx(PAGE_W - MARGIN_X - width),
            pages.fy(pages.y + height),
            width / PAGE_W,
            height / PAGE_H,
        )
    )
    ax.imshow(picture, interpolation="antialiased")
    ax.set_axis_off()
    return height


def _header(pages: _Pages, results: UnitResults, lang: str, today: datetime, logo=None) -> None:
    """Who, when, what: in words (the questionnaire by its title and version, dates as read)."""
    q = results.questionnaire
    top = pages.y
    logo_height = _logo(pages, logo) if logo is not None else 0.0
    pages.put(MARGIN_X, pages.y, _l("issuer", lang), 9, bold=True, color=MUTED)
    pages.y += 9 * LINE + 3
    pages.put(MARGIN_X, pages.y, _l("title", lang), 16, bold=True, color=ACCENT)
    pages.y = max(pages.y + 16 * LINE + 2, top + logo_height + 4)
    pages.paragraph(
        shortened(results.unit, UNIT_SHOWN) or formatting.MISSING, 13, bold=True, after=2
    )
    pages.paragraph(_l("intro", lang), 8.5, color=MUTED, after=4)
    status = (
        _l(results.status, lang) if results.status in ("draft", "final") else formatting.MISSING
    )
    report_date = today.strftime("%d.%m.%Y" if lang == "tr" else "%Y-%m-%d")
    questionnaire = _l("questionnaire_text", lang, title=q.title.get(lang), version=q.version)
    pairs = [
        (_l("municipality", lang), _l("issuer", lang)),
        (_l("round", lang), results.round or formatting.MISSING),
        (_l("respondent", lang), results.respondent or formatting.MISSING),
        (_l("status", lang), status),
        (_l("updated", lang), formatting.timestamp(results.updated_at, lang)),
        (_l("report_date", lang), report_date),
    ]
    half = CONTENT_W / 2
    for i in range(0, len(pairs), 2):
        lines = 1
        for j, (name, value) in enumerate(pairs[i : i + 2]):
            wrapped = wrap_text(f"{name}: {shortened(value, 160)}", half - 8, 9)
            if len(wrapped) > 2:  # at most two lines; the ellipsis says there is more
                wrapped = [
                    wrapped[0],
                    shortened(wrapped[1], max(2, len(wrapped[1]) - 1)).rstrip("…") + "…",
                ]
            for k, line in enumerate(wrapped):
                pages.put(MARGIN_X + j * half, pages.y + k * 9 * LINE, line, 9)
            lines = max(lines, len(wrapped))
        pages.y += lines * 9 * LINE
    pages.paragraph(f"{_l('questionnaire', lang)}: {questionnaire}", 9, after=0)
    if results.status != "final":
        pages.paragraph(_l("draft_note", lang), 8.5, bold=True, color=DRAFT_INK, after=0)
    pages.y += 4
    pages.rule(after=8)


def _watermark(pages: _Pages, lang: str) -> None:
    """TASLAK across every page of a draft: a printed draft cannot pass for the signed report."""
    for fig in pages.figures:
        fig.text(
            0.5,
            0.5,
            _l("watermark", lang),
            fontsize=110,
            fontweight="bold",
            color=DRAFT_INK,
            alpha=0.13,
            rotation=50,
            ha="center",
            va="center",
            fontfamily=FONT,
            zorder=10,
        )


APPROVAL_ROWS = (("full_name", 24.0), ("job_title", 24.0), ("signature", 44.0), ("date", 24.0))


def _approval(pages: _Pages, results: UnitResults, lang: str) -> None:
    """Prepared by / approved by, with lines to write on; the respondent as the preparer."""
    label_w = 70.0
    column_w = (CONTENT_W - label_w) / 2
    height = 12 * LINE + 16 + sum(h for _, h in APPROVAL_ROWS)
    pages.ensure(height + 20)
    pages.heading(_l("approval", lang), 11)
    for n, key in enumerate(("prepared_by", "approved_by")):
        pages.put(MARGIN_X + label_w + n * column_w, pages.y, _l(key, lang), 9.5, bold=True)
    pages.y += 9.5 * LINE + 4
    prefilled = {("full_name", 0): shortened(results.respondent, 60)}
    for key, row_h in APPROVAL_ROWS:
        baseline = pages.y + row_h - 6
        pages.put(MARGIN_X, baseline - 10, f"{_l(key, lang)}:", 9, color=MUTED)
        for n in range(2):
            x0 = MARGIN_X + label_w + n * column_w
            if prefilled.get((key, n)):
                pages.put(x0 + 2, baseline - 11, prefilled[(key, n)], 9)
            pages.line(x0, x0 + column_w - 18, baseline)
        pages.y += row_h
    pages.y += 8


def _appendix(pages: _Pages, results: UnitResults, lang: str) -> None:
    """Every note, evidence and N/A justification the unit wrote, in questionnaire order."""
    pages.new_page()
    pages.heading(_l("appendix", lang), 12)
    pages.paragraph(_l("appendix_note", lang), 8, color=MUTED)
    if not results.remarks:
        pages.paragraph(_l("no_remarks", lang), 9)
        return
    columns = [
        Column(_l("question", lang), CONTENT_W * 0.34),
        Column(_l("note_col", lang), CONTENT_W * 0.38),
        Column(_l("evidence", lang), CONTENT_W * 0.28),
    ]
    rows = []
    for row in results.remarks:
        note = (_l("na_prefix", lang) + row.note) if row.not_applicable else row.note
        rows.append(
            [
                f"{row.question.id} · {row.dimension.name.get(lang)}\n"
                f"{row.question.text.get(lang)}",
                note or formatting.MISSING,
                row.evidence or formatting.MISSING,
            ]
        )
    pages.table(columns, rows, 7.5)


def _key_figures(pages: _Pages, results: UnitResults, lang: str) -> None:
    score = results.score
    figures = [
        (_l("overall", lang), f"{formatting.number(score.current, lang)} / 5"),
        (_l("percent", lang), formatting.percent(score.percent, lang)),
        (_l("band", lang), score.band.name(lang) if score.band else formatting.MISSING),
        (
            _l("target", lang),
            f"{formatting.number(score.target, lang)} ({formatting.number(score.gap, lang)})",
        ),
        (
            _l("completeness", lang),
            f"{formatting.fraction(score.completeness, lang)} "
            f"({score.answered}/{score.applicable})",
        ),
    ]
    width = CONTENT_W / len(figures)
    # One size for all, the largest at which every value fits its column.
    size = min(
        14.0, *(14.0 * (width - 10) / max(1.0, text_width(value, 14, True)) for _, value in figures)
    )
    for n, (caption, value) in enumerate(figures):
        pages.put(MARGIN_X + n * width, pages.y, caption, 8, color=MUTED)
        pages.put(MARGIN_X + n * width, pages.y + 11, value, size, bold=True)
    pages.y += 11 + size * LINE + 6


def _radar(pages: _Pages, results: UnitResults, lang: str, height: float) -> None:
    fig = pages.fig
    top, bottom = pages.y, pages.y + height
    legend_room = 20
    ax = fig.add_axes((0.3, 0.3, 0.4, 0.4), projection="polar")  # placed by the layout engine
    handles = draw_radar(ax, results, lang, label_width=20, label_size=8)
    fig.legend(
        handles=handles,
        loc="lower center",
        ncol=len(handles),
        frameon=False,
        fontsize=8,
        bbox_to_anchor=(0.5, pages.fy(bottom)),
        bbox_transform=fig.transFigure,
    )
    region = (
        pages.fx(MARGIN_X),
        pages.fy(bottom - legend_room),
        pages.fx(PAGE_W - MARGIN_X),
        pages.fy(top),
    )
    fig.set_layout_engine(radar_layout(ax, region))
    pages.y = bottom + RADAR_AFTER


def _dimension_heading(pages: _Pages, results: UnitResults, lang: str) -> None:
    pages.heading(_l("dimensions", lang), 11)


def _dimension_table(pages: _Pages, results: UnitResults, lang: str) -> None:
    n = formatting.number
    city = results.city
    narrow = 56
    numeric = ["current", "target_col", "gap", "percent"] + (["city"] if city else [])
    columns = [Column(_l("dimension", lang), CONTENT_W - narrow * (len(numeric) + 1) - 14)]
    columns += [Column(_l(key, lang), narrow, "right") for key in numeric]
    columns.append(Column(_l("answered", lang), narrow + 14, "right"))
    rows = []
    for row in results.dimensions:
        city_cell = [n(row.city_mean, lang)] if city else []
        if not row.in_scope:
            rows.append(
                [
                    row.name.get(lang),
                    *[formatting.MISSING] * 4,
                    *city_cell,
                    _l("out_of_scope", lang),
                ]
            )
            continue
        rows.append(
            [
                row.name.get(lang),
                n(row.current, lang),
                n(row.target, lang),
                n(row.gap, lang),
                formatting.percent(row.percent, lang),
                *city_cell,
                f"{row.score.answered}/{row.applicable}",
            ]
        )
    score = results.score
    rows.append(
        [
            _l("overall_row", lang),
            n(score.current, lang),
            n(score.target, lang),
            n(score.gap, lang),
            formatting.percent(score.percent, lang),
            *([n(city.score.current, lang)] if city else []),
            f"{score.answered}/{score.applicable}",
        ]
    )
    pages.table(columns, rows, 8.5, bold_rows=frozenset({len(rows) - 1}))
    if city:
        pages.paragraph(_l("city_note", lang, n=city.units), 7.5, color=MUTED)


def _gaps(pages: _Pages, results: UnitResults, lang: str, count: int) -> None:
    top = results.top_gaps(count)
    pages.heading(_l("gaps", lang, n=count))
    pages.paragraph(_l("gaps_note", lang), 8, color=MUTED)
    if not top:
        pages.paragraph(_l("no_gaps", lang), 9)
        return
    columns = [
        Column("#", 16, "right"),
        Column(_l("question", lang), 218),
        Column(_l("levels", lang), 46),
        Column(_l("priority", lang), 42, "right"),
    ]
    columns.append(Column(_l("next_step", lang), CONTENT_W - sum(c.width for c in columns)))
    rows = []
    for rank, gap in enumerate(top, start=1):
        level = _l("level", lang, n=gap.next_level, name=gap.next_level_name.get(lang))
        rows.append(
            [
                str(rank),
                f"{gap.question_id} · {gap.dimension.name.get(lang)}\n"
                f"{gap.question.text.get(lang)}",
                f"{gap.current} → {gap.target}",
                formatting.number(gap.priority, lang, 1),
                f"{level}: {gap.next_step(lang)}",
            ]
        )
    pages.table(columns, rows, 7.5)


def _compliance(pages: _Pages, results: UnitResults, lang: str) -> None:
    """The answers below a legal minimum, first (docs/scoring.md, compliance gaps)."""
    found = results.compliance_gaps
    if not found:
        return
    pages.heading(_l("compliance", lang))
    pages.paragraph(_l("compliance_note", lang), 8, color=MUTED)
    columns = [
        Column(_l("question", lang), 218),
        Column(_l("levels", lang), 46),
        Column(_l("legal_minimum", lang), 52, "right"),
    ]
    columns.append(Column(_l("legal_basis", lang), CONTENT_W - sum(c.width for c in columns)))
    rows = [
        [
            f"{g.question_id} · {g.dimension.name.get(lang)}\n{g.question.text.get(lang)}",
            f"{g.current} → {g.target}",
            str(g.question.legal_minimum.level),
            g.question.legal_minimum.basis.get(lang),
        ]
        for g in found
    ]
    pages.table(columns, rows, 7.5)


def _planned(pages: _Pages, results: UnitResults, lang: str) -> None:
    """The plan's practices for this unit, earlier round beside this one (issue 18)."""
    found = results.planned
    if not found:
        return
    pages.heading(_l("planned", lang))
    pages.paragraph(_l("planned_note", lang), 8, color=MUTED)
    earlier = found[0].earlier_round
    earlier_title = _l("earlier_col", lang, round=earlier) if earlier else _l("no_earlier", lang)
    columns = [
        Column(_l("question", lang), 200),
        Column(_l("actions_col", lang), 56),
        Column(earlier_title, 64, "right"),
        Column(_l("this_round", lang), 52, "right"),
        Column(_l("change_col", lang), 52, "right"),
    ]
    columns.append(
        Column(_l("planned_col", lang), CONTENT_W - sum(c.width for c in columns), "right")
    )

    def level(value):
        return formatting.MISSING if value is None else str(value)

    rows = [
        [
            f"{p.question.id}\n{p.question.text.get(lang)}",
            ", ".join(p.actions),
            level(p.earlier),
            level(p.now),
            formatting.MISSING if p.change is None else f"{p.change:+d}" if p.change else "0",
            str(p.planned_to),
        ]
        for p in found
    ]
    pages.table(columns, rows, 7.5)


def _groups(pages: _Pages, results: UnitResults, lang: str) -> None:
    """Scores by theme and by the Ministry's four assets, beside the dimensions."""
    n = formatting.number
    pages.heading(_l("groups", lang), 11)
    pages.paragraph(_l("groups_note", lang), 8, color=MUTED)
    narrow = 56
    numeric = ["current", "target_col", "gap", "percent"]
    for by, groups in (("theme", results.themes), ("asset", results.assets)):
        columns = [Column(vocabulary.term(by, lang), CONTENT_W - narrow * (len(numeric) + 1) - 14)]
        columns += [Column(_l(key, lang), narrow, "right") for key in numeric]
        columns.append(Column(_l("answered", lang), narrow + 14, "right"))
        rows = [
            [
                vocabulary.group_name(results.questionnaire, by, g.group_id, lang),
                n(g.current, lang),
                n(g.target, lang),
                n(None if g.current is None else g.target - g.current, lang),
                formatting.percent(g.percent, lang),
                f"{g.answered}/{g.questions}",
            ]
            for g in groups
        ]
        pages.table(columns, rows, 8.5)


def _scope_and_completeness(pages: _Pages, results: UnitResults, lang: str) -> None:
    pages.heading(_l("na", lang))
    if results.not_applicable:
        columns = [
            Column(_l("question", lang), CONTENT_W * 0.55),
            Column(_l("justification", lang), CONTENT_W * 0.45),
        ]
        rows = [
            [
                f"{row.question.id} · {row.dimension.name.get(lang)}\n"
                f"{row.question.text.get(lang)}",
                row.justification,
            ]
            for row in results.not_applicable
        ]
        pages.table(columns, rows, 7.5)
    else:
        pages.paragraph(_l("no_na", lang), 9)
    excluded = [row.name.get(lang) for row in results.dimensions if not row.in_scope]
    if excluded:
        pages.paragraph(_l("excluded_dimensions", lang, names=", ".join(excluded)), 9)
    if results.unanswered:
        ids = ", ".join(q.id for q in results.unanswered)
        pages.paragraph(_l("unanswered", lang, n=len(results.unanswered), ids=ids), 9)
    else:
        pages.paragraph(_l("all_answered", lang), 9)


HOW_SIZE = 7
HOW_KEYS = ("current", "percent", "band", "completeness")


def _how_computed(pages: _Pages, results: UnitResults, lang: str) -> None:
    pages.heading(_l("how", lang), 9.5)
    for key in HOW_KEYS:
        pages.paragraph(results.explanations[key].get(lang), HOW_SIZE, color=MUTED, after=2)


def _height_of(*sections, results: UnitResults, lang: str) -> float:
    """How tall the sections come out, measured by laying them out on a scratch page."""
    scratch = _Pages()
    start = scratch.y
    for section in sections:
        section(scratch, results, lang)
    return scratch.y - start + (len(scratch.figures) - 1) * PAGE_H


def report_pages(
    results: UnitResults,
    lang: str = "tr",
    *,
    top: int = 10,
    today: datetime | None = None,
    logo: str | os.PathLike | None = None,
) -> list:
    """The report's pages as matplotlib Figures (A4), e.g. for a preview. ``logo``: an image
    file (PNG or JPEG) shown at the top of page 1."""
    today = today or datetime.now()
    picture = load_logo(logo) if logo else None
    with chart_style():
        pages = _Pages()
        _header(pages, results, lang, today, picture)
        _key_figures(pages, results, lang)
        below = _height_of(
            _dimension_heading, _dimension_table, _how_computed, results=results, lang=lang
        )
        _radar(
            pages, results, lang, height=max(220.0, min(340.0, pages.room - below - RADAR_AFTER))
        )
        _dimension_heading(pages, results, lang)
        _dimension_table(pages, results, lang)
        # The formulas close page 1 when they fit; otherwise they follow the scope on page 2,
        # so page 2 always opens with what the unit does next.
        formulas_fit = _height_of(_how_computed, results=results, lang=lang) <= pages.room
        if formulas_fit:
            _how_computed(pages, results, lang)
        pages.new_page()
        _gaps(pages, results, lang, top)  # compliance gaps ranked first, then listed alone
        _compliance(pages, results, lang)
        _planned(pages, results, lang)
        _groups(pages, results, lang)
        _scope_and_completeness(pages, results, lang)
        if not formulas_fit:
            _how_computed(pages, results, lang)
        _approval(pages, results, lang)
        _appendix(pages, results, lang)
        if results.status != "final":
            _watermark(pages, lang)
        pages.footers(
            f"{_l('title', lang)} · {shortened(results.unit, 60)} · {shortened(results.round, 20)}"
            f" · maturity {__version__}",
            lang,
        )
    return pages.figures


def quiet_font_subsetting() -> None:
    """fontTools logs ~200 INFO lines per PDF while subsetting the embedded font: not news."""
    import logging

    for name in ("fontTools", "fontTools.subset", "fontTools.ttLib"):
        logging.getLogger(name).setLevel(logging.WARNING)


def write_report(
    results: UnitResults,
    path: str | os.PathLike,
    lang: str = "tr",
    *,
    top: int = 10,
    logo: str | os.PathLike | None = None,
) -> Path:
    """Write the report as a PDF, atomically (a temp file beside ``path``, then a rename)."""
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    quiet_font_subsetting()
    figures = report_pages(results, lang, top=top, logo=logo)
    metadata = {
        "Title": f"{_l('title', lang)} — {shortened(results.unit, 200)} — "
        f"{shortened(results.round, 40)}",
        "Subject": results.questionnaire.label,
        "Creator": f"maturity {__version__}",
    }

    def write(temp: Path) -> None:
        # Type 42 (TrueType) keeps the text extractable, Turkish letters included.
        with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(temp, metadata=metadata) as pdf:
            for fig in figures:
                pdf.savefig(fig)

    return write_atomically(path, write)

"""The self-test: proves an installation (or a PyInstaller bundle) has everything it needs.

It runs the app's real work on throw-away data in a temporary folder: load the questionnaire,
make a database, answer every question, score, draw a chart, write an Excel export and a
template, import them back, write a PDF report and take a backup. Each step prints one line,
``OK <step>``, ``FAIL <step>: <reason>`` or ``SKIP <step>: <reason>``; the exit code is 1 when
any step failed. The user's own data folder is never touched.

The steps are a list (``core_steps()``) that the desktop's self-test extends with its Qt steps
(``insert_after``). A step whose feature module is not in the source tree yet reports
``SKIP <step>: not built yet``; mark the step ``required=True`` once the module exists, so a
bundle that lost it fails. A step whose prerequisite did not pass is skipped, naming it.
No Qt here: ``maturity self-test`` runs this part (``main``).
"""

from __future__ import annotations

import functools
import importlib
import platform
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from . import __version__, formatting
from .terminal import safe

UNIT = "Bilgi İşlem Dairesi Başkanlığı"  # Turkish letters on purpose: İ, ş, ğ in every file
ROUND = "2026"
RESPONDENT = "Öz Sınama Çalışanı"
SEED = 2026
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ZIP_SIGNATURE = b"PK\x03\x04"

OK, FAIL, SKIP = "OK", "FAIL", "SKIP"

# Libraries the features import lazily, inside functions. The "libraries" step imports each;
# build.spec collects them all, so the bundle has them before the features that use them land.
LIBRARIES = (
    "sqlite3",
    "openpyxl",
    "python_calamine",
    "defusedxml.ElementTree",
    "platformdirs",
    "matplotlib",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_pdf",
    "matplotlib.backends.backend_svg",
    "docx",
    "lxml.etree",
)


class NotBuiltYet(Exception):
    """The feature module of a step is not part of this source tree (or bundle) yet."""


@dataclass
class Context:
    """What the steps share: the temporary folder and what earlier steps made."""

    folder: Path
    lang: str = "tr"  # the language of the files written
    words: str = "en"  # the language of the lines printed
    questionnaire: object = None
    store: object = None
    uuid: str = ""
    answers: dict = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    _opened: list = field(default_factory=list)

    def open_store(self, name: str):
        from .store import Store

        store = Store(self.folder / name)
        self._opened.append(store)
        return store

    def results(self):
        """The assessment's results (assessments.results), as the charts and report want them."""
        results = feature("assessments.results")
        return results.load_results(self.store, self.questionnaire, self.uuid)

    def close(self) -> None:
        for store in self._opened:
            store.close()
        self._opened.clear()


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Context], str | None]  # returns an optional detail for the OK line
    needs: tuple[str, ...] = ()
    required: bool = False  # True: a missing feature module is a failure, not a skip


@dataclass(frozen=True)
class StepResult:
    name: str
    status: str
    detail: str = ""

    def line(self, lang: str = "en") -> str:
        status, name = _word(self.status, lang), _word(self.name, lang)
        if self.status == OK:
            return f"{status} {name}" + (f" ({self.detail})" if self.detail else "")
        detail = self.detail
        if lang == "tr":
            detail = detail.replace("needs ", "önce gerekli: ").replace(
                "not built yet", "henüz yok"
            )
        return f"{status} {name}: {detail}"


class Report:
    """Collects step results and prints each as it happens (to ``out`` unless None)."""

    def __init__(self, out: TextIO | None = None, lang: str = "en"):
        self.out = out
        self.lang = lang
        self.results: list[StepResult] = []

    def emit(self, text: str) -> None:
        if self.out is not None:
            try:
                print(safe(text), file=self.out, flush=True)  # details may quote file names
            except BrokenPipeError:  # the reader went away (| head): the test still runs to its end
                self.out = None

    def add(self, name: str, status: str, detail: str = "") -> StepResult:
        result = StepResult(name, status, detail)
        self.results.append(result)
        self.emit(result.line(self.lang))
        return result

    def status(self, name: str) -> str | None:
        return next((r.status for r in reversed(self.results) if r.name == name), None)

    def names(self, status: str) -> list[str]:
        return [r.name for r in self.results if r.status == status]

    @property
    def failed(self) -> list[str]:
        return self.names(FAIL)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def summary(self) -> str:
        w = functools.partial(_word, lang=self.lang)
        passed, skipped = len(self.names(OK)), len(self.names(SKIP))
        counts = f"{passed} {w(OK)}, {len(self.failed)} {w(FAIL)}, {skipped} {w(SKIP)}"
        if self.failed:
            failed = ", ".join(w(name) for name in self.failed)
            return (
                f"Öz sınama BAŞARISIZ ({failed}): {counts}"
                if self.lang == "tr"
                else f"Self-test FAILED ({failed}): {counts}"
            )
        return f"Öz sınama geçti: {counts}" if self.lang == "tr" else f"Self-test passed: {counts}"


def feature(module: str):
    """Import one of our feature modules; NotBuiltYet when it (or its package) does not exist.

    A missing third-party library inside it stays an ImportError: that is a broken bundle.
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if (
            exc.name
            and (module == exc.name or module.startswith(exc.name + "."))
            and exc.name.startswith("assessments")
        ):
            raise NotBuiltYet(module) from exc
        raise


def header(lang: str = "en") -> str:
    frozen = getattr(sys, "frozen", False)
    if lang == "tr":
        kind = "paketlenmiş kurulum" if frozen else "kaynak kod"
        return (
            f"maturity {__version__} öz sınaması ({kind}, {platform.system()} "
            f"{platform.machine()}, "
            f"Python {platform.python_version()})"
        )
    kind = "frozen bundle" if frozen else "source"
    return (
        f"maturity {__version__} self-test ({kind}, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()})"
    )


# Step names and status words in Turkish (English: the names themselves).
TURKISH_WORDS = {
    OK: "TAMAM",
    FAIL: "HATA",
    SKIP: "ATLANDI",
    "questionnaire": "soru-seti",
    "libraries": "kütüphaneler",
    "database": "veritabanı",
    "answers": "yanıtlar",
    "scores": "puanlar",
    "chart": "grafik",
    "export": "dışa-aktarım",
    "template": "şablon",
    "import": "içe-aktarım",
    "merge": "birleştirme",
    "report": "rapor",
    "backup": "yedek",
}


def _word(word: str, lang: str) -> str:
    return TURKISH_WORDS.get(word, word) if lang == "tr" else word


def _say(ctx: Context, tr: str, en: str) -> str:
    """A step's detail in the language of the printed lines."""
    return tr if ctx.words == "tr" else en


# --- the steps ----------------------------------------------------------------------------------


def step_questionnaire(ctx: Context) -> str:
    from .loader import bundled_questionnaire

    ctx.questionnaire = q = bundled_questionnaire()
    if not q.dimensions or not q.questions:
        raise AssertionError("the bundled questionnaire is empty")
    return _say(
        ctx,
        f"{len(q.dimensions)} boyut, {len(q.questions)} soru",
        f"{len(q.dimensions)} dimensions, {len(q.questions)} questions",
    )


def step_libraries(ctx: Context) -> str:
    """The libraries the features load lazily: a bundle that lost one fails here, early."""
    from .store import SQLITE_VERSION

    for name in LIBRARIES:
        importlib.import_module(name)
    importlib.import_module("docx").Document()  # its default template is data the bundle needs
    return _say(
        ctx,
        f"{len(LIBRARIES)} yüklendi, SQLite {SQLITE_VERSION}",
        f"{len(LIBRARIES)} imported, SQLite {SQLITE_VERSION}",
    )


def step_database(ctx: Context) -> str:
    ctx.store = ctx.open_store("self-test.sqlite3")
    info = ctx.store.create_assessment(UNIT, ROUND, ctx.questionnaire, respondent=RESPONDENT)
    ctx.uuid = info.uuid
    return _say(
        ctx, f"şema sürümü {ctx.store.schema_version}", f"schema v{ctx.store.schema_version}"
    )


def step_answers(ctx: Context) -> str:
    from .sample_answers import plausible_answers

    ctx.answers = plausible_answers(ctx.questionnaire, random.Random(SEED))
    for answer in ctx.answers.values():
        ctx.store.set_answer(ctx.uuid, answer, ctx.questionnaire)
    # Read back through a second connection: what was stored is on disk, not in a cache.
    reopened = ctx.open_store("self-test.sqlite3")
    stored = reopened.answers(ctx.uuid)
    if stored != ctx.answers:
        differing = sorted(set(stored) ^ set(ctx.answers)) or sorted(
            k for k in stored if stored[k] != ctx.answers.get(k)
        )
        raise AssertionError(f"stored answers differ from those written: {differing[:5]}")
    return _say(
        ctx,
        f"{len(stored)} yanıt kaydedildi ve geri okundu",
        f"{len(stored)} answers stored and read back",
    )


def step_scores(ctx: Context) -> str:
    from . import formatting
    from .scoring import score_assessment

    info = ctx.store.assessment(ctx.uuid)
    score = score_assessment(ctx.questionnaire, ctx.store.answers(ctx.uuid), info.out_of_scope)
    if score.completeness != 1 or score.current is None or not 0 <= score.current <= 5:
        raise AssertionError(
            f"unexpected score: completeness {score.completeness}, current {score.current}"
        )
    lang = ctx.words
    return (
        _say(ctx, "genel ", "overall ")
        + f"{formatting.number(score.current, lang)}, {formatting.percent(score.percent, lang)}"
    )


def step_chart(ctx: Context) -> str:
    """A radar chart drawn with the Agg backend and written as PNG (as the export does)."""
    path = ctx.folder / "radar.png"
    try:
        charts = feature("assessments.charts")
    except NotBuiltYet:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(4, 4))
        FigureCanvasAgg(figure)
        figure.add_subplot(projection="polar").plot([0, 1, 2, 0], [1, 3, 2, 1])
        figure.savefig(path, format="png")
    else:
        charts.save_figure(charts.radar_figure(ctx.results(), ctx.lang), path)
    data = path.read_bytes()
    if not data.startswith(PNG_SIGNATURE) or len(data) < 5_000:
        raise AssertionError(f"{path.name} is not a drawn PNG ({len(data)} bytes)")
    ctx.files["chart"] = path
    return f"{len(data) // 1024} KB PNG"


def _check_workbook(path: Path) -> int:
    data = path.read_bytes()
    if not data.startswith(ZIP_SIGNATURE):
        raise AssertionError(f"{path.name} is not an .xlsx file")
    return len(data)


def step_export(ctx: Context) -> str:
    export = feature("assessments.exchange.export")
    path = ctx.folder / "disa-aktarim.xlsx"
    export.export_assessment(ctx.store, ctx.questionnaire, ctx.uuid, path, ctx.lang)
    ctx.files["export"] = path
    return f"{_check_workbook(path) // 1024} KB"


def step_template(ctx: Context) -> str:
    template = feature("assessments.exchange.template")
    path = ctx.folder / "sablon.xlsx"
    template.write_template(ctx.questionnaire, path, ctx.lang, unit=UNIT, round=ROUND)
    ctx.files["template"] = path
    return f"{_check_workbook(path) // 1024} KB"


def step_import(ctx: Context) -> str:
    """Both workbooks read back; the export imported into a second database, answers intact."""
    reader = feature("assessments.exchange.reader")
    importer = feature("assessments.exchange.importer")
    reader.read_workbook(ctx.files["template"], ctx.questionnaire)
    target = ctx.open_store("imported.sqlite3")
    importer.import_file(target, ctx.questionnaire, ctx.files["export"])
    found = target.find_assessment(UNIT, ROUND)
    if found is None:
        raise AssertionError("the imported export holds no assessment of the unit")
    imported = target.answers(found.uuid)
    if imported != ctx.answers:
        differing = sorted(
            k for k in set(imported) | set(ctx.answers) if imported.get(k) != ctx.answers.get(k)
        )
        raise AssertionError(f"imported answers differ: {differing[:5]}")
    return _say(
        ctx,
        f"dışa aktarımdan {len(imported)} yanıt geri alındı, şablon okundu",
        f"{len(imported)} answers back from the export, template read",
    )


def step_merge(ctx: Context) -> str:
    """The coordinator's merge: the export (and the same file again, a duplicate) into a third
    database, then the consolidated workbook."""
    engine = feature("assessments.merge.engine")
    consolidated = feature("assessments.merge.consolidated")
    copy = ctx.folder / "kopya.xlsx"
    copy.write_bytes(ctx.files["export"].read_bytes())
    target = ctx.open_store("coordinator.sqlite3")
    report = engine.merge([ctx.files["export"], copy], target, ctx.questionnaire, workers=0)
    statuses = sorted(outcome.status for outcome in report.outcomes)
    if statuses != ["accepted", "duplicate"]:
        raise AssertionError(f"merge outcomes {statuses}, expected accepted + duplicate")
    path = ctx.folder / "konsolide.xlsx"
    consolidated.write_consolidated(target, ctx.questionnaire, path, lang=ctx.lang)
    size = _check_workbook(path) // 1024
    return _say(
        ctx,
        f"1 alındı, 1 yinelenen; birleşik çalışma kitabı {size} KB",
        f"1 accepted, 1 duplicate; consolidated workbook {size} KB",
    )


def step_report(ctx: Context) -> str:
    pdf = feature("assessments.reports.pdf")
    path = ctx.folder / "rapor.pdf"
    pdf.write_report(ctx.results(), path, ctx.lang)
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise AssertionError(f"{path.name} is not a complete PDF")
    ctx.files["report"] = path
    return f"{len(data) // 1024} KB PDF"


def step_backup(ctx: Context) -> str:
    backup = ctx.store.backup(reason="self-test")
    from .store import answer_count

    count = answer_count(backup)
    if count != len(ctx.answers):
        raise AssertionError(f"the backup holds {count} answers, expected {len(ctx.answers)}")
    return f"{backup.parent.name}/{backup.name}"


def core_steps() -> list[Step]:
    """The Qt-free steps, in order. A new list each call: callers may extend it."""
    return [
        Step("questionnaire", step_questionnaire),
        Step("libraries", step_libraries),
        Step("database", step_database, needs=("questionnaire",)),
        Step("answers", step_answers, needs=("database",)),
        Step("scores", step_scores, needs=("answers",)),
        Step("chart", step_chart, needs=("answers",)),
        Step("export", step_export, required=True, needs=("answers",)),
        Step("template", step_template, required=True, needs=("questionnaire",)),
        Step("import", step_import, required=True, needs=("export", "template")),
        Step("merge", step_merge, required=True, needs=("export",)),
        Step("report", step_report, required=True, needs=("answers",)),
        Step("backup", step_backup, needs=("answers",)),
    ]


def insert_after(steps: list[Step], name: str, *new: Step) -> list[Step]:
    """``steps`` with ``new`` placed right after the step called ``name``."""
    at = next(i for i, step in enumerate(steps) if step.name == name) + 1
    return [*steps[:at], *new, *steps[at:]]


# --- running ------------------------------------------------------------------------------------


def run_step(step: Step, ctx: Context, report: Report) -> StepResult:
    waiting = [name for name in step.needs if report.status(name) != OK]
    if waiting:
        return report.add(step.name, SKIP, f"needs {', '.join(waiting)}")
    try:
        detail = step.run(ctx)
    except NotBuiltYet as exc:
        if step.required:
            return report.add(step.name, FAIL, f"module {exc} is missing")
        return report.add(step.name, SKIP, "not built yet")
    except Exception as exc:  # the self-test reports every failure; it never raises
        result = report.add(step.name, FAIL, _reason(exc))
        report.emit(_indented_traceback(exc))
        return result
    return report.add(step.name, OK, detail or "")


def _reason(exc: BaseException) -> str:
    """The root cause in one line (numpy, for one, wraps its import errors in a long essay)."""
    while exc.__cause__ is not None:
        exc = exc.__cause__
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


def _indented_traceback(exc: BaseException, limit: int = 40) -> str:
    """The traceback under a FAIL line, for whoever diagnoses it (IT, a developer, CI)."""
    lines = "".join(traceback.format_exception(exc)).rstrip().splitlines()
    return "\n".join(f"    {line}" for line in lines[-limit:])


def run(report: Report, steps: list[Step] | None = None, lang: str = "tr") -> int:
    """Run ``steps`` (default: the core steps) in a temporary folder; returns the exit code."""
    with tempfile.TemporaryDirectory(
        prefix="maturity-self-test-", ignore_cleanup_errors=True
    ) as tmp:
        ctx = Context(Path(tmp), lang, report.lang)
        try:
            for step in core_steps() if steps is None else steps:
                run_step(step, ctx, report)
        finally:
            ctx.close()
    return report.exit_code


def main(
    out: TextIO | None = None, steps: list[Step] | None = None, lang: str | None = None
) -> int:
    """Header, one line per step, summary; returns the exit code (``maturity self-test``).
    ``lang``: the language of the lines and the files (None: English lines, Turkish files)."""
    out = sys.stdout if out is None else out
    report = Report(out, lang or "en")
    report.emit(header(report.lang))
    started = time.perf_counter()
    code = run(report, steps, lang or "tr")
    took = formatting.number(time.perf_counter() - started, report.lang, 1)
    report.emit(
        f"{report.summary()} ({took} sn)"
        if report.lang == "tr"
        else f"{report.summary()} in {took} s"
    )
    return code

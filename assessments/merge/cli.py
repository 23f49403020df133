"""``maturity merge`` and ``maturity demo``.

Importing this module registers both subcommands with ``assessments.cli``; their help texts
join the CLI's HELP table. Exit codes of ``merge``: 0 every input accepted, 1 some rejected (the
rest merged; the log says why) or the workbook could not be written, 2 a usage error or nothing
usable given (docs/merging.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .. import cli as core
from ..atomic import check_target
from ..messages import MaturityError, text
from ..terminal import echo, inline, status_line

HELP = {
    "merge": (
        "Birimlerin Excel dosyalarını birleştir ve birleşik eylem planı çalışma kitabını yaz.",
        "Merge the units' workbooks and write the consolidated action-plan workbook.",
    ),
    "merge.epilog": (
        "Örnekler:\n  maturity merge Gelen/ --out birlesik-2026.xlsx\n"
        "  maturity merge Gelen/ ek/zabita.xlsx --round 2026 --out birlesik.xlsx --report "
        "rapor.json\n"
        "  maturity merge --out birlesik.xlsx      (yalnızca çalışma kitabını veritabanından "
        "yeniden yaz)\n"
        "Kurallar: docs/merging.md. Çıkış kodu: 0 her dosya alındı, 1 bazı dosyalar reddedildi "
        "(diğerleri birleştirildi, günlük nedenini söyler), 2 kullanım hatası ya da "
        "kullanılabilir dosya yok.",
        "Examples:\n  maturity merge incoming/ --out consolidated-2026.xlsx --lang en\n"
        "  maturity merge incoming/ extra/police.xlsx --round 2026 --out consolidated.xlsx "
        "--report report.json\n"
        "  maturity merge --out consolidated.xlsx      (only write the workbook again from the "
        "database)\n"
        "Rules: docs/merging.md. Exit code: 0 every file accepted, 1 some files rejected (the "
        "others merged, the log says why), 2 usage error or nothing usable given.",
    ),
    "merge.inputs": (
        "Birleştirilecek dosyalar ya da klasörler (klasörlerde alt klasörler dahil bütün .xlsx, "
        ".xlsm, .xlsb, .xls ve .ods dosyaları; başka dosyalar çalışma kitabı değil diye "
        "reddedilir).",
        "Files or folders to merge (in folders, every .xlsx, .xlsm, .xlsb, .xls and .ods file, "
        "subfolders included; other files are rejected as not a workbook).",
    ),
    "merge.final_only": (
        "Şehir rakamlarına yalnızca kesinleşmiş değerlendirmeleri al (taslaklar dışarıda, "
        "çalışma kitabı hangilerinin alındığını yazar).",
        "Count only final assessments in the city figures (drafts left out; the workbook says "
        "which were counted).",
    ),
    "merge.out": (
        "Yazılacak birleşik çalışma kitabı (.xlsx). Varsa yeniden yazılır; eylem planı "
        "sütunlarına yazdıklarınız korunur.",
        "The consolidated workbook to write (.xlsx). Written again if it exists; what you "
        "typed in the action-plan columns is kept.",
    ),
    "merge.round": (
        "Yalnızca bu dönemin dosyalarını birleştir; çalışma kitabı bu dönem için yazılır.",
        "Merge only files of this round; the workbook is written for this round.",
    ),
    "merge.report": (
        "Her dosyanın sonucunu makinece okunur JSON olarak bu dosyaya yaz.",
        "Write every file's outcome to this file as machine-readable JSON.",
    ),
    "merge.prefer": (
        "Bir çakışmada bu dosyayı seç: aynı birim ve dönemin birleştirilmiş değerlendirmesinin "
        "yerine geçer (öteki eski sürüm olur). Karar için ayrı tutulmuş bir dosya da yolu "
        "verilerek seçilir; birden çok kez verilebilir.",
        "Choose this file in its conflict: it takes the place of the merged assessment of the "
        "same unit and round (which becomes superseded). A file kept aside earlier is chosen by "
        "its path too; may be given more than once.",
    ),
    "merge.accept_modified": (
        "Dışa aktarıldıktan sonra değiştirilmiş dosyaları da al (işaretlenirler).",
        "Also accept files changed after export (they are flagged).",
    ),
    "merge.workers": (
        "Dosyaları okuyan işçi süreç sayısı (öntanımlı: 100'den çok dosyada 2; 0: tek süreç).",
        "Worker processes reading the files (default: 2 for more than 100 files; 0: none).",
    ),
    "demo": (
        "Birleştirmeyi denemek için örnek birim dışa aktarımları yaz.",
        "Write demo unit exports to try the merge with.",
    ),
    "demo.epilog": (
        "Örnek: maturity demo --units 30 --round 2026 --out ornek/\n"
        "ardından: maturity merge ornek/ --out birlesik.xlsx",
        "Example: maturity demo --units 30 --round 2026 --out demo/ --lang en\n"
        "then: maturity merge demo/ --out consolidated.xlsx --lang en",
    ),
    "demo.units": (
        "Birim sayısı (ilk 30'u gerçek birim adlarıdır).",
        "Number of units (the first 30 are real unit names).",
    ),
    "demo.round": ("Dönem (ör. 2026).", "Round (e.g. 2026)."),
    "demo.out": (
        "Dosyaların yazılacağı klasör (yoksa oluşturulur).",
        "The folder to write to (created if missing).",
    ),
    "demo.seed": (
        "Rastgelelik tohumu: aynı tohum aynı birimleri üretir (öntanımlı 0).",
        "Random seed: the same seed gives the same units (default 0).",
    ),
}


def _language(h) -> str:
    return "tr" if h("lang") == core.HELP["lang"][0] else "en"


class _Progress:
    """A one-line progress display on a terminal's stderr; silent otherwise."""

    def __init__(self):
        self.live = sys.stderr.isatty()
        self.width = 0

    def __call__(self, done: int, total: int, name: str) -> None:
        if not self.live or not total:
            return
        line = f"[{done}/{total}] {name}"[:100]
        status_line(line.ljust(self.width))
        self.width = len(line)

    def clear(self) -> None:
        if self.live and self.width:
            status_line(" " * self.width)
            status_line("")  # back to the line's start


def cmd_merge(ctx: core.Context) -> int:
    from .city_figures import choose_round
    from .engine import merge
    from .outcome import MergeProgress, status_label

    args, lang = ctx.args, ctx.lang
    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() != ".xlsx":
        echo(text("cli.error", lang, detail=text("m.bad_suffix", lang, path=str(out))), err=True)
        return 2
    if out is not None:
        problem = check_target(out)  # before anything is stored
        if problem is not None:
            echo(text("cli.error", lang, detail=problem.message(lang)), err=True)
            return 1
    if not args.inputs and not args.prefer:
        if out is None:
            echo(text("cli.error", lang, detail=text("m.nothing_to_do", lang)), err=True)
            return 2
        return _write_workbook(ctx, out, args.round)

    shown = _Progress()
    report_path = Path(args.report) if args.report else None
    report = merge(
        args.inputs,
        ctx.store,
        ctx.questionnaire,
        round=args.round,
        accept_modified=args.accept_modified,
        progress=MergeProgress(shown),
        workers=args.workers,
        exclude=[p for p in (out, report_path) if p is not None],
        prefer=args.prefer,
    )
    shown.clear()
    if report.cancelled:
        echo(text("m.interrupted", lang), err=True)
    for outcome in report.outcomes:
        _log_unexpected(outcome)
        if outcome.status == "accepted" and not outcome.reasons:
            continue
        echo(f"{status_label(outcome.status, lang)}: {inline(outcome.path)}")
        for line in outcome.lines(lang):
            echo("    " + line.replace("\n", "\n    "))
    echo(report.summary(lang))
    extra: dict = {}
    code = max(report.exit_code, _unresolved_preferences(report, args.prefer, lang))
    if code == 2:
        echo(text("cli.error", lang, detail=text("m.nothing_usable", lang)), err=True)
    elif out is not None:
        rounds = report.stored_rounds or [o.round for o in report.outcomes if o.round]
        chosen = args.round or choose_round(ctx.store, ctx.questionnaire, rounds)
        if len(set(report.stored_rounds)) > 1 and not args.round:
            echo(
                text("m.several_rounds", lang, rounds=", ".join(report.stored_rounds), round=chosen)
            )
        written = _write_workbook(ctx, out, chosen, extra)
        code = max(code, written)
    if report_path is not None:
        data = report.as_dict(lang) | extra
        from ..atomic import write_atomically

        def write(temp: Path) -> None:
            temp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

        write_atomically(report_path, write)
        echo(text("m.report_written", lang, path=str(report_path)))
    return code


def _unresolved_preferences(report, preferred: list[str], lang: str) -> int:
    """1 when a file given with --prefer was in no conflict (each named), else 0."""
    from .outcome import status_label

    by_path = {os.path.normcase(os.path.abspath(o.path)): o for o in report.outcomes}
    code = 0
    for given in preferred:
        outcome = by_path.get(os.path.normcase(os.path.abspath(given)))
        if outcome and any(r.code == "m.conflict_preferred" for r in outcome.reasons):
            continue
        status = status_label(outcome.status, lang) if outcome else "-"
        detail = text("m.prefer_no_conflict", lang, file=Path(given).name, status=status)
        echo(text("cli.error", lang, detail=detail), err=True)
        code = 1
    return code


def _log_unexpected(outcome) -> None:
    """A reader process's traceback stays in that process: the log the message points to
    holds at least the file and the error."""
    for reason in outcome.reasons:
        if reason.code == "m.unexpected":
            from ..terminal import log

            log.error("Unexpected failure on %s: %s", outcome.path, reason.params.get("detail"))


def _write_workbook(
    ctx: core.Context, out: Path, round: str | None, extra: dict | None = None
) -> int:
    """Write the consolidated workbook of ``round``; 0 when written, else 1 with the reason."""
    from .city_figures import consolidate
    from .consolidated import write_consolidation

    lang = ctx.lang
    try:
        data = consolidate(ctx.store, ctx.questionnaire, round, final_only=ctx.args.final_only)
        written = write_consolidation(
            ctx.store,
            data,
            out,
            lang,
            on_kept=lambda copy: echo(text("m.kept_previous", lang, path=str(copy))),
        )
    except MaturityError as exc:
        echo(
            text(
                "cli.error", lang, detail=text("m.workbook_failed", lang, detail=exc.message(lang))
            ),
            err=True,
        )
        if extra is not None:
            extra["workbook_error"] = exc.message(lang)
        return 1
    echo(text("m.written", lang, path=str(written), round=data.round, units=len(data.units)))
    if extra is not None:
        extra["workbook"] = str(written)
        extra["workbook_round"] = data.round
    return 0


def cmd_demo(ctx: core.Context) -> int:
    from .demo_exports import write_demo

    args = ctx.args
    written = write_demo(
        ctx.questionnaire, args.out, args.units, args.round, seed=args.seed, lang=ctx.lang
    )
    echo(text("m.demo_written", ctx.lang, count=len(written), folder=str(Path(args.out))))
    return 0


def extend(sub, command, h) -> None:
    lang = _language(h)

    def units(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = 0
        if not 1 <= number <= 100_000:
            raise argparse.ArgumentTypeError(text("m.demo_units", lang, value=value))
        return number

    def workers(value: str) -> int:
        number = int(value)
        if number < 0:
            raise ValueError(value)
        return number

    merging = command(sub, "merge", "merge", cmd_merge, "merge.epilog")
    merging.add_argument("inputs", nargs="*", help=h("merge.inputs"))
    merging.add_argument("--out", help=h("merge.out"))
    merging.add_argument("--round", help=h("merge.round"))
    merging.add_argument("--report", help=h("merge.report"))
    merging.add_argument("--accept-modified", action="store_true", help=h("merge.accept_modified"))
    merging.add_argument("--final-only", action="store_true", help=h("merge.final_only"))
    merging.add_argument("--prefer", action="append", default=[], help=h("merge.prefer"))
    merging.add_argument("--workers", type=workers, default=None, help=h("merge.workers"))

    demo = command(sub, "demo", "demo", cmd_demo, "demo.epilog")
    demo.add_argument("--units", type=units, required=True, help=h("demo.units"))
    demo.add_argument("--round", required=True, help=h("demo.round"))
    demo.add_argument("--out", required=True, help=h("demo.out"))
    demo.add_argument("--seed", type=int, default=0, help=h("demo.seed"))


core.HELP.update(HELP)
if extend not in core.EXTENSIONS:
    core.EXTENSIONS.append(extend)

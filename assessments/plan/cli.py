"""``maturity plan draft|show|export|document|import`` (and ``forms|collect|monitor``, from
``assessments.monitoring.cli``): the Smart City Action Plan.

Importing this module registers the subcommand with ``assessments.cli`` (add
"assessments.plan.cli" to its extension list). Exit codes: 0 done, 1 a failure with its reason
(nothing half-written, nothing half-imported), 2 a usage error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .. import cli as core
from ..cli_parser import metavar
from ..messages import text
from ..monitoring import cli as monitoring
from . import words  # noqa: F401  (registers the p.* messages)

HELP = {
    "plan": (
        "Akıllı Şehir Eylem Planı: taslak, görüntüleme, Excel ve Word çıktıları, içe aktarma.",
        "The Smart City Action Plan: draft, show, Excel and Word outputs, import.",
    ),
    "plan.draft": (
        "Dönemin sonuçlarından taslak eylem planı oluştur.",
        "Make a draft action plan from a round's results.",
    ),
    "plan.draft.epilog": (
        "Örnek: maturity plan draft --round 2026 --top 15\nKurallar: docs/action-plan.md",
        "Example: maturity plan draft --round 2026 --top 15 --lang en\nRules: docs/action-plan.md",
    ),
    "plan.round": (
        "Değerlendirme dönemi (öntanımlı: en son dönem).",
        "Assessment round (default: the latest).",
    ),
    "plan.top": (
        "Öncelik sırasından alınacak uygulama sayısı (uyum açıkları her zaman alınır; öntanımlı "
        "15).",
        "Practices taken from the priority order (compliance gaps always are; default 15).",
    ),
    "plan.replace": (
        "Var olan planın yerine yaz (eski plan geçmişte kalır).",
        "Replace the existing plan (the old one stays in the history).",
    ),
    "plan.by": (
        "Amaçlar boyutlara (dimension) ya da temalara (theme) göre.",
        "Goals by dimension or by theme.",
    ),
    "plan.city": ("Şehir adı (öntanımlı Balıkesir).", "City name (default Balıkesir)."),
    "plan.show": ("Planı göster.", "Show the plan."),
    "plan.export": (
        "Eylem planı çalışma kitabını (.xlsx) yaz.",
        "Write the action-plan workbook (.xlsx).",
    ),
    "plan.document": (
        "Eylem planı belgesini (.docx, isteğe bağlı PDF) yaz.",
        "Write the action-plan document (.docx, optionally PDF).",
    ),
    "plan.import": (
        "Çalışma kitabındaki düzenlemeleri plana al (ya hepsi ya hiçbiri).",
        "Take the edits in the workbook into the plan (all or nothing).",
    ),
    "plan.out": ("Yazılacak dosya.", "The file to write."),
    "plan.pdf": ("Ayrıca PDF yaz (LibreOffice gerekir).", "Also write a PDF (needs LibreOffice)."),
    "plan.file": ("Eylem planı çalışma kitabı (.xlsx).", "The action-plan workbook (.xlsx)."),
}


def repository(ctx: core.Context):
    """The plan repository on the coordinator's database (assessments.store.plans)."""
    from ..store.plans import PlanRepository

    units = [u.name for u in ctx.store.units()]
    units += [q.owner_unit for q in ctx.questionnaire.questions if q.owner_unit]
    question_ids = {q.id for q in ctx.questionnaire.questions}
    return PlanRepository(ctx.store, units=units, question_ids=question_ids)


def _usage(ctx: core.Context, code: str, **params) -> int:
    print(text("cli.error", ctx.lang, detail=text(code, ctx.lang, **params)), file=sys.stderr)
    return 2


def _plan(ctx: core.Context, repo):
    from ..messages import MaturityError

    plan = repo.load()
    if plan is None:
        raise MaturityError("p.no_plan")
    return plan


def _state(ctx: core.Context, round: str | None):
    from ..merge.city_figures import answer_rows, consolidate
    from .state import from_consolidation

    data = consolidate(ctx.store, ctx.questionnaire, round)
    return from_consolidation(data, answer_rows(ctx.store, data))


def cmd_draft(ctx: core.Context) -> int:
    from dataclasses import replace

    from ..messages import MaturityError
    from .draft import draft_plan
    from .library import bundled_library

    args = ctx.args
    repo = repository(ctx)
    old = repo.load()
    if old is not None and not args.replace:
        raise MaturityError("p.exists")
    state = _state(ctx, args.round)
    plan = draft_plan(
        state,
        ctx.questionnaire,
        bundled_library(ctx.questionnaire),
        lang=ctx.lang,
        top=args.top,
        units=[u.name for u in ctx.store.units()],
        city=args.city,
        by=args.by,
    )
    if old is not None:  # the same plan, drafted again: its history goes on
        plan = replace(plan, key=old.key, version=old.version)
    plan = repo.save_plan(plan, kind="draft")
    print(
        text(
            "p.drafted",
            ctx.lang,
            goals=len(plan.goals),
            targets=len(plan.targets()),
            actions=len(plan.actions()),
            round=plan.round,
        )
    )
    return 0


def cmd_show(ctx: core.Context) -> int:
    from ..formatting import number
    from .codec import dumps
    from .layout import quarter_text
    from .words import label

    plan = _plan(ctx, repository(ctx))
    if ctx.args.json:
        print(dumps(plan))
        return 0
    lang = ctx.lang
    print(
        f"{plan.title} — {plan.city} {plan.start_year}-{plan.end_year} "
        f"({label(plan.status, lang)}, v{plan.version})"
    )
    for goal in plan.goals:
        print(f"{goal.code} {goal.title}")
        for target in goal.targets:
            print(f"  {target.code} {target.title} [{target.responsible_unit}]")
            for a in target.actions:
                cost = number(a.total_cost, lang, 0)
                print(
                    f"    {a.code} {a.title} | {a.responsible_unit} | "
                    f"{quarter_text(a.start, lang) or '-'}–{quarter_text(a.end, lang) or '-'}"
                    f" | {cost} TL | {label(a.funding, lang)}"
                )
    return 0


def cmd_export(ctx: core.Context) -> int:
    from .workbook import write_workbook

    out = Path(ctx.args.out)
    if out.suffix.lower() != ".xlsx":
        return _usage(ctx, "p.bad_suffix", suffix=".xlsx", path=str(out))
    written = write_workbook(_plan(ctx, repository(ctx)), out, ctx.lang, ctx.questionnaire)
    print(text("p.written", ctx.lang, path=str(written)))
    return 0


def cmd_document(ctx: core.Context) -> int:
    from ..messages import MaturityError
    from .document import write_document, write_pdf

    args, lang = ctx.args, ctx.lang
    out = Path(args.out)
    if out.suffix.lower() != ".docx":
        return _usage(ctx, "p.bad_suffix", suffix=".docx", path=str(out))
    plan = _plan(ctx, repository(ctx))
    try:
        state = _state(ctx, plan.round or None)
    except MaturityError:
        state = None  # the document then says no results were given
    monitoring_measure = None
    if args.period:
        period = monitoring.period_of(ctx)
        if period is None:
            return 2
        from ..monitoring.report import measure_period

        monitoring_measure = measure_period(ctx.store, plan, period, lang)
    written = write_document(plan, out, state, ctx.questionnaire, lang, monitoring_measure)
    print(text("p.written", lang, path=str(written)))
    if args.pdf:
        pdf = write_pdf(written, args.pdf)
        if pdf is None:
            print(text("p.no_pdf", lang), file=sys.stderr)
            return 1
        print(text("p.written", lang, path=str(pdf)))
    return 0


def cmd_import(ctx: core.Context) -> int:
    from .workbook_import import read_plan_workbook

    repo = repository(ctx)
    plan = _plan(ctx, repo)
    result = read_plan_workbook(ctx.args.file, plan, ctx.questionnaire, repo.units)
    repo.save_plan(result.plan, kind="import")
    print(
        text(
            "p.imported",
            ctx.lang,
            changed=result.changed,
            added=result.added,
            removed=result.removed,
        )
    )
    return 0


def extend(sub, command, h) -> None:
    def positive(value: str) -> int:
        number = int(value)
        if number < 1:
            raise ValueError(value)
        return number

    plan = sub.add_parser("plan", help=h("plan"), description=h("plan"))
    psub = plan.add_subparsers(dest="action", required=True, metavar=metavar("action", plan.LANG))
    draft = command(psub, "draft", "plan.draft", cmd_draft, "plan.draft.epilog")
    draft.add_argument("--round", help=h("plan.round"))
    draft.add_argument("--top", type=positive, default=15, help=h("plan.top"))
    draft.add_argument("--replace", action="store_true", help=h("plan.replace"))
    draft.add_argument("--city", default="Balıkesir", help=h("plan.city"))
    draft.add_argument(
        "--by", choices=("dimension", "theme"), default="dimension", help=h("plan.by")
    )
    show = command(psub, "show", "plan.show", cmd_show)
    show.add_argument("--json", action="store_true", help=h("json"))
    export = command(psub, "export", "plan.export", cmd_export)
    export.add_argument("--out", required=True, help=h("plan.out"))
    document = command(psub, "document", "plan.document", cmd_document)
    document.add_argument("--out", required=True, help=h("plan.out"))
    document.add_argument("--pdf", help=h("plan.pdf"))
    document.add_argument("--period", help=h("plan.document_period"))
    importing = command(psub, "import", "plan.import", cmd_import)
    importing.add_argument("file", help=h("plan.file"))
    monitoring.add_commands(psub, command, h, _with_plan)


def _with_plan(func):
    """A command that needs the database's plan: ``func(ctx, plan)``."""

    def run(ctx: core.Context) -> int:
        return func(ctx, _plan(ctx, repository(ctx)))

    return run


core.HELP.update(HELP)
core.HELP.update(monitoring.HELP)
if extend not in core.EXTENSIONS:
    core.EXTENSIONS.append(extend)

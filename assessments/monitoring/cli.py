"""``maturity plan forms|collect|monitor``: the six-monthly monitoring of the action plan.

Registered on the ``plan`` command by ``assessments.plan.cli``. Exit codes: 0 done, 1 a
failure with its reason or a form refused (the others are still taken), 2 a usage error.
"""

from __future__ import annotations

from pathlib import Path

from ..messages import MaturityError, text
from ..terminal import echo
from . import words  # noqa: F401  (registers the mon.* messages)
from .periods import Period

HELP = {
    "plan.forms": (
        "Her sorumlu birim için dönemin izleme formunu (.xlsx) yaz.",
        "Write each responsible unit's monitoring form (.xlsx) for the period.",
    ),
    "plan.forms.epilog": (
        "Örnek: maturity plan forms --period 2027-1 --out izleme-formlari\n"
        "Birimler sarı hücreleri Excel ya da LibreOffice ile doldurup geri gönderir.",
        "Example: maturity plan forms --period 2027-1 --out forms --lang en\n"
        "Units fill in the yellow cells in Excel or LibreOffice and send the files back.",
    ),
    "plan.period": (
        "İzleme dönemi: yıl ve altı aylık dönem, ör. 2027-1 (Ocak-Haziran), 2027-2.",
        "Monitoring period: a year and a half, e.g. 2027-1 (January-June), 2027-2.",
    ),
    "plan.forms_out": ("Formların yazılacağı klasör.", "The folder to write the forms in."),
    "plan.collect": (
        "Birimlerin doldurduğu izleme formlarını veritabanına al.",
        "Take the units' filled monitoring forms into the database.",
    ),
    "plan.collect_inputs": (
        "İzleme formları ya da onları içeren klasörler.",
        "Monitoring forms, or folders holding them.",
    ),
    "plan.accept_modified": (
        "Sabit hücreleri değiştirilmiş formları da al.",
        "Also take forms whose fixed cells were changed.",
    ),
    "plan.effect": (
        "Eylemlerin ele aldığı uygulamaların düzeyi planın döneminden sonraki döneme nasıl "
        "değişti.",
        "How the levels of the practices the actions address changed from the plan's round to "
        "a later one.",
    ),
    "plan.later_round": (
        "Karşılaştırılacak sonraki dönem (öntanımlı: en son dönem).",
        "The later round to compare with (default: the latest).",
    ),
    "plan.document_period": (
        "Belgeye bu izleme döneminin raporunu da ekle, ör. 2027-1.",
        "Add this monitoring period's report to the document, e.g. 2027-1.",
    ),
    "plan.monitor": (
        "Dönemin izleme çalışma kitabını (.xlsx) yaz: durum panosu, göstergeler, gecikenler.",
        "Write the period's monitoring workbook (.xlsx): status board, indicators, delays.",
    ),
}


def period_of(ctx) -> Period | None:
    """The --period given, or None after saying why it is not one (a usage error, exit 2)."""
    try:
        return Period.parse(ctx.args.period)
    except ValueError:
        detail = text("mon.bad_period", ctx.lang, value=ctx.args.period)
        echo(text("cli.error", ctx.lang, detail=detail), err=True)
        return None


def cmd_forms(ctx, plan) -> int:
    from .forms import write_forms

    period = period_of(ctx)
    if period is None:
        return 2
    folder = Path(ctx.args.out)
    written = write_forms(plan, period, folder, ctx.lang)
    echo(
        text(
            "mon.forms_written",
            ctx.lang,
            count=len(written),
            period=period.label(ctx.lang),
            folder=str(folder),
        )
    )
    return 0


def cmd_collect(ctx, plan) -> int:
    from .collect import OUTCOMES, collect

    result = collect(ctx.store, plan, ctx.args.inputs, ctx.args.accept_modified)
    for item in result.files:
        if item.status == "accepted":
            continue
        for problem in item.problems or ():
            line = problem.message(ctx.lang)
            if not problem.source:  # a folder that could not be searched names itself
                line = f"{item.name}: {line}"
            echo(line, err=item.status == "rejected")
    counts = {status: result.count(status) for status in OUTCOMES}
    echo(text("mon.collected", ctx.lang, files=len(result.files), **counts))
    return result.exit_code


def cmd_monitor(ctx, plan) -> int:
    from .report import write_period_workbook

    period = period_of(ctx)
    if period is None:
        return 2
    out = Path(ctx.args.out)
    if out.suffix.lower() != ".xlsx":
        raise MaturityError("p.bad_suffix", suffix=".xlsx", path=str(out))
    written = write_period_workbook(ctx.store, ctx.questionnaire, plan, period, out, ctx.lang)
    echo(text("p.written", ctx.lang, path=str(written)))
    return 0


def cmd_effect(ctx, plan) -> int:
    """Which actions moved their practices between the plan's round and a later one."""
    from ..formatting import number
    from .report import effects_for

    effects = effects_for(ctx.store, ctx.questionnaire, plan, ctx.args.round)
    if effects is None:
        raise MaturityError("mon.no_later_round", round=plan.round or "-")
    found, (before, after) = effects
    lang = ctx.lang
    echo(text("mon.effect_head", lang, before=before, after=after))
    for effect in found:
        word = {True: "mon.moved", False: "mon.not_moved", None: "mon.not_compared"}
        echo(f"{effect.action.code} {effect.action.title}: {text(word[effect.moved], lang)}")
        for step in effect.steps:
            levels = f"{number(step.before, lang)} → {number(step.after, lang)}"
            planned = f"{step.planned_from} → {step.planned_to}"
            echo(
                "    "
                + text(
                    "mon.effect_step",
                    lang,
                    question=step.question_id,
                    levels=levels,
                    planned=planned,
                    units=len(step.units),
                )
            )
    return 0


def add_commands(psub, command, h, with_plan) -> None:
    """The monitoring subcommands of ``plan``; ``with_plan`` wraps a command that needs the
    database's plan."""
    forms = command(psub, "forms", "plan.forms", with_plan(cmd_forms), "plan.forms.epilog")
    forms.add_argument("--period", required=True, help=h("plan.period"))
    forms.add_argument("--out", required=True, help=h("plan.forms_out"))
    collecting = command(psub, "collect", "plan.collect", with_plan(cmd_collect))
    collecting.add_argument("inputs", nargs="+", help=h("plan.collect_inputs"))
    collecting.add_argument(
        "--accept-modified", action="store_true", help=h("plan.accept_modified")
    )
    effect = command(psub, "effect", "plan.effect", with_plan(cmd_effect))
    effect.add_argument("--round", help=h("plan.later_round"))
    monitor = command(psub, "monitor", "plan.monitor", with_plan(cmd_monitor))
    monitor.add_argument("--period", required=True, help=h("plan.period"))
    monitor.add_argument("--out", required=True, help=h("plan.out"))

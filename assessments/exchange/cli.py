"""``maturity export``, ``maturity template`` and ``maturity import``.

Importing this module registers the three subcommands with ``assessments.cli``; their help
texts join the CLI's HELP table. The workbook language is the command's ``--lang``.
"""

from __future__ import annotations

from pathlib import Path

from .. import cli as core
from ..messages import text
from ..terminal import echo

HELP = {
    "x.export": (
        "Bir birimin değerlendirmesini Excel'e aktar.",
        "Export a unit's assessment to Excel.",
    ),
    "x.export.epilog": (
        'Örnek: maturity export --unit "Bilgi İşlem Dairesi Başkanlığı" --round 2026 --out '
        "bilgi-islem-2026.xlsx",
        'Example: maturity export --unit "Bilgi İşlem Dairesi Başkanlığı" --round 2026 --out '
        "it-2026.xlsx --lang en",
    ),
    "x.out": (
        "Yazılacak .xlsx dosyası (öntanımlı: birim ve dönemden bir ad, bu klasörde).",
        "The .xlsx file to write (default: a name from unit and round, in this folder).",
    ),
    "x.template": (
        "Uygulamasız doldurulacak bir Excel şablonu yaz.",
        "Write an Excel template to fill in without the app.",
    ),
    "x.template.epilog": (
        'Örnek: maturity template --unit "Zabıta Dairesi Başkanlığı" --round 2026 --out '
        "zabita-sablon.xlsx",
        "Example: maturity template --round 2026 --out template.xlsx --lang en",
    ),
    "x.template.unit": (
        "Şablona yazılacak birim (boşsa birim kendisi yazar).",
        "Unit to pre-fill (empty: the unit writes it).",
    ),
    "x.template.round": ("Şablona yazılacak dönem.", "Round to pre-fill."),
    "x.template.profile": (
        "Birim profili (ör. hizmet, destek, altyapi, saha, kurum-geneli-sahibi, tam): şablon "
        "yalnız bu profilin birime sorduğu uygulamaları listeler.",
        "Unit profile (e.g. hizmet, destek, altyapi, saha, kurum-geneli-sahibi, tam): the "
        "template lists only the practices it asks of the unit.",
    ),
    "x.import": (
        "Bir dışa aktarımı ya da doldurulmuş şablonu veritabanına al.",
        "Import an export or a filled template into the database.",
    ),
    "x.import.epilog": (
        "Örnek: maturity import bilgi-islem-2026.xlsx\nDosyadaki her sorun hücresiyle birlikte "
        "listelenir; "
        "dosya bütünüyle geçerli değilse hiçbir şey kaydedilmez.",
        "Example: maturity import it-2026.xlsx\nEvery problem in the file is listed with its cell; "
        "nothing is stored unless the whole file is valid.",
    ),
    "x.import.file": (
        "İçe aktarılacak çalışma kitabı (.xlsx, .xlsm, .xlsb, .xls ya da .ods).",
        "The workbook to import (.xlsx, .xlsm, .xlsb, .xls or .ods).",
    ),
    "x.accept_modified": (
        "Dışa aktarıldıktan sonra Excel'de değiştirilmiş bir dosyayı da al (işaretlenir).",
        "Also import a file changed in Excel after export (it is flagged).",
    ),
}


def cmd_export(ctx) -> int:
    from .export import export_assessment, suggested_file_name

    info = ctx.store.get_assessment(ctx.args.unit, ctx.args.round)
    out = Path(ctx.args.out) if ctx.args.out else Path(suggested_file_name(info, ctx.lang))
    written = export_assessment(ctx.store, ctx.questionnaire, info.uuid, out, ctx.lang)
    echo(text("x.exported", ctx.lang, path=written))
    return 0


def cmd_template(ctx) -> int:
    from .template import suggested_template_name, write_template

    args = ctx.args
    unit, profile = args.unit, args.profile
    if unit:  # a unit of the register: its name as registered and its profile
        from ..unit_register import entry_for

        entry = entry_for(ctx.store, unit)  # a typo of a unit on file: "did you mean"
        if entry is not None:
            unit, profile = entry.name, profile or entry.profile or None
    out = Path(args.out) if args.out else Path(suggested_template_name(ctx.lang, unit, args.round))
    if profile is not None:
        from ..profiles import profile_questions

        profile_questions(ctx.questionnaire, profile)  # an unknown profile: a clear message
    written = write_template(
        ctx.questionnaire, out, ctx.lang, unit=unit, round=args.round, profile=profile
    )
    echo(text("x.template_written", ctx.lang, path=written))
    return 0


def cmd_import(ctx) -> int:
    from .importer import import_file

    result = import_file(
        ctx.store, ctx.questionnaire, ctx.args.file, accept_modified=ctx.args.accept_modified
    )
    echo(result.message(ctx.lang))
    return 0


def extend(sub, command, h) -> None:
    export = command(sub, "export", "x.export", cmd_export, "x.export.epilog")
    export.add_argument("--unit", required=True, help=h("unit"))
    export.add_argument("--round", required=True, help=h("round"))
    export.add_argument("--out", help=h("x.out"))

    template = command(sub, "template", "x.template", cmd_template, "x.template.epilog")
    template.add_argument("--out", help=h("x.out"))
    template.add_argument("--unit", help=h("x.template.unit"))
    template.add_argument("--round", help=h("x.template.round"))
    template.add_argument("--profile", help=h("x.template.profile"))

    importing = command(sub, "import", "x.import", cmd_import, "x.import.epilog")
    importing.add_argument("file", help=h("x.import.file"))
    importing.add_argument("--accept-modified", action="store_true", help=h("x.accept_modified"))


core.HELP.update(HELP)
if extend not in core.EXTENSIONS:
    core.EXTENSIONS.append(extend)

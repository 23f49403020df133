"""``maturity report``: write one unit's PDF report for one round.

Registered with ``assessments.cli.EXTENSIONS`` when ``assessments.cli.main`` imports this module.
"""

from __future__ import annotations

import os
from pathlib import Path

from .. import cli
from ..messages import MaturityError, text
from ..terminal import echo

cli.HELP.update(
    {
        "report": (
            "Bir birimin bir döneme ait sonuç raporunu imzaya hazır PDF olarak yaz (A4: sonuçlar, "
            "onay bloğu, notlar ve kanıtlar eki).",
            "Write a unit's results for one round as a PDF report ready to sign (A4: results, "
            "approval block, appendix of notes and evidence).",
        ),
        "report.epilog": (
            'Örnek: maturity report --unit "Bilgi İşlem Dairesi Başkanlığı" --round 2026 --out '
            "rapor.pdf",
            'Example: maturity report --unit "Bilgi İşlem Dairesi Başkanlığı" --round 2026 --out '
            "report.pdf --lang en",
        ),
        "report.out": (
            "Yazılacak PDF dosyası (varsa üzerine yazılır).",
            "The PDF file to write (replaced if it exists).",
        ),
        "report.logo": (
            "İlk sayfanın üstüne konacak logo (PNG ya da JPEG; öntanımlı: MATURITY_LOGO).",
            "A logo for the top of page 1 (PNG or JPEG; default: MATURITY_LOGO).",
        ),
    }
)


def cmd_report(ctx: cli.Context) -> int:
    from ..results import load_results
    from .pdf import write_report

    out = Path(ctx.args.out)
    if out.suffix.lower() != ".pdf":
        raise MaturityError("r.bad_suffix", path=str(out))
    info = ctx.store.get_assessment(ctx.args.unit, ctx.args.round)
    results = load_results(ctx.store, ctx.questionnaire, info.uuid)
    logo = ctx.args.logo or os.environ.get("MATURITY_LOGO") or None
    write_report(results, out, ctx.lang, logo=logo)
    echo(text("r.written", ctx.lang, path=str(out)))
    return 0


def extend(sub, command, h) -> None:
    report = command(sub, "report", "report", cmd_report, "report.epilog")
    report.add_argument("--unit", required=True, help=h("unit"))
    report.add_argument("--round", required=True, help=h("round"))
    report.add_argument("--out", required=True, help=h("report.out"))
    report.add_argument("--logo", help=h("report.logo"))


if extend not in cli.EXTENSIONS:
    cli.EXTENSIONS.append(extend)

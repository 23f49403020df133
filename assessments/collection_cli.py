"""``maturity round open|status|close``: the data-collection round (``assessments.collection``).
Registered with ``assessments.cli`` as an extension."""

from __future__ import annotations

from . import cli as core
from . import collection
from .cli_parser import metavar
from .messages import text
from .terminal import echo, inline

HELP = {
    "round": (
        "Veri toplama turu: aç (şablonlarla), durumunu gör, kapat.",
        "The data-collection round: open it (with the templates), see its status, close it.",
    ),
    "round.open": (
        "Dönemin veri toplama turunu aç ve her beklenen birime doldurulmuş bir şablon yaz.",
        "Open the round's data collection and write a pre-filled template for every unit.",
    ),
    "round.open.epilog": (
        "Örnek: maturity round open 2026 --due 31.01.2027 --out sablonlar/\n"
        "--unit verilmezse veritabanındaki bütün birimler beklenir.",
        "Example: maturity round open 2026 --due 2027-01-31 --out templates/ --lang en\n"
        "Without --unit every unit in the database is expected.",
    ),
    "round.status": (
        "Kim gönderdi, kimin dosyası reddedildi, kim gecikti (e-posta metniyle).",
        "Who has sent, whose file was rejected, who is late (with an e-mail text).",
    ),
    "round.close": ("Veri toplama turunu kapat.", "Close the data-collection round."),
    "round.label": ("Dönem, ör. 2026.", "The round, e.g. 2026."),
    "round.unit": (
        "Beklenen birim (birden çok kez verilebilir).",
        "An expected unit (repeatable).",
    ),
    "round.due": ("Son gün (GG.AA.YYYY).", "The due date (YYYY-MM-DD)."),
    "round.out": ("Şablonların yazılacağı klasör.", "The folder for the templates."),
    "round.mail": ("E-posta bağlantılarını da yaz.", "Also print the e-mail links."),
}


def cmd_open(ctx) -> int:
    args, lang = ctx.args, ctx.lang
    due = collection.parse_due(args.due)
    opened, written = collection.open_round(
        ctx.store, ctx.questionnaire, args.label, args.unit or [], args.out, due, lang
    )
    echo(
        text(
            "r.opened",
            lang,
            round=opened.round,
            count=len(written),
            due=collection.shown_due(due, lang),
            folder=str(args.out),
        )
    )
    return 0


def cmd_status(ctx) -> int:
    lang = ctx.lang
    opened, found = collection.round_status(ctx.store, ctx.questionnaire, ctx.args.label, lang)
    for unit in found:
        detail = f" — {unit.detail}" if unit.detail else ""
        echo(
            text(
                "r.status_line", lang, unit=inline(unit.unit), state=unit.text(lang), detail=detail
            )
        )
        if ctx.args.mail and unit.mailto:
            echo(f"    {unit.mailto}")
    echo(collection.summary(opened, found, lang))
    return 0


def cmd_close(ctx) -> int:
    closed = ctx.store.collection.close(ctx.args.label)
    echo(text("r.closed", ctx.lang, round=closed.round))
    return 0


def extend(sub, command, h) -> None:
    parser = sub.add_parser("round", help=h("round"), description=h("round"))
    rsub = parser.add_subparsers(
        dest="action", required=True, metavar=metavar("action", parser.LANG)
    )
    opening = command(rsub, "open", "round.open", cmd_open, "round.open.epilog")
    opening.add_argument("label", help=h("round.label"))
    opening.add_argument("--unit", action="append", help=h("round.unit"))
    opening.add_argument("--due", help=h("round.due"))
    opening.add_argument("--out", required=True, help=h("round.out"))
    status = command(rsub, "status", "round.status", cmd_status)
    status.add_argument("label", help=h("round.label"))
    status.add_argument("--mail", action="store_true", help=h("round.mail"))
    closing = command(rsub, "close", "round.close", cmd_close)
    closing.add_argument("label", help=h("round.label"))


core.HELP.update(HELP)
if extend not in core.EXTENSIONS:
    core.EXTENSIONS.append(extend)

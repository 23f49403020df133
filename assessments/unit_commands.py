"""``maturity units rename|merge|remove``: keeping the city's unit list clean (issue 15,
item 1); the rules are ``store.registry``'s."""

from __future__ import annotations

from .messages import text
from .terminal import echo

HELP = {
    "units.rename": (
        "Birimin adını değiştir (değerlendirmeleri yeni adla kalır).",
        "Rename a unit (its assessments keep the new name).",
    ),
    "units.merge": (
        "Bir birimi başka bir birimle birleştir: değerlendirmeleri yanıtları ve geçmişiyle "
        "taşınır, ilk birim silinir.",
        "Merge a unit into another: its assessments move with their answers and history, the "
        "first unit is removed.",
    ),
    "units.remove": (
        "Değerlendirmesi olmayan bir birimi sil.",
        "Remove a unit that has no assessment.",
    ),
    "units.old": ("Birimin bugünkü adı.", "The unit's name now."),
    "units.new": ("Yeni ad.", "The new name."),
    "units.source": ("Katılacak birim (silinir).", "The unit to merge (removed)."),
    "units.target": ("Katılınan birim (kalır).", "The unit merged into (kept)."),
}


def cmd_rename(ctx) -> int:
    unit = ctx.store.registry.rename(ctx.args.old, ctx.args.new)
    echo(text("s.unit_renamed", ctx.lang, old=ctx.args.old, new=unit.name))
    return 0


def cmd_merge(ctx) -> int:
    moved = ctx.store.registry.merge(ctx.args.source, ctx.args.target)
    echo(
        text("s.unit_merged", ctx.lang, source=ctx.args.source, target=ctx.args.target, count=moved)
    )
    return 0


def cmd_remove(ctx) -> int:
    ctx.store.registry.remove(ctx.args.name)
    echo(text("s.unit_removed", ctx.lang, name=ctx.args.name))
    return 0


def extend(usub, command, h) -> None:
    rename = command(usub, "rename", "units.rename", cmd_rename)
    rename.add_argument("old", help=h("units.old"))
    rename.add_argument("new", help=h("units.new"))
    merge = command(usub, "merge", "units.merge", cmd_merge)
    merge.add_argument("source", help=h("units.source"))
    merge.add_argument("target", help=h("units.target"))
    remove = command(usub, "remove", "units.remove", cmd_remove)
    remove.add_argument("name", help=h("name"))

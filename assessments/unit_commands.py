"""``maturity units list|add|edit|load|rename|merge|remove``: the city's unit register and
keeping it clean (issue 15, item 1); the rules are ``store.registry``'s and
``unit_register``'s."""

from __future__ import annotations

from .messages import text
from .terminal import echo, inline

DETAIL_OPTIONS = ("code", "profile", "contact", "email")
COLUMNS = {
    "code": ("Kod", "Code"),
    "name": ("Birim", "Unit"),
    "profile": ("Profil", "Profile"),
    "contact": ("İlgili kişi", "Contact"),
    "email": ("E-posta", "E-mail"),
}
HELP = {
    "units.code": (
        "Birimin kısa kodu (dosya adlarında; ör. BIDB).",
        "The unit's short code (used in file names; e.g. BIDB).",
    ),
    "units.profile": (
        "Birimin yanıtladığı soru seti profili (ör. hizmet, destek, altyapi, saha).",
        "The questionnaire profile the unit answers (e.g. hizmet, destek, altyapi, saha).",
    ),
    "units.contact": ("Birimde ilgili kişi.", "The unit's contact person."),
    "units.email": ("İlgili kişinin e-posta adresi.", "The contact person's e-mail address."),
    "units.edit": (
        "Birimin kodunu, profilini, ilgili kişisini ya da e-postasını değiştir.",
        "Change a unit's code, profile, contact person or e-mail.",
    ),
    "units.load": (
        "Birim listesini yükle: verilmezse programla gelen Balıkesir başlangıç listesi; ya da "
        "bir çalışma kitabı (Birim, Kod, Profil, İlgili kişi, E-posta sütunları), her satırı "
        "bir birim olan bir metin dosyası. Liste bütünüyle denetlenir: bir sorunu olan liste "
        "hiçbir şey kaydetmez; kayıtlı birimlerin yalnızca eksik bilgileri tamamlanır.",
        "Load a unit list: without a file, the Balıkesir starting list shipped with the program; "
        "or a workbook (columns Birim, Kod, Profil, İlgili kişi, E-posta), a text file with one "
        "unit a line. The list is checked whole: a list with a problem stores nothing; units on "
        "file only get the fields they lack.",
    ),
    "units.file": ("Birim listesi dosyası.", "The unit list file."),
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


def cmd_list(ctx) -> int:
    units = ctx.store.units()
    if not units:
        echo(text("cli.no_units", ctx.lang))
        return 0
    shown = [k for k in DETAIL_OPTIONS if any(getattr(u, k) for u in units)]
    if not shown:  # names alone, one a line, as before the register had fields
        for unit in units:
            echo(inline(unit.name))
        return 0
    from .cli import print_table

    keys = ["code", "name", *shown[shown[0] == "code" :]] if "code" in shown else ["name", *shown]
    index = 0 if ctx.lang == "tr" else 1
    rows = [[COLUMNS[k][index] for k in keys]]
    rows += [[getattr(u, k) for k in keys] for u in units]
    print_table(rows)
    return 0


def _details(args) -> dict[str, str]:
    return {k: getattr(args, k) for k in DETAIL_OPTIONS if getattr(args, k) is not None}


def cmd_add(ctx) -> int:
    details = _details(ctx.args)
    _check_profile(ctx, ctx.args.name, details)
    unit = ctx.store.add_unit(ctx.args.name, **details)
    echo(text("cli.unit_added", ctx.lang, name=unit.name))
    return 0


def cmd_edit(ctx) -> int:
    details = _details(ctx.args)
    _check_profile(ctx, ctx.args.name, details)
    unit = ctx.store.registry.update(ctx.args.name, **details)
    echo(text("s.unit_updated", ctx.lang, name=unit.name))
    return 0


def _check_profile(ctx, name: str, details: dict[str, str]) -> None:
    from .messages import MaturityError

    profiles = ctx.questionnaire.profiles
    if details.get("profile") and profiles and details["profile"] not in profiles:
        known = ", ".join(sorted(profiles))
        raise MaturityError(
            "s.unit_profile_unknown", name=name, value=details["profile"], known=known
        )


def cmd_load(ctx) -> int:
    from .unit_register import load_file

    result = load_file(ctx.store, ctx.questionnaire, ctx.args.file)
    counts = {k: len(getattr(result, k)) for k in ("added", "completed", "unchanged")}
    echo(text("ur.loaded", ctx.lang, **counts))
    return 0


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
    command(usub, "list", "units.list", cmd_list)
    add = command(usub, "add", "units.add", cmd_add, "units.add.epilog")
    add.add_argument("name", help=h("name"))
    edit = command(usub, "edit", "units.edit", cmd_edit)
    edit.add_argument("name", help=h("name"))
    for parser in (add, edit):
        for key in DETAIL_OPTIONS:
            parser.add_argument(f"--{key}", help=h(f"units.{key}"))
    load = command(usub, "load", "units.load", cmd_load)
    load.add_argument("file", nargs="?", help=h("units.file"))
    rename = command(usub, "rename", "units.rename", cmd_rename)
    rename.add_argument("old", help=h("units.old"))
    rename.add_argument("new", help=h("units.new"))
    merge = command(usub, "merge", "units.merge", cmd_merge)
    merge.add_argument("source", help=h("units.source"))
    merge.add_argument("target", help=h("units.target"))
    remove = command(usub, "remove", "units.remove", cmd_remove)
    remove.add_argument("name", help=h("name"))

"""The ``maturity`` command line (also ``python -m assessments``).

Exit codes: 0 success, 1 a failure with a one-line reason, 2 a usage error. Messages and help
are Turkish or English (``--lang``, else the locale).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__, formatting, terminal
from .cli_parser import metavar, parser_class
from .messages import MaturityError, ValidationError, default_language, text
from .terminal import echo, inline

# Help texts: key -> (Turkish, English).
HELP = {
    "prog": (
        "Akıllı şehir olgunluk öz değerlendirmesi: soru seti, birimler, puanlar.",
        "Smart-city maturity self-assessment: questionnaire, units, scores.",
    ),
    "epilog": (
        'Örnekler:\n  maturity questionnaire show --json\n  maturity units add "Bilgi İşlem '
        'Dairesi Başkanlığı"\n'
        '  maturity score --unit "Bilgi İşlem Dairesi Başkanlığı" --round 2026',
        'Examples:\n  maturity questionnaire show --json\n  maturity units add "Bilgi İşlem '
        'Dairesi Başkanlığı"\n'
        '  maturity score --unit "Bilgi İşlem Dairesi Başkanlığı" --round 2026',
    ),
    "db": (
        "Veritabanı dosyası (öntanımlı: MATURITY_DB ya da kullanıcı veri klasörü).",
        "Database file (default: MATURITY_DB or the user data folder).",
    ),
    "lang": ("Mesaj dili: tr ya da en.", "Message language: tr or en."),
    "version": ("Sürümü gösterir ve çıkar.", "Show the version and exit."),
    "questionnaire": ("Soru setini göster ya da doğrula.", "Show or validate a questionnaire."),
    "q.show": ("Yerleşik soru setini göster.", "Show the built-in questionnaire."),
    "q.show.epilog": (
        "Örnek: maturity questionnaire show --json > soru-seti.json",
        "Example: maturity questionnaire show --json > questionnaire.json",
    ),
    "json": ("JSON olarak yaz.", "Write JSON."),
    "q.validate": (
        "Bir soru seti dosyasını ya da klasörünü doğrula.",
        "Validate a questionnaire file or folder.",
    ),
    "q.validate.epilog": (
        "Örnek: maturity questionnaire validate resources/questionnaires/akilli-sehir",
        "Example: maturity questionnaire validate resources/questionnaires/akilli-sehir",
    ),
    "file": ("Soru seti dosyası (.toml) ya da klasörü.", "Questionnaire file (.toml) or folder."),
    "units": (
        "Birim listesi: birimleri listele, ekle, düzenle, listeden yükle, yeniden adlandır, "
        "birleştir ya da sil.",
        "The unit register: list, add, edit, load, rename, merge or remove units.",
    ),
    "units.list": ("Birimleri alfabetik sırayla listele.", "List units in alphabetical order."),
    "units.add": ("Yeni birim ekle.", "Add a unit."),
    "units.add.epilog": (
        'Örnek: maturity units add "İmar ve Şehircilik Dairesi Başkanlığı"',
        'Example: maturity units add "İmar ve Şehircilik Dairesi Başkanlığı"',
    ),
    "name": ("Birim adı.", "Unit name."),
    "assessments": ("Değerlendirmeleri listele.", "List assessments."),
    "assessments.list": ("Değerlendirmeleri listele.", "List assessments."),
    "round": ("Dönem (ör. 2026).", "Round (e.g. 2026)."),
    "unit": ("Birim adı.", "Unit name."),
    "score": ("Bir birimin puanlarını hesapla.", "Compute a unit's scores."),
    "self-test": (
        "Kurulumun tüm parçalarını dener (soru seti, veritabanı, Excel, rapor).",
        "Checks every part of the installation (questionnaire, database, Excel, report).",
    ),
    "score.epilog": (
        'Örnek: maturity score --unit "Bilgi İşlem Dairesi Başkanlığı" --round 2026 --json',
        'Example: maturity score --unit "Bilgi İşlem Dairesi Başkanlığı" --round 2026 --json',
    ),
}

COLUMNS = {
    "dimension": ("Boyut", "Dimension"),
    "current": ("Mevcut", "Current"),
    "target": ("Hedef", "Target"),
    "gap": ("Fark", "Gap"),
    "answered": ("Yanıtlanan", "Answered"),
    "overall": ("Genel", "Overall"),
    "percent": ("Yüzde", "Percent"),
    "band": ("Olgunluk bandı", "Maturity band"),
    "completeness": ("Tamamlanma", "Completeness"),
    "unit": ("Birim", "Unit"),
    "round": ("Dönem", "Round"),
    "status": ("Durum", "Status"),
    "updated": ("Güncellendi", "Updated"),
    "out_of_scope": ("kapsam dışı", "out of scope"),
    "draft": ("taslak", "draft"),
    "final": ("kesin", "final"),
}


SQLITE_PATH_LIMIT = 504  # SQLite's 512 bytes less its longest companion suffix ("-journal")


def check_db_path(path: Path) -> None:
    """A database path SQLite cannot open, named before it fails with "unable to open"."""
    from .atomic import NAME_MAX_BYTES

    full = str(path.absolute())
    length = len(full.encode("utf-8"))
    name_length = len(path.name.encode("utf-8")) + len("-journal")
    if name_length > NAME_MAX_BYTES:
        raise MaturityError(
            "cli.name_too_long",
            length=name_length - len("-journal"),
            limit=NAME_MAX_BYTES - len("-journal"),
            name=path.name[:60] + "…",
        )
    if length > SQLITE_PATH_LIMIT:
        raise MaturityError(
            "cli.db_path_too_long", length=length, limit=SQLITE_PATH_LIMIT, path=full[:80] + "…"
        )


def check_db_folder(path: Path) -> None:
    """After SQLite could not open ``path``: say so when its folder is not writable."""
    folder = path.absolute().parent
    if folder.is_dir() and not os.access(folder, os.W_OK):
        raise MaturityError("cli.db_folder_read_only", folder=str(folder))


class Context:
    """What a command needs: the language and, opened on demand, the store."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.lang = args.lang
        self._store = None

    def h(self, key: str) -> str:
        return HELP[key][0 if self.lang == "tr" else 1]

    def col(self, key: str) -> str:
        return COLUMNS[key][0 if self.lang == "tr" else 1]

    @property
    def store(self):
        if self._store is None:
            from .paths import default_db_path
            from .store import Store

            path = default_db_path(self.args.db)
            check_db_path(path)
            try:
                self._store = Store(path)
            except MaturityError as exc:
                if exc.code in ("s.cannot_open", "s.read_only_db"):
                    check_db_folder(path)
                raise
            if self._store.network_kind:  # said on every command: SQLite's locks fail there
                from .store import network_warning

                warning = network_warning(self._store.network_kind, path)
                echo(warning.message(self.lang), err=True)
        return self._store

    @property
    def questionnaire(self):
        from .loader import bundled_questionnaire

        return bundled_questionnaire()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def print_table(rows: list[list[str]]) -> None:
    """A plain text table: the first row its titles, columns as wide as their widest cell."""
    rows = [[inline(cell) for cell in row] for row in rows]  # widths of what is shown
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            echo("  ".join("-" * w for w in widths))


# -- commands ------------------------------------------------------------------------------------


def cmd_questionnaire_show(ctx: Context) -> int:
    q = ctx.questionnaire
    if ctx.args.json:
        data = q.as_dict(complete=True)
        data["fingerprint"] = q.fingerprint
        echo(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    lang = ctx.lang
    echo(f"{q.title.get(lang)} ({q.label}, {q.fingerprint[:12]})")
    for dim in q.dimensions:
        echo(f"\n{dim.id}  {dim.name.get(lang)}")
        for question in dim.questions:
            echo(f"  {question.id}  {question.text.get(lang)}")
    return 0


def cmd_questionnaire_validate(ctx: Context) -> int:
    from .loader import load_questionnaire

    given = Path(ctx.args.file)
    if not given.exists() and (not given.suffix or ctx.args.file.endswith(("/", "\\"))):
        raise MaturityError(
            "cli.error_in", path=ctx.args.file, detail=text("cli.folder_not_found", ctx.lang)
        )
    q = load_questionnaire(ctx.args.file)
    echo(
        text(
            "cli.ok_valid",
            ctx.lang,
            path=ctx.args.file,
            dimensions=len(q.dimensions),
            questions=len(q.questions),
            fingerprint=q.fingerprint[:12],
        )
    )
    return 0


def cmd_assessments_list(ctx: Context) -> int:
    from .profiles import not_asked
    from .scoring import score_assessment

    store, q, lang = ctx.store, ctx.questionnaire, ctx.lang
    found = store.assessments(ctx.args.round)
    if not found:
        echo(text("cli.no_assessments", lang))
        return 0
    rows = [[ctx.col(k) for k in ("unit", "round", "status", "completeness", "overall", "updated")]]
    for info in found:
        score = score_assessment(
            q, store.answers(info.uuid), info.out_of_scope, excluded_questions=not_asked(q, info)
        )
        rows.append(
            [
                info.unit,
                info.round,
                ctx.col(info.status),
                formatting.fraction(score.completeness, lang),
                formatting.number(score.current, lang),
                formatting.timestamp(info.updated_at, lang),
            ]
        )
    print_table(rows)
    return 0


def score_as_dict(questionnaire, info, score) -> dict:
    """The JSON form of an assessment's scores (``maturity score --json``)."""
    return {
        "unit": info.unit,
        "round": info.round,
        "uuid": info.uuid,
        "status": info.status,
        "questionnaire": {"id": info.questionnaire_id, "version": info.questionnaire_version},
        "overall": {
            "current": score.current,
            "target": score.target,
            "gap": score.gap,
            "percent": score.percent,
            "target_percent": score.target_percent,
            "band": score.band.code if score.band else None,
        },
        "completeness": score.completeness,
        "answered": score.answered,
        "applicable": score.applicable,
        "not_applicable": score.not_applicable,
        "dimensions": [
            {
                "id": d.dimension_id,
                "in_scope": d.in_scope,
                "current": d.current,
                "target": d.target,
                "gap": d.gap,
                "answered": d.answered,
                "questions": d.questions,
                "not_applicable": d.not_applicable,
            }
            for d in score.dimensions
        ],
    }


def cmd_score(ctx: Context) -> int:
    from .profiles import not_asked
    from .scoring import score_assessment

    store, q, lang = ctx.store, ctx.questionnaire, ctx.lang
    info = store.get_assessment(ctx.args.unit, ctx.args.round)
    score = score_assessment(
        q, store.answers(info.uuid), info.out_of_scope, excluded_questions=not_asked(q, info)
    )
    if ctx.args.json:
        echo(json.dumps(score_as_dict(q, info, score), ensure_ascii=False, indent=2))
        return 0
    echo(f"{info.unit} — {info.round}")
    rows = [[ctx.col(k) for k in ("dimension", "current", "target", "gap", "answered")]]
    for d in score.dimensions:
        name = q.dimension(d.dimension_id).name.get(lang)
        if not d.in_scope:
            rows.append(
                [
                    name,
                    formatting.MISSING,
                    formatting.MISSING,
                    formatting.MISSING,
                    ctx.col("out_of_scope"),
                ]
            )
            continue
        rows.append(
            [
                name,
                formatting.number(d.current, lang),
                formatting.number(d.target, lang),
                formatting.number(d.gap, lang),
                f"{d.answered}/{d.questions - d.not_applicable}",
            ]
        )
    rows.append(
        [
            ctx.col("overall"),
            formatting.number(score.current, lang),
            formatting.number(score.target, lang),
            formatting.number(score.gap, lang),
            f"{score.answered}/{score.applicable}",
        ]
    )
    print_table(rows)
    band = score.band.name(lang) if score.band else formatting.MISSING
    echo(
        f"\n{ctx.col('percent')}: {formatting.percent(score.percent, lang)}   {ctx.col('band')}: "
        f"{band}   "
        f"{ctx.col('completeness')}: {formatting.fraction(score.completeness, lang)}"
    )
    return 0


def cmd_self_test(ctx: Context) -> int:
    from .selftest import main as self_test

    return self_test(lang=ctx.lang)


# -- parser ------------------------------------------------------------------------------------


def _language_from(argv: Sequence[str]) -> str:
    """Read --lang before building the parser, so that help itself is in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("tr", "en"):
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in ("tr", "en"):
            return arg[7:]
    return default_language()


def build_parser(lang: str) -> argparse.ArgumentParser:
    i = 0 if lang == "tr" else 1

    def h(key: str) -> str:
        return HELP[key][i]

    # The options are accepted before and after the subcommand; the subcommand's copies
    # default to SUPPRESS so they do not overwrite a value given before it.
    parser_type = parser_class(lang)  # argparse's own words in the user's language
    top = parser_type(add_help=False)
    top.add_argument("--db", help=h("db"))
    top.add_argument("--lang", choices=("tr", "en"), default=lang, help=h("lang"))
    common = parser_type(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--db", help=h("db"))
    common.add_argument("--lang", choices=("tr", "en"), help=h("lang"))
    raw = argparse.RawDescriptionHelpFormatter

    parser = parser_type(
        prog="maturity",
        description=h("prog"),
        epilog=h("epilog"),
        formatter_class=raw,
        parents=[top],
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help=h("version")
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar=metavar("command", lang))

    def command(
        parent, name: str, key: str, func: Callable[[Context], int], epilog_key: str | None = None
    ):
        p = parent.add_parser(
            name,
            help=h(key),
            description=h(key),
            parents=[common],
            epilog=h(epilog_key) if epilog_key else None,
            formatter_class=raw,
        )
        p.set_defaults(func=func)
        return p

    q = sub.add_parser("questionnaire", help=h("questionnaire"), description=h("questionnaire"))
    qsub = q.add_subparsers(dest="action", required=True, metavar=metavar("action", lang))
    show = command(qsub, "show", "q.show", cmd_questionnaire_show, "q.show.epilog")
    show.add_argument("--json", action="store_true", help=h("json"))
    validate = command(
        qsub, "validate", "q.validate", cmd_questionnaire_validate, "q.validate.epilog"
    )
    validate.add_argument("file", help=h("file"))

    units = sub.add_parser("units", help=h("units"), description=h("units"))
    usub = units.add_subparsers(dest="action", required=True, metavar=metavar("action", lang))
    from . import unit_commands

    HELP.update(unit_commands.HELP)
    unit_commands.extend(usub, command, h)

    assessments = sub.add_parser("assessments", help=h("assessments"), description=h("assessments"))
    asub = assessments.add_subparsers(dest="action", required=True, metavar=metavar("action", lang))
    listing = command(asub, "list", "assessments.list", cmd_assessments_list)
    listing.add_argument("--round", help=h("round"))

    score = command(sub, "score", "score", cmd_score, "score.epilog")
    score.add_argument("--unit", required=True, help=h("unit"))
    score.add_argument("--round", required=True, help=h("round"))
    score.add_argument("--json", action="store_true", help=h("json"))

    command(sub, "self-test", "self-test", cmd_self_test)

    for extend in EXTENSIONS:
        extend(sub, command, h)
    return parser


# Other modules (export, import, merge, reports) register their subcommands here.
EXTENSIONS: list[Callable] = []


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _language_from(argv)
    terminal.setup_log()
    try:
        _load_extensions()
        args = build_parser(lang).parse_args(argv)  # SystemExit for --help and usage errors
        return _run(Context(args))
    finally:
        terminal.finish()


def _run(ctx: Context) -> int:
    """The command, with every expected failure as one line on stderr."""
    lang = ctx.lang
    try:
        return ctx.args.func(ctx)
    except ValidationError as exc:
        echo(exc.message(lang), err=True)
        return 1
    except MaturityError as exc:
        echo(text("cli.error", lang, detail=exc.message(lang)), err=True)
        return 1
    except OSError as exc:
        terminal.log.warning("OSError in %s", ctx.args.command, exc_info=True)
        detail = f"{exc.filename or ''} {exc.strerror or exc}".strip()
        echo(text("cli.error", lang, detail=detail), err=True)
        return 1
    finally:
        ctx.close()
        if terminal.errors_logged():
            echo(text("cli.details_in_log", lang, path=terminal.log_path()), err=True)


def _load_extensions() -> None:
    """Import the modules that add subcommands (kept out of this file so each stays small)."""
    import importlib

    for name in (
        "assessments.exchange.cli",
        "assessments.merge.cli",
        "assessments.reports.cli",
        "assessments.plan.cli",
        "assessments.collection_cli",
    ):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not name.startswith(exc.name):
                raise

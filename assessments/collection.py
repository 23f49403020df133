"""The data-collection round (issue 15, item 2): the coordinator opens a round for the units
expected to answer, gets one pre-filled template per unit in one go, follows who has sent,
whose file was rejected and why, who is late, with a ready e-mail text per unit, and closes
the round. The state is in the database (``store.collection``); the numbers come from what
the merge stored."""

from __future__ import annotations

import datetime as dt
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from . import turkish
from .atomic import safe_file_name
from .messages import CATALOGUE, MaturityError, text

MESSAGES = {
    "r.not_open": (
        "{round} dönemi için açılmış bir veri toplama turu yok; önce "
        "'maturity round open {round}'.",
        "No data-collection round is open for {round}; first 'maturity round open {round}'.",
    ),
    "r.no_units": (
        "Beklenen birim yok: --unit ile birim verin ya da önce birim listesini yükleyin "
        "('maturity units load'; uygulamada Koordinatör, Birimler sekmesi).",
        "No unit is expected: give units with --unit or load the unit list first "
        "('maturity units load'; in the app: Coordinator, Units tab).",
    ),
    "r.bad_due": (
        "Son gün '{value}' bir tarih değil; GG.AA.YYYY ya da YYYY-AA-GG yazın.",
        "The due date '{value}' is not a date; write DD.MM.YYYY or YYYY-MM-DD.",
    ),
    "r.opened": (
        "{round} veri toplama turu açıldı: {count} birim, son gün {due}; şablonlar: {folder}",
        "Data-collection round {round} opened: {count} units, due {due}; templates: {folder}",
    ),
    "r.closed": ("{round} veri toplama turu kapatıldı.", "Data-collection round {round} closed."),
    "r.status_line": ("{unit}: {state}{detail}", "{unit}: {state}{detail}"),
    "r.summary": (
        "{round}: {expected} birimden {received} gönderdi, {rejected} reddedildi, {missing} "
        "bekleniyor ({late} gecikmiş).",
        "{round}: {received} of {expected} units sent, {rejected} rejected, {missing} awaited "
        "({late} late).",
    ),
}
CATALOGUE.update({k: v for k, v in MESSAGES.items() if k not in CATALOGUE})

STATES = {
    "received": ("gönderdi", "sent"),
    "draft": ("gönderdi (taslak)", "sent (draft)"),
    "rejected": ("dosyası reddedildi", "file rejected"),
    "missing": ("bekleniyor", "awaited"),
    "late": ("gecikti", "late"),
}


@dataclass(frozen=True)
class UnitStatus:
    unit: str
    state: str  # one of STATES
    detail: str = ""  # the rejection's reason, or when it was received
    mailto: str = ""  # a ready e-mail (subject and body) to the unit

    def text(self, lang: str) -> str:
        tr, en = STATES[self.state]
        return tr if lang == "tr" else en


def parse_due(value: str | None) -> str:
    """An ISO date from DD.MM.YYYY or YYYY-MM-DD ("" for none); MaturityError otherwise."""
    if not value:
        return ""
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value.strip(), pattern).date().isoformat()
        except ValueError:
            continue
    raise MaturityError("r.bad_due", value=value)


def template_name(unit: str, round: str, lang: str, code: str = "") -> str:
    """ "BIDB - 2026 - sablon.xlsx" for a unit with a code in the register, else its name."""
    word = "sablon" if lang == "tr" else "template"
    return (
        f"{code or safe_file_name(unit, 'birim')} - {safe_file_name(round, 'donem')} - {word}.xlsx"
    )


def open_round(store, questionnaire, round: str, units, folder, due: str = "", lang: str = "tr"):
    """Open the round for ``units`` (default: every unit on file) and write a template for
    each, unit and round filled in; returns (the round, the templates written)."""
    from .exchange.template import write_template

    expected = sorted(
        {turkish.clean(u) for u in units} or {u.name for u in store.units()},
        key=turkish.sort_key,
    )
    if not expected:
        raise MaturityError("r.no_units")
    for unit in expected:
        store.registry.check_new(unit)  # a typo of a unit on file is no expected unit
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in expected:
        unit = store.find_unit(name)
        code = unit.code if unit else ""
        profile = unit.profile if unit and unit.profile in questionnaire.profiles else None
        path = folder / template_name(name, round, lang, code)
        written.append(write_template(questionnaire, path, lang, name, round, profile))
    return store.collection.open(round, expected, due), written


def shown_due(due: str, lang: str) -> str:
    """The due date as the user writes it (31.01.2027 in Turkish), "-" for none."""
    from .formatting import cell_date

    return cell_date(due, lang) if due else "-"


MAIL = {  # (subject, greeting, what is asked: awaited, rejected, due, signature)
    "tr": (
        "Akıllı şehir olgunluk değerlendirmesi, {round} dönemi",
        "Sayın {unit} yetkilisi,\n\n{round} dönemi için ",
        ("değerlendirmenizi bekliyoruz", "dosyanız alınamadı; lütfen düzeltip yeniden gönderin"),
        " (son gün: {due})",
        ".\n\nAkıllı Şehir Ofisi",
    ),
    "en": (
        "Smart-city maturity assessment, round {round}",
        "Dear {unit},\n\nFor round {round} ",
        (
            "we are waiting for your assessment",
            "your file could not be taken; please correct it and send it again",
        ),
        " (due {due})",
        ".\n\nSmart City Office",
    ),
}


def _mailto(unit: str, round: str, due: str, state: str, lang: str, to: str = "") -> str:
    subject, greeting, asks, due_text, signature = MAIL["tr" if lang == "tr" else "en"]
    body = greeting.format(unit=unit, round=round) + asks[state == "rejected"]
    if due:
        body += due_text.format(due=shown_due(due, lang))
    body += signature
    query = {"subject": subject.format(round=round), "body": body}
    address = urllib.parse.quote(to, safe="@")
    return f"mailto:{address}?" + urllib.parse.urlencode(query, quote_via=urllib.parse.quote)


def round_status(store, questionnaire, round: str, lang: str = "tr", today=None):
    """Each expected unit's state in the round, in Turkish order."""
    opened = store.collection.get(round)
    if opened is None:
        raise MaturityError("r.not_open", round=round)
    today = today or dt.date.today()
    late = bool(opened.due) and today > dt.date.fromisoformat(opened.due)
    sent = {a.unit: a for a in store.rounds.assessments(round, questionnaire.id)}
    rejected = {}
    for entry in store.imports.entries(round):
        if entry.status == "rejected" and entry.unit:
            rejected[entry.unit] = "; ".join(p.message(lang) for p in entry.reasons)[:300]
    found = []
    for unit in opened.expected:
        if unit in sent:
            state = "received" if sent[unit].status == "final" else "draft"
            found.append(UnitStatus(unit, state))
            continue
        state = "rejected" if unit in rejected else "late" if late else "missing"
        detail = rejected.get(unit, "")
        on_file = store.find_unit(unit)
        email = on_file.email if on_file else ""
        mail = _mailto(unit, round, opened.due, state, lang, email)
        found.append(UnitStatus(unit, state, detail, mail))
    return opened, found


def summary(opened, found: list[UnitStatus], lang: str) -> str:
    """ "2026: 28 birimden 20 gönderdi, 1 reddedildi, 7 bekleniyor (3 gecikmiş)." """
    counts = {state: sum(1 for u in found if u.state == state) for state in STATES}
    return text(
        "r.summary",
        lang,
        round=opened.round,
        expected=len(found),
        received=counts["received"] + counts["draft"],
        rejected=counts["rejected"],
        missing=counts["missing"] + counts["late"],
        late=counts["late"],
    )

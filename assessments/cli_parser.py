"""argparse in the user's language: its own words ("usage:", "options:", "unrecognized
arguments", "the following arguments are required") in Turkish when the CLI speaks Turkish.

argparse looks its words up through ``gettext`` as ``argparse._`` and ``argparse.ngettext`` at
the moment it needs them. ``Parser`` (made per language by ``parser_class``) swaps in a
translating function around everything that produces text (building, parsing, help, errors)
and puts the original back afterwards, so nothing outside the CLI sees a difference. Words
argparse does not know here (a newer Python's new message) stay English rather than wrong.
Placeholders (METAVAR) are translated too, and argparse's output goes through
``terminal.echo``: a user's bad argument with escape codes is shown escaped.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator

from .terminal import echo

# argparse's msgid -> Turkish. Covers Python 3.11-3.13.
TURKISH = {
    "usage: ": "kullanım: ",
    "options": "seçenekler",
    "optional arguments": "seçenekler",
    "positional arguments": "argümanlar",
    "subcommands": "komutlar",
    "show this help message and exit": "Bu yardımı gösterir ve çıkar.",
    "show program's version number and exit": "Sürümü gösterir ve çıkar.",
    "%(prog)s: error: %(message)s\n": "%(prog)s: hata: %(message)s\n",
    "unrecognized arguments: %s": "tanınmayan argümanlar: %s",
    "the following arguments are required: %s": "şu argümanlar gerekli: %s",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "geçersiz seçim: %(value)r "
    "(seçenekler: %(choices)s)",
    "invalid choice: %(value)r, choose from %(choices)s": "geçersiz seçim: %(value)r (seçenekler: "
    "%(choices)s)",
    "invalid %(type)s value: %(value)r": "geçersiz değer: %(value)r",
    "expected one argument": "bir değer bekleniyor",
    "expected at most one argument": "en çok bir değer bekleniyor",
    "expected at least one argument": "en az bir değer bekleniyor",
    "ambiguous option: %(option)s could match %(matches)s": "belirsiz seçenek: %(option)s "
    "şunlardan biri olabilir: %(matches)s",
    "not allowed with argument %s": "%s ile birlikte kullanılamaz",
    "ignored explicit argument %r": "verilen değer yok sayıldı: %r",
    "one of the arguments %s is required": "şu argümanlardan biri gerekli: %s",
    "unexpected option string: %s": "beklenmeyen seçenek: %s",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' açılamadı: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "bilinmeyen komut %(parser_name)r "
    "(komutlar: %(choices)s)",
}
TURKISH_PLURAL = {
    ("expected %s argument", "expected %s arguments"): "%s değer bekleniyor",
}

# Placeholders in usage lines, by the argument's dest: (Turkish, English).
METAVARS = {
    "db": ("VERİTABANI", "DB"),
    "unit": ("BİRİM", "UNIT"),
    "round": ("DÖNEM", "ROUND"),
    "out": ("ÇIKTI", "OUT"),
    "report": ("RAPOR", "REPORT"),
    "workers": ("SAYI", "WORKERS"),
    "units": ("SAYI", "UNITS"),
    "seed": ("TOHUM", "SEED"),
    "logo": ("LOGO", "LOGO"),
    "file": ("DOSYA", "FILE"),
    "prefer": ("DOSYA", "FILE"),
    "code": ("KOD", "CODE"),
    "profile": ("PROFİL", "PROFILE"),
    "contact": ("KİŞİ", "CONTACT"),
    "email": ("E-POSTA", "EMAIL"),
    "name": ("AD", "NAME"),
    "inputs": ("GİRDİ", "INPUTS"),
    "period": ("DÖNEM", "PERIOD"),
    "old": ("ESKİ_AD", "OLD"),
    "new": ("YENİ_AD", "NEW"),
    "source": ("BİRİM", "SOURCE"),
    "target": ("HEDEF_BİRİM", "TARGET"),
    "command": ("KOMUT", "COMMAND"),
    "action": ("İŞLEM", "ACTION"),
}


def metavar(dest: str, lang: str) -> str:
    tr, en = METAVARS.get(dest, (dest.upper(), dest.upper()))
    return tr if lang == "tr" else en


@contextlib.contextmanager
def words(lang: str) -> Iterator[None]:
    """argparse speaks ``lang`` inside the block."""
    if lang != "tr":
        yield
        return
    saved = argparse._, argparse.ngettext
    argparse._ = lambda message: TURKISH.get(message, message)
    argparse.ngettext = lambda one, many, n: TURKISH_PLURAL.get(
        (one, many), one if n == 1 else many
    )
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class _Parser(argparse.ArgumentParser):
    LANG = "en"

    def __init__(self, *args, **kwargs):
        with words(self.LANG):
            super().__init__(*args, **kwargs)

    def add_argument(self, *args, **kwargs):
        action = super().add_argument(*args, **kwargs)
        if (
            action.metavar is None
            and action.choices is None
            and action.nargs != 0
            and action.dest in METAVARS
        ):
            action.metavar = metavar(action.dest, self.LANG)
        return action

    def add_subparsers(self, **kwargs):
        with words(self.LANG):
            return super().add_subparsers(**kwargs)

    def parse_args(self, *args, **kwargs):
        with words(self.LANG):
            return super().parse_args(*args, **kwargs)

    def parse_known_args(self, *args, **kwargs):
        with words(self.LANG):
            return super().parse_known_args(*args, **kwargs)

    def format_usage(self) -> str:
        with words(self.LANG):
            return super().format_usage()

    def format_help(self) -> str:
        with words(self.LANG):
            return super().format_help()

    def error(self, message: str):
        with words(self.LANG):
            super().error(message)

    def _print_message(self, message: str, file=None) -> None:
        if message:
            echo(message, err=file is not sys.stdout, end="")


_CLASSES: dict[str, type[argparse.ArgumentParser]] = {}


def parser_class(lang: str) -> type[argparse.ArgumentParser]:
    """An ArgumentParser that speaks ``lang`` (its subcommands' parsers too)."""
    if lang not in _CLASSES:
        _CLASSES[lang] = type(f"Parser_{lang}", (_Parser,), {"LANG": lang})
    return _CLASSES[lang]

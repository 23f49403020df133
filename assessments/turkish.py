"""Turkish-aware case folding and sorting.

Python's ``str.lower()`` maps "I" to "i" and "İ" to "i̇" (with a combining dot), so
"ISPARTA".lower() != "ısparta" and naive sorting puts "Ç" after "Z". These helpers follow the
Turkish alphabet so that "istanbul" finds "İSTANBUL" and "İmar" sorts after "Hukuk".
"""

from __future__ import annotations

import unicodedata

_ALPHABET = "abcçdefgğhıijklmnoöprsştuüvyz"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Letters outside the Turkish alphabet (q, w, x, â, î, û...) sort beside their base letter.
_NEAR = {"q": "p", "w": "v", "x": "v", "â": "a", "î": "i", "û": "u", "é": "e", "ë": "e"}


def lower(text: str) -> str:
    """Lower-case with Turkish dotted/dotless i rules."""
    return text.replace("I", "ı").replace("İ", "i").lower()


def upper(text: str) -> str:
    """Upper-case with Turkish dotted/dotless i rules."""
    return text.replace("i", "İ").replace("ı", "I").upper()


def clean(text: str) -> str:
    """``text`` as one writes it: NFC (a decomposed "İ" is "İ"), invisible format and control
    characters removed (zero-width space, BOM, soft hyphen, bidi overrides), spaces folded."""
    # "i" + combining dot is Python's lower case of "İ": the letter i, not a look-alike
    text = unicodedata.normalize("NFC", text).replace("i\u0307", "i")
    if not text.isascii():
        text = "".join(
            ch for ch in text if ch.isspace() or unicodedata.category(ch) not in ("Cf", "Cc")
        )
    elif not text.isprintable():
        text = "".join(ch for ch in text if ch.isspace() or ch.isprintable())
    return " ".join(text.split())


def fold(text: str) -> str:
    """A key for case-insensitive comparison and search ("istanbul" == "İSTANBUL"), of the
    cleaned text (see ``clean``)."""
    return " ".join(lower(clean(text)).split())


_ASCII = str.maketrans("çğıöşüâîû", "cgiosuaiu")


def ascii_key(text: str) -> str:
    """``fold`` with the Turkish letters written as a keyboard without them would: "Bilgi
    Islem" and "Bilgi İşlem" have one key. Punctuation and case do not count either."""
    letters = "".join(ch if ch.isalnum() else " " for ch in fold(text).translate(_ASCII))
    return " ".join(letters.split())


def ascii_upper(text: str) -> str:
    """Upper case without Turkish letters, punctuation kept: "itfaiye-şb" -> "ITFAIYE-SB"
    (codes that go into file names and e-mails)."""
    return fold(text).translate(_ASCII).upper()


def contains(haystack: str, needle: str) -> bool:
    """Case-insensitive substring test under Turkish rules."""
    return fold(needle) in fold(haystack)


def sort_key(text: str) -> tuple:
    """Sort key following the Turkish alphabet: c < ç < d, g < ğ < h, ı < i, o < ö, s < ş,
    u < ü."""
    key = []
    for ch in lower(text):
        if ch in _RANK:
            key.append((0, _RANK[ch], 0))
        elif ch in _NEAR:
            key.append((0, _RANK[_NEAR[ch]], 1))
        elif ch.isspace():
            key.append((-1, 0, 0))
        else:
            key.append((1, ord(ch), 0))
    return tuple(key)

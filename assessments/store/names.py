"""What the store accepts as a unit name, a round label and a revision.

Unit names are compared and stored normalised (turkish.clean: NFC, invisible format characters
removed, spaces folded), so "İmar" typed, pasted with a zero-width space, a BOM, a soft hyphen,
a right-to-left override or in decomposed form (I + combining dot) is one unit. A name that
still mixes scripts (a Cyrillic "а" in a Latin name) or keeps combining marks looks like
another name and is refused. Rounds and revisions come from files too: bounded, so a crafted
value cannot be stored and break later reads.
"""

from __future__ import annotations

import re
import unicodedata

from .. import turkish
from ..messages import MaturityError

UNIT_NAME_MAX = 200
ROUND_MAX = 20
REVISION_MAX = 10**9
# Letters and digits of any script, with spaces, dots, dashes and slashes between: "2026",
# "2026-1", "2026/Bahar".
_ROUND = re.compile(r"^\w(?:[\w .\-/]*\w)?$")


def unit_key(name: str) -> str:
    """The comparison key of a unit name (never raises)."""
    return turkish.fold(name)


def unit_name(name: str) -> str:
    """The name as stored. Raises MaturityError when it is empty, too long or confusable."""
    cleaned = turkish.clean(name)
    if not cleaned:
        raise MaturityError("s.unit_name_empty")
    if len(cleaned) > UNIT_NAME_MAX:
        raise MaturityError("s.unit_name_long", length=len(cleaned), limit=UNIT_NAME_MAX)
    odd = confusable_characters(cleaned)
    if odd:
        raise MaturityError("s.unit_name_confusable", name=cleaned, chars=odd)
    return cleaned


def confusable_characters(name: str) -> str:
    """The characters that make ``name`` look like another name ("" when none): letters of a
    script other than the name's main one, and combining marks left on a letter after NFC."""
    scripts: dict[str, list[str]] = {}
    marks = []
    base = ""
    for ch in name:
        if unicodedata.category(ch).startswith("M"):
            if base.isalpha():  # on a letter it makes another letter; on an emoji, a style
                marks.append(ch)
            continue
        base = ch
        if ch.isalpha():
            scripts.setdefault(_script(ch), []).append(ch)
    if len(scripts) > 1:
        main = max(scripts, key=lambda s: len(scripts[s]))
        marks += [ch for script, chars in scripts.items() if script != main for ch in chars]
    return ", ".join(f"{ch!r} U+{ord(ch):04X}" for ch in dict.fromkeys(marks))


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split()[0]  # LATIN, CYRILLIC, GREEK, ARABIC...
    except ValueError:
        return "UNKNOWN"


def round_label(text: str) -> str:
    """A round as stored: stripped, at most ROUND_MAX characters of letters, digits and
    ``space . - /``. Raises MaturityError naming the rule otherwise."""
    label = " ".join(str(text).split())
    if not label:
        raise MaturityError("s.round_empty")
    if len(label) > ROUND_MAX or not _ROUND.match(label):
        shown = label if len(label) <= 40 else label[:40] + "…"
        raise MaturityError("s.round_invalid", round=shown, limit=ROUND_MAX)
    return label


def revision(value: int) -> int:
    """A revision as stored: an integer 0..REVISION_MAX."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= REVISION_MAX:
        shown = str(value) if len(str(value)) <= 40 else str(value)[:40] + "…"
        raise MaturityError("s.revision_invalid", revision=shown, limit=REVISION_MAX)
    return value

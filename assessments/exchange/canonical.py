"""The canonical form of a set of answers (and of an export's identity) and its sha256.

An export stores ``content_sha256`` (format 2: identity and answers; format 1 stored
``answers_sha256``, the answers only) on its machine sheet; the reader recomputes it from the
cells it reads. A mismatch means someone edited the file in Excel after the export. The form
must therefore be exactly what survives a trip through a workbook: text as XML can carry it
(line breaks as ``\\n``, characters XML forbids removed), blank answers left out.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping

from ..scoring import Answer
from .layout import IDENTITY_KEYS

# Text starting with these is a formula (or becomes one on the next edit) in Excel/LibreOffice:
# every writer gives such text Excel's quote prefix.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")

# Characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR, lone surrogates,
# U+FFFE/U+FFFF). openpyxl refuses them with an exception; we drop them instead.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text as a workbook cell will hold it: ``\\r\\n`` and ``\\r`` become ``\\n`` (XML
    normalises line ends when read) and characters XML forbids are removed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_FORBIDDEN.sub("", text)


def clean_answer(answer: Answer) -> Answer:
    note, evidence = clean_text(answer.note), clean_text(answer.evidence)
    if note == answer.note and evidence == answer.evidence:
        return answer
    return answer.with_changes(note=note, evidence=evidence)


def canonical_answers(answers: Iterable[Answer]) -> list[dict]:
    """Non-blank answers sorted by question id, each with exactly the answer's own fields."""
    rows = []
    for answer in answers:
        answer = clean_answer(answer)
        if answer.is_blank:
            continue
        rows.append(
            {
                "question_id": answer.question_id,
                "current": answer.current,
                "target": answer.target,
                "not_applicable": bool(answer.not_applicable),
                "note": answer.note,
                "evidence": answer.evidence,
            }
        )
    rows.sort(key=lambda row: row["question_id"])
    return rows


def answers_sha256(answers: Iterable[Answer]) -> str:
    """sha256 (hex) of the canonical answers as compact, key-sorted UTF-8 JSON."""
    blob = json.dumps(
        canonical_answers(answers), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def canonical_identity(meta: Mapping[str, object]) -> dict[str, str]:
    """The identity keys as the machine sheet holds them: text, cleaned, stripped."""
    return {key: clean_text(str(meta.get(key, ""))).strip() for key in IDENTITY_KEYS}


def content_sha256(meta: Mapping[str, object], answers: Iterable[Answer]) -> str:
    """sha256 (hex) of ``{"identity": canonical_identity, "answers": canonical_answers}`` as
    compact, key-sorted UTF-8 JSON (format 2)."""
    content = {"identity": canonical_identity(meta), "answers": canonical_answers(answers)}
    blob = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()

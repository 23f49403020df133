"""Read one workbook for a merge: the exchange reader, plus files of another version of the
same questionnaire.

A unit may answer with an older (or newer) version of the questionnaire than the coordinator's.
``read_workbook`` refuses such a file; a merge instead matches questions by id (docs/merging.md):
answers to ids this version lacks are kept but not scored, and reported; questions the file
lacks count as unanswered. Everything else (safety checks, cell rules, the checksum) is the
exchange reader's, unchanged: ``_VersionTolerantReader`` only relaxes those two points.

``read_for_merge`` never raises: an unexpected failure becomes a result naming the file.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from .. import turkish
from ..exchange import reader as exchange_reader
from ..exchange.layout import QUESTION_ID
from ..exchange.reader import ParsedWorkbook
from ..exchange.validate import parse_text
from ..messages import Problem
from ..questionnaire import Questionnaire

log = logging.getLogger(__name__)


@dataclass
class ReadResult:
    path: str
    parsed: ParsedWorkbook | None  # None only after an unexpected failure
    other_version: str = ""  # the file's questionnaire (id@version) when not the coordinator's
    unknown_ids: tuple[str, ...] = ()  # question ids of the file this questionnaire lacks
    missing_ids: tuple[str, ...] = ()  # questions of this questionnaire the file lacks
    unknown_dimensions: tuple[str, ...] = ()  # out-of-scope dimensions this questionnaire lacks
    failure: Problem | None = None  # an unexpected failure

    @property
    def problems(self) -> list[Problem]:
        if self.failure is not None:
            return [self.failure]
        return list(self.parsed.problems) if self.parsed else []

    def slim(self) -> ReadResult:
        """Drop what a merge does not need before sending the result between processes."""
        if self.parsed is not None:
            self.parsed.meta = {}
            self.parsed.rows = {}
        return self


class _ExtraQuestion:
    __slots__ = ("id",)

    def __init__(self, question_id: str):
        self.id = question_id


class _WithExtraQuestions:
    """The questionnaire as the reader sees it for a file of another version: the same, plus
    the file's question ids it does not know, so their answers are read and checksummed."""

    def __init__(self, questionnaire: Questionnaire, extra_ids: list[str]):
        self._questionnaire = questionnaire
        self.questions = (*questionnaire.questions, *(_ExtraQuestion(i) for i in extra_ids))

    def __getattr__(self, name):
        return getattr(self._questionnaire, name)


class _VersionTolerantReader(exchange_reader._Reader):
    def __init__(self, path: Path, questionnaire: Questionnaire):
        super().__init__(path, questionnaire)
        self.other_version = False
        self.unknown_ids: list[str] = []
        self.unknown_dimensions: list[str] = []

    def stop(self, code: str, where: str = "", **params):
        # The same questionnaire in another version: go on, matching questions by id.
        if code == "x.questionnaire_mismatch" and self.parsed.questionnaire_id == self.q.id:
            self.other_version = True
            return None
        return super().stop(code, where, **params)

    def _meta_scope(self) -> tuple[str, ...]:
        if not self.other_version:
            return super()._meta_scope()
        raw = self.parsed.meta.get("out_of_scope", "")
        try:
            scope = json.loads(raw) if raw else []
            if not isinstance(scope, list) or not all(isinstance(d, str) for d in scope):
                raise ValueError(raw)
        except ValueError:
            return super()._meta_scope()  # reports the bad value as usual
        known = {d.id for d in self.q.dimensions}
        self.unknown_dimensions = sorted(set(scope) - known)
        return tuple(sorted(set(scope) & known))

    def _find_answers(self):
        sheet, rows, key_index = super()._find_answers()
        if self.other_version:
            column = next(i for i, v in enumerate(rows[key_index])
                          if isinstance(v, str) and v.strip().lower() == QUESTION_ID)
            known = {q.id.casefold() for q in self.q.questions}
            extra: dict[str, str] = {}
            for row in rows[key_index + 1:]:
                raw = parse_text(row[column]).strip() if column < len(row) else ""
                if raw and raw.casefold() not in known and turkish.fold(raw) not in exchange_reader._HEADER_WORDS:
                    extra.setdefault(raw.casefold(), raw)
            self.unknown_ids = list(extra.values())
            self.q = _WithExtraQuestions(self.q, self.unknown_ids)
        return sheet, rows, key_index


def read_for_merge(path: str | Path, questionnaire: Questionnaire) -> ReadResult:
    """Read and validate one workbook; never raises."""
    path = Path(path)
    try:
        reader = _VersionTolerantReader(path, questionnaire)
        parsed = reader.read()
        result = ReadResult(str(path), parsed)
        if reader.other_version:
            result.other_version = f"{parsed.questionnaire_id}@{parsed.questionnaire_version or '?'}"
            result.unknown_ids = tuple(reader.unknown_ids)
            result.unknown_dimensions = tuple(reader.unknown_dimensions)
            present = {qid.casefold() for qid in parsed.rows}
            result.missing_ids = tuple(q.id for q in questionnaire.questions if q.id.casefold() not in present)
        return result
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # a reader bug, or a panic in calamine (a BaseException): not the batch's end
        log.exception("Unexpected failure reading %s", path)
        return ReadResult(str(path), None, failure=Problem("m.unexpected", {"detail": f"{type(exc).__name__}: {exc}"}))

"""One workbook read for a merge, as a result that never raises and travels between processes.

The reading itself is the exchange reader's (``exchange.reader.read_workbook`` with
``other_versions=True``: a file of another version of the same questionnaire is matched by
question id, docs/merging.md); this module adds only what a batch needs: an unexpected failure
becomes a result naming the file instead of the batch's end, and ``slim`` drops what a merge
does not need before a worker process sends the result back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ..exchange.reader import ParsedWorkbook, read_workbook
from ..messages import Problem
from ..questionnaire import Questionnaire

log = logging.getLogger(__name__)


@dataclass
class ReadResult:
    path: str
    parsed: ParsedWorkbook | None  # None only after an unexpected failure
    failure: Problem | None = None  # an unexpected failure

    @property
    def problems(self) -> list[Problem]:
        if self.failure is not None:
            return [self.failure]
        return list(self.parsed.problems) if self.parsed else []

    @property
    def other_version(self) -> str:
        """The file's questionnaire (id@version) when not the coordinator's, else ""."""
        differences = self.parsed.differences if self.parsed else None
        return differences.found if differences else ""

    @property
    def unknown_ids(self) -> tuple[str, ...]:
        return self._differences("unknown_ids")

    @property
    def missing_ids(self) -> tuple[str, ...]:
        return self._differences("missing_ids")

    @property
    def unknown_dimensions(self) -> tuple[str, ...]:
        return self._differences("unknown_dimensions")

    def _differences(self, name: str) -> tuple[str, ...]:
        differences = self.parsed.differences if self.parsed else None
        return getattr(differences, name) if differences else ()

    def slim(self) -> ReadResult:
        """Drop what a merge does not need before sending the result between processes."""
        if self.parsed is not None:
            self.parsed.meta = {}
            self.parsed.rows = {}
        return self


def read_for_merge(path: str | Path, questionnaire: Questionnaire) -> ReadResult:
    """Read and validate one workbook, another version of the questionnaire included; never
    raises."""
    path = Path(path)
    try:
        return ReadResult(str(path), read_workbook(path, questionnaire, other_versions=True))
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # a reader bug, or a panic in calamine: not the batch's end
        log.exception("Unexpected failure reading %s", path)
        detail = f"{type(exc).__name__}: {exc}"[:300]
        return ReadResult(str(path), None, failure=Problem("m.unexpected", {"detail": detail}))

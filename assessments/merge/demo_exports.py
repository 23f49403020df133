"""``maturity demo``: realistic unit exports for trying the merge and for benchmarks.

Each demo unit has a real unit name of a metropolitan municipality (``assessments.sample_answers``),
plausible answers with notes and evidence, sometimes a dimension out of scope or a few questions
left open, a respondent, a revision and times, and is written by the exchange writer itself
(``write_export``), so the files are exactly what units send. Unit ``i`` depends only on the seed
and ``i``: the same seed gives the same assessments (same uuids), whatever ``--units``.
The questionnaire and openpyxl are loaded once; with many files two worker processes write.
"""

from __future__ import annotations

import random
import uuid as uuidlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path

from ..questionnaire import Questionnaire
from ..sample_answers import plausible_answers, unit_name
from ..store import AssessmentInfo

POOL_FROM_FILES = 20
BATCH = 128  # snapshots handed to the pool at a time
RESPONDENTS = (
    "Ayşe Yılmaz, Şube Müdürü",
    "Mehmet Demir, İnşaat Mühendisi",
    "Zeynep Kaya, Uzman",
    "Mustafa Çelik, Daire Başkan Yardımcısı",
    "Elif Şahin, Bilgisayar Mühendisi",
    "Hüseyin Öztürk, Şef",
    "Fatma Aydın, Şehir Plancısı",
    "İbrahim Arslan, Teknisyen",
    "Gülşen Doğan, Çevre Mühendisi",
    "Emre Koç, Veri Analisti",
)
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def demo_unit(questionnaire: Questionnaire, index: int, round: str, seed: int = 0):
    """The ``index``-th demo unit: (ExportSnapshot, exported_at)."""
    from ..exchange.export import ExportSnapshot

    rng = random.Random(f"{seed}/{round}/{index}")
    answers = plausible_answers(
        questionnaire, rng, completeness=rng.choice((1.0, 1.0, 1.0, 1.0, 0.95, 0.85))
    )
    out_of_scope = ()
    if rng.random() < 0.15:
        out_of_scope = (rng.choice(questionnaire.dimensions).id,)
    created = START + timedelta(days=rng.randint(0, 20), minutes=rng.randint(0, 600))
    updated = created + timedelta(days=rng.randint(1, 25), minutes=rng.randint(0, 600))
    exported = updated + timedelta(minutes=rng.randint(1, 240))
    info = AssessmentInfo(
        uuid=str(uuidlib.UUID(int=rng.getrandbits(128), version=4)),
        unit=unit_name(index),
        round=round,
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        questionnaire_fingerprint=questionnaire.fingerprint,
        status="final" if rng.random() < 0.8 else "draft",
        revision=len(answers) + rng.randint(0, 60),
        respondent=rng.choice(RESPONDENTS),
        created_at=_iso(created),
        updated_at=_iso(updated),
        source="local",
        out_of_scope=out_of_scope,
        position=None,
        source_file="",
        exported_at="",
        flags=(),
    )
    span = max(1, int((updated - created).total_seconds()))
    times = {qid: _iso(created + timedelta(seconds=rng.randint(0, span))) for qid in answers}
    return ExportSnapshot(info, answers, times), _iso(exported)


def _jobs(
    questionnaire: Questionnaire, folder: Path, units: int, round: str, seed: int, lang: str
) -> Iterator:
    from ..exchange.export import suggested_file_name

    for index in range(units):
        snap, exported_at = demo_unit(questionnaire, index, round, seed)
        yield snap, str(folder / suggested_file_name(snap.info, lang)), exported_at


_worker_questionnaire: Questionnaire | None = None
_worker_lang = "tr"


def _init_worker(questionnaire: Questionnaire, lang: str) -> None:
    global _worker_questionnaire, _worker_lang
    _worker_questionnaire, _worker_lang = questionnaire, lang


def _write_in_worker(job) -> str:
    return str(_write(job, _worker_questionnaire, _worker_lang))


def _write(job, questionnaire: Questionnaire, lang: str) -> Path:
    from ..exchange.export import write_export

    snap, path, exported_at = job
    return write_export(snap, questionnaire, path, lang, exported_at=exported_at)


def write_demo(
    questionnaire: Questionnaire,
    folder: str | Path,
    units: int,
    round: str,
    *,
    seed: int = 0,
    lang: str = "tr",
    workers: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write ``units`` demo exports of ``round`` into ``folder`` (created if missing); returns
    their paths in unit order. ``workers``: writing processes (None: automatic, 0: none)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    jobs = _jobs(questionnaire, folder, units, round, seed, lang)
    if workers is None:
        workers = 0 if units <= POOL_FROM_FILES else 2
    written: list[Path] = []
    if workers <= 1:
        for job in jobs:
            written.append(_write(job, questionnaire, lang))
            if on_progress:
                on_progress(len(written), units)
        return written
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    batch: list = []
    try:
        with ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(questionnaire, lang),
        ) as pool:
            while batch := list(islice(jobs, BATCH)):  # Executor.map takes all it is given at once
                for path in pool.map(_write_in_worker, batch, chunksize=8):
                    written.append(Path(path))
                    if on_progress:
                        on_progress(len(written), units)
                batch = []
    except BrokenProcessPool:  # e.g. a script without ``if __name__ == "__main__":``: write here
        done = {str(p) for p in written}
        for job in [*batch, *jobs]:
            if job[1] not in done:
                written.append(_write(job, questionnaire, lang))
                if on_progress:
                    on_progress(len(written), units)
    return written

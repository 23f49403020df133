"""The merge benchmarks' inputs: demo unit exports, generated once and kept in the cache.

The first ``real`` files are written by the demo writer (``assessments.merge.demo_exports``: the
exchange writer itself, the files exactly as units send them). Writing a styled export takes
about 0.15 s of CPU, so 5,000 of them would take most of the suite's time; beyond ``real``,
each file is a *variant* of one of them: the same workbook with a new assessment uuid and a new
unit name, made by rewriting those strings inside the workbook's XML, and its content checksum
(which covers the identity) recomputed. A variant reads, checks and stores exactly like its
original (same sheets, same answers, a valid checksum) and is a different unit to the merge.
The merge benchmarks count the accepted files, so a variant the reader refuses would show at
once.

The cache is keyed by the questionnaire and by the source of the modules that write exports,
so a change of the format makes new files.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import uuid as uuidlib
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from .common import ROOT

ROUND = "2026"
SEED = 0
GENERATOR = 3  # bump when the variant rewriting changes (2: checksum rewritten; 3: char refs)
WRITER_SOURCES = (
    "assessments/exchange/export.py",
    "assessments/exchange/writing.py",
    "assessments/exchange/layout.py",
    "assessments/exchange/canonical.py",
    "assessments/merge/demo_exports.py",
    "assessments/sample_answers.py",
)
MANIFEST = "manifest.json"
VARIANT_POOL_FROM = 200  # below this many variants, one process is quicker than a pool


def cache_key(questionnaire) -> str:
    digest = hashlib.sha256(f"{GENERATOR}|{questionnaire.fingerprint}".encode())
    for name in WRITER_SOURCES:
        source = ROOT / name
        if source.is_file():
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def _manifest(folder: Path) -> list[str]:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []


def _save_manifest(folder: Path, names: list[str]) -> None:
    temporary = folder / (MANIFEST + ".tmp")
    temporary.write_text(json.dumps(names, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, folder / MANIFEST)


def exports(cache: Path, count: int, real: int = 200) -> list[Path]:
    """``count`` distinct demo exports of round 2026: the first ``min(count, real)`` written by
    the demo writer, the rest variants of them. Generated on first use, then read from
    ``cache``."""
    from assessments.loader import bundled_questionnaire

    questionnaire = bundled_questionnaire()
    top = Path(cache) / f"exports-{cache_key(questionnaire)}-{real}"
    originals = _real(questionnaire, top / "real", min(count, real))
    if count <= real:
        return originals
    return originals + _variants(questionnaire, top / "variants", originals, count - real, real)


def _real(questionnaire, folder: Path, count: int) -> list[Path]:
    names = _manifest(folder)
    if len(names) < count or not all((folder / name).is_file() for name in names[:count]):
        from assessments.merge.demo_exports import write_demo

        shutil.rmtree(folder, ignore_errors=True)
        written = write_demo(questionnaire, folder, count, ROUND, seed=SEED, lang="tr")
        names = [path.name for path in written]
        _save_manifest(folder, names)
    return [folder / name for name in names[:count]]


def _variants(
    questionnaire, folder: Path, originals: list[Path], count: int, first_index: int
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    names = _manifest(folder)
    have = len(names) if all((folder / name).is_file() for name in names) else 0
    names = names[:have]
    if have < count:
        read: dict[int, object] = {}  # original index -> what it says (its meta and answers)
        jobs = [
            _variant_job(questionnaire, folder, originals, first_index + k, read)
            for k in range(have, count)
        ]
        if len(jobs) >= VARIANT_POOL_FROM:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
                names += list(pool.map(write_variant, jobs, chunksize=16))
        else:
            names += [write_variant(job) for job in jobs]
        _save_manifest(folder, names)
    return [folder / name for name in names[:count]]


def _variant_job(
    questionnaire, folder: Path, originals: list[Path], index: int, read: dict
) -> dict:
    """What makes file ``index`` (>= the number of originals): its original and the strings to
    change in it: the uuid, the unit and the content checksum over both."""
    from assessments.exchange.canonical import content_sha256
    from assessments.exchange.export import safe_file_name
    from assessments.exchange.reader import read_workbook
    from assessments.sample_answers import unit_name

    base = index % len(originals)
    if base not in read:
        read[base] = read_workbook(originals[base], questionnaire)
    parsed = read[base]
    rng = random.Random(f"variant/{SEED}/{index}")
    new_uuid = str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
    new_unit = unit_name(index)
    meta = {**parsed.meta, "assessment_uuid": new_uuid, "unit": new_unit}
    new_sha = content_sha256(meta, parsed.answers.values())
    return {
        "original": str(originals[base]),
        "target": str(folder / (safe_file_name(f"Olgunluk - {new_unit} - {ROUND}") + ".xlsx")),
        "replace": [
            (parsed.meta["assessment_uuid"], new_uuid),
            (escape(parsed.meta["unit"]), escape(new_unit)),
            # openpyxl with lxml writes non-ASCII letters as character references
            (_char_refs(escape(parsed.meta["unit"])), _char_refs(escape(new_unit))),
            (parsed.declared_sha256, new_sha),
        ],
    }


def _char_refs(text: str) -> str:
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in text)


def write_variant(job: dict) -> str:
    """Copy the original workbook with the job's strings replaced in every XML part;
    returns the new file's name. Raises if the uuid is not found (the format changed)."""
    target = Path(job["target"])
    temporary = target.with_suffix(".tmp")
    found_uuid = False
    with (
        zipfile.ZipFile(job["original"]) as source,
        zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith((".xml", ".rels")):
                text = data.decode("utf-8")
                for old, new in job["replace"]:
                    if old in text:
                        found_uuid = found_uuid or old == job["replace"][0][0]
                        text = text.replace(old, new)
                data = text.encode("utf-8")
            copy.writestr(info, data)
    if not found_uuid:
        temporary.unlink()
        raise RuntimeError(
            f"{job['original']}: its assessment uuid was not found; update bench/demo_files.py"
        )
    os.replace(temporary, target)
    return target.name

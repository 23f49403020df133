"""What every benchmark shares: the settings of a run, statistics, result rows with their
budgets, the environment of the programs we start, and memory readings."""

from __future__ import annotations

import contextlib
import math
import os
import statistics
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
MB = 1024 * 1024


# -- the settings of a run ------------------------------------------------------------------------


@dataclass
class Config:
    """How much each benchmark repeats and how big its inputs are. ``full()`` is what
    ``make bench`` runs (3 to 6 minutes on 2 cores); ``smoke()`` only proves each benchmark
    still runs."""

    workdir: Path  # scratch space of this run (databases, written workbooks)
    cache: Path  # demo exports and the frozen bare window, kept between runs
    startup_runs: int = 9
    commit_changes: int = 500
    radar_runs: int = 30
    exchange_runs: int = 10
    merge_files: int = 200
    merge_runs: int = 3
    pandas_runs: int = 3
    scaling_sizes: tuple[int, ...] = (200, 1000, 5000)
    real_exports: int = 200  # exports written by the demo writer; beyond them, variants
    gui_runs: int = 3
    bundle_runs: int = 7
    monitoring_runs: int = 5
    build_frozen_baseline: bool = True
    timeout_s: float = 900.0

    @classmethod
    def full(cls, workdir: Path, cache: Path) -> Config:
        return cls(workdir=workdir, cache=cache)

    @classmethod
    def smoke(cls, workdir: Path, cache: Path) -> Config:
        return cls(
            workdir=workdir,
            cache=cache,
            startup_runs=1,
            commit_changes=5,
            radar_runs=1,
            exchange_runs=1,
            merge_files=3,
            merge_runs=1,
            pandas_runs=1,
            scaling_sizes=(2, 3),
            real_exports=2,
            gui_runs=1,
            bundle_runs=1,
            monitoring_runs=1,
            build_frozen_baseline=False,
            timeout_s=300.0,
        )

    def scratch(self, name: str) -> Path:
        """A fresh, empty folder for one measurement."""
        return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=self.workdir))


def default_cache() -> Path:
    """Where generated inputs are kept between runs: MATURITY_BENCH_CACHE, else the system's
    temporary folder."""
    override = os.environ.get("MATURITY_BENCH_CACHE")
    return Path(override) if override else Path(tempfile.gettempdir()) / "maturity-bench-cache"


# -- statistics
# -------------------------------------------------------------------------------------


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], pct: float) -> float:
    """The nearest-rank percentile (p99 of 500 values is the 495th smallest)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


# -- results --------------------------------------------------------------------------------------


@dataclass
class Budget:
    """``kind``: "below" (figure < limit), "ratio" (figure / baseline <= limit),
    "faster" (baseline / figure >= limit: at least ``limit`` times faster)."""

    kind: str
    limit: float
    text: str

    def met(self, figure: float | None, baseline: float | None) -> bool | None:
        if figure is None:
            return None
        if self.kind == "below":
            return figure < self.limit
        if baseline is None or baseline <= 0 or figure <= 0:
            return None
        if self.kind == "ratio":
            return figure / baseline <= self.limit
        if self.kind == "faster":
            return baseline / figure >= self.limit
        raise ValueError(self.kind)


def below(limit: float, unit: str) -> Budget:
    return Budget("below", limit, f"< {limit:g} {unit}")


def ratio_at_most(limit: float) -> Budget:
    return Budget("ratio", limit, f"≤ {limit:g}× baseline")


def faster_by(limit: float) -> Budget:
    return Budget("faster", limit, f"≤ {1 / limit:g}× baseline (≥ {limit:g}× faster)")


@dataclass
class Row:
    """One figure of a benchmark, beside its baseline."""

    name: str
    figure: float | None
    unit: str
    n: int
    budget: Budget | None = None
    baseline: float | None = None
    baseline_name: str = ""
    baseline_n: int = 0
    note: str = ""
    met: bool | None = field(default=None, init=False)
    ratio: float | None = field(default=None, init=False)

    def __post_init__(self):
        if self.figure is not None and self.baseline:
            self.ratio = self.figure / self.baseline
        self.met = self.budget.met(self.figure, self.baseline) if self.budget else None

    def as_dict(self) -> dict:
        data = asdict(self)
        data["budget"] = self.budget.text if self.budget else ""
        return data


@dataclass
class Benchmark:
    key: str
    title: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: str = ""  # why nothing was measured
    seconds: float = 0.0  # wall time of the benchmark itself
    data: dict = field(
        default_factory=dict
    )  # raw measurements, for results.json and later benchmarks

    @property
    def missed(self) -> list[Row]:
        return [row for row in self.rows if row.met is False]

    def as_dict(self) -> dict:
        return {
            "key": self.key,
            "title": self.title,
            "rows": [r.as_dict() for r in self.rows],
            "notes": self.notes,
            "skipped": self.skipped,
            "seconds": round(self.seconds, 1),
            "data": self.data,
        }


# -- the programs we start ----------------------------------------------------------------------


def app_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of an app (or baseline) process: offscreen, Turkish, and every user
    folder inside ``home`` so that no run touches the real user's data or settings."""
    env = dict(os.environ)
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "MATURITY_LANG": "tr",
            "MATURITY_DB": str(home / "olgunluk.sqlite3"),
            "MATURITY_SETTINGS": str(home / "settings.ini"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
        }
    )
    env.pop("PYTHONSTARTUP", None)
    env.update(extra)
    return env


# -- memory --------------------------------------------------------------------------------------


def rss_bytes(pid: int | None = None) -> int | None:
    """Resident memory of a process now (this one by default)."""
    try:
        import psutil

        return psutil.Process(pid or os.getpid()).memory_info().rss
    except ImportError:
        pass
    try:
        with open(f"/proc/{pid or 'self'}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def tree_rss_bytes(pid: int) -> int | None:
    """Resident memory of a process and all its descendants now (needs psutil)."""
    try:
        import psutil
    except ImportError:
        return rss_bytes(pid)
    try:
        process = psutil.Process(pid)
        total = process.memory_info().rss
        for child in process.children(recursive=True):
            with contextlib.suppress(psutil.Error):  # it ended meanwhile
                total += child.memory_info().rss
        return total
    except psutil.Error:
        return None


def peak_rss_bytes(children: bool = False) -> int | None:
    """The peak resident memory of this process (or of its largest waited-for child)."""
    try:
        import resource
    except ImportError:  # Windows
        if children:
            return None
        try:
            import psutil

            return psutil.Process().memory_info().peak_wset
        except (ImportError, AttributeError):
            return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF)
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB elsewhere
    return usage.ru_maxrss * scale or None


def mb(value: int | float | None) -> float | None:
    return None if value is None else value / MB

"""The suite's output: the machine and commit, results.json, a plain table on the console and a
readable table in docs/performance.md between the markers (the rest of that file is kept)."""

from __future__ import annotations

import importlib.metadata
import json
import os
import platform
import subprocess
from pathlib import Path

from .common import ROOT, Benchmark, Row

START_MARKER = "<!-- bench:start -->"
END_MARKER = "<!-- bench:end -->"
DOC = ROOT / "docs" / "performance.md"
RESULTS = ROOT / "bench" / "results.json"
LIBRARIES = ("PySide6-Essentials", "matplotlib", "openpyxl", "python-calamine", "pandas")


# -- where and what was measured ---------------------------------------------------------------


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def _ram_bytes() -> int | None:
    try:
        import psutil

        return psutil.virtual_memory().total
    except ImportError:
        pass
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _physical_cores() -> int | None:
    try:
        import psutil

        return psutil.cpu_count(logical=False)
    except ImportError:
        return None


def _os_name() -> str:
    pretty = ""
    try:
        with open("/etc/os-release", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("PRETTY_NAME="):
                    pretty = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    base = f"{platform.system()} {platform.release()}"
    return f"{pretty} ({base})" if pretty else platform.platform()


def machine() -> dict:
    ram = _ram_bytes()
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return {
        "cpu": _cpu_model(),
        "logical_cores": os.cpu_count(),
        "physical_cores": _physical_cores(),
        "ram_gib": round(ram / 2**30, 1) if ram else None,
        "os": _os_name(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "libraries": versions,
    }


def git_commit() -> dict:
    def git(*args: str) -> str:
        try:
            done = subprocess.run(
                ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=20
            )
        except (OSError, subprocess.TimeoutExpired):
            return ""
        return done.stdout.strip() if done.returncode == 0 else ""

    return {
        "commit": git("rev-parse", "HEAD"),
        "short": git("rev-parse", "--short", "HEAD"),
        "uncommitted_changes": bool(git("status", "--porcelain")),
    }


# -- numbers ------------------------------------------------------------------------------------


def number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        text = f"{value:.2f}"
    elif unit in ("MB", "MiB") and value >= 100 or unit == "ms" and value >= 1000:
        text = f"{value:,.0f}"
    else:
        text = f"{value:.1f}"
    return f"{text} {unit}"


def verdict(row: Row) -> str:
    if row.budget is None:
        return "—"
    if row.met is None:
        return "not judged (no baseline)"
    return "met" if row.met else "MISSED"


def ratio(row: Row) -> str:
    return f"{row.ratio:.2f}×" if row.ratio is not None else "—"


def _number_of(bench: Benchmark) -> str:
    return bench.title.split(".", 1)[0]


# -- results.json -------------------------------------------------------------------------------


def results_document(benchmarks: list[Benchmark], info: dict) -> dict:
    return {**info, "benchmarks": [b.as_dict() for b in benchmarks]}


def write_results(document: dict, path: Path = RESULTS) -> Path:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(
        json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    os.replace(temporary, path)
    return path


# -- the console ----------------------------------------------------------------------------------


def console_rows(bench: Benchmark) -> list[str]:
    if bench.skipped:
        return [f"  {bench.skipped}"]
    lines = []
    for row in bench.rows:
        baseline = (
            f"baseline {number(row.baseline, row.unit)} ({row.baseline_name})"
            if row.baseline_name
            else ""
        )
        budget = f"budget {row.budget.text}" if row.budget else ""
        parts = [
            p
            for p in (
                f"{number(row.figure, row.unit)} (N={row.n})",
                baseline,
                f"ratio {ratio(row)}" if row.ratio is not None else "",
                budget,
            )
            if p
        ]
        lines.append(f"  {verdict(row):>7}  {row.name}: " + "; ".join(parts))
        if row.note:
            lines.append(f"           {row.note}")
    return lines


def missed_lines(benchmarks: list[Benchmark]) -> list[str]:
    lines = []
    for bench in benchmarks:
        for row in bench.missed:
            against = (
                f", ratio {ratio(row)}"
                if row.ratio is not None and row.budget.kind != "below"
                else ""
            )
            lines.append(
                f"MISSED: {_number_of(bench)}. {row.name}: {number(row.figure, row.unit)}"
                f"{against} (budget {row.budget.text})"
            )
    return lines


# -- docs/performance.md
# ----------------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(benchmarks: list[Benchmark], info: dict) -> str:
    m = info["machine"]
    cores = f"{m['logical_cores']} logical cores" + (
        f" ({m['physical_cores']} physical)" if m.get("physical_cores") else ""
    )
    ram = f"{m['ram_gib']} GiB RAM" if m.get("ram_gib") else "RAM unknown"
    libraries = ", ".join(f"{k} {v}" for k, v in m["libraries"].items())
    commit = info["git"]
    commit_text = f"`{commit['short'] or 'unknown'}`" + (
        " with uncommitted changes" if commit["uncommitted_changes"] else ""
    )
    minutes, seconds = divmod(round(info["wall_seconds"]), 60)
    lines = [
        START_MARKER,
        "## Benchmarks",
        "",
        "_Written by `make bench` (`python -m bench.run`) — do not edit between the bench markers; "
        "how to read it is explained below them._",
        "",
        f"- **Machine:** {m['cpu']}, {cores}, {ram}; {m['os']}; {m['python']}",
        f"- **Libraries:** {libraries}",
        f"- **Date:** {info['date']}",
        f"- **Commit:** {commit_text}",
        f"- **Suite wall time:** {minutes} min {seconds:02d} s",
        "- **Every figure is a median** over N repeated runs (N per row); its baseline is measured "
        "in the same run (N beside it). Ratio = figure ÷ baseline.",
        "",
        "| Benchmark | Figure (median) | N | Baseline (median, same run) | Ratio | Budget | "
        "Result |",
        "| --- | ---: | ---: | --- | ---: | --- | --- |",
    ]
    for bench in benchmarks:
        number_ = _number_of(bench)
        if bench.skipped:
            lines.append(f"| {_cell(bench.title)} | — | — | — | — | — | {_cell(bench.skipped)} |")
            continue
        for row in bench.rows:
            baseline = (
                f"{number(row.baseline, row.unit)} (N={row.baseline_n}) — {row.baseline_name}"
                if row.baseline_name
                else "—"
            )
            result = verdict(row)
            result = f"**{result}**" if result == "MISSED" else result
            lines.append(
                f"| {number_}. {_cell(row.name)} | {number(row.figure, row.unit)} | {row.n} | "
                f"{_cell(baseline)} | {ratio(row)} | "
                f"{_cell(row.budget.text) if row.budget else '—'} | "
                f"{result} |"
            )
    missed = missed_lines(benchmarks)
    lines += ["", "**Budgets missed:** " + (str(len(missed)) if missed else "none"), ""]
    lines += [f"- {line.removeprefix('MISSED: ')}" for line in missed]
    if missed:
        lines.append("")
    lines += ["### Notes", ""]
    for bench in benchmarks:
        lines.append(f"**{bench.title}**" + (f" — {bench.skipped}" if bench.skipped else ""))
        lines.append("")
        for row in bench.rows:
            if row.note:
                lines.append(f"- {row.name}: {row.note}")
        for note in bench.notes:
            lines.append(f"- {note}")
        if bench.rows or bench.notes:
            lines.append("")
    lines.append(END_MARKER)
    return "\n".join(lines)


def rewrite_doc(block: str, path: Path = DOC) -> Path:
    """Put ``block`` between the markers of ``path`` (appended, with the markers, when absent);
    everything else in the file stays as it is."""
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Performans / Performance\n"
    start, end = text.find(START_MARKER), text.find(END_MARKER)
    if start != -1 and end > start:
        text = text[:start] + block + text[end + len(END_MARKER) :]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return path

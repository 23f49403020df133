"""Run one measurement in a fresh interpreter, watching its memory from outside.

    python -m bench.child bench.commit:measure '{"changes": 500, ...}'

The child calls the function with the JSON arguments and prints one line,
``BENCH-RESULT <json>``: the function's result (JSON-able) and the child's own peak RSS and that
of its largest worker process. ``run`` starts such a child and meanwhile samples the resident
memory of the child with all its workers, so a peak of the whole process tree is known too.
Each measurement runs in its own process so that imports and caches of one benchmark never
flatter another, and a cold first run is really cold.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .common import ROOT, app_env, mb, peak_rss_bytes, tree_rss_bytes

MARKER = "BENCH-RESULT "
SAMPLE_EVERY_S = 0.05


class ChildFailed(RuntimeError):
    pass


@dataclass
class ChildResult:
    result: object
    peak_rss_mb: float | None  # the child itself (getrusage)
    workers_peak_rss_mb: float | None  # its largest finished worker process (getrusage)
    tree_peak_rss_mb: float | None  # child plus workers, sampled from outside
    seconds: float


def run(
    target: str,
    kwargs: dict,
    home: Path,
    timeout_s: float = 900.0,
    env: dict[str, str] | None = None,
) -> ChildResult:
    """Call ``module:function(**kwargs)`` in a new interpreter; raises ChildFailed with the
    child's error output if it fails or runs longer than ``timeout_s``."""
    command = [sys.executable, "-m", "bench.child", target, json.dumps(kwargs)]
    environment = env or app_env(home)
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8") as out,
        tempfile.TemporaryFile("w+", encoding="utf-8") as err,
    ):
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=out, stderr=err)
        peak = 0
        try:
            while process.poll() is None:
                if time.perf_counter() - started > timeout_s:
                    process.kill()
                    process.wait()
                    raise ChildFailed(f"{target}: no result after {timeout_s:.0f} s")
                peak = max(peak, tree_rss_bytes(process.pid) or 0)
                time.sleep(SAMPLE_EVERY_S)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    lines = [line for line in stdout.splitlines() if line.startswith(MARKER)]
    if process.returncode != 0 or not lines:
        tail = "\n".join((stderr or stdout).strip().splitlines()[-25:])
        raise ChildFailed(f"{target} failed (exit code {process.returncode}):\n{tail}")
    data = json.loads(lines[-1][len(MARKER) :])
    return ChildResult(
        data["result"], data["peak_rss_mb"], data["workers_peak_rss_mb"], mb(peak) or None, seconds
    )


def main(argv: list[str]) -> int:
    target, arguments = argv[1], json.loads(argv[2])
    module_name, function_name = target.split(":")
    function = getattr(importlib.import_module(module_name), function_name)
    result = function(**arguments)
    print(
        MARKER
        + json.dumps(
            {
                "result": result,
                "peak_rss_mb": mb(peak_rss_bytes()),
                "workers_peak_rss_mb": mb(peak_rss_bytes(children=True)),
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

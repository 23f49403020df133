"""Grouped commits for a batch of writes (a merge of many files).

Each write still runs in its own savepoint, so a failing file leaves nothing behind while the
files before it stay; but the savepoints of about ``GROUP_SECONDS`` share one commit, so a
merge pays the disk syncs of a commit a few times a second instead of once per file. A crash
loses at most the files of the last group, together with their log rows (as if the merge had
been stopped there). If a group's commit fails, ``on_lost`` hears how many writes were undone,
so the caller can report them as not stored.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

GROUP_SECONDS = 0.25  # short enough that another program's write waits at most this long


@dataclass
class Group:
    on_commit: Callable[[], None] | None = None  # the writes so far are durable
    on_lost: Callable[[int], None] | None = None  # a failed commit undid this many writes
    seconds: float = GROUP_SECONDS
    began: float = field(default=0.0)
    pending: int = 0  # writes (savepoints released) waiting for the group's commit

    def start(self) -> None:
        self.began, self.pending = time.monotonic(), 0

    def due(self) -> bool:
        return time.monotonic() - self.began >= self.seconds

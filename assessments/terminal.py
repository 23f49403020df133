"""What the command line prints, and how it ends.

Everything the CLI writes goes through ``echo``: text from outside (file names, unit names,
cell values) may hold terminal control characters, and printed raw an ESC sequence can paint a
fake green "accepted" or a bidi override can reverse a file name. ``safe`` shows each such
character as a visible ``\\uXXXX`` escape (valid inside JSON strings too); line breaks and tabs
stay, because the messages themselves are laid out with them.

A closed pipe (``maturity merge ... | head -1``) must never stop the work: the first
BrokenPipeError on a stream points that stream at the null device and the command goes on
(the workbook is still written). ``finish`` flushes both streams the same way, so Python's
shutdown never prints "Exception ignored ... BrokenPipeError". Errors that a failed write leaves
for the garbage collector (a half-closed zip file after a full disk) go to the log, not to the
screen: the user has already been told in one line.

The log (``cli.log`` in the user's log folder) is only created when something is logged; a
command that logged an error says where the details are.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
from pathlib import Path
from typing import TextIO

# C0 controls except tab and line feed, DEL, C1 controls, the bidi marks, embeddings,
# overrides and isolates, and the Unicode line and paragraph separators.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")

LOG_FILE = "cli.log"
LOG_MAX_BYTES = 1_000_000
log = logging.getLogger("assessments.cli")


def safe(text: object) -> str:
    """``text`` with every terminal control character shown as a visible escape."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", str(text))


def inline(text: object) -> str:
    """``text`` for one line of output: line breaks and tabs escaped too, so a file name
    holding a newline cannot start a line of its own ("kabul edildi: ...")."""
    return safe(text).replace("\n", "\\u000a").replace("\t", "\\u0009")


def echo(text: object = "", *, err: bool = False, end: str = "\n") -> None:
    """Print ``text`` made safe, to stdout (or stderr); a closed pipe is silenced, not raised."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        return
    shown = safe(text) + end
    try:
        try:
            stream.write(shown)
        except UnicodeEncodeError:  # a Windows pipe in cp1254 and an emoji in a unit name
            encoding = getattr(stream, "encoding", None) or "ascii"
            stream.write(shown.encode(encoding, "backslashreplace").decode(encoding))
        if err:
            stream.flush()
    except BrokenPipeError:
        _silence(stream)


def status_line(text: str) -> None:
    """A progress line on stderr, redrawn in place (the leading "\\r" is ours, not the text's)."""
    try:
        sys.stderr.write("\r" + safe(text))
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        _silence(sys.stderr)


def _silence(stream: TextIO) -> None:
    """Point ``stream`` at the null device: whatever is printed later goes nowhere, quietly."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stream.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # not a real file (a test's StringIO)
        pass


def finish() -> None:
    """Flush stdout and stderr at the end of a command; a reader that went away is fine."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except BrokenPipeError:
            _silence(stream)
            with contextlib.suppress(OSError):
                stream.flush()  # the buffered rest now goes to the null device
        except (OSError, ValueError):
            pass


class _FolderFileHandler(logging.FileHandler):
    """A file handler that creates its folder (and the file) only on the first record."""

    def __init__(self, path: Path):
        super().__init__(path, encoding="utf-8", delay=True)
        self.errors_written = 0

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is None:
            try:
                Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
                _rotate(Path(self.baseFilename))
            except OSError:
                return  # no log is better than a traceback about the log
        if record.levelno >= logging.ERROR:
            self.errors_written += 1
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        self.errors_written = max(0, self.errors_written - 1)  # not written after all


def _rotate(path: Path) -> None:
    if path.is_file() and path.stat().st_size >= LOG_MAX_BYTES:
        path.replace(path.with_name(path.name + ".1"))


_handler: _FolderFileHandler | None = None


def setup_log() -> Path:
    """Log to ``cli.log`` in the user's log folder (created on the first record); the path."""
    global _handler
    from .paths import log_dir

    path = Path(os.environ.get("MATURITY_LOG_DIR") or log_dir()) / LOG_FILE
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = _FolderFileHandler(path)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    _handler.setLevel(logging.WARNING)  # libraries' INFO chatter (fontTools...) stays out
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    sys.unraisablehook = _log_unraisable
    return path


def errors_logged() -> int:
    return _handler.errors_written if _handler is not None else 0


def log_path() -> Path | None:
    return Path(_handler.baseFilename) if _handler is not None else None


def _log_unraisable(unraisable) -> None:
    """An error raised in a destructor (e.g. a zip file closing on a full disk) is logged."""
    log.warning("ignored in %r: %r", unraisable.object, unraisable.exc_value)

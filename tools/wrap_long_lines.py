"""Shorten lines over the limit where a formatter will not: long strings and long comments.

``python tools/wrap_long_lines.py [--width 100] [--check] FILE...``. Run ``ruff format`` first;
this then changes only two things, and only where a line is still too long:

- a single-line string literal inside brackets is split into implicitly concatenated pieces,
  one per line, aligned under the string's start (safe: inside brackets a newline ends nothing).
  Each piece keeps the prefix (r, b, u); ``f`` stays on the pieces that hold a ``{...}`` field
  (a piece without one drops it, with ``{{``/``}}`` unescaped, so no F541). A split falls only
  after a space, never inside a ``{...}`` field or an escape sequence;
- a ``#`` comment is wrapped at word boundaries: a comment line onto the comment lines that
  follow it; a comment after code onto comment lines just above that line (below it, the next
  ``ruff format`` would indent them as the next statement's comment). Tool directives (noqa,
  type:, pragma, fmt:) stay where they are.

The AST of each file must come out identical (line numbers aside), or the file is left as it was
and reported. Docstrings, other triple-quoted strings, strings outside brackets and words longer
than the line are not touched: they are listed by kind, for a person to decide.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import io
import re
import sys
import tokenize
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

WIDTH = 100
DIRECTIVES = re.compile(r"noqa|type:|pragma|fmt:|isort:|ruff:|-\*-|^!")
PREFIX = re.compile(r"^([rRbBuUfF]*)('''|\"\"\"|'|\")")
OPEN, CLOSE = "([{", ")]}"
FSTRING_START = getattr(tokenize, "FSTRING_START", None)  # Python 3.12+: f-strings in pieces
FSTRING_END = getattr(tokenize, "FSTRING_END", None)


@dataclass(frozen=True)
class Literal:
    """One string literal on one line: where it starts and ends, and whether brackets hold it."""

    row: int  # 1-based
    start: int
    end: int
    bracketed: bool
    docstring: bool = False


@dataclass(frozen=True)
class Outcome:
    path: Path
    changed: int  # lines written differently
    remaining: Counter  # kind -> lines still over the width
    refused: str = ""  # why the file was left as it was


# ---- reading the tokens ------------------------------------------------------------------------


def _tokens(source: str) -> list[tokenize.TokenInfo]:
    return list(tokenize.generate_tokens(io.StringIO(source).readline))


def _literals(tokens: list[tokenize.TokenInfo], docstrings: set[int]) -> list[Literal]:
    """Every string literal with its bracket depth (an f-string of 3.12 is one literal)."""
    found, depth, fstring, opened = [], 0, 0, None
    for tok in tokens:
        if tok.type == FSTRING_START:
            if fstring == 0:
                opened = (tok.start, depth)
            fstring += 1
        elif tok.type == FSTRING_END:
            fstring -= 1
            if fstring == 0:
                (row, col), at_depth = opened
                found.append(_literal(row, col, tok.end, at_depth, docstrings))
        elif tok.type == tokenize.STRING and fstring == 0:
            found.append(_literal(*tok.start, tok.end, depth, docstrings))
        elif tok.type == tokenize.OP and tok.string in OPEN:
            depth += 1
        elif tok.type == tokenize.OP and tok.string in CLOSE:
            depth -= 1
    return found


def _literal(row, col, end, depth, docstrings) -> Literal:
    end_row, end_col = end
    return Literal(row, col, end_col if end_row == row else -1, depth > 0, row in docstrings)


def _docstring_rows(tree: ast.AST) -> set[int]:
    rows = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                rows |= set(range(body[0].lineno, body[0].end_lineno + 1))
    return rows


def _inside_rows(tokens: list[tokenize.TokenInfo]) -> set[int]:
    """Rows that continue a multi-line token (a triple-quoted string): nothing goes above them."""
    rows = set()
    for tok in tokens:
        if tok.end[0] > tok.start[0] and tok.type not in (tokenize.NL, tokenize.NEWLINE):
            rows |= set(range(tok.start[0] + 1, tok.end[0] + 1))
    return rows


# ---- splitting a string --------------------------------------------------------------------------


def _breaks(body: str, raw: bool, fstring: bool) -> list[int]:
    """Offsets in ``body`` after which a piece may end: after a space, outside any field and
    escape sequence."""
    found, depth, i = [], 0, 0
    while i < len(body):
        char = body[i]
        if fstring and char in "{}" and body[i : i + 2] in ("{{", "}}") and depth == 0:
            i += 2
            continue
        if fstring and char == "{":
            depth += 1
        elif fstring and char == "}":
            depth -= 1
        elif char == "\\":
            if not raw and body[i + 1 : i + 3] == "N{":
                i = body.index("}", i) + 1
                continue
            if not raw and body[i + 1 : i + 2] == "n" and i + 2 < len(body):
                found.append(i + 2)  # after a newline: where the text's own line ends
            i += 2  # the escaped character belongs to the backslash (in raw strings too)
            continue
        elif char == " " and depth == 0 and i + 1 < len(body):
            found.append(i + 1)
        i += 1
    return found


def _has_field(piece: str) -> bool:
    return "{" in piece.replace("{{", "")


def _pieces(text: str, budget: int) -> list[str] | None:
    """``text`` (one literal, prefix and quotes included) as pieces of at most ``budget``
    characters where the break points allow; None when it cannot be split."""
    match = PREFIX.match(text)
    prefix, quote = match.group(1), match.group(2)
    if len(quote) == 3:
        return None
    body = text[len(prefix) + 1 : -1]
    fstring, raw = "f" in prefix.lower(), "r" in prefix.lower()
    cuts, start, last = [], 0, 0
    for point in [*_breaks(body, raw, fstring), len(body)]:
        if point - start + len(prefix) + 2 > budget and last > start:
            cuts.append(last)
            start = last
        last = point
    if not cuts:
        return None
    bounds = [0, *cuts, len(body)]
    pieces = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        part, own = body[a:b], prefix
        if fstring and not _has_field(part):
            own = re.sub("[fF]", "", prefix)
            part = part.replace("{{", "{").replace("}}", "}")
        pieces.append(f"{own}{quote}{part}{quote}")
    return pieces


def _split_line(
    line: str, literals: list[Literal], width: int, after: str, after_literals: list[Literal]
) -> tuple[list[str], int] | None:
    """The line with the literal that crosses the limit split: (new lines, how many old lines
    they replace), or None. When the literal ends its line and the next line is only the next
    piece of the same concatenation, the rest joins that piece (a paragraph reflows instead of
    leaving a short line behind)."""
    usable = [lit for lit in literals if lit.bracketed and lit.end > 0 and not lit.docstring]
    for lit in usable:
        # closing punctuation after the literal stays with its last piece: leave room for it
        tail = line[lit.end :].rstrip()
        room = len(tail) if set(tail) <= set(",)]}: ") else 0
        if not lit.start < width < lit.end + room:
            continue
        pieces = _pieces(line[lit.start : lit.end], width - lit.start - room)
        if not pieces:
            continue
        indent = " " * lit.start
        head = [line[: lit.start] + pieces[0], *(indent + piece for piece in pieces[1:-1])]
        if not line[lit.end :].strip():
            joined = _join_next(pieces[-1], after, after_literals)
            if joined is not None:
                return [*head, joined], 2
        return [*head, indent + pieces[-1] + line[lit.end :]], 1
    return None


def _join_next(rest: str, after: str, after_literals: list[Literal]) -> str | None:
    """``after`` with ``rest`` put in front of its string, when ``after`` holds nothing but one
    plain (not f) literal of the same prefix and quotes (and a closing bracket or comma)."""
    if len(after_literals) != 1 or not after_literals[0].bracketed or after_literals[0].end < 0:
        return None
    lit = after_literals[0]
    if after[: lit.start].strip() or after[lit.end :].strip() not in ("", ",", ")", "),", "],"):
        return None
    if rest.endswith("\\n" + rest[-1]):  # the text's own line ends here: keep it so
        return None
    ours, theirs = PREFIX.match(rest), PREFIX.match(after[lit.start : lit.end])
    if ours.groups() != theirs.groups() or "f" in ours.group(1).lower() or len(ours.group(2)) > 1:
        return None
    cut = len(ours.group(0))
    return after[: lit.start + cut] + rest[cut:-1] + after[lit.start + cut :]


# ---- wrapping a comment --------------------------------------------------------------------------


def _wrap_words(text: str, indent: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        if current and len(indent) + 2 + len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return [f"{indent}# {words}" for words in lines]


def _wrap_comment(
    lines: list[str], row: int, col: int, inside: set[int], width: int
) -> list[str] | None:
    """The comment at (row, col) wrapped: the replacement of ``lines[row - 1]``, or None."""
    line = lines[row - 1].rstrip("\n")
    comment = line[col:]
    text = comment.lstrip("#").strip()
    if DIRECTIVES.search(comment) or comment.startswith("#!"):
        return None
    code = line[:col].rstrip()
    indent = re.match(r"\s*", line).group(0)
    wrapped = _wrap_words(text, indent, width)
    if len(wrapped) < 2 and code == "":
        return None
    if code == "":
        return wrapped
    # A trailing comment goes above its line; not when that would land in a string or after
    # a backslash continuation.
    if row in inside or (row > 1 and lines[row - 2].rstrip("\n").endswith("\\")):
        return None
    return [*wrapped, code]


# ---- one file ------------------------------------------------------------------------------------


def _normalised(tree: ast.AST) -> str:
    """The AST without positions, adjacent constants inside f-strings joined (the parser of some
    versions keeps them apart after an implicit concatenation)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            values = []
            for value in node.values:
                if values and all(isinstance(v, ast.Constant) for v in (value, values[-1])):
                    values[-1] = ast.Constant(values[-1].value + value.value)
                else:
                    values.append(value)
            node.values = values
    return ast.dump(tree, include_attributes=False)


def _one_pass(source: str, width: int) -> str:
    tree = ast.parse(source)
    tokens = _tokens(source)
    lines = source.splitlines(keepends=True)
    by_row: dict[int, list[Literal]] = {}
    for lit in _literals(tokens, _docstring_rows(tree)):
        by_row.setdefault(lit.row, []).append(lit)
    comments = {tok.start[0]: tok.start[1] for tok in tokens if tok.type == tokenize.COMMENT}
    inside = _inside_rows(tokens)
    for row in range(len(lines), 0, -1):  # bottom up: a replacement shifts only later rows
        line = lines[row - 1]
        if len(line.rstrip("\n")) <= width:
            continue
        ending = line[len(line.rstrip("\r\n")) :] or "\n"
        new = None
        if row in comments:
            new = _wrap_comment(lines, row, comments[row], inside, width)
        replaced = 1
        if new is None and row in by_row:
            after = lines[row].rstrip("\r\n") if row < len(lines) else ""
            split = _split_line(
                line.rstrip("\r\n"),
                by_row[row],
                width,
                after,
                by_row.get(row + 1, []) if row < len(lines) else [],
            )
            if split is not None:
                new, replaced = split
        if new is not None:
            lines[row - 1 : row - 1 + replaced] = [part + ending for part in new]
    return "".join(lines)


def remaining_kinds(source: str, width: int = WIDTH) -> Counter:
    """Lines still over ``width``, by what makes them long."""
    tree = ast.parse(source)
    tokens = _tokens(source)
    docstrings = _docstring_rows(tree)
    kinds: dict[int, str] = {}
    for tok in tokens:
        if tok.type in (tokenize.STRING, FSTRING_START):
            multi = tok.end[0] > tok.start[0] or tok.type == FSTRING_START
            kind = (
                "docstring"
                if tok.start[0] in docstrings
                else "triple-quoted string"
                if multi and tok.type == tokenize.STRING
                else "string"
            )
            for row in range(tok.start[0], tok.end[0] + 1):
                kinds.setdefault(row, kind)
        elif tok.type == tokenize.COMMENT:
            kinds.setdefault(tok.start[0], "comment")
    found = Counter()
    for row, line in enumerate(source.splitlines(), start=1):
        if len(line) > width:
            found[kinds.get(row, "code")] += 1
    return found


def wrap_source(source: str, width: int = WIDTH) -> str:
    """``source`` with its long strings and comments wrapped; ValueError if the AST would
    change."""
    before = _normalised(ast.parse(source))
    result = source
    for _ in range(20):  # a split line may still be long after its last piece: go again
        again = _one_pass(result, width)
        if again == result:
            break
        result = again
    if _normalised(ast.parse(result)) != before:
        raise ValueError("the syntax tree would change")
    return result


def wrap_file(path: Path, width: int = WIDTH, check: bool = False) -> Outcome:
    source = path.read_text(encoding="utf-8")
    try:
        result = wrap_source(source, width)
    except (ValueError, SyntaxError) as exc:
        return Outcome(path, 0, remaining_kinds(source, width), refused=str(exc))
    changed = sum(
        1
        for line in difflib.ndiff(source.splitlines(), result.splitlines())
        if line.startswith("+ ")
    )
    if result != source and not check:
        path.write_text(result, encoding="utf-8")
    return Outcome(path, changed, remaining_kinds(result, width))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--width", type=int, default=WIDTH)
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    args = parser.parse_args(argv)
    total, refused = Counter(), 0
    for path in args.files:
        outcome = wrap_file(path, args.width, args.check)
        total += outcome.remaining
        if outcome.refused:
            refused += 1
            print(f"{path}: left as it was: {outcome.refused}", file=sys.stderr)
        elif outcome.changed:
            print(f"{path}: {outcome.changed} lines changed")
    kinds = ", ".join(f"{kind} {n}" for kind, n in total.most_common()) or "none"
    print(f"still over {args.width}: {sum(total.values())} lines ({kinds})")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())

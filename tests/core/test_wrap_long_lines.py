"""tools/wrap_long_lines.py: long strings and comments wrapped, the syntax tree unchanged."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "wrap_long_lines.py"
spec = importlib.util.spec_from_file_location("wrap_long_lines", TOOL)
wrap = importlib.util.module_from_spec(spec)
sys.modules["wrap_long_lines"] = wrap  # dataclasses look their module up there
spec.loader.exec_module(wrap)

WIDTH = 60


def wrapped(source: str) -> str:
    result = wrap.wrap_source(source, WIDTH)
    assert ast.dump(ast.parse(result)) == ast.dump(ast.parse(source))
    return result


def longest(source: str) -> int:
    return max(len(line) for line in source.splitlines())


def test_a_string_in_brackets_becomes_pieces_under_its_start():
    source = 'call(\n    "The first words of a message that is much too long for one line", x)\n'
    result = wrapped(source)
    assert result == (
        'call(\n    "The first words of a message that is much too long "\n    "for one line", x)\n'
    )


def test_each_piece_keeps_its_prefix_and_f_only_where_a_field_is():
    source = (
        'show(rf"{name} says: a\\d {{braces}} and words that keep going on", '
        'f"{a} and {b} and then a great many more words after them {c}")\n'
    )
    result = wrapped(source)
    assert longest(result) <= WIDTH
    assert 'r"' in result and 'rf"{name}' in result  # the field-less piece: r only
    assert "{{" not in result.split('r"', 1)[1].split("\n")[0]  # its braces unescaped
    for line in result.splitlines():
        assert line.count("{") - line.count("{{") * 2 == line.count("}") - line.count("}}") * 2


def test_no_split_inside_a_field_or_an_escape():
    source = (
        'f(f"{value.attribute + other.attribute + third.attribute}", "a\\N{NO-BREAK SPACE}b")\n'
    )
    assert wrapped(source) == source  # no break point outside the field, none in the escape


def test_a_long_paragraph_reflows_into_the_next_piece():
    source = (
        'x = [\n    "one two three four five six seven eight nine ten eleven twelve "\n'
        '    "thirteen",\n]\n'
    )
    result = wrapped(source)
    assert result == (
        'x = [\n    "one two three four five six seven eight nine ten "\n'
        '    "eleven twelve thirteen",\n]\n'
    )


def test_docstrings_and_strings_outside_brackets_are_left_and_reported():
    source = (
        "def f():\n"
        '    """A docstring that is far too long for the width but stays as it is."""\n'
        '    return "a plain string outside any brackets that is also too long"\n'
    )
    assert wrapped(source) == source
    assert wrap.remaining_kinds(source, WIDTH) == {"docstring": 1, "string": 1}


def test_comments_wrap_below_a_comment_line_and_above_code():
    source = (
        "# a comment line that goes on and on well past the sixty characters\n"
        "x = 1  # why x is one: because the example needs a long trailing comment\n"
        "y = 2  # noqa: E501 a directive that stays where it is even though it is long\n"
    )
    result = wrapped(source)
    assert result.splitlines() == [
        "# a comment line that goes on and on well past the sixty",
        "# characters",
        "# why x is one: because the example needs a long trailing",
        "# comment",
        "x = 1",
        "y = 2  # noqa: E501 a directive that stays where it is even though it is long",
    ]


def test_a_trailing_comment_is_not_moved_into_a_string():
    source = 'x = """\nline\n"""  # a comment after the closing quotes of a long string, long\n'
    assert wrapped(source) == source


def test_a_file_whose_tree_would_change_is_refused_and_kept(tmp_path, monkeypatch):
    path = tmp_path / "sample.py"
    source = 'call("a string that is long enough to be split by the tool, surely")\n'
    path.write_text(source, encoding="utf-8")
    monkeypatch.setattr(wrap, "_one_pass", lambda text, width: text.replace("surely", "maybe"))
    with pytest.raises(ValueError):
        wrap.wrap_source(source, WIDTH)
    outcome = wrap.wrap_file(path, WIDTH)
    assert outcome.refused and path.read_text(encoding="utf-8") == source


def test_the_command_writes_the_file_and_counts_what_remains(tmp_path, capsys):
    path = tmp_path / "sample.py"
    path.write_text(
        'call("a string that is long enough to be split by the tool, surely")\n'
        '"""A module string that is too long to be split by anything at all."""\n',
        encoding="utf-8",
    )
    assert wrap.main(["--width", str(WIDTH), str(path)]) == 0
    assert longest(path.read_text(encoding="utf-8").splitlines()[0]) <= WIDTH
    assert "still over 60: 1 lines (string 1)" in capsys.readouterr().out

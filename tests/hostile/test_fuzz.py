"""Property-based fuzzing of the importer on mutated valid exports.

Mutations: bytes of the zip (anywhere, in its headers, in the central directory), bytes of one
member's XML re-packed into a sound zip, cell values of the answers and machine sheets through
openpyxl (random text, numbers, None, huge text, formulas, error values, dates), deleted rows
and columns, shuffled rows. The properties: ``read_workbook`` never raises; ``import_file``
either imports or raises MaturityError, and then nothing is stored; what it imports obeys
every answer rule.

``make test`` runs ~50 examples per property (profile ``hostile-quick``); the tests marked slow
run the ``hostile-ci`` profile when ``HYPOTHESIS_PROFILE=ci`` or ``MATURITY_SLOW_TESTS=1`` (CI).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import tempfile
import zipfile
from pathlib import Path

import pytest
from corpus import ANSWERS_SHEET, META_SHEET, key_row, row_counts
from hypothesis import given, settings
from hypothesis import strategies as st

from assessments.exchange.importer import import_file
from assessments.exchange.reader import read_workbook
from assessments.messages import MaturityError
from assessments.scoring import validate_answer
from assessments.store import Store

QUICK = settings.get_profile("hostile-quick")  # both registered in conftest.py
LONG = settings.get_profile("hostile-ci")
# The long runs: HYPOTHESIS_PROFILE=ci, or the switch the other slow tests use in CI.
LONG_FUZZING = os.environ.get("HYPOTHESIS_PROFILE") == "ci" or os.environ.get(
    "MATURITY_SLOW_TESTS", ""
) not in ("", "0")
slow = pytest.mark.skipif(
    not LONG_FUZZING,
    reason=f"long fuzzing ({LONG.max_examples} examples): "
    "HYPOTHESIS_PROFILE=ci or MATURITY_SLOW_TESTS=1",
)

# What fuzzing ran, reported at the end of the session (docs/security.md quotes it).
RUNS: dict[str, dict[str, int]] = {}


class Workbook(bytes):
    """A workbook's bytes that hypothesis reports by size, not by 40 KB of repr."""

    def __repr__(self) -> str:
        return f"<workbook, {len(self):,} bytes>"


@pytest.fixture(scope="session")
def base(source, tmp_path_factory) -> bytes:
    """A valid export without its Özet and Rubrik sheets (the reader does not read them):
    openpyxl loads and saves it in a few milliseconds, so examples stay cheap."""
    import openpyxl

    wb = openpyxl.load_workbook(source.base)
    for name in wb.sheetnames:
        if name not in (ANSWERS_SHEET, META_SHEET):
            wb.remove(wb[name])
    out = io.BytesIO()
    wb.save(out)
    return Workbook(out.getvalue())


def check_import(data: bytes, questionnaire, name: str = "fuzz.xlsx") -> str:
    """The properties, for one file's bytes; returns the outcome (the import error's code)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        parsed = read_workbook(path, questionnaire)  # must not raise
        assert all(p.source == name for p in parsed.problems)
        with Store(
            ":memory:"
        ) as store:  # the same schema and rules, without a disk sync per example
            try:
                result = import_file(store, questionnaire, path)
            except MaturityError as error:
                assert row_counts(store) == dict.fromkeys(row_counts(store), 0)
                assert error.message("tr") and error.message("en")
                return error.code
            stored = store.answers(result.assessment.uuid)
            assert stored == parsed.answers
            for answer in stored.values():
                assert validate_answer(answer) == []
                assert questionnaire.has_question(answer.question_id)
            return "imported"


def _count(test: str, outcome: str) -> None:
    counts = RUNS.setdefault(test, {})
    counts[outcome] = counts.get(outcome, 0) + 1


# -- bytes of the zip -------------------------------------------------------------------------


def _regions(data: bytes) -> list[tuple[int, int]]:
    """Where mutations matter most: local headers, the central directory, its end record."""
    regions = [(0, len(data))]
    at = data.find(b"PK\x03\x04")
    while at >= 0:
        regions.append((at, min(at + 30 + 64, len(data))))
        at = data.find(b"PK\x03\x04", at + 4)
    central = data.find(b"PK\x01\x02")
    regions.append((central, len(data)))
    regions.append((data.rfind(b"PK\x05\x06"), len(data)))
    return regions


@st.composite
def byte_mutations(draw, data: bytes) -> bytes:
    buffer = bytearray(data)
    regions = _regions(data)
    for _ in range(draw(st.integers(1, 8))):
        start, end = draw(st.sampled_from(regions))
        at = min(draw(st.integers(start, max(start, end - 1))), len(buffer) - 1)
        action = draw(st.sampled_from(["set", "flip", "zero", "ff", "cut", "dup"]))
        if action == "set":
            buffer[at] = draw(st.integers(0, 255))
        elif action == "flip":
            buffer[at] ^= 1 << draw(st.integers(0, 7))
        elif action in ("zero", "ff"):
            length = draw(st.integers(1, 4))
            buffer[at : at + length] = (b"\x00" if action == "zero" else b"\xff") * len(
                buffer[at : at + length]
            )
        elif action == "cut":
            del buffer[at : at + draw(st.integers(1, 64))]
        else:
            buffer[at:at] = buffer[at : at + draw(st.integers(1, 64))]
        if not buffer:
            break
    return Workbook(buffer)


@pytest.mark.parametrize(
    "profile",
    [
        pytest.param(QUICK, id="quick"),
        pytest.param(LONG, id="long", marks=[pytest.mark.slow, slow]),
    ],
)
def test_mutated_zip_bytes(profile, base, questionnaire):
    @settings(profile)
    @given(data=st.data())
    def run(data):
        mutated = data.draw(byte_mutations(base))
        _count("zip bytes", check_import(mutated, questionnaire))

    run()


# -- bytes of one member's XML, re-packed ----------------------------------------------------


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {info.filename: z.read(info.filename) for info in z.infolist()}


def _pack(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members.items():
            z.writestr(name, content)
    return out.getvalue()


XML_SNIPPETS = [
    b"<",
    b">",
    b"&",
    b"&amp;",
    b"&#0;",
    b"&#x1F600;",
    b'"',
    b"</c>",
    b'<c r="A1">',
    b"<v>",
    b"</row>",
    b'<row r="0">',
    b'r="XFD1048576"',
    b't="e"',
    b"<f>1+1</f>",
    b"\x00",
    b"\xff\xfe",
    b"<!--",
    b"]]>",
    b"<![CDATA[",
    b'<c r="B999999999">',
    b"\xc3",
    b"\xe2\x80\xae",
]


@st.composite
def xml_mutations(draw, data: bytes) -> bytes:
    members = _members(data)
    name = draw(st.sampled_from(sorted(n for n in members if n.endswith((".xml", ".rels")))))
    xml = bytearray(members[name])
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(xml)))
        if draw(st.booleans()):
            xml[at:at] = draw(st.sampled_from(XML_SNIPPETS) | st.binary(min_size=1, max_size=8))
        else:
            del xml[at : at + draw(st.integers(1, 32))]
    members[name] = bytes(xml)
    return Workbook(_pack(members))


@pytest.mark.parametrize(
    "profile",
    [
        pytest.param(QUICK, id="quick"),
        pytest.param(LONG, id="long", marks=[pytest.mark.slow, slow]),
    ],
)
def test_mutated_xml_inside_a_sound_zip(profile, base, questionnaire):
    @settings(profile)
    @given(data=st.data())
    def run(data):
        _count("xml in zip", check_import(data.draw(xml_mutations(base)), questionnaire))

    run()


# -- cells, rows and columns through openpyxl --------------------------------------------------


def _illegal_removed(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)


cell_values = st.one_of(
    st.none(),
    st.text(max_size=40).map(_illegal_removed),
    st.sampled_from(
        [
            "0",
            "5",
            "2,0",
            "2 - Uyum",
            "Evet",
            "Hayır",
            "N/A",
            "üç",
            "İ",
            "-",
            " ",
            "TRUE",
            "#REF!",
            "#N/A",
            "=1+1",
            '=HYPERLINK("http://x.invalid","a")',
            "+5",
            "@SUM(A1)",
            "ŞİMDİ",
            "1e308",
            "NaN",
            "VERI-01",
            "veri-01",
            "question_id",
            "note",
        ]
    ),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 1, 1)),
    st.integers(32_000, 40_000).map(lambda n: "ş" * n),  # around Excel's 32,767 per cell
    st.text(min_size=1, max_size=20).map(lambda t: "=" + _illegal_removed(t)),
)


@st.composite
def cell_edits(draw, data: bytes) -> bytes:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb[ANSWERS_SHEET]
    header, _ = key_row(ws)
    sheet = draw(st.sampled_from([ANSWERS_SHEET, ANSWERS_SHEET, ANSWERS_SHEET, META_SHEET]))
    target = wb[sheet]
    rows, cols = target.max_row, target.max_column
    for _ in range(draw(st.integers(1, 10))):
        row = draw(st.integers(1, rows + 3))
        col = draw(st.integers(1, cols + 2))
        value = draw(cell_values)
        cell = target.cell(row, col)
        if isinstance(value, str) and value.startswith("#") and value.endswith(("!", "A")):
            cell.value, cell.data_type = value, "e"
        else:
            cell.value = value
    for _ in range(draw(st.integers(0, 2))):
        action = draw(st.sampled_from(["delete_rows", "delete_cols", "shuffle"]))
        if action == "delete_rows":
            ws.delete_rows(draw(st.integers(1, ws.max_row)), draw(st.integers(1, 5)))
        elif action == "delete_cols":
            ws.delete_cols(draw(st.integers(1, ws.max_column)), draw(st.integers(1, 2)))
        else:
            _shuffle_rows(ws, header, draw(st.randoms(use_true_random=False)))
    out = io.BytesIO()
    wb.save(out)
    return Workbook(out.getvalue())


def _shuffle_rows(ws, header: int, rng: random.Random) -> None:
    """Reorder the rows below the key row, as a sort in Excel does."""
    body = [[c.value for c in row] for row in ws.iter_rows(min_row=header + 1)]
    rng.shuffle(body)
    for r, values in enumerate(body, start=header + 1):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value


@pytest.mark.parametrize(
    "profile",
    [
        pytest.param(QUICK, id="quick"),
        pytest.param(LONG, id="long", marks=[pytest.mark.slow, slow]),
    ],
)
def test_mutated_cells_rows_and_columns(profile, base, questionnaire):
    @settings(profile)
    @given(data=st.data())
    def run(data):
        _count("cells", check_import(data.draw(cell_edits(base)), questionnaire))

    run()


def test_a_shuffle_alone_still_imports(base, questionnaire):
    """The shuffle mutation is real: sorting the rows of a valid export keeps it importable."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(base))
    ws = wb[ANSWERS_SHEET]
    _shuffle_rows(ws, key_row(ws)[0], random.Random(3))
    out = io.BytesIO()
    wb.save(out)
    assert out.getvalue() != base
    assert check_import(out.getvalue(), questionnaire) == "imported"


def test_fuzz_counts_are_reported():
    """Runs after the properties (file order): each ran its examples, with both outcomes seen."""
    if not RUNS:
        pytest.skip("run with the fuzz properties")
    for name, counts in RUNS.items():
        assert sum(counts.values()) >= 10, (name, counts)
    print("\nfuzz outcomes:", {name: dict(sorted(c.items())) for name, c in RUNS.items()})

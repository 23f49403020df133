"""Hostile and broken files: each gives one clear problem and nothing is stored."""

from __future__ import annotations

import struct
import zipfile

import pytest
from exchange_helpers import edit, key_row, rewrite_member, rows_by_question

from assessments.exchange import workbook_safety
from assessments.exchange.importer import import_file
from assessments.exchange.reader import read_workbook
from assessments.messages import ValidationError


def _codes(path, questionnaire):
    return [p.code for p in read_workbook(path, questionnaire).problems]


def _nothing_stored(store, questionnaire, path):
    with pytest.raises(ValidationError) as caught:
        import_file(store, questionnaire, path)
    assert store.assessments() == []
    assert store.imports.rows() == []
    return caught.value


def _set_meta(path, **values):
    def change(wb, _):
        ws = wb["_meta"]
        for row in ws.iter_rows(min_row=2):
            if row[0].value in values:
                row[1].value = values[row[0].value]

    return edit(path, change)


def test_not_a_zip(tmp_path, coordinator, questionnaire):
    path = tmp_path / "notlar.xlsx"
    path.write_text("Bu bir Excel dosyası değil", encoding="utf-8")
    assert _codes(path, questionnaire) == ["x.not_xlsx"]
    error = _nothing_stored(coordinator, questionnaire, path)
    assert "notlar.xlsx" in error.message("tr") and "çalışma kitabı (.xlsx" in error.message("tr")


def test_truncated_zip(export_path, coordinator, questionnaire):
    data = export_path.read_bytes()
    export_path.write_bytes(data[: len(data) // 2])
    assert _codes(export_path, questionnaire) == ["x.corrupt"]
    _nothing_stored(coordinator, questionnaire, export_path)


@pytest.mark.parametrize("name", ["sifreli.xlsx", "eski.xls.xlsx"])
def test_encrypted_workbook_or_renamed_xls(tmp_path, coordinator, questionnaire, name):
    path = tmp_path / name  # both are OLE2 compound files
    path.write_bytes(workbook_safety.OLE2_SIGNATURE + b"\x00" * 4096)
    assert _codes(path, questionnaire) == ["x.ole2"]
    _nothing_stored(coordinator, questionnaire, path)


def test_empty_file(tmp_path, coordinator, questionnaire):
    path = tmp_path / "bos.xlsx"
    path.touch()
    assert _codes(path, questionnaire) == ["x.empty_file"]
    _nothing_stored(coordinator, questionnaire, path)


def test_folder_named_like_a_workbook(tmp_path, coordinator, questionnaire):
    path = tmp_path / "x.xlsx"
    path.mkdir()
    assert _codes(path, questionnaire) == ["x.is_folder"]
    _nothing_stored(coordinator, questionnaire, path)


def test_missing_file(tmp_path, questionnaire):
    assert _codes(tmp_path / "yok.xlsx", questionnaire) == ["x.not_found"]


def test_macro_enabled(export_path, coordinator, questionnaire):
    rewrite_member(
        export_path, "xl/workbook.xml", lambda d: d, extra={"xl/vbaProject.bin": b"\x00" * 64}
    )
    assert _codes(export_path, questionnaire) == ["x.macros"]
    _nothing_stored(coordinator, questionnaire, export_path)


def test_zip_bomb_by_compression_ratio(export_path, coordinator, questionnaire):
    rewrite_member(
        export_path,
        "xl/workbook.xml",
        lambda d: d,
        extra={"xl/media/image1.xml": b"\x00" * (8 * 1024 * 1024)},
    )
    assert _codes(export_path, questionnaire) == ["x.bomb_ratio"]
    _nothing_stored(coordinator, questionnaire, export_path)


def test_zip_bomb_by_declared_size(export_path, coordinator, questionnaire):
    """A central directory that declares 4 GB for one member is refused before unpacking."""
    data = bytearray(export_path.read_bytes())
    entry = data.index(b"PK\x01\x02")  # first central directory record
    data[entry + 24 : entry + 28] = struct.pack("<I", 0xFFFF0000)  # uncompressed size
    export_path.write_bytes(bytes(data))
    assert _codes(export_path, questionnaire) == ["x.unpacked_too_large"]
    _nothing_stored(coordinator, questionnaire, export_path)


def test_entity_expansion_in_xml_is_refused(export_path, coordinator, questionnaire):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
    )

    def inject(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[-1]  # without any XML declaration of its own
        return bomb + body.replace(b"<sheets>", b"<sheets>&lol2;", 1)

    rewrite_member(export_path, "xl/workbook.xml", inject)
    assert _codes(export_path, questionnaire) == ["x.unsafe_xml"]
    _nothing_stored(coordinator, questionnaire, export_path)


def test_missing_content_types(export_path, questionnaire):
    rewrite_member(export_path, "[Content_Types].xml", None)
    assert _codes(export_path, questionnaire) == ["x.missing_part"]


def test_missing_machine_sheet(export_path, coordinator, questionnaire):
    edit(export_path, lambda wb, ws: wb.remove(wb["_meta"]))
    assert _codes(export_path, questionnaire) == ["x.no_meta"]
    _nothing_stored(coordinator, questionnaire, export_path)


def test_missing_answers_sheet(export_path, coordinator, questionnaire):
    edit(export_path, lambda wb, ws: wb.remove(ws))
    assert _codes(export_path, questionnaire) == ["x.no_answers_sheet"]
    _nothing_stored(coordinator, questionnaire, export_path)


def test_missing_key_columns(export_path, coordinator, questionnaire):
    def rename(wb, ws):
        header, cols = key_row(ws)
        ws.cell(header, cols["evidence"]).value = "kanıt"
        ws.cell(header, cols["target_level"]).value = None

    edit(export_path, rename)
    problems = read_workbook(export_path, questionnaire).problems
    assert {(p.code, p.params["key"]) for p in problems} == {
        ("x.missing_column", "evidence"),
        ("x.missing_column", "target_level"),
    }
    _nothing_stored(coordinator, questionnaire, export_path)


def test_duplicate_and_unknown_question_rows(export_path, coordinator, questionnaire):
    ids = [q.id for q in questionnaire.questions]

    def change(wb, ws):
        header, cols = key_row(ws)
        rows = rows_by_question(ws)
        ws.cell(rows[ids[5]], cols["question_id"]).value = ids[0]
        ws.cell(rows[ids[6]], cols["question_id"]).value = "XYZ-99"

    edit(export_path, change)
    problems = read_workbook(export_path, questionnaire).problems
    found = {(p.code, p.where) for p in problems}
    assert ("x.duplicate_question", "Yanıtlar!B8") in found
    assert ("x.unknown_question", "Yanıtlar!B9") in found
    duplicate = next(p for p in problems if p.code == "x.duplicate_question")
    assert duplicate.params["first"] == "Yanıtlar!B3"
    assert "Yanıtlar!B8" in duplicate.message("tr") and "export.xlsx" in duplicate.message("tr")
    _nothing_stored(coordinator, questionnaire, export_path)


def test_other_questionnaire(export_path, coordinator, questionnaire):
    _set_meta(export_path, questionnaire_fingerprint="0" * 64)
    assert _codes(export_path, questionnaire) == ["x.questionnaire_mismatch"]
    _nothing_stored(coordinator, questionnaire, export_path)


def test_newer_format(export_path, questionnaire):
    _set_meta(export_path, format_version="99")
    assert _codes(export_path, questionnaire) == ["x.format_newer"]


def test_broken_meta_values_are_each_named(export_path, questionnaire):
    _set_meta(
        export_path,
        assessment_uuid="not-a-uuid",
        revision="-3",
        out_of_scope='["NOPE"]',
        exported_at="dün",
    )
    problems = read_workbook(export_path, questionnaire).problems
    assert {p.params.get("key") for p in problems} == {
        "assessment_uuid",
        "revision",
        "out_of_scope",
        "exported_at",
    }
    assert all(p.where.startswith("_meta!B") for p in problems)


def test_declared_sizes_are_checked_before_reading(
    tmp_path, questionnaire, monkeypatch, export_path
):
    monkeypatch.setattr(workbook_safety, "MAX_UNPACKED_BYTES", 1000)
    assert _codes(export_path, questionnaire) == ["x.unpacked_too_large"]


def test_a_zip_that_is_not_a_workbook(tmp_path, questionnaire):
    path = tmp_path / "arsiv.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "merhaba")
    assert _codes(path, questionnaire) == ["x.missing_part"]

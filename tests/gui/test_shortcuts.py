"""Shortcuts are the same in Turkish and English (issue 16, item 1): field jumps use the same
Alt letter in both languages, key names are printed as on the keys ("Ctrl+N", never
"Kontrol+N"), and the shortcuts dialog lists the page keys."""

from __future__ import annotations

import re

import pytest

from desktop import justification_dialog
from desktop.assessment_dialog import AssessmentDialog
from desktop.help_dialogs import ShortcutsDialog
from desktop.qt import QCoreApplication, QKeySequence, Qt

pytestmark = pytest.mark.gui

MNEMONIC = re.compile(r"&([^&])")


def letter(text: str) -> str:
    found = MNEMONIC.findall(text)
    assert len(found) == 1, text
    return found[0].upper()


def page_letters(window) -> dict[str, str]:
    page = window.assessment_view.question_page
    letters = {
        "na": letter(page.not_applicable.text()),
        "notes": letter(page.note_label.text()),
        "evidence": letter(page.evidence_label.text()),
    }
    dialog = AssessmentDialog(window.session, window)
    letters.update(
        unit=letter(dialog.unit_label.text()),
        round=letter(dialog.round_label.text()),
        respondent=letter(dialog.respondent_label.text()),
    )
    dialog.deleteLater()
    return letters


def test_alt_letters_do_not_change_with_the_language(window, qapp, qtbot, switcher, monkeypatch):
    asked = []
    monkeypatch.setattr(
        justification_dialog, "ask", lambda parent, question, start: asked.append(question)
    )
    window.session.create_assessment("Zabıta Dairesi Başkanlığı", "2026", "", [])
    page = window.assessment_view.question_page
    seen, texts = {}, {}
    for lang in ("tr", "en"):
        switcher.set_language(lang)
        qapp.processEvents()  # the widgets hear the language change
        seen[lang] = page_letters(window)
        texts[lang] = page.not_applicable.text()
        page.focus_levels()
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        # Alt+N is N/A in both languages (a button's mnemonic clicks after a short flash)
        qtbot.waitUntil(lambda lg=lang: len(asked) == (1 if lg == "tr" else 2))
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
        assert window.focusWidget() is page.note
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
        assert window.focusWidget() is page.evidence
    assert texts["tr"] != texts["en"]  # two languages indeed, one set of letters
    assert (
        seen["tr"]
        == seen["en"]
        == {"na": "N", "notes": "O", "evidence": "K", "unit": "I", "round": "N", "respondent": "T"}
    )
    window.session.commit(
        window.session.answer(page.question_id).with_changes(
            not_applicable=True, note="Görev alanımız değil"
        ),
        "N/A",
    )
    for lang in ("tr", "en"):  # the N/A justification keeps the notes' letter
        switcher.set_language(lang)
        qapp.processEvents()
        assert letter(page.note_label.text()) == "O"


def test_key_names_as_printed_on_the_keys_in_turkish(window, switcher):
    switcher.set_language("tr")
    native = QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
    assert native == "Ctrl+N"
    assert (
        QKeySequence("Ctrl+Shift+Z").toString(QKeySequence.SequenceFormat.NativeText)
        == "Ctrl+Shift+Z"
    )
    # while Qt's own dialogs are still Turkish
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "İptal"


def test_the_shortcuts_dialog_lists_the_page_keys_in_both_languages(window, qapp, switcher):
    keys = {}
    for lang in ("tr", "en"):
        switcher.set_language(lang)
        qapp.processEvents()
        dialog = ShortcutsDialog(window.shortcut_entries(), window)
        keys[lang] = [
            dialog.table.item(row, 0).text()
            for row in range(dialog.table.rowCount())
            # the menus' own letters: tests/gui/test_menu_letters.py (three words share none)
            if not dialog.table.item(row, 1).text().endswith(("menu", "menüsü"))
        ]
        dialog.deleteLater()
    described = keys["en"].index("Alt+underlined letter")  # words, not a key: translated
    del keys["tr"][described], keys["en"][described]
    assert keys["tr"] == keys["en"]
    for expected in ("Esc", "Alt+N", "Alt+O", "Alt+K", "Enter", "Ctrl+Z", "PgDown"):
        assert any(expected in text for text in keys["tr"]), expected
    assert not any("Kontrol" in text for text in keys["tr"])

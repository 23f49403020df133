"""One vocabulary (issue 16, item 4): the same key gives the same word on screen, in the
charts, in the messages and in the user guide's glossary, in Turkish and in English. The
words live once, in assessments/vocabulary.py."""

from __future__ import annotations

import re

import pytest

from assessments import charts, messages, vocabulary
from desktop import justification_dialog
from desktop.help_dialogs import user_guide_text

pytestmark = pytest.mark.gui


def plain(text: str) -> str:
    return text.replace("&", "")


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_screen_words_are_the_vocabulary(window, qapp, switcher, lang):
    switcher.set_language(lang)
    qapp.processEvents()  # the widgets hear the language change
    window.session.create_assessment("Zabıta Dairesi Başkanlığı", "2026", "", ["ULA"])
    view = window.assessment_view
    page, navigator = view.question_page, view.navigator
    term = lambda key, **kw: vocabulary.term(key, lang, **kw)  # noqa: E731
    assert term("not_applicable") in plain(page.not_applicable.text())
    assert plain(page.levels_title.text()) == term("current_level")
    assert plain(page.target_title.text()) == term("target_level")
    assert plain(page.evidence_label.text()).startswith(term("evidence"))
    assert plain(page.note_label.text()) == term("notes")
    window.session.commit(
        window.session.answer(page.question_id).with_changes(
            not_applicable=True, note="Görev alanımız değil"
        ),
        "N/A",
    )
    assert plain(page.note_label.text()).startswith(term("justification"))
    assert navigator._items[page.question_id].text(1) == term("na")
    assert navigator._dimension_items["ULA"].text(1) == term("out_of_scope")
    summary, results = view.summary_page, view.results_page
    assert summary.captions["band"].text() == term("band", lower=True)
    assert term("na") in [summary.table.horizontalHeaderItem(c).text() for c in range(6)]
    view.show_results()
    assert results.captions["band"].text() == term("band", lower=True)
    assert results.na_title.text().startswith(term("not_applicable"))
    dialog = justification_dialog.JustificationDialog("STR-01", "", window)
    assert dialog.windowTitle().startswith(term("not_applicable"))
    dialog.deleteLater()


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_charts_and_messages_use_the_vocabulary(lang):
    assert charts.label("out_of_scope", lang) == vocabulary.term("out_of_scope", lang)
    text = messages.CATALOGUE["a.na_needs_note"][0 if lang == "tr" else 1]
    assert vocabulary.term("not_applicable", lang) in text


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_the_user_guide_glossary_is_the_vocabulary(lang):
    guide = user_guide_text(lang)
    rows = dict(re.findall(r"^\| \*\*(.+?)\*\* \| (.+?) \|", guide, flags=re.MULTILINE))
    for word, other in vocabulary.glossary(lang):
        assert rows.get(word) is not None, word
        assert other in rows[word], (word, rows[word])
    for key_name in vocabulary.KEYS:
        assert key_name in guide, key_name
    assert "Kontrol+" not in guide


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_outputs_use_the_vocabulary(lang):
    from assessments.exchange import export, layout
    from assessments.merge import words
    from assessments.reports import pdf

    index = 0 if lang == "tr" else 1
    assert pdf.LABELS["band"][index] == vocabulary.term("band", lang)
    assert export.WORDS["band"][index] == vocabulary.term("band", lang)
    assert export.WORDS["na"][index] == vocabulary.term("not_applicable", lang)
    assert words.WORDS["band"][index] == vocabulary.term("band", lang)
    assert layout.COLUMN_LABELS["not_applicable"][index] == vocabulary.term("not_applicable", lang)
    assert pdf.LABELS["na_prefix"][index].startswith(vocabulary.term("not_applicable", lang))

"""The coordinator's unit register and data-collection round in the window (issue 15, items 1
and 2), and the new-assessment dialog picking from the register."""

from __future__ import annotations

import pytest

from assessments.exchange.reader import read_workbook
from assessments.store import Store
from assessments.unit_register import shipped_register
from desktop.assessment_dialog import AssessmentDialog
from desktop.coordinator.units_tab import UnitDialog
from desktop.qt import QDesktopServices, QDialog

pytestmark = pytest.mark.gui

WAIT_MS = 60_000
ZABITA = "Zabıta Dairesi Başkanlığı"


@pytest.fixture
def view(window):
    window.show_coordinator()
    return window.coordinator_view


def table_column(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def select(table, name: str) -> None:
    row = table_column(table, 1 if table.columnCount() == 5 else 0).index(name)
    table.selectRow(row)


def test_the_units_tab_loads_the_register_and_edits_it(view, db_path, dialogs, monkeypatch):
    tab = view.units_tab
    assert tab.table.rowCount() == 0
    tab.buttons["load_shipped"].click()
    assert tab.table.rowCount() == len(shipped_register())
    count = len(shipped_register())
    assert f"{count} yeni birim" in dialogs.texts("information")[-1]
    assert "ZABITA" in table_column(tab.table, 0)

    dialog = UnitDialog(view.session, None, tab)
    dialog.name.setText("Zabita Dairesi Baskanligi")  # typed without Turkish letters
    dialog.accept()
    assert dialog.isVisible() is False and not dialog.error.isHidden()
    assert ZABITA in dialog.error.text()  # "did you mean", nothing stored
    assert tab.table.rowCount() == len(shipped_register())

    select(tab.table, ZABITA)
    edit = UnitDialog(view.session, tab.selected(), tab)
    edit.email.setText("zabita@balikesir.bel.tr")
    edit.contact.setText("Ayşe Öztürk")
    edit.accept()
    assert edit.result() == QDialog.DialogCode.Accepted
    row = table_column(tab.table, 1).index(ZABITA)
    assert tab.table.item(row, 4).text() == "zabita@balikesir.bel.tr"  # the tab heard it

    monkeypatch.setattr("desktop.coordinator.units_tab._ask_text", lambda *a: "Zabıta Daire Bşk.")
    tab.rename_unit()
    assert "Zabıta Daire Bşk." in table_column(tab.table, 1)
    select(tab.table, "Zabıta Daire Bşk.")
    tab.buttons["remove"].click()  # no assessment: removed after the question
    assert "Zabıta Daire Bşk." not in table_column(tab.table, 1)
    with Store(db_path) as store:
        assert store.find_unit("Zabıta Daire Bşk.") is None
        assert store.find_unit("İtfaiye Dairesi Başkanlığı").code == "ITFAIYE"


def test_a_round_opened_in_the_window_writes_templates_and_shows_the_board(
    view, qtbot, tmp_path, dialogs, monkeypatch
):
    view.units_tab.buttons["load_shipped"].click()
    view.session.update_unit(ZABITA, email="zabita@balikesir.bel.tr")
    board = view.round_board
    units = [ZABITA, "Bilgi İşlem Dairesi Başkanlığı", "Fen İşleri Dairesi Başkanlığı"]
    folder = tmp_path / "Şablonlar 2027"
    task = board.start_round("2027", units, str(folder), "2027-01-31")
    qtbot.waitUntil(lambda: board.table.rowCount() == 3, timeout=WAIT_MS)
    assert task is not None
    names = sorted(p.name for p in folder.glob("*.xlsx"))
    assert names == [f"{code} - 2027 - sablon.xlsx" for code in ("BIDB", "FEN", "ZABITA")]
    parsed = read_workbook(folder / "FEN - 2027 - sablon.xlsx", view.session.questionnaire)
    assert (parsed.unit, parsed.round, parsed.profile) == (units[2], "2027", "altyapi")
    assert board.rounds.currentData() == "2027"
    assert "31.01.2027" in board.summary.text() and "3 birimden 0 gönderdi" in board.summary.text()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    select(board.table, ZABITA)
    assert board.mail_button.isEnabled()
    board.mail_button.click()
    assert opened and opened[0].startswith("mailto:zabita@balikesir.bel.tr?subject=")

    board.close_button.click()
    assert "kapalı" in board.summary.text() or "closed" in board.summary.text()
    assert not board.close_button.isEnabled()


def test_the_new_assessment_dialog_offers_the_register_and_its_profile(window, db_path):
    dialog = AssessmentDialog(window.session, window)
    offered = dialog.unit.names
    assert ZABITA in offered and len(offered) == len(shipped_register())  # an empty database
    dialog.unit.setEditText(ZABITA)
    assert dialog.profile_id() == "saha"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with Store(db_path) as store:
        unit = store.find_unit(ZABITA)
        assert (unit.code, unit.profile) == ("ZABITA", "saha")
        assert store.find_assessment(ZABITA, dialog.round.text()).profile == "saha"

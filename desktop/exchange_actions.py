"""File -> Export to Excel / Save fill-in template / Import from Excel, on the background
thread (``workers.run_with_progress``), with the core's ``assessments.exchange`` doing the work.

The worker opens its own Store (sqlite connections belong to their thread). Errors come back
as the core's messages in the user's language; an import that the core refuses stores nothing.
"""

from __future__ import annotations

import importlib.util

from assessments.messages import MaturityError, text

from . import file_dialogs, i18n, workers
from .qt import QCoreApplication, QMessageBox


def available() -> bool:
    return importlib.util.find_spec("assessments.exchange") is not None


def export_assessment(window) -> workers.Task | None:
    """Export the open assessment to an .xlsx the user names."""
    from assessments.exchange.export import export_assessment as export
    from assessments.exchange.export import suggested_file_name

    session = window.session
    if not session.has_assessment:
        return None
    window.flush()
    lang = i18n.current()
    path, _chosen = file_dialogs.save_file(
        window,
        QCoreApplication.translate("Exchange", "Export to Excel"),
        file_dialogs.EXCEL,
        suggested_file_name(session.info, lang),
    )
    if not path:
        return None
    uuid, questionnaire = session.info.uuid, session.questionnaire

    def work(state, store):
        state.progress(0, 0, QCoreApplication.translate("Exchange", "Writing the workbook..."))
        return export(store, questionnaire, uuid, path, lang)

    return session.run(
        work,
        progress=(window, QCoreApplication.translate("Exchange", "Export to Excel")),
        on_success=lambda written: window.statusBar().showMessage(
            text("x.exported", lang, path=written), 10000
        ),
    )


def save_template(window) -> workers.Task | None:
    """Write a fill-in template for a unit without the app."""
    from assessments.exchange.template import suggested_template_name, write_template

    lang = i18n.current()
    path, _chosen = file_dialogs.save_file(
        window,
        QCoreApplication.translate("Exchange", "Save fill-in template"),
        file_dialogs.EXCEL,
        suggested_template_name(lang),
    )
    if not path:
        return None
    questionnaire = window.session.questionnaire

    def work(state):
        state.progress(0, 0, QCoreApplication.translate("Exchange", "Writing the workbook..."))
        return write_template(questionnaire, path, lang)

    return workers.run_with_progress(
        window,
        QCoreApplication.translate("Exchange", "Save fill-in template"),
        work,
        on_success=lambda written: window.statusBar().showMessage(
            text("x.template_written", lang, path=written), 10000
        ),
    )


def import_workbook(
    window, path: str | None = None, accept_modified: bool = False
) -> workers.Task | None:
    """Import a unit's export or filled template. A file changed after export is imported
    only when the user confirms (then it is flagged)."""
    from assessments.exchange.importer import import_file

    session = window.session
    lang = i18n.current()
    if path is None:
        window.flush()
        path = file_dialogs.open_file(
            window,
            QCoreApplication.translate("Exchange", "Import from Excel"),
            file_dialogs.WORKBOOKS,
        )
        if not path:
            return None
    questionnaire = session.questionnaire

    def work(state, store):
        state.progress(
            0, 0, QCoreApplication.translate("Exchange", "Reading and checking the workbook...")
        )
        return import_file(store, questionnaire, path, accept_modified=accept_modified)

    def done(result) -> None:  # the session has reloaded and told the views already
        QMessageBox.information(
            window,
            QCoreApplication.translate("Exchange", "Import from Excel"),
            result.message(lang),
        )

    def changed_file(exc) -> bool:
        """An export edited in Excel: ask, and import it flagged if the user agrees."""
        if not (isinstance(exc, MaturityError) and exc.code == "x.modified") or accept_modified:
            return False
        ask = QCoreApplication.translate(
            "Exchange", "Import the changed file anyway? It will be flagged as changed."
        )
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("Exchange", "Import from Excel"),
            exc.message(lang) + "\n\n" + ask,
        )
        if answer == QMessageBox.StandardButton.Yes:
            import_workbook(window, path, accept_modified=True)
        return True

    title = QCoreApplication.translate("Exchange", "Import from Excel")
    return session.run(
        work,
        writes=True,
        kinds={"import"},
        progress=(window, title),
        on_success=done,
        on_failure=changed_file,
    )

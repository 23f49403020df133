"""The coordinator's merge: many unit workbooks into one database and one consolidated workbook.

Public entry points (heavy libraries are imported inside functions, so importing this package
costs nothing at start-up; the rules are in docs/merging.md):

- ``engine.merge(inputs, store, questionnaire, *, round=None, accept_modified=False,
  progress=None, workers=None, exclude=()) -> outcome.MergeReport``: every input file (folders
  searched recursively) validated and stored on its own, one transaction each, never raising for
  a bad file. Run it on a worker thread with that thread's own ``Store``.
- ``outcome.MergeProgress(on_progress)``: the state a progress bar watches (``total``, ``done``,
  ``current``, ``counts``, ``accepted``, ``rejected``); ``on_progress(done, total, current_name)``
  is called on the merging thread; ``cancel()`` from any thread stops before the next file.
- ``outcome.MergeReport`` (``outcomes``, ``counts``, ``cancelled``, ``not_processed``,
  ``exit_code``, ``summary(lang)``, ``as_dict(lang)``) and ``outcome.FileOutcome`` (``path``,
  ``status``, ``reasons``, ``sha256``, ``assessment_uuid``, ``unit``, ``round``, ``stored``,
  ``message(lang)``); ``outcome.status_label(status, lang)`` for a log table.
- ``admission.import_log(store, round=None) -> list[LogEntry]``: the log kept in the database.
- ``city_figures.consolidate(store, questionnaire, round=None) -> Consolidation``: each unit's
  scores, the city's and the action-plan candidates, for views; ``city_figures.rounds(store,
  questionnaire)`` lists the rounds.
- ``consolidated.write_consolidated(store, questionnaire, path, round=None, lang="tr", log=None)``
  writes the consolidated workbook (atomically), any time.
- ``demo.write_demo(questionnaire, folder, units, round, seed=0, lang="tr")``: demo exports.
"""

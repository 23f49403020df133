"""Excel exchange: the unit export, the fill-in template and reading either back.

Public entry points (each module imports openpyxl or python-calamine lazily, inside functions,
so importing this package costs nothing at start-up):

- ``export.export_assessment(store, questionnaire, uuid, path, lang)`` writes a unit export;
  ``export.snapshot(store, uuid)`` + ``export.write_export(snapshot, questionnaire, path, lang)``
  split it for a worker thread (read the store on its own thread, write anywhere).
- ``template.write_template(questionnaire, path, lang, unit=None, round=None)`` writes a
  fill-in template for units without the app.
- ``reader.read_workbook(path, questionnaire)`` reads and validates an export or a filled
  template without touching any database, collecting every problem.
- ``importer.store_parsed(store, parsed, source_file)`` stores one read workbook in one
  transaction; ``importer.import_file(store, questionnaire, path)`` does both.

``docs/exchange-format.md`` describes the workbook format.
"""

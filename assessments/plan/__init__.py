"""The Smart City Action Plan: model, validation, library, draft, workbook, document, CLI.

Qt-free. See docs/action-plan.md.
"""

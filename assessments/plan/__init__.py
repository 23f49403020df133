"""The Smart City Action Plan: model, validation, library, draft, workbook, document, CLI.

Qt-free. See docs/action-plan.md. Importing the package registers its messages (p.*) in the
shared catalogue, so every error any of its modules raises has its Turkish and English text.
"""

from . import words  # noqa: F401

"""Settings -> Report logo: the municipality's logo on page 1 of every PDF report.

The chosen image is checked at once with the report's own reader (``load_logo``), so a file
that is not an image is refused here, naming it, rather than when a report is written. Only
the path is kept (in the settings); the report reads the file each time it is written.
"""

from __future__ import annotations

from . import errors, file_dialogs
from .qt import QCoreApplication


def choose(window) -> str | None:
    """Ask for an image and keep it as the report logo: its path, or None if cancelled or
    refused (the reason shown)."""
    from assessments.messages import MaturityError
    from assessments.reports.pdf import load_logo

    path = file_dialogs.open_file(
        window,
        QCoreApplication.translate("ReportLogo", "Choose the report logo"),
        file_dialogs.LOGO,
    )
    if not path:
        return None
    try:
        load_logo(path)
    except MaturityError as exc:
        errors.show_error(window, exc)
        return None
    window.settings.report_logo = path
    window.statusBar().showMessage(
        QCoreApplication.translate("ReportLogo", "Report logo: {path}").format(path=path), 10000
    )
    return path


def remove(window) -> None:
    window.settings.report_logo = None
    window.statusBar().showMessage(
        QCoreApplication.translate("ReportLogo", "Reports are written without a logo."), 10000
    )

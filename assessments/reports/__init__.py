"""Printable reports: one unit's results for one round as an A4 PDF (``pdf.write_report``)."""

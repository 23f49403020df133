"""File -> Coordinator: merging the units' workbooks, the import log, the comparison radar and
the consolidated workbook. One view (view.py) made of focused parts: the input list
(inputs.py), the merge run and its log (merge_run.py), the comparison radar (radar.py) and the
files it writes (files.py)."""

from .files import comparison_file_name, consolidated_file_name
from .inputs import local_paths
from .view import CoordinatorView, available

__all__ = [
    "CoordinatorView",
    "available",
    "comparison_file_name",
    "consolidated_file_name",
    "local_paths",
]

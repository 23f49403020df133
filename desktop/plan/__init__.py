"""The action plan in the desktop: the "Eylem Planı" view (view.py, forms.py, charts.py) and
the session's part that writes the plan through the core (editing.py)."""

from .editing import PlanEditing
from .view import PlanView

__all__ = ["PlanEditing", "PlanView"]

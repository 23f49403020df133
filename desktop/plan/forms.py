"""The forms of the plan view: one per kind of item (plan, goal, target, action). A form shows
an item and emits ``edited(field)`` when the user changed one of its fields; the view makes the
changed item and stores it through the session (``PlanEditing``)."""

from __future__ import annotations

from assessments.plan import words
from assessments.plan.model import ACTION_STATUSES, FUNDING, PLAN_STATUSES, PRIORITIES, Quarter

from .. import i18n
from ..qt import (
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QWidget,
    Signal,
)
from .fields import (
    ChoiceField,
    LineField,
    ListField,
    TextField,
    UnitField,
    YearsField,
    number_text,
    parse_number,
)


def labelled(choices: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(c, words.label(c, i18n.current())) for c in choices]


class ItemForm(QWidget):
    edited = Signal(str)  # the field's name
    invalid = Signal(str)  # a text that is not a number

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.fields: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.item = None
        self.units: list[str] = []  # the unit register, set by the view

    def add(self, name: str, widget: QWidget) -> QWidget:
        caption = QLabel()
        caption.setBuddy(widget)
        self.layout_.addRow(caption, widget)
        self.fields[name] = widget
        self.captions[name] = caption
        if hasattr(widget, "edited"):
            widget.edited.connect(lambda name=name: self.edited.emit(name))
        if hasattr(widget, "invalid"):
            widget.invalid.connect(self.invalid)
        return widget

    def retranslate(self) -> None:
        for name, text in self.labels().items():
            self.captions[name].setText(text)
            self.fields[name].setAccessibleName(text.replace("&", ""))

    def labels(self) -> dict[str, str]:
        return {}

    def value(self, name: str):
        return self.fields[name].value()

    def load(self, item, plan) -> None:
        self.item = item
        for name, widget in self.fields.items():
            if hasattr(widget, "load") and hasattr(item, name):
                widget.load(getattr(item, name))


class PlanForm(ItemForm):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.add("title", LineField())
        self.add("city", LineField())
        self.add("status", ChoiceField())
        self.retranslate()

    def labels(self):
        return {
            "title": self.tr("Tit&le:"),
            "city": self.tr("&City:"),
            "status": self.tr("Stat&us:"),
        }

    def load(self, item, plan) -> None:
        self.fields["status"].set_choices(labelled(PLAN_STATUSES))
        super().load(item, plan)


class GoalForm(ItemForm):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.add("code", LineField())
        self.add("title", LineField())
        self.add("description", TextField())
        self.retranslate()

    def labels(self):
        return {
            "code": self.tr("C&ode:"),
            "title": self.tr("Tit&le:"),
            "description": self.tr("Des&cription:"),
        }


INDICATOR_COLUMNS = ("code", "name", "unit", "formula", "effect_percent", "baseline")


class TargetForm(ItemForm):
    """The target card: its fields and its indicators (one row each, a column per year)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        for name in ("code", "title"):
            self.add(name, LineField())
        self.add("responsible_unit", UnitField())
        self.add("collaborating_units", ListField())
        for name in ("risks", "strategies", "findings", "needs"):
            self.add(name, TextField(lines=True))
        self.indicators = self.add("indicators", QTableWidget())
        self.indicators.setMinimumHeight(120)
        self.indicators.itemChanged.connect(lambda _item: self._indicator_edited())
        self._years: list[int] = []
        self._loading = False
        self.retranslate()

    def labels(self):
        return {
            "code": self.tr("C&ode:"),
            "title": self.tr("Tit&le:"),
            "responsible_unit": self.tr("&Responsible unit:"),
            "collaborating_units": self.tr("Colla&borating units (;):"),
            "risks": self.tr("Ris&ks:"),
            "strategies": self.tr("Str&ategies:"),
            "findings": self.tr("Finding&s:"),
            "needs": self.tr("&Needs:"),
            "indicators": self.tr("Indica&tors:"),
        }

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Indicator"),
            self.tr("Unit"),
            self.tr("Formula"),
            self.tr("Effect %"),
            self.tr("Baseline"),
            *map(str, self._years),
        ]

    def load(self, item, plan) -> None:
        self.fields["responsible_unit"].set_units(plan_units(plan, self.units))
        super().load(item, plan)
        self._loading = True
        self._years = list(plan.years)
        table = self.indicators
        table.clear()
        table.setColumnCount(len(INDICATOR_COLUMNS) + len(self._years))
        table.setHorizontalHeaderLabels(self.headers())
        table.setRowCount(len(item.indicators))
        for row, indicator in enumerate(item.indicators):
            cells = [getattr(indicator, c) for c in INDICATOR_COLUMNS]
            cells += [indicator.targets.get(y) for y in self._years]
            for column, value in enumerate(cells):
                shown = value if isinstance(value, str) else number_text(value)
                table.setItem(row, column, QTableWidgetItem(shown))
        table.resizeColumnsToContents()
        self._loading = False

    def _indicator_edited(self) -> None:
        # After the table's own signal returns: storing reloads (rebuilds) this table.
        if not self._loading:
            QTimer.singleShot(0, lambda: self.edited.emit("indicators"))

    def value(self, name: str):
        if name != "indicators":
            return super().value(name)
        from dataclasses import replace

        found = []
        for row, indicator in enumerate(self.item.indicators):
            columns = range(self.indicators.columnCount())
            texts = [self.indicators.item(row, c).text() for c in columns]
            try:
                numbers = [parse_number(t) for t in texts[4:]]
            except ValueError:
                self.invalid.emit(" | ".join(texts))
                return None
            targets = {y: v for y, v in zip(self._years, numbers[2:], strict=True) if v is not None}
            found.append(
                replace(
                    indicator,
                    code=texts[0].strip(),
                    name=texts[1].strip(),
                    unit=texts[2].strip(),
                    formula=texts[3].strip(),
                    effect_percent=numbers[0] or 0.0,
                    baseline=numbers[1],
                    targets=targets,
                )
            )
        return tuple(found)


def plan_units(plan, register) -> list[str]:
    """The units the forms complete: the register's and every unit named in the plan."""
    names = set(register)
    for _g, target, action in plan.actions():
        names.add(action.responsible_unit)
        names.update(action.collaborating_units)
        names.add(target.responsible_unit)
    return sorted(n for n in names if n)


class ActionForm(ItemForm):
    def value(self, name: str):
        found = super().value(name)
        if name in ("start", "end"):
            return Quarter.parse(found) if found else None
        return found

    def __init__(self, parent=None):
        super().__init__(parent)
        self.add("target", ChoiceField())
        for name in ("code", "title"):
            self.add(name, LineField())
        self.add("description", TextField())
        self.add("steps", TextField(lines=True))
        self.add("output", LineField())
        self.questions = self.add("questions", QLabel())
        self.questions.setWordWrap(True)
        self.add("responsible_unit", UnitField())
        self.add("collaborating_units", ListField())
        self.add("partners", ListField())
        self.add("start", ChoiceField())
        self.add("end", ChoiceField())
        self.add("costs", YearsField())
        self.add("funding", ChoiceField())
        self.add("status", ChoiceField())
        self.add("priority", ChoiceField())
        self.retranslate()

    def labels(self):
        return {
            "target": self.tr("Un&der target:"),
            "code": self.tr("C&ode:"),
            "title": self.tr("Tit&le:"),
            "description": self.tr("Des&cription:"),
            "steps": self.tr("&Steps (one a line):"),
            "output": self.tr("Ou&tput:"),
            "questions": self.tr("Questions addressed:"),
            "responsible_unit": self.tr("&Responsible unit:"),
            "collaborating_units": self.tr("Colla&borating units (;):"),
            "partners": self.tr("Outside &partners (;):"),
            "start": self.tr("St&art:"),
            "end": self.tr("E&nd:"),
            "costs": self.tr("Cost p&er year (TRY):"),
            "funding": self.tr("&Funding source:"),
            "status": self.tr("Stat&us:"),
            "priority": self.tr("Priorit&y:"),
        }

    def load(self, item, plan) -> None:
        quarters = [("", "—")] + [
            (str(Quarter(y, q)), f"{y} Ç{q}" if i18n.current() == "tr" else f"{y} Q{q}")
            for y in plan.years
            for q in range(1, 5)
        ]
        self.fields["start"].set_choices(quarters)
        self.fields["end"].set_choices(quarters)
        self.fields["costs"].set_years(plan.years)
        self.fields["funding"].set_choices(labelled(FUNDING))
        self.fields["status"].set_choices(labelled(ACTION_STATUSES))
        self.fields["priority"].set_choices(labelled(PRIORITIES))
        self.fields["target"].set_choices(
            [(t.key, f"{t.code} {t.title}") for _g, t in plan.targets()]
        )
        self.fields["responsible_unit"].set_units(plan_units(plan, self.units))
        super().load(item, plan)
        for name in ("start", "end"):
            value = getattr(item, name)
            self.fields[name].load(str(value) if value else "")
        owner = next(t for _g, t in plan.targets() if any(a.key == item.key for a in t.actions))
        self.fields["target"].load(owner.key)
        self.questions.setText("\n".join(question_line(s) for s in item.questions) or "—")


def question_line(step) -> str:
    units = f" ({'; '.join(step.units)})" if step.units else ""
    return f"{step.id}: {step.from_level} → {step.to_level}{units}"

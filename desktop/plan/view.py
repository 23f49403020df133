"""File -> Eylem Planı: the coordinator's action plan. A tree of goals, targets and actions,
the form of the chosen item, the timeline and the cost tables; every edit is stored at once
through the session (``session.plans``, editing.py) and can be undone."""

from __future__ import annotations

from dataclasses import replace

from assessments.plan.model import Action, Goal, Plan, Target

from .. import file_dialogs, i18n
from ..qt import (
    QDir,
    QEvent,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    Qt,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .charts import CostTable, Timeline
from .forms import ActionForm, GoalForm, PlanForm, TargetForm
from .gap_dialog import GapDialog
from .monitoring_board import MonitoringBoard

KEY = Qt.ItemDataRole.UserRole


def plan_file_name(lang: str, suffix: str) -> str:
    return file_dialogs.suggested_name(
        "eylem-plani" if lang == "tr" else "action-plan", suffix=suffix
    )


class PlanView(QWidget):
    notice = Signal(str)  # a line for the status bar

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.editing = session.plans
        self.editing.planChanged.connect(self.reload)
        self.plan: Plan | None = None
        self.title = QLabel(objectName="pageTitle")
        self.intro = QLabel(objectName="muted")
        self.intro.setWordWrap(True)
        self.buttons = {
            name: QPushButton()
            for name in ("draft", "gap", "delete", "undo", "redo", "workbook", "document")
        }
        slots = {
            "draft": self.draft,
            "gap": self.add_action_from_gap,
            "delete": self.delete,
            "undo": self.editing.undo_stack.undo,
            "redo": self.editing.undo_stack.redo,
            "workbook": self.export_workbook,
            "document": self.export_document,
        }
        for name, button in self.buttons.items():
            button.clicked.connect(slots[name])
        self.editing.undo_stack.indexChanged.connect(self._update_buttons)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(
            lambda *_: (self._show_current(), self._update_buttons())
        )
        self.forms = {
            Plan: PlanForm(),
            Goal: GoalForm(),
            Target: TargetForm(),
            Action: ActionForm(),
        }
        self.form_stack = QStackedWidget()
        self.form_stack.addWidget(QLabel())  # nothing chosen
        for form in self.forms.values():
            form.edited.connect(self._edited)
            form.invalid.connect(self._invalid)
            self.form_stack.addWidget(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_stack)
        self.timeline, self.costs = Timeline(), CostTable()
        self.monitoring = MonitoringBoard(session)
        self.monitoring.notice.connect(self.notice)
        board = QScrollArea()
        board.setWidgetResizable(True)
        board.setWidget(self.monitoring)
        self.tabs = QTabWidget()
        for widget in (scroll, self.timeline, self.costs, board):
            self.tabs.addTab(widget, "")
        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.intro)
        head.addLayout(titles, 1)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.addLayout(head)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Action plan"))
        self.intro.setText(
            self.tr(
                "Goals, targets and actions of the Smart City Action Plan. Every change is saved "
                "at once; Ctrl+Z undoes it."
            )
        )
        texts = {
            "draft": self.tr("&Draft from the round"),
            "gap": self.tr("&Add an action from a gap..."),
            "delete": self.tr("De&lete"),
            "undo": self.tr("&Undo"),
            "redo": self.tr("R&edo"),
            "workbook": self.tr("Save wor&kbook..."),
            "document": self.tr("&Save Word document..."),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        for index, text in enumerate(
            (
                self.tr("&Form"),
                self.tr("Ti&meline 2026-2030"),
                self.tr("Cos&ts"),
                self.tr("Mo&nitoring"),
            )
        ):
            self.tabs.setTabText(index, text)
        for form in self.forms.values():
            form.retranslate()
        self.reload()

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_first(self) -> None:
        self.reload()
        (self.tree if self.plan else self.buttons["draft"]).setFocus()

    # -- showing ----------------------------------------------------------------------------

    def current_key(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, KEY) if item is not None else None

    def reload(self) -> None:
        """The stored plan shown again, the same item chosen."""
        if not self.session.is_open:
            return
        self.plan = self.editing.plan()
        keep = self.current_key()
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        if self.plan is not None:
            root = self._node(self.tree, self.plan.key, f"{self.plan.title} ({self.plan.city})")
            for goal in self.plan.goals:
                g = self._node(root, goal.key, f"{goal.code} {goal.title}")
                for target in goal.targets:
                    t = self._node(g, target.key, f"{target.code} {target.title}")
                    for action in target.actions:
                        self._node(t, action.key, f"{action.code} {action.title}")
            self.tree.expandAll()
            chosen = self._find(keep) or self.tree.topLevelItem(0)
        self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        self._show_current()
        if self.plan is not None:
            self.timeline.show_plan(self.plan)
            self.costs.show_plan(self.plan)
        self.monitoring.show_plan(self.plan)
        self._update_buttons()

    def _node(self, parent, key: str, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, KEY, key)
        return item

    def _find(self, key: str | None) -> QTreeWidgetItem | None:
        if key is None:
            return None
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.data(0, KEY) == key:
                return item
            stack += [item.child(i) for i in range(item.childCount())]
        return None

    def select(self, key: str) -> None:
        self.tree.setCurrentItem(self._find(key))

    def current_item(self):
        key = self.current_key()
        if self.plan is None or key is None:
            return None
        return self.plan if key == self.plan.key else self.plan.find(key)

    def _show_current(self) -> None:
        item = self.current_item()
        form = self.forms.get(type(item))
        if form is None:
            self.form_stack.setCurrentIndex(0)
            return
        form.units = self.session.unit_names()
        form.load(item, self.plan)
        self.form_stack.setCurrentWidget(form)

    def _update_buttons(self, *_args) -> None:
        has = self.plan is not None
        stack = self.editing.undo_stack
        self.buttons["undo"].setEnabled(stack.canUndo())
        self.buttons["redo"].setEnabled(stack.canRedo())
        for name in ("workbook", "document"):
            self.buttons[name].setEnabled(has)
        self.buttons["delete"].setEnabled(isinstance(self.current_item(), (Goal, Target, Action)))

    # -- editing ----------------------------------------------------------------------------

    def _parent_of(self, key: str):
        """(goal, target) holding the item with ``key``."""
        for goal in self.plan.goals:
            for target in goal.targets:
                if target.key == key or any(a.key == key for a in target.actions):
                    return goal, target
        return None, None

    def _edited(self, name: str) -> None:
        form = self.sender()
        item, value = form.item, form.value(name)
        if value is None and name in ("costs", "indicators"):
            return  # not a number: ``invalid`` said so
        what = form.captions[name].text().replace("&", "").rstrip(":")
        text = self.tr("Edit {field}").format(field=what)
        if isinstance(item, Plan):
            self.editing.save_plan_fields(text, **{name: value})
        elif isinstance(item, Goal):
            self.editing.save_goal(text, replace(item, **{name: value}))
        elif isinstance(item, Target):
            goal, _ = self._parent_of(item.key)
            self.editing.save_target(text, goal.key, replace(item, **{name: value}))
        elif name == "target":
            self.editing.move_action(self.tr("Move action"), item.key, value)
        else:
            _, target = self._parent_of(item.key)
            self.editing.save_action(text, target.key, replace(item, **{name: value}))

    def _invalid(self, text: str) -> None:
        self.notice.emit(self.tr("Not a number: {text}").format(text=text))
        self._show_current()

    def draft(self) -> None:
        if (
            self.plan is not None
            and QMessageBox.question(
                self,
                self.tr("Replace the plan?"),
                self.tr(
                    "Replace the plan with a new draft from the round? The plan as it is "
                    "stays in its history, but the undo history ends here."
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        plan = self.editing.draft(i18n.current())
        if plan is not None:
            self.notice.emit(
                self.tr("Draft plan: {goals} goals, {targets} targets, {actions} actions").format(
                    goals=len(plan.goals), targets=len(plan.targets()), actions=len(plan.actions())
                )
            )

    def delete(self) -> None:
        item = self.current_item()
        if isinstance(item, (Goal, Target, Action)):
            self.editing.delete(self.tr("Delete {code}").format(code=item.code), item.key)

    def add_action_from_gap(self) -> None:
        state = self.editing.round_state()
        dialog = GapDialog(state.gaps, self.session.questionnaire, self.editing.library(), self)
        if dialog.exec() != GapDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        gap, suggestion = dialog.chosen()
        if self.plan is None:
            self.editing.start_plan(i18n.current())
        self.plan = self.editing.plan()
        goal, target = self._parent_of(self.current_key() or "")
        if target is None:
            target = self.plan.targets()[0][1]
        action = self.editing.action_from_gap(gap, suggestion, i18n.current())
        code = f"{target.code.replace('H', 'E', 1)}.{len(target.actions) + 1}"
        action = replace(action, code=code)
        if self.editing.save_action(
            self.tr("Add action {code}").format(code=code), target.key, action
        ):
            self.select(action.key)

    # -- files ------------------------------------------------------------------------------

    def export_workbook(self):
        return self._export(
            file_dialogs.EXCEL,
            "xlsx",
            self.tr("Save action-plan workbook"),
            self.tr("Action-plan workbook saved: {path}"),
            document=False,
        )

    def export_document(self):
        return self._export(
            file_dialogs.WORD,
            "docx",
            self.tr("Save action-plan document"),
            self.tr("Action-plan document saved: {path}"),
            document=True,
        )

    def _export(self, kind, suffix: str, title: str, done: str, document: bool):
        if self.plan is None:
            return None
        lang = i18n.current()
        path, _chosen = file_dialogs.save_file(self, title, kind, plan_file_name(lang, suffix))
        if not path:
            return None
        questionnaire = self.session.questionnaire

        def work(state, store):
            from assessments.store.plans import PlanRepository

            state.progress(0, 0, title)
            plan = PlanRepository(store).load()
            if not document:
                from assessments.plan.workbook import write_workbook

                return write_workbook(plan, path, lang, questionnaire)
            from assessments.merge.city_figures import answer_rows, consolidate
            from assessments.plan.document import write_document
            from assessments.plan.state import from_consolidation

            data = consolidate(store, questionnaire, plan.round or None)
            state_ = from_consolidation(data, answer_rows(store, data))
            return write_document(plan, path, state_, questionnaire, lang)

        return self.session.run(
            work,
            progress=(self.window(), title),
            on_success=lambda written: self.notice.emit(
                done.format(path=QDir.toNativeSeparators(str(written)))
            ),
        )

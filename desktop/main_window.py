"""The main window: menus and shortcuts, the start page or the open assessment, the status
bar with the last save time. It wires views to the session and shows the session's errors."""

from __future__ import annotations

import logging
from pathlib import Path

from assessments.messages import MaturityError

from . import errors, i18n, startup_probe, window_geometry
from .qt import (
    QAction,
    QActionGroup,
    QEvent,
    QIcon,
    QKeySequence,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTimer,
    QWidget,
)
from .start_page import StartPage

log = logging.getLogger(__name__)

START_PAGE, ASSESSMENT_PAGE = range(2)
PRELOAD_DELAY_MS = 3000


class MainWindow(QMainWindow):
    def __init__(self, session, settings, switcher, icon: QIcon | None = None):
        super().__init__()
        self.session = session
        self.settings = settings
        self.switcher = switcher
        self.setObjectName("mainWindow")
        if icon is not None:
            self.setWindowIcon(icon)
        window_geometry.fit_minimum(self)

        self.start_page = StartPage(session)
        self._assessment_view = None  # built after the first paint (see assessment_view)
        self._coordinator_view = None  # built when first shown (see desktop/coordinator)
        self._plan_view = None  # File -> Eylem Planı, built when first shown (desktop/plan)
        self._splitter_state = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(QWidget())  # the assessment view's place
        self.setCentralWidget(self.stack)

        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self._last_saved: str | None = None
        self._load_started = False
        self._shut_down = False

        self._make_actions()
        self._make_menus()
        self.start_page.newRequested.connect(self.new_assessment)
        self.start_page.openRequested.connect(self.open_assessment)
        session.saved.connect(self._saved)
        session.unsavedChanged.connect(self._show_saved)
        session.failed.connect(lambda exc: errors.show_error(self, exc))
        session.assessmentChanged.connect(self._assessment_changed)
        session.changed.connect(self._data_changed)
        session.undo_stack.canUndoChanged.connect(self._update_undo)
        session.undo_stack.canRedoChanged.connect(self._update_undo)
        session.undo_stack.indexChanged.connect(self._update_undo)
        switcher.changed.connect(self._language_switched)
        self.retranslate()
        self._update_actions()

    @property
    def assessment_view(self):
        """The questions, summary and results of the open assessment. Built on first use
        (``load`` does it right after the first paint), which keeps start-up quick."""
        if self._assessment_view is None:
            from .assessment_view import AssessmentView

            view = AssessmentView(self.session)
            view.detailsRequested.connect(self.edit_details)
            view.finalRequested.connect(self.set_final)
            view.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
            if self._splitter_state is not None:
                view.splitter.restoreState(self._splitter_state)
            placeholder = self.stack.widget(ASSESSMENT_PAGE)
            self.stack.insertWidget(ASSESSMENT_PAGE, view)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._assessment_view = view
        return self._assessment_view

    def flush(self) -> None:
        """Commit typed text of the open question (before anything else happens)."""
        if self._assessment_view is not None:
            self._assessment_view.flush()

    _flush = flush  # the old name

    # -- actions and menus ----------------------------------------------------------------

    def _action(self, slot, shortcuts=(), menu_role=None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if menu_role is not None:
            action.setMenuRole(menu_role)
        return action

    def _make_actions(self) -> None:
        def view(method: str):
            return lambda *args: getattr(self.assessment_view, method)(*args)

        self.new_action = self._action(self.new_assessment, [QKeySequence.StandardKey.New])
        self.home_action = self._action(self.show_start_page, ["Ctrl+O"])
        self.coordinator_action = self._action(self.show_coordinator, ["Ctrl+K"])
        self.details_action = self._action(self.edit_details)
        self.export_action = self._action(lambda: self._exchange("export_assessment"), ["Ctrl+E"])
        self.template_action = self._action(lambda: self._exchange("save_template"))
        self.import_action = self._action(lambda: self._exchange("import_workbook"), ["Ctrl+I"])
        self.report_action = self._action(lambda: self._results_file("save_report"))
        self.chart_action = self._action(lambda: self._results_file("save_chart"))
        self.quit_action = self._action(self.close, ["Ctrl+Q"], QAction.MenuRole.QuitRole)
        self.plan_action = self._action(self.show_plan, ["Ctrl+Shift+P"])
        self.undo_action = self._action(lambda: self._undo_stack().undo(), ["Ctrl+Z"])
        self.redo_action = self._action(
            lambda: self._undo_stack().redo(), ["Ctrl+Y", "Ctrl+Shift+Z"]
        )
        self.previous_action = self._action(view("go_previous"), ["PgUp"])
        self.next_action = self._action(view("go_next"), ["PgDown"])
        self.unanswered_action = self._action(view("go_next_unanswered"), ["Ctrl+U"])
        self.questions_action = self._action(view("show_questions"), ["Ctrl+1"])
        self.summary_action = self._action(view("show_summary"), ["Ctrl+2"])
        self.results_action = self._action(view("show_results"), ["Ctrl+3"])
        self.guide_action = self._action(self.show_user_guide, ["F1"])
        self.shortcuts_action = self._action(self.show_shortcuts, ["Ctrl+F1"])
        self.about_action = self._action(self.show_about, menu_role=QAction.MenuRole.AboutRole)
        self.logo_action = self._action(self.choose_report_logo)
        self.remove_logo_action = self._action(self.remove_report_logo)
        # digits rate the question and move on; Alt+digit sets the target. Not in a menu,
        # listed under Help -> Keyboard shortcuts. A focused text field takes digits itself.
        self.level_actions = []
        self.target_actions = []
        for level in range(6):
            rate = self._action(
                lambda lv=level: self.assessment_view.answer_and_advance(lv), [str(level)]
            )
            target = self._action(
                lambda lv=level: self.assessment_view.set_target(lv), [f"Alt+{level}"]
            )
            self.addAction(rate)
            self.addAction(target)
            self.level_actions.append(rate)
            self.target_actions.append(target)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(lang)
            action.triggered.connect(lambda _checked=False, lg=lang: self.set_language(lg))
            self.language_group.addAction(action)
            self.language_actions[lang] = action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (
            self.new_action,
            self.home_action,
            self.coordinator_action,
            self.plan_action,
            self.details_action,
        ):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.export_action, self.template_action, self.import_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.report_action, self.chart_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.go_menu = bar.addMenu("")
        for action in (self.previous_action, self.next_action, self.unanswered_action):
            self.go_menu.addAction(action)
        self.go_menu.addSeparator()
        for action in (self.questions_action, self.summary_action, self.results_action):
            self.go_menu.addAction(action)
        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.settings_menu.addSeparator()
        self.settings_menu.addAction(self.logo_action)
        self.settings_menu.addAction(self.remove_logo_action)
        self.help_menu = bar.addMenu("")
        for action in (self.guide_action, self.shortcuts_action, self.about_action):
            self.help_menu.addAction(action)

    def _hide_missing_features(self) -> None:
        """Hide the menu items of parts a build may leave out. Run after the first paint (from
        ``load``): the checks import modules, and the menus are closed in the first frame."""
        from importlib.util import find_spec  # not the modules themselves: they load on first use

        from .exchange_actions import available

        for action in (self.report_action, self.chart_action):
            action.setVisible(find_spec("matplotlib") is not None)  # hidden in a build without it
        for action in (self.export_action, self.template_action, self.import_action):
            action.setVisible(available())  # hidden in a build without the Excel exchange
        self.coordinator_action.setVisible(find_spec("assessments.merge.engine") is not None)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.new_action: self.tr("&New assessment..."),
            self.home_action: self.tr("&Assessments (start page)"),
            self.coordinator_action: self.tr("C&oordinator: merge unit workbooks"),
            self.plan_action: self.tr("Action &plan"),
            self.details_action: self.tr("Assessment &details..."),
            self.export_action: self.tr("E&xport to Excel..."),
            self.template_action: self.tr("Save fi&ll-in template..."),
            self.import_action: self.tr("Impo&rt from Excel..."),
            self.report_action: self.tr("Save repor&t (PDF)..."),
            self.chart_action: self.tr("Save radar chart (PN&G, SVG, PDF)..."),
            self.quit_action: self.tr("&Quit"),
            self.previous_action: self.tr("Pr&evious question"),
            self.next_action: self.tr("&Next question"),
            self.unanswered_action: self.tr("Next un&answered question"),
            self.questions_action: self.tr("Questi&ons"),
            self.summary_action: self.tr("&Summary"),
            self.results_action: self.tr("&Results"),
            self.guide_action: self.tr("&User guide"),
            self.shortcuts_action: self.tr("&Keyboard shortcuts"),
            self.about_action: self.tr("&About"),
            self.logo_action: self.tr("Rep&ort logo..."),
            self.remove_logo_action: self.tr("Remove report lo&go"),
        }
        for action, text in texts.items():
            action.setText(text)
        for level, action in enumerate(self.level_actions):
            action.setText(
                self.tr("Set the current level to {level} and go to the next question").format(
                    level=level
                )
            )
        for level, action in enumerate(self.target_actions):
            action.setText(self.tr("Set the target level to {level}").format(level=level))
        self._update_undo()
        self._show_saved()
        self._update_title()

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shortcut_entries(self) -> list[tuple[str, str]]:
        """Every shortcut with what it does, for Help -> Keyboard shortcuts."""
        from .help_dialogs import key_text

        def plain(text: str) -> str:
            return text.replace("&", "").replace("...", "")

        entries = [
            ("0 … 5", self.tr("Set the current level and go to the next question")),
            ("Alt+0 … Alt+5", self.tr("Set the target level")),
        ]
        for action in (
            self.previous_action,
            self.next_action,
            self.unanswered_action,
            self.questions_action,
            self.summary_action,
            self.results_action,
            self.undo_action,
            self.redo_action,
            self.new_action,
            self.home_action,
            self.coordinator_action,
            self.plan_action,
            self.export_action,
            self.import_action,
            self.guide_action,
            self.shortcuts_action,
            self.quit_action,
        ):
            if not action.isVisible():
                continue
            label = (
                self.tr("Undo")
                if action is self.undo_action
                else self.tr("Redo")
                if action is self.redo_action
                else plain(action.text())
            )
            entries.append((key_text(action.shortcuts()), label))
        # the menus' Alt letters: the same in both languages where the two words share one
        # (File/Dosya, Settings/Ayarlar and Help/Yardım share none: docs/user-guide.md)
        for menu in (
            self.file_menu,
            self.edit_menu,
            self.go_menu,
            self.settings_menu,
            self.help_menu,
        ):
            if "&" in menu.title():
                letter = menu.title()[menu.title().index("&") + 1].upper()
                entries.append(
                    (f"Alt+{letter}", self.tr("{menu} menu").format(menu=plain(menu.title())))
                )
        entries += [
            (self.tr("Space"), self.tr("Choose the focused level or button")),
            (self.tr("Tab, Shift+Tab"), self.tr("Move between fields")),
            (self.tr("Alt+underlined letter"), self.tr("Open a menu or jump to a field")),
        ]
        return entries

    # -- state ----------------------------------------------------------------------------

    def _update_actions(self) -> None:
        has = self.session.has_assessment and self.stack.currentIndex() == ASSESSMENT_PAGE
        editable = has and self.session.editable
        ready = self.session.is_open
        self.new_action.setEnabled(ready)
        self.home_action.setEnabled(ready)
        self.coordinator_action.setEnabled(ready)
        self.plan_action.setEnabled(ready)
        self.details_action.setEnabled(editable)
        self.export_action.setEnabled(has)
        self.template_action.setEnabled(ready)
        self.import_action.setEnabled(ready)
        self.report_action.setEnabled(has)
        self.chart_action.setEnabled(has)
        for action in (
            self.previous_action,
            self.next_action,
            self.unanswered_action,
            self.questions_action,
            self.summary_action,
            self.results_action,
        ):
            action.setEnabled(has)
        for action in self.level_actions + self.target_actions:
            action.setEnabled(editable)
        self.remove_logo_action.setEnabled(self.settings.report_logo is not None)
        self._update_undo()

    def _undo_stack(self):
        """The plan's own undo stack while the plan view shows, else the answers'."""
        if self._plan_view is not None and self.stack.currentWidget() is self._plan_view:
            return self.session.plans.undo_stack
        return self.session.undo_stack

    def _update_undo(self, *_args) -> None:
        stack = self._undo_stack()
        editable = self.session.editable or stack is not self.session.undo_stack
        self.undo_action.setEnabled(editable and stack.canUndo())
        self.redo_action.setEnabled(editable and stack.canRedo())
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=undo_text).strip()
            if undo_text
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("R&edo {what}").format(what=redo_text).strip()
            if redo_text
            else self.tr("R&edo")
        )

    def _update_title(self) -> None:
        title = self.tr("Smart City Maturity")
        info = self.session.info
        if info is not None and self.stack.currentIndex() == ASSESSMENT_PAGE:
            title = f"{info.unit} · {info.round} — {title}"
        self.setWindowTitle(title)

    def _saved(self, time_text: str) -> None:
        self._last_saved = time_text
        self._show_saved()

    def _show_saved(self) -> None:
        if self.session.unsaved:  # never "Saved" while a change is only on screen
            self.saved_label.setText(self.tr("Not saved: the last change is only on screen"))
            self.saved_label.setToolTip(
                self.tr("The database could not be written: {path}").format(
                    path=self.session.db_path
                )
            )
        elif self._last_saved:
            self.saved_label.setText(self.tr("Saved {time}").format(time=self._last_saved))
            self.saved_label.setToolTip(
                self.tr("Every change is saved at once to {path}").format(path=self.session.db_path)
            )
        else:
            self.saved_label.setText("")

    def _data_changed(self, change) -> None:
        """The start page lists every assessment: reload it when it shows, or when more than
        the open assessment's answers changed (an import, a merge, a new assessment)."""
        if change.kinds - {"answer", "plan"} or self.stack.currentWidget() is self.start_page:
            self.start_page.reload(
                self.session.info.uuid
                if self.session.info
                else self.settings.last_assessment(self.session.db_path)
            )

    def _assessment_changed(self) -> None:
        if self.session.has_assessment:
            self.settings.set_last_assessment(self.session.db_path, self.session.info.uuid)
            self.stack.setCurrentIndex(ASSESSMENT_PAGE)
        else:
            self.stack.setCurrentIndex(START_PAGE)
        self._update_actions()
        self._update_title()

    # -- start-up -------------------------------------------------------------------------

    def load(self) -> bool:
        """Open the database and the last assessment: runs just after the first paint.
        Runs once; later calls do nothing."""
        if self._load_started:
            return self.session.is_open
        self._load_started = True
        self._hide_missing_features()
        self.statusBar().showMessage(self.tr("Opening the database..."))
        try:
            self.session.open()
        except MaturityError as exc:
            log.error("cannot open the database: %s", exc)
            from .recovery import recover

            if not recover(self, self.session, exc):  # a damaged file: offer the backup
                QTimer.singleShot(0, self.close)
                return False
        self.statusBar().clearMessage()
        self._warn_network_drive()
        self.assessment_view  # noqa: B018 - build it now, while the user looks at the window
        last = self.settings.last_assessment(self.session.db_path)
        self.start_page.reload(last)
        if last and last in {info.uuid for info in self.session.assessments()}:
            self.open_assessment(last)
        self._update_actions()
        from .results_page import preload

        QTimer.singleShot(PRELOAD_DELAY_MS, self, preload)  # charts: import matplotlib while idle
        if startup_probe.enabled():
            startup_probe.report("ready-ms")
            if startup_probe.quit_when_ready():
                QTimer.singleShot(0, self.close)
        return True

    def restore_layout(self) -> None:
        window_geometry.restore(self, self.settings.window_geometry())
        self._geometry_saver = window_geometry.GeometrySaver(self, self._save_window)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        self._splitter_state = self.settings.splitter_state()
        if self._splitter_state is not None and self._assessment_view is not None:
            self._assessment_view.splitter.restoreState(self._splitter_state)

    def _warn_network_drive(self) -> None:
        """SQLite's locks are unreliable on a network drive: say so once, after opening."""
        warning = self.session.network_warning()
        if warning is not None:
            QTimer.singleShot(0, self, lambda: errors.show_error(self, warning))

    def _save_window(self) -> None:
        """Size, place, maximised state and the splitter (also while running: see
        window_geometry.GeometrySaver, so a crash forgets nothing)."""
        splitter = (
            self._assessment_view.splitter.saveState()
            if self._assessment_view
            else self._splitter_state
        )
        self.settings.save_window(self.saveGeometry(), self.saveState(), splitter)

    # -- commands -------------------------------------------------------------------------

    def show_start_page(self) -> None:
        self._flush()
        self.start_page.reload(
            self.session.info.uuid
            if self.session.info
            else self.settings.last_assessment(self.session.db_path)
        )
        self.stack.setCurrentIndex(START_PAGE)
        self._update_actions()
        self._update_title()
        self.start_page.table.setFocus()

    @property
    def coordinator_view(self):
        """File -> Coordinator: merging the units' workbooks (built on first use)."""
        if self._coordinator_view is None:
            from .coordinator import CoordinatorView

            view = CoordinatorView(self.session)
            view.notice.connect(lambda text: self.statusBar().showMessage(text, 10000))
            view.planRequested.connect(self.draft_plan)
            self.stack.addWidget(view)
            self._coordinator_view = view
        return self._coordinator_view

    @property
    def plan_view(self):
        """File -> Eylem Planı (built on first use)."""
        if self._plan_view is None:
            from .plan import PlanView

            view = PlanView(self.session)
            view.notice.connect(lambda text: self.statusBar().showMessage(text, 10000))
            self.session.plans.undo_stack.indexChanged.connect(self._update_undo)
            self.stack.addWidget(view)
            self._plan_view = view
        return self._plan_view

    def show_plan(self) -> None:
        self._show_view("plan_view")

    def draft_plan(self) -> None:
        """The coordinator view's "Action plan draft": the plan view, drafting from the round."""
        self.show_plan()
        if self.stack.currentWidget() is self._plan_view:
            self._plan_view.draft()

    def show_coordinator(self) -> None:
        self._show_view("coordinator_view")

    def _show_view(self, name: str) -> None:
        """Show a view built on first use (its property ``name``) and focus its first field."""
        if not self.session.is_open:
            return
        self._flush()
        view = getattr(self, name)
        self.stack.setCurrentWidget(view)
        self._update_actions()
        self._update_title()
        view.focus_first()

    def open_assessment(self, uuid: str) -> None:
        self._flush()
        self.assessment_view  # noqa: B018 - it must exist to hear the assessment open
        try:
            self.session.open_assessment(uuid)
        except MaturityError as exc:
            errors.show_error(self, exc)
            return
        self.stack.setCurrentIndex(ASSESSMENT_PAGE)
        self._update_actions()
        self._update_title()
        self.assessment_view.question_page.focus_levels()

    def new_assessment(self) -> None:
        if not self.session.is_open:
            return
        self._flush()
        from .assessment_dialog import AssessmentDialog

        self.assessment_view  # noqa: B018 - it must hear the new assessment open
        dialog = AssessmentDialog(self.session, self)
        if dialog.exec() == AssessmentDialog.DialogCode.Accepted:
            self.stack.setCurrentIndex(ASSESSMENT_PAGE)
            self._update_actions()
            self._update_title()
            self.assessment_view.question_page.focus_levels()

    def edit_details(self) -> None:
        if self.session.editable:
            from .assessment_dialog import AssessmentDialog

            self._flush()
            AssessmentDialog(self.session, self, edit=True).exec()

    def set_final(self, final: bool) -> None:
        self._flush()
        from .summary_page import confirm_final

        if final and not confirm_final(self, self.session.score()):  # asks once, says what changes
            return
        try:
            self.session.set_status("final" if final else "draft")
        except MaturityError as exc:
            errors.show_error(self, exc)
            return
        self.statusBar().showMessage(
            self.tr("The assessment is final.")
            if final
            else self.tr("The assessment is a draft again."),
            8000,
        )
        self._update_actions()

    def _exchange(self, name: str):
        """File -> Export / Save template / Import (the workbook work runs in the background)."""
        from . import exchange_actions

        if self.session.is_open:
            return getattr(exchange_actions, name)(self)
        return None

    def _results_file(self, name: str):
        """File -> Save report (PDF) / Save radar chart (written in the background)."""
        from . import results_actions

        if self.session.has_assessment:
            return getattr(results_actions, name)(self)
        return None

    def choose_report_logo(self) -> None:
        from . import report_logo

        report_logo.choose(self)
        self._update_actions()

    def remove_report_logo(self) -> None:
        from . import report_logo

        report_logo.remove(self)
        self._update_actions()

    def set_language(self, lang: str) -> None:
        self.settings.language = lang
        self.switcher.set_language(lang)

    def _language_switched(self, lang: str) -> None:
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)

    def show_user_guide(self) -> None:
        from .help_dialogs import UserGuideDialog

        UserGuideDialog(self).exec()

    def show_shortcuts(self) -> None:
        from .help_dialogs import ShortcutsDialog

        ShortcutsDialog(self.shortcut_entries(), self).exec()

    def show_about(self) -> None:
        from .help_dialogs import AboutDialog

        AboutDialog(self.session.db_path, Path(self.settings.path), errors.log_path(), self).exec()

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event):  # noqa: N802 (Qt's name)
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Everything Ctrl+Q does before the process ends: typed text committed, background
        work finished, window state saved, the close backup written, the database closed.
        Also run on SIGTERM and when the desktop session ends (``app.install_shutdown``);
        runs once."""
        if self._shut_down:
            return
        self._shut_down = True
        try:
            self._flush()  # nothing typed is lost
        finally:
            from . import workers

            if self._coordinator_view is not None:
                # stops before the next file; merged ones stay
                self._coordinator_view.cancel_merge()
            workers.wait_all()
            self._save_window()
            self.session.backup_on_close()
            self.session.close()
            log.info("closed")

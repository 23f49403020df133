"""The dimension navigator: each dimension with its progress ("4/6": answered of applicable,
the count the header uses) and score so far, and under it its questions, whole titles
wrapped, with their level (or N/A). Clicking a question opens it."""

from __future__ import annotations

from assessments import formatting

from . import i18n
from .qt import (
    QAbstractItemView,
    QEvent,
    QHeaderView,
    QRect,
    QSize,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    Signal,
)

QUESTION_ROLE = Qt.ItemDataRole.UserRole
ROW_PADDING = 6


class _WrappedTitles(QStyledItemDelegate):
    """Column 0 shows whole titles, wrapped to the column's width (Qt's tree measures rows
    without wrapping, so it would cut "VERI-02 Biriminiz kişisel verileri ...")."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index):  # noqa: N802 (Qt's name)
        hint = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.columnWidth(0) - self.tree.indentation() * (depth + 1) - 2 * ROW_PADDING
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = option.fontMetrics if font is None else type(option.fontMetrics)(font)
        needed = metrics.boundingRect(
            QRect(0, 0, max(width, 40), 100000), int(Qt.TextFlag.TextWordWrap), text
        ).height()
        return QSize(hint.width(), max(hint.height(), needed + ROW_PADDING))

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText


class Navigator(QTreeWidget):
    questionActivated = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._items: dict[str, QTreeWidgetItem] = {}
        self._dimension_items: dict[str, QTreeWidgetItem] = {}
        self.setColumnCount(3)
        # whole titles, wrapped (a tooltip as well): "VERI-02 Biriminiz kişisel verileri ..."
        # told the user too little even at 1920 px
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setRootIsDecorated(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegateForColumn(0, _WrappedTitles(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(
            lambda column, _old, _new: column == 0 and self.scheduleDelayedItemsLayout()
        )
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)
        session.assessmentChanged.connect(self.rebuild)
        session.answerChanged.connect(self._answer_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Dimension"), self.tr("Answered"), self.tr("Score")])
        self.setAccessibleName(self.tr("Dimensions and questions"))
        self.rebuild()

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def rebuild(self) -> None:
        current = self.current_question()
        self.clear()
        self._items.clear()
        self._dimension_items.clear()
        questionnaire = self.session.questionnaire
        if questionnaire is None or not self.session.has_assessment:
            return
        lang = i18n.current()
        for dim in questionnaire.dimensions:
            top = QTreeWidgetItem([dim.name.get(lang), "", ""])
            top.setToolTip(0, dim.name.get(lang))
            top.setData(0, QUESTION_ROLE, None)
            self.addTopLevelItem(top)
            self._dimension_items[dim.id] = top
            for q in dim.questions:
                child = QTreeWidgetItem([f"{q.id}  {q.text.get(lang)}", "", ""])
                child.setToolTip(0, q.text.get(lang))
                child.setData(0, QUESTION_ROLE, q.id)
                top.addChild(child)
                self._items[q.id] = child
        self.refresh_all()
        if current:
            self.select_question(current)

    def refresh_all(self) -> None:
        for question_id in self._items:
            self._show_answer(question_id)
        for dimension_id in self._dimension_items:
            self._show_dimension(dimension_id)

    def _show_answer(self, question_id: str) -> None:
        item = self._items[question_id]
        answer = self.session.answer(question_id)
        if answer.not_applicable:
            mark = self.tr("N/A")
        elif answer.current is not None:
            mark = (
                str(answer.current)
                if answer.target in (None, answer.current)
                else f"{answer.current}→{answer.target}"
            )
        else:
            mark = ""
        item.setText(1, mark)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)

    def _show_dimension(self, dimension_id: str) -> None:
        item = self._dimension_items[dimension_id]
        dim_score = self.session.score().dimension(dimension_id)
        lang = i18n.current()
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        in_scope = dimension_id not in self.session.info.out_of_scope
        if not in_scope:
            item.setText(1, self.tr("out of scope"))
            item.setText(2, "")
            item.setDisabled(True)
            return
        # the same count as the header and the summary: answered of the applicable questions
        item.setText(1, f"{dim_score.answered}/{dim_score.questions - dim_score.not_applicable}")
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
        item.setText(2, formatting.number(dim_score.current, lang))
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(2, self.tr("Mean current level of the answered questions, weighted"))

    def _answer_changed(self, question_id: str) -> None:
        if question_id in self._items:
            self._show_answer(question_id)
            self._show_dimension(self.session.questionnaire.question(question_id).dimension_id)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        question_id = item.data(0, QUESTION_ROLE)
        if question_id is None and not item.isDisabled() and item.childCount():
            # a dimension: go to its first unanswered question, else its first
            ids = [item.child(i).data(0, QUESTION_ROLE) for i in range(item.childCount())]
            open_ids = [i for i in ids if not self._done(i)]
            question_id = (open_ids or ids)[0]
        if question_id is not None:
            self.questionActivated.emit(question_id)

    def _done(self, question_id: str) -> bool:
        answer = self.session.answer(question_id)
        return answer.answered or answer.not_applicable

    def current_question(self) -> str | None:
        item = self.currentItem()
        return item.data(0, QUESTION_ROLE) if item is not None else None

    def select_question(self, question_id: str) -> None:
        item = self._items.get(question_id)
        if item is None:
            return
        for top in self._dimension_items.values():
            top.setExpanded(top is item.parent())
        self.setCurrentItem(item)
        self.scrollToItem(item)

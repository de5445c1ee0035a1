"""Tests of the checklist tree model and its filter."""

from __future__ import annotations

from typing import Any

import pytest
from guardian_testing.tiny_content import tiny_content
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from guardian_app.family.session import Session
from guardian_app.paths import translations_dir
from guardian_app.ui import theme
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.signs.model import (
    LEVEL_COLUMN,
    ChecklistFilter,
    ChecklistModel,
    IdRole,
    KindRole,
)

CHECKED = Qt.CheckState.Checked.value
UNCHECKED = Qt.CheckState.Unchecked.value


@pytest.fixture
def tiny_context(qtbot: Any, tmp_path: Any) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(tiny_content(), settings, region="CA")


@pytest.fixture
def model(tiny_context: AppContext) -> ChecklistModel:
    return ChecklistModel(tiny_context)


def visible_ids(proxy: ChecklistFilter) -> list[str]:
    ids = []
    for row in range(proxy.rowCount()):
        category = proxy.index(row, 0)
        ids.append(f"category:{category.data(IdRole)}")
        ids += [proxy.index(child, 0, category).data(IdRole) for child in range(proxy.rowCount(category))]
    return ids


def test_model_passes_qmodeltester(qtmodeltester: Any, model: ChecklistModel) -> None:
    model.set_ticked("gifts", True)
    qtmodeltester.check(model)


def test_filter_passes_qmodeltester(qtmodeltester: Any, model: ChecklistModel) -> None:
    proxy = ChecklistFilter()
    proxy.setSourceModel(model)
    proxy.set_only_ticked(True)
    model.set_ticked("scared", True)
    qtmodeltester.check(proxy)


def test_tree_shape_skips_empty_categories(model: ChecklistModel) -> None:
    assert model.rowCount() == 2
    online = model.index(0, 0)
    assert online.data() == "Online behaviour"
    assert online.data(KindRole) == "category"
    assert model.rowCount(online) == 3
    assert not model.flags(online) & Qt.ItemFlag.ItemIsUserCheckable
    sign = model.index(0, 0, online)
    assert sign.data() == "Spends more time online"
    assert sign.data(KindRole) == "sign"
    assert model.flags(sign) & Qt.ItemFlag.ItemIsUserCheckable
    assert sign.data(Qt.ItemDataRole.CheckStateRole) == UNCHECKED


def test_level_is_said_in_words(model: ChecklistModel) -> None:
    urgent = model.index_for("threatened")
    assert model.index_for("threatened", LEVEL_COLUMN).data() == "Urgent"
    assert "Urgent" in urgent.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Act now" in urgent.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index_for("more-time", LEVEL_COLUMN).data() == "Watch"


def test_ticking_writes_the_session_and_notifies(qtbot: Any, model: ChecklistModel,
                                                 tiny_context: AppContext) -> None:
    index = model.index_for("gifts")
    with qtbot.waitSignal(tiny_context.session_changed):
        assert model.setData(index, CHECKED, Qt.ItemDataRole.CheckStateRole)
    assert tiny_context.session.ticked_signs == ["gifts"]
    assert index.data(Qt.ItemDataRole.CheckStateRole) == CHECKED
    assert model.index_for("category:online", LEVEL_COLUMN).data() == "1 of 3 ticked"
    assert not model.setData(index, CHECKED, Qt.ItemDataRole.CheckStateRole)  # no change
    assert not model.setData(model.index_for("category:online"), CHECKED, Qt.ItemDataRole.CheckStateRole)
    model.set_ticked("gifts", False)
    assert tiny_context.session.ticked_signs == []


def test_follows_session_changes_made_elsewhere(model: ChecklistModel, tiny_context: AppContext) -> None:
    tiny_context.session.set_ticked("scared", True)
    tiny_context.notify_session_changed()
    assert model.is_ticked("scared")
    assert model.ticked_ids() == ("scared",)


def test_session_replaced_clears_and_reloads(model: ChecklistModel, tiny_context: AppContext) -> None:
    model.set_ticked("gifts", True)
    tiny_context.replace_session()
    assert model.ticked_ids() == ()
    assert model.index_for("gifts").data(Qt.ItemDataRole.CheckStateRole) == UNCHECKED
    tiny_context.replace_session(Session(ticked_signs=["threatened", "unknown-id"]))
    assert model.ticked_ids() == ("threatened",)


def test_content_changed_rebuilds(model: ChecklistModel, tiny_context: AppContext) -> None:
    model.set_ticked("gifts", True)
    from guardian_app.content.model import Content

    smaller = tiny_content()
    tiny_context.content = Content("en", categories=smaller.categories[:1], signs=smaller.signs[:3],
                                   levels=smaller.levels, stages=smaller.stages)
    tiny_context.content_changed.emit()
    assert model.rowCount() == 1
    assert model.is_ticked("gifts")
    assert not model.index_for("threatened").isValid()


def test_category_filter_and_only_ticked(model: ChecklistModel) -> None:
    proxy = ChecklistFilter()
    proxy.setSourceModel(model)
    assert len(visible_ids(proxy)) == 7
    proxy.set_category("fear")
    assert visible_ids(proxy) == ["category:fear", "scared", "threatened"]
    proxy.set_category("")
    proxy.set_only_ticked(True)
    assert visible_ids(proxy) == []
    model.set_ticked("gifts", True)
    model.set_ticked("threatened", True)
    assert visible_ids(proxy) == ["category:online", "gifts", "category:fear", "threatened"]
    proxy.set_category("online")
    assert visible_ids(proxy) == ["category:online", "gifts"]
    model.set_ticked("gifts", False)
    assert visible_ids(proxy) == []


def test_unknown_ids(model: ChecklistModel) -> None:
    assert not model.index_for("nope").isValid()
    assert not model.index_for("category:nope").isValid()
    assert not model.set_ticked("nope", True)
    assert model.sign_at(QModelIndex()) is None


def test_a_tick_changes_only_its_four_cells(model: ChecklistModel) -> None:
    """The sign's check box and words, and its category's count: a view repaints those cells, not every row."""
    changed: list[tuple[str, int, list[int]]] = []
    model.dataChanged.connect(lambda first, last, roles: changed.append(
        (first.data(IdRole), first.column(), sorted(int(role) for role in roles))))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_ticked("gifts", True)
    assert not resets
    assert {(item_id, column) for item_id, column, _roles in changed} == {
        ("gifts", 0), ("gifts", LEVEL_COLUMN), ("online", 0), ("online", LEVEL_COLUMN)}
    gifts_roles = next(roles for item_id, column, roles in changed if (item_id, column) == ("gifts", 0))
    assert int(Qt.ItemDataRole.CheckStateRole) in gifts_roles


def test_retranslate_writes_the_words_again(qapp: QApplication, model: ChecklistModel) -> None:
    model.set_ticked("gifts", True)
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "guardian_fr.qm"))
    qapp.installTranslator(translator)
    try:
        model.retranslate()
        assert model.index_for("more-time", LEVEL_COLUMN).data() == "Vigilance"
        assert model.index_for("category:online", LEVEL_COLUMN).data() == "1 sur 3 cochés"
        assert "Coché." in model.index_for("gifts").data(Qt.ItemDataRole.ToolTipRole)
    finally:
        qapp.removeTranslator(translator)
    model.retranslate()
    assert model.index_for("more-time", LEVEL_COLUMN).data() == "Watch"
    assert model.index_for("category:online", LEVEL_COLUMN).data() == "1 of 3 ticked"


def test_apply_theme_recolours_the_level_words(model: ChecklistModel) -> None:
    def colour(sign_id: str) -> str:
        return str(model.index_for(sign_id, LEVEL_COLUMN).data(Qt.ItemDataRole.ForegroundRole).color().name())

    try:
        theme.set_current(theme.LIGHT)
        model.apply_theme()
        assert colour("threatened") == theme.LIGHT.urgent_text.lower()
        theme.set_current(theme.HIGH_CONTRAST)
        model.apply_theme()
        assert colour("threatened") == theme.HIGH_CONTRAST.urgent_text.lower()
        assert colour("more-time") == theme.HIGH_CONTRAST.watch.lower()
    finally:
        theme.set_current(theme.LIGHT)

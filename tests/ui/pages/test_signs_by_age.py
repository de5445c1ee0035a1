"""The age filter of the warning-signs page, used as a parent would: choose the child's age, read the list and
the levels, tick a sign. The age is never written anywhere."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTreeView

from guardian_app.ui.pages.signs.model import IdRole
from guardian_app.ui.pages.signs.page import SignsPage

LEVEL_COLUMN = 1


@pytest.fixture
def page(qtbot: Any, context: Any) -> SignsPage:
    widget = SignsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _combo(page: SignsPage) -> QComboBox:
    combo = page.findChild(QComboBox, "ageFilter")
    assert combo is not None
    return combo


def _view(page: SignsPage) -> QTreeView:
    view = page.findChild(QTreeView, "signsList")
    assert view is not None
    return view


def _choose_age(page: SignsPage, qtbot: Any, title: str) -> None:
    """Pick an age with the keyboard: focus the box, then arrow down or up to the title."""
    combo = _combo(page)
    combo.setFocus()
    target = combo.findText(title)
    assert target >= 0, title
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def _rows(page: SignsPage) -> dict[str, QModelIndex]:
    model = _view(page).model()
    rows = {}
    for row in range(model.rowCount()):
        category = model.index(row, 0)
        for child in range(model.rowCount(category)):
            index = model.index(child, 0, category)
            rows[index.data(IdRole)] = index
    return rows


def _level_text(page: SignsPage, sign_id: str) -> str:
    index = _rows(page)[sign_id]
    return str(index.siblingAtColumn(LEVEL_COLUMN).data())


def _tick_with_space(page: SignsPage, qtbot: Any, sign_id: str) -> None:
    view = _view(page)
    view.setFocus()
    view.setCurrentIndex(_rows(page)[sign_id])
    qtbot.keyClick(view, Qt.Key.Key_Space)


def _banner_shown(page: SignsPage) -> bool:
    banner = page.findChild(QLabel, "urgentBannerTitle")
    assert banner is not None
    return banner.isVisible()


def test_the_age_box_offers_any_age_and_the_four_starter_bands(page: SignsPage) -> None:
    combo = _combo(page)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Any age", "Ages 6 to 9", "Ages 10 to 12", "Ages 13 to 15", "Ages 16 to 18"]
    assert combo.accessibleName() and combo.currentText() == "Any age"


def test_a_young_child_s_parent_sees_no_hotel_or_tattoo_signs(page: SignsPage, qtbot: Any,
                                                              content_en: Any) -> None:
    everything = set(_rows(page))
    assert {"hotel-visits", "tattoo-or-branding"} <= everything and len(everything) == len(content_en.signs)
    _choose_age(page, qtbot, "Ages 6 to 9")
    young = set(_rows(page))
    assert not young & {"hotel-visits", "tattoo-or-branding", "new-manager", "older-partner"}
    assert {"threatened-with-pictures", "runs-away", "asked-where-in-home"} <= young
    assert young == {sign.id for sign in content_en.signs if sign.fits_age("6-9")}
    _choose_age(page, qtbot, "Ages 16 to 18")
    assert {"hotel-visits", "tattoo-or-branding"} <= set(_rows(page))
    _choose_age(page, qtbot, "Any age")
    assert set(_rows(page)) == everything


def test_plans_to_meet_is_urgent_for_a_child_and_a_concern_for_an_older_teen(page: SignsPage, qtbot: Any) -> None:
    assert _level_text(page, "plans-to-meet") == "Urgent"
    _choose_age(page, qtbot, "Ages 16 to 18")
    assert _level_text(page, "plans-to-meet") == "Concern"
    _tick_with_space(page, qtbot, "plans-to-meet")
    assert page.context.session.ticked_signs == ["plans-to-meet"]
    assert not _banner_shown(page)
    detail = page.findChild(QLabel, "detailLevel")
    assert detail is not None and detail.text().startswith("How serious: Concern")
    # The same tick, for a 13-year-old, needs action today.
    _choose_age(page, qtbot, "Ages 13 to 15")
    assert _level_text(page, "plans-to-meet") == "Urgent"
    assert _banner_shown(page)
    assert detail.text().startswith("How serious: Urgent")


def test_the_age_is_never_saved_and_quick_exit_forgets_it(page: SignsPage, qtbot: Any, settings: Any) -> None:
    settings.sync()
    keys_before = set(settings.allKeys())
    _choose_age(page, qtbot, "Ages 10 to 12")
    settings.sync()
    assert set(settings.allKeys()) == keys_before
    assert not any("age" in key.lower() for key in settings.allKeys())
    page.clear_sensitive()
    assert _combo(page).currentText() == "Any age"
    assert "hotel-visits" in _rows(page)


def test_opening_a_sign_the_age_hides_shows_it(page: SignsPage, qtbot: Any) -> None:
    _choose_age(page, qtbot, "Ages 6 to 9")
    page.show_item("hotel-visits")
    assert _combo(page).currentText() == "Any age"
    assert _view(page).currentIndex().data(IdRole) == "hotel-visits"

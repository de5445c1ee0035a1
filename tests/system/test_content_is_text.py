"""Content is text: a pack full of markup opens, and no label, tooltip or list draws its tags (issue 14, item 2).

The pack (``guardian_testing.markup_pack``) rewords every built-in English text with an image that would
load a local file, a span that hides words and a link, through ``create_window(packs=...)``, the path
``guardian-app --content`` takes. Then every page is shown (every guide, every region, every starter card
opened, signs ticked so the summaries fill) and every live widget is checked: a label may draw rich text only
when the content in it was escaped (Guardian's own markup makes links; a pack's never does).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from guardian_testing.markup_pack import LIVE_MARKUP, MARKUP, write_markup_pack
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLabel, QWidget

from guardian_app.ui.window.main_window import MainWindow


@pytest.fixture
def markup_window(qtbot: object, settings: QSettings, tmp_path: Path) -> Iterator[MainWindow]:
    from guardian_app.app import create_window

    pack = write_markup_pack(tmp_path / "pack")
    window = create_window(packs=[pack], settings=settings, quit_app=lambda: None)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1280, 860)
    window.show()
    yield window
    window.quick_exit_filter.detach()


def _is_rich(text: str, text_format: Qt.TextFormat) -> bool:
    if text_format == Qt.TextFormat.RichText:
        return True
    return text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)


def _live_markup(window: QWidget) -> list[str]:
    """Where a pack's tags would be drawn: labels and tooltips read as rich text that hold them unescaped."""
    found = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if _is_rich(text, label.textFormat()) and any(tag in text for tag in LIVE_MARKUP):
            found.append(f"label {label.objectName() or type(label.parent()).__name__}: {text[:120]!r}")
    for widget in window.findChildren(QWidget):
        tip = widget.toolTip()
        if tip and GuiQt.mightBeRichText(tip) and any(tag in tip for tag in LIVE_MARKUP):
            found.append(f"tooltip of {type(widget).__name__}: {tip[:120]!r}")
    return found


def _shown_texts(window: QWidget) -> str:
    """Every text the window holds (labels, buttons, combo items, list rows), to prove the pack is in use."""
    texts = [label.text() for label in window.findChildren(QLabel)]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    for combo in window.findChildren(QComboBox):
        texts += [combo.itemText(index) for index in range(combo.count())]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            texts += _model_texts(model, QModelIndex())
    return "\n".join(texts)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> list[str]:
    texts = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        texts.append(str(model.data(index) or ""))
        if model.rowCount(index):
            texts += _model_texts(model, index)
    return texts


def _visit_everything(window: MainWindow, qtbot: object) -> None:
    content = window.context.content
    for sign in content.signs[:6]:
        window.context.session.set_ticked(sign.id, True)
    window.context.session.set_in_plan(content.starters[0].id, True)
    window.context.notify_session_changed()
    for page_id in window.available_page_ids():
        assert window.show_page(page_id), page_id
        qtbot.wait(1)  # type: ignore[attr-defined]
    for guide in content.guides:
        window.show_page("guide", guide.id)
    for page_id, items in (("signs", content.signs[:3]), ("luring", content.stages[:3]),
                           ("talk", content.starters[:3])):
        for item in items:
            window.show_page(page_id, item.id)
            qtbot.wait(1)  # type: ignore[attr-defined]
    for region in content.regions:
        window.context.set_region(region.id)
        window.show_page("help")
        qtbot.wait(1)  # type: ignore[attr-defined]
    window.context.set_region("CA")
    window.show_page("talk")
    for button in window.findChildren(QAbstractButton):
        if button.isCheckable() and button.objectName() != "quickExit" and "more" in button.text().lower():
            button.setChecked(True)
    window.show_page("signs")
    window.open_search()
    assert window.search_panel is not None
    window.search_panel.search_box.setText("Hotline")


def test_a_pack_full_of_markup_is_shown_as_text_on_every_page(markup_window: MainWindow, qtbot: object) -> None:
    assert not [issue for issue in markup_window.context.load_issues if issue.severity == "error"]

    try:
        _visit_everything(markup_window, qtbot)
    finally:
        markup_window.context.replace_session()  # closing must not ask to save the ticks made here

    live = _live_markup(markup_window)
    assert not live, "\n".join(sorted(set(live))[:30])
    shown = MARKUP.strip() in _shown_texts(markup_window)
    assert shown, "the pack's words are not on screen"  # they are, tags and all, as text


def test_a_pack_that_changes_a_number_is_ignored_and_the_banner_says_so(qtbot: object, settings: QSettings) -> None:
    from guardian_app.app import create_window

    pack = Path(__file__).resolve().parents[1] / "data" / "hostile" / "changes-dial"
    window = create_window(packs=[pack], settings=settings, quit_app=lambda: None)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()

    banner = window.banner
    assert banner is not None and banner.isVisible()
    details = banner.details.text()
    assert "resources[0].phone.dial: this pack changes the phone number of 'ca-human-trafficking-hotline'" in details
    assert "the whole pack is ignored" in details
    assert banner.details.textFormat() == Qt.TextFormat.PlainText
    window.show_page("help")
    numbers = [label.text() for label in window.findChildren(QLabel) if label.objectName() == "phoneNumber"]
    assert "1-833-900-1010" in numbers
    hotline = window.context.content.resource("ca-human-trafficking-hotline")
    assert hotline is not None and hotline.tel_url() == "tel:+18339001010"
    window.quick_exit_filter.detach()

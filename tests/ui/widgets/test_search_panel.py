"""The search panel: Ctrl+F opens it, typing searches, Enter jumps to the result, Esc closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from guardian_app.ui.window.main_window import MainWindow


def test_find_action_opens_search_and_typing_finds(main_window: MainWindow, qtbot: object) -> None:
    assert main_window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    main_window.show()
    qtbot.waitExposed(main_window)  # type: ignore[attr-defined]
    main_window.find_action.trigger()
    panel = main_window.search_panel
    assert panel is not None and panel.isVisible()
    qtbot.keyClicks(panel.search_box, "school")  # type: ignore[attr-defined]
    hits = panel.hits()
    assert any(hit.kind == "sign" for hit in hits)
    panel.search_box.clear()
    assert panel.hits() == []


def test_enter_opens_the_first_result(main_window: MainWindow, qtbot: object) -> None:
    main_window.show()
    main_window.open_search()
    panel = main_window.search_panel
    assert panel is not None
    panel.search_box.setText("hotline")
    first = panel.hits()[0]
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    if first.page_id in main_window.available_page_ids():
        assert main_window.current_page_id == first.page_id
    assert not panel.isVisible()


def test_a_resource_is_found_and_opens_help(main_window: MainWindow) -> None:
    main_window.open_search()
    panel = main_window.search_panel
    assert panel is not None
    panel.search_box.setText("cybertip")
    resources = [hit for hit in panel.hits() if hit.kind == "resource"]
    assert resources
    row = panel.hits().index(resources[0])
    panel.results.itemClicked.emit(panel.results.item(row))
    if "help" in main_window.available_page_ids():
        assert main_window.current_page_id == "help"


def test_escape_closes(main_window: MainWindow, qtbot: object) -> None:
    main_window.show()
    main_window.open_search()
    panel = main_window.search_panel
    assert panel is not None
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert not panel.isVisible()


def test_region_change_rebuilds_index(main_window: MainWindow) -> None:
    main_window.open_search()
    panel = main_window.search_panel
    assert panel is not None
    panel.search_box.setText("cybertip")
    assert any(hit.item_id.startswith("ca-") for hit in panel.hits())
    main_window.context.set_region("GB")
    assert not any(hit.kind == "resource" and hit.item_id.startswith("ca-") for hit in panel.hits())

"""Guardian never touches the network: a walk through every page and a search opens no socket connection."""

from __future__ import annotations

import socket
import sys

import pytest
from PySide6.QtWidgets import QApplication

from guardian_app.ui.window.main_window import MainWindow


class NetworkUsed(AssertionError):
    pass


def test_full_walk_opens_no_connection(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise NetworkUsed(f"network connection attempted to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *args, **kwargs: refuse(None, args))  # type: ignore[arg-type]

    main_window.show()
    for page_id in main_window.available_page_ids():
        assert main_window.show_page(page_id)
        QApplication.processEvents()
    main_window.open_search()
    panel = main_window.search_panel
    assert panel is not None
    panel.search_box.setText("help")
    QApplication.processEvents()
    for region in ("US", "GB", "AU", "CA"):
        main_window.context.set_region(region)
        QApplication.processEvents()

    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules

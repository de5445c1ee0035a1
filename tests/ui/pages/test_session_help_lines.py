"""The counselor session's help lines are clickable: the name opens the line on Get help now, the number calls."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from guardian_app.handouts.action_plan import top_lines
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.session import SessionPage


@pytest.fixture
def page(qtbot: Any, context: AppContext) -> SessionPage:
    widget = SessionPage(context)
    qtbot.addWidget(widget)
    return widget


def test_help_lines_open_get_help_or_call(page: SessionPage, context: AppContext, qtbot: Any,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: called.append(url.toString()) or True))
    context.session.set_ticked("threatened-with-pictures", True)  # the top three lines for a threat
    context.notify_session_changed()
    page.refresh()
    lines = page.findChildren(QLabel, "sessionHelpLine")
    # (the page fills its lists more than once; lines it replaced are only deleted later)
    shown = {line.text() for line in lines}
    for resource in top_lines(context.session, context.content, context.region):
        assert any(resource.name in text for text in shown), resource.id
    cybertip = next(line for line in lines if "Cybertip.ca" in line.text())
    assert 'href="guardian:resource:ca-cybertip"' in cybertip.text() and 'href="tel:+18666589022"' in cybertip.text()
    with qtbot.waitSignal(context.navigate_requested) as signal:
        cybertip.linkActivated.emit("guardian:resource:ca-cybertip")
    assert signal.args == ["help", "ca-cybertip"]
    cybertip.linkActivated.emit("tel:+18666589022")
    assert called == [QUrl("tel:+18666589022").toString()]


def test_help_line_words_are_escaped(page: SessionPage) -> None:
    for line in page.findChildren(QLabel, "sessionHelpLine"):
        assert "<script" not in line.text() and line.text().count("<a ") >= 1

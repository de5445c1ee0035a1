"""Home and About: calm texts from the content, the region's emergency number, entry points, sources."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from guardian_app.content.model import Content
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.about import AboutPage
from guardian_app.ui.pages.home import HomePage


def _text(widget: QWidget) -> str:
    # Replaced widgets are only deleted later: count what would be on screen.
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_home_is_calm_and_blame_free(context: AppContext, qtbot: object) -> None:
    page = HomePage(context)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    text = _text(page)
    assert "never the child's fault" in text and "not yours" in text
    assert "call 911" in text


def test_home_emergency_number_follows_region(context: AppContext, qtbot: object) -> None:
    page = HomePage(context)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    context.set_region("GB")
    assert "call 999" in _text(page)
    context.set_region("AU")
    assert "call 000" in _text(page)


def test_home_entry_points_open_pages(context: AppContext, qtbot: object) -> None:
    page = HomePage(context)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    opened: list[tuple[str, str]] = []
    context.navigate_requested.connect(lambda page_id, item_id: opened.append((page_id, item_id)))
    for name in ("home-signs", "home-talk", "home-help", "threatGuideLink"):
        button = page.findChild(QAbstractButton, name)
        assert button is not None and button.accessibleName(), name
        button.click()
    assert opened == [("signs", ""), ("talk", ""), ("help", ""), ("guide", "someone-is-threatening-my-child")]


def test_about_has_credit_limits_privacy_and_sources(context: AppContext, content_en: Content,
                                                     qtbot: object) -> None:
    page = AboutPage(context)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    text = _text(page)
    assert "The Canadian Centre to End Human Trafficking" in text
    assert "not a diagnosis" in text and "not an emergency service" in text
    assert "offline" in text
    assert "browser" in text and "call log" in text  # what quick exit does not hide
    for resource in content_en.resources_for("CA"):
        assert resource.name in text
        for url in resource.source_urls:
            assert url in text
    assert "Checked on" in text


def test_about_sources_follow_region(context: AppContext, content_en: Content, qtbot: object) -> None:
    page = AboutPage(context)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    context.set_region("AU")
    text = _text(page)
    for resource in content_en.resources_for("AU"):
        assert resource.name in text
    only_canada = [res for res in content_en.resources_for("CA") if "AU" not in res.regions]
    assert only_canada and all(res.name not in text for res in only_canada)

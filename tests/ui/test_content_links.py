"""Every content link opens its target: the page it names is shown, with the item it names."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from guardian_app.content import links
from guardian_app.content.links import LinkTarget
from guardian_app.content.model import Content


def _shipped_targets(content: Content) -> list[LinkTarget]:
    texts: list[str] = []
    for stage in content.stages:
        texts += [*stage.what_to_do, *stage.parent_may_notice, *stage.offender_does]
    texts += [level.advice for level in content.levels]
    for guide in content.guides:
        texts += [guide.intro, guide.closing, *(step.detail for step in guide.steps)]
    for section in content.sections:
        texts += section.paragraphs
    texts += [starter.if_they_tell_you for starter in content.starters]
    for scenario in content.scenarios:
        for node in scenario.nodes:
            texts += [node.went_well, node.try_next, *(reply.feedback for reply in node.replies)]
    found = [target for text in texts for target in links.targets(text)]
    for situation in content.help_situations:
        found += [target for step in situation.steps if (target := links.parse_target(step.link))]
        found += [target for leads in situation.leads if (target := links.first_target(leads.fallback))]
    return list(dict.fromkeys(found))


def _shows(window: Any, target: LinkTarget) -> bool:
    """Whether the window shows what ``target`` names."""
    page_id, item_id = target.destination()
    if window.current_page_id != page_id:
        return False
    page = window.page(page_id)
    if target.kind == "guide":
        step_ids = [step.step.id for step in page.steps]
        return page.guide_id == target.id and (not target.part or target.part in step_ids)
    if target.kind in ("situation", "group", "resource"):
        if target.kind == "situation" and page.situation_panel.situation.id != target.id:
            return False
        return page.item_widget(item_id) is not None
    if target.kind == "stage":
        return page.current_stage() == target.id
    if target.kind == "sign":
        return page._view.currentIndex().isValid()
    if target.kind == "starter":
        return item_id in page.cards
    return True  # a whole page


def test_every_content_link_opens_its_target(main_window: Any, qtbot: Any) -> None:
    main_window.show()
    qtbot.waitExposed(main_window)
    content = main_window.context.content
    targets = _shipped_targets(content)
    assert {target.kind for target in targets} >= {"page", "guide", "situation", "group", "stage"}
    for target in targets:
        main_window.context.open(*target.destination())
        qtbot.waitUntil(lambda target=target: _shows(main_window, target), timeout=2000)


def test_clicking_a_rendered_link_opens_its_page(main_window: Any, qtbot: Any) -> None:
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.show_page("guide", "someone-is-threatening-my-child")
    guide_page = main_window.page("guide")
    label = next(label for label in guide_page.findChildren(QLabel) if "guardian:page:record" in label.text())
    label.linkActivated.emit("guardian:page:record")
    qtbot.waitUntil(lambda: main_window.current_page_id == "record", timeout=2000)


def test_content_cannot_make_its_own_links() -> None:
    html = links.to_html('<a href="https://example.org">click</a> and [ok](page:help)')
    assert html.count("<a ") == 1 and 'href="guardian:page:help"' in html


def test_link_pages_are_the_registered_pages() -> None:
    from guardian_app.ui.registry import PAGES

    assert tuple(spec.page_id for spec in PAGES) == links.PAGE_IDS


def test_practice_texts_open_content_links_and_keep_glossary_words(context: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from guardian_app.ui.widgets.glossary import GlossaryLinks

    page = QWidget()
    qtbot.addWidget(page)
    glossary = GlossaryLinks(page, context)
    label = glossary.label('Report it [<b>on Get help now</b>](situation:exploited) & "sextortion".')
    assert 'href="guardian:situation:exploited"' in label.text() and "<b>" not in label.text()
    assert label.accessibleName() == 'Report it <b>on Get help now</b> & "sextortion".'
    with qtbot.waitSignal(context.navigate_requested) as signal:
        label.linkActivated.emit("guardian:situation:exploited")
    assert signal.args == ["help", "situation:exploited"]

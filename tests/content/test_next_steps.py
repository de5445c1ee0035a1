"""Next steps ranked by urgency, over the shipped content: the situation of an urgent sign always speaks first."""

from __future__ import annotations

import itertools

import pytest

from guardian_app.content.checklist import MAX_NEXT_STEPS, summarize
from guardian_app.content.links import LinkTarget, plain
from guardian_app.content.loader import load_content
from guardian_app.content.model import LANGUAGES, Content

EARLY_SIGNS = ("new-online-friend", "hides-screen", "late-night-use")


@pytest.fixture(scope="module", params=LANGUAGES)
def shipped(request: pytest.FixtureRequest) -> Content:
    return load_content(request.param).content


def _situations_of(content: Content, sign_id: str) -> set[str]:
    return {situation.id for situation in content.help_situations if sign_id in situation.signs}


def test_for_every_urgent_sign_whatever_else_is_ticked_the_first_step_is_its_situations(shipped: Content) -> None:
    urgent = [sign.id for sign in shipped.signs if sign.level == "urgent"]
    others = [sign.id for sign in shipped.signs if sign.level != "urgent"]
    assert urgent
    for urgent_id in urgent:
        wanted = _situations_of(shipped, urgent_id)
        assert wanted, urgent_id
        for ticked in ([urgent_id], [*EARLY_SIGNS, urgent_id], [*others, urgent_id],
                       *([other, urgent_id] for other in others)):
            first = summarize(shipped, ticked).actions[0]
            assert first.situation in wanted, (urgent_id, ticked, first.text)


def test_with_two_urgent_signs_the_first_step_comes_from_one_of_them(shipped: Content) -> None:
    urgent = [sign.id for sign in shipped.signs if sign.level == "urgent"]
    for one, other in itertools.combinations(urgent, 2):
        first = summarize(shipped, [one, other]).actions[0]
        assert first.situation in _situations_of(shipped, one) | _situations_of(shipped, other), (one, other)


def test_early_signs_then_a_threat_show_stop_and_do_not_pay_first(shipped: Content) -> None:
    actions = summarize(shipped, [*EARLY_SIGNS, "threatened-with-pictures"]).actions
    threatened = shipped.help_situation("threatened")
    assert threatened is not None
    assert [action.text for action in actions[:3]] == [step.text for step in threatened.steps[:3]]
    assert actions[0].target == LinkTarget("guide", "someone-is-threatening-my-child", "stop-contact")
    assert actions[1].target == LinkTarget("guide", "someone-is-threatening-my-child", "keep-evidence")
    if shipped.language == "en":
        assert "Do not pay" in actions[0].text
        assert "Never save or send a sexual picture" in " ".join(actions[1].text.split())


def test_never_more_than_five_and_each_with_a_target(shipped: Content) -> None:
    everything = summarize(shipped, [sign.id for sign in shipped.signs])
    assert len(everything.actions) == MAX_NEXT_STEPS
    for ticked in ([sign.id] for sign in shipped.signs):
        actions = summarize(shipped, ticked).actions
        assert 1 <= len(actions) <= MAX_NEXT_STEPS
        assert all(isinstance(action.target, LinkTarget) for action in actions)
        assert summarize(shipped, ticked).next_steps == tuple(action.plain_text for action in actions)


def test_near_duplicates_are_merged(shipped: Content) -> None:
    # The blackmail stage also says to stop contact and not pay: it must not come back in other words.
    actions = summarize(shipped, ["threatened-with-pictures"]).actions
    stop_words = [action for action in actions if "stop" in action.plain_text.casefold()
                  or "coupez" in action.plain_text.casefold()]
    assert len(stop_words) == 1


def test_next_steps_are_plain_text_without_link_markup(shipped: Content) -> None:
    for sign in shipped.signs:
        for text in summarize(shipped, [sign.id]).next_steps:
            assert "](" not in text, text


def test_only_watch_signs_start_with_the_calm_advice(shipped: Content) -> None:
    watch = shipped.level("watch")
    assert watch is not None
    actions = summarize(shipped, ["talks-about-one-person"]).actions
    assert actions[0].plain_text.split() == plain(watch.advice).split()
    assert any(action.situation == "online-relationship" for action in actions)


def test_nothing_ticked_gives_no_steps(shipped: Content) -> None:
    assert summarize(shipped, []).actions == ()


def test_at_every_age_an_urgent_sign_still_puts_its_situation_first(shipped: Content) -> None:
    from guardian_app.content.ages import at_age
    from guardian_app.content.model import AGE_BANDS

    for band in AGE_BANDS:
        content = at_age(shipped, band)
        for sign in (sign for sign in content.signs if sign.level == "urgent"):
            first = summarize(content, [*EARLY_SIGNS, sign.id]).actions[0]
            assert first.situation in _situations_of(content, sign.id), (band, sign.id)

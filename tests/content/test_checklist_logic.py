"""Tests of the Qt-free checklist logic: stages pointed to, highest level, next steps."""

from __future__ import annotations

import pytest

from guardian_app.content.checklist import MAX_NEXT_STEPS, ordered_stages, summarize
from guardian_app.content.model import Content, Level, Sign, SignCategory, Stage

STAGE_IDS = ("first-contact", "attention", "trust", "secrecy", "sexual-talk", "image-requests", "blackmail",
             "exploitation", "impact")


def tiny_content() -> Content:
    """Three stages (listed out of order on purpose), two categories, five signs including one urgent."""
    stages = (
        Stage("trust", 3, "Building trust", "They build trust.", ("Acts kind.",), ("A new friend.",),
              ("Ask about friends.", "Stay close.")),
        Stage("first-contact", 1, "First contact", "Someone reaches out.", ("Makes a profile.",),
              ("New contacts.",), ("Check privacy settings.", "Stay close.")),
        Stage("blackmail", 7, "Threats", "They threaten.", ("Threatens.",), ("Fear.",),
              ("Do not pay.", "Save the messages.", "Report it.")),
    )
    levels = (
        Level("watch", "Keep an eye on it", "Keep watching."),
        Level("concern", "Take a closer look", "Talk soon."),
        Level("urgent", "Act now", "Act today."),
    )
    categories = (SignCategory("online", "Online"), SignCategory("fear", "Fear"))
    signs = (
        Sign("more-time", "online", "More time online", "Why 1", ("first-contact",), "watch"),
        Sign("new-friend", "online", "A new friend", "Why 2", ("first-contact", "trust"), "concern"),
        Sign("gifts", "online", "Gifts", "Why 3", ("trust", "trust"), "concern"),
        Sign("scared", "fear", "Scared of the phone", "Why 4", ("blackmail",), "concern"),
        Sign("threatened", "fear", "Someone threatens", "Why 5", ("blackmail",), "urgent"),
    )
    return Content("en", stages=stages, levels=levels, categories=categories, signs=signs)


def test_nothing_ticked_points_nowhere() -> None:
    summary = summarize(tiny_content(), [])
    assert summary.count == 0
    assert summary.lit_stages == ()
    assert summary.highest_level is None
    assert summary.urgent == ()
    assert summary.next_steps == ()
    assert [item.stage.id for item in summary.stage_counts] == ["first-contact", "trust", "blackmail"]


def test_counts_per_stage_and_unknown_ids_ignored() -> None:
    summary = summarize(tiny_content(), ["new-friend", "gifts", "no-such-sign"])
    assert summary.count == 2
    lit = [(item.stage.id, item.count) for item in summary.lit_stages]
    assert lit == [("first-contact", 1), ("trust", 2)]
    assert summary.count_for("blackmail") == 0
    assert summary.highest_level is not None and summary.highest_level.id == "concern"


def test_urgent_sign_makes_level_urgent_and_advice_first() -> None:
    summary = summarize(tiny_content(), ["more-time", "threatened"])
    assert summary.highest_level is not None and summary.highest_level.id == "urgent"
    assert [sign.id for sign in summary.urgent] == ["threatened"]
    assert summary.next_steps[0] == "Act today."
    # the furthest stage along speaks first
    assert summary.next_steps[1] == "Do not pay."


def test_next_steps_are_deduplicated_and_capped() -> None:
    content = tiny_content()
    summary = summarize(content, [sign.id for sign in content.signs])
    assert len(summary.next_steps) <= MAX_NEXT_STEPS
    assert len(set(summary.next_steps)) == len(summary.next_steps)
    # one step from each lit stage before any second step
    first = ("Act today.", "Do not pay.", "Ask about friends.", "Check privacy settings.")
    assert summary.next_steps[:4] == first
    assert summary.next_steps[4] == "Save the messages."
    assert summarize(content, ["new-friend"]).next_steps.count("Stay close.") == 1


def test_ordered_stages() -> None:
    assert [stage.order for stage in ordered_stages(tiny_content())] == [1, 3, 7]


# --- the shipped content ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> Content:
    from guardian_app.content.loader import load_content

    return load_content("en").content


def test_shipped_stages_are_the_nine_in_order(shipped: Content) -> None:
    assert tuple(stage.id for stage in ordered_stages(shipped)) == STAGE_IDS


def test_shipped_sign_stages_exist_and_every_stage_has_signs(shipped: Content) -> None:
    stage_ids = {stage.id for stage in shipped.stages}
    for sign in shipped.signs:
        assert sign.stages, sign.id
        assert set(sign.stages) <= stage_ids, sign.id
        assert shipped.category(sign.category) is not None, sign.id
    for stage in shipped.stages:
        assert shipped.signs_for_stage(stage.id), f"no sign points to stage {stage.id}"


def test_shipped_sections_and_levels_exist(shipped: Content) -> None:
    for section_id in ("signs-caveats", "signs-not-a-diagnosis", "signs-urgent-banner", "luring-intro",
                       "luring-not-your-fault"):
        assert shipped.section(section_id) is not None, section_id
    assert [level.id for level in shipped.levels] == ["watch", "concern", "urgent"]
    assert any(sign.level == "urgent" for sign in shipped.signs)


def test_shipped_next_steps_for_everything_ticked(shipped: Content) -> None:
    summary = summarize(shipped, [sign.id for sign in shipped.signs])
    assert len(summary.lit_stages) == len(STAGE_IDS)
    assert 1 <= len(summary.next_steps) <= MAX_NEXT_STEPS

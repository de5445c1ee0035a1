"""Tests for the conversation plan handout HTML (Qt-free)."""

from __future__ import annotations

import datetime as dt

from guardian_app.content.model import (
    AgeBand,
    Content,
    Guide,
    GuideStep,
    Phone,
    Region,
    Resource,
    ResourceGroup,
    Situation,
    Starter,
    TextLine,
)
from guardian_app.handouts.plan import PlanLabels, build_plan_html, first_sentence, help_resources

DAY = dt.date(2026, 3, 14)


def _resource(rid: str, group: str, name: str, **extra: object) -> Resource:
    return Resource(
        id=rid, regions=("CA",), group=group, name=name, purpose="", hours="", languages="",
        source_urls=("https://example.org",), verified_on=DAY, **extra,  # type: ignore[arg-type]
    )


def small_content() -> Content:
    return Content(
        language="en",
        age_bands=(AgeBand("6-9", "Ages 6 to 9"), AgeBand("13-15", "Ages 13 to 15")),
        situations=(Situation("everyday", "Everyday"), Situation("pictures", "Pictures")),
        starters=(
            Starter("s-one", "everyday", ("6-9",), "What game <b>made</b> you laugh?",
                    ("Who played with you?",), "listen", "avoid", "timing"),
            Starter("s-two", "pictures", ("13-15",), "What would you do if someone asked for a photo?",
                    ("Who would you tell?", "What if they got angry?"), "listen", "avoid", "timing"),
        ),
        guides=(
            Guide("if-your-child-tells-you", "If your child tells you something", "intro", (
                GuideStep("calm", "Stay calm", "Take a breath. It helps them keep talking."),
                GuideStep("keep", "Keep the evidence", "Do not delete anything. Report it.", important=True),
            )),
        ),
        groups=(ResourceGroup("trafficking", 1, "Trafficking"), ResourceGroup("report", 2, "Report"),
                ResourceGroup("child-support", 4, "Child"), ResourceGroup("parent-support", 5, "Parent"),
                ResourceGroup("emergency", 7, "Emergency")),
        regions=(Region("CA", "Canada", "ca-911", "ca-hotline", "911"),),
        resources=(
            _resource("ca-hotline", "trafficking", "Canadian Human Trafficking Hotline",
                      phone=Phone("+18339001010", "1-833-900-1010"),
                      web="https://canadianhumantraffickinghotline.ca"),
            _resource("ca-kids", "child-support", "Kids Help Phone",
                      phone=Phone("+18006686868", "1-800-668-6868"),
                      text=TextLine("686868", "CONNECT", "686868"), web="https://kidshelpphone.ca/"),
            _resource("qc-only", "child-support", "Quebec only line", phone=Phone("811", "8-1-1"),
                      subregion="QC"),
            _resource("ca-parents", "parent-support", "Parent line", phone=Phone("1", "1")),
            _resource("ca-911", "emergency", "Emergency", phone=Phone("911", "9-1-1")),
        ),
    )


def test_plan_lists_the_chosen_openers_in_order_with_follow_ups() -> None:
    html = build_plan_html(small_content(), ["s-two", "s-one"], "CA", DAY)
    assert html.index("What would you do if someone asked") < html.index("What game")
    assert "Who would you tell?" in html
    assert "What if they got angry?" in html


def test_content_strings_are_escaped() -> None:
    html = build_plan_html(small_content(), ["s-one"], "CA", DAY)
    assert "What game &lt;b&gt;made&lt;/b&gt; you laugh?" in html
    assert "<b>made</b>" not in html


def test_unknown_starter_ids_are_skipped_and_an_empty_plan_says_so() -> None:
    html = build_plan_html(small_content(), ["gone"], "CA", DAY)
    assert "No conversation starters chosen yet" in html


def test_help_lines_show_primary_child_support_and_emergency_for_the_region() -> None:
    content = small_content()
    assert [r.id for r in help_resources(content, "CA")] == ["ca-hotline", "ca-kids", "ca-911"]
    html = build_plan_html(content, ["s-one"], "CA", DAY)
    assert "1-833-900-1010" in html
    assert "Text CONNECT to 686868" in html
    assert ">kidshelpphone.ca<" in html and ">https://" not in html  # shown without https://, linked with it
    assert 'href="https://kidshelpphone.ca' in html
    assert "call 9-1-1" in html
    assert "Quebec only line" not in html  # a subregion's line would be wrong for most families
    assert "Parent line" not in html


def test_disclosure_steps_are_short_and_important_ones_stand_out() -> None:
    html = build_plan_html(small_content(), [], "CA", DAY)
    assert "If your child tells you something" in html
    assert "It helps them keep talking" not in html  # step titles only on paper
    assert 'class="important">2. Keep the evidence' in html


def test_labels_and_date_text_are_used() -> None:
    labels = PlanLabels(title="Mon plan de conversation", prepared_on="Préparé le {date}")
    html = build_plan_html(small_content(), ["s-one"], "CA", DAY, labels=labels, date_text="14 mars 2026")
    assert "Mon plan de conversation" in html
    assert "Préparé le 14 mars 2026" in html
    assert "2026-03-14" in build_plan_html(small_content(), [], "CA", DAY)


def test_first_sentence() -> None:
    assert first_sentence("One. Two.") == "One."
    assert first_sentence("No stop at all") == "No stop at all"
    assert first_sentence("Version 2.0 is out. Then more.") == "Version 2.0 is out."


def test_shipped_plan_for_canada(content_en: Content) -> None:
    ids = [starter.id for starter in content_en.starters[:3]]
    html = build_plan_html(content_en, ids, "CA", DAY)
    assert "1-833-900-1010" in html
    for starter_id in ids:
        starter = content_en.starter(starter_id)
        assert starter is not None
        assert build_plan_html(content_en, [starter_id], "CA", DAY).count("<li>") >= len(starter.follow_ups)

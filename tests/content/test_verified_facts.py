"""A pack cannot change who a parent calls: what the app loads when a pack rewrites verified contact facts.

The packs are the hostile corpus under ``tests/data/hostile/`` (see its README); ``load_content`` is what the
app calls with ``--content``. A refused pack leaves the built-in content as it was, and its errors (what the
window's banner lists) name the resource and the field.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from guardian_app.content import verified_facts
from guardian_app.content.loader import LoadResult, load_content
from guardian_app.content.model import Content, Resource
from guardian_app.content.verified_facts import display_agrees

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"


def _load(pack: str) -> LoadResult:
    return load_content("en", packs=[HOSTILE / pack])


def _resource(content: Content, resource_id: str) -> Resource:
    resource = content.resource(resource_id)
    assert resource is not None
    return resource


@pytest.mark.parametrize(("pack", "resource_id", "fields"), [
    ("changes-dial", "ca-human-trafficking-hotline", ("phone.dial", "chat", "web", "phone.display")),
    ("changes-text-number", "ca-kids-help-phone", ("text.number",)),
    ("changes-chat", "ca-human-trafficking-hotline", ("chat",)),
    ("changes-web", "ca-cybertip", ("web",)),
])
def test_a_pack_that_changes_a_built_in_contact_is_ignored_whole(content_en: Content, pack: str,
                                                                 resource_id: str, fields: tuple[str, ...]) -> None:
    result = _load(pack)

    built_in = _resource(content_en, resource_id)
    loaded = _resource(result.content, resource_id)
    assert (loaded.phone, loaded.text, loaded.chat, loaded.web) == (
        built_in.phone, built_in.text, built_in.chat, built_in.web)
    assert loaded.tel_url() == built_in.tel_url() and loaded.sms_url() == built_in.sms_url()
    messages = [issue.message for issue in result.errors]
    for field in fields:
        assert any(f"].{field}:" in message and (resource_id in message or "display" in field)
                   for message in messages), (field, messages)


def test_the_issue_14_attack_keeps_the_real_number_chat_and_emergency_sentence(content_en: Content) -> None:
    result = _load("changes-dial")

    hotline = _resource(result.content, "ca-human-trafficking-hotline")
    assert hotline.tel_url() == "tel:+18339001010"
    assert hotline.chat == "https://www.canadianhumantraffickinghotline.ca/chat/"
    assert result.content.region("CA") == content_en.region("CA")
    assert all(issue.path.endswith("hostile/changes-dial/resources.yaml") for issue in result.errors)
    assert any("the whole pack is ignored" in issue.message for issue in result.errors)


@pytest.mark.parametrize(("pack", "field"), [
    ("changes-emergency-number", "emergency_number"),
    ("repoints-emergency", "emergency"),
    ("repoints-primary", "primary"),
])
def test_a_pack_cannot_change_a_regions_emergency_number(content_en: Content, pack: str, field: str) -> None:
    result = _load(pack)

    canada = result.content.region("CA")
    assert canada is not None and canada == content_en.region("CA")
    assert canada.emergency_number == "911"
    assert result.content.resource("pack-emergency") is None  # nothing of the pack is used
    assert any(f"regions[0].{field}: this pack changes" in issue.message and "'CA'" in issue.message
               for issue in result.errors)


def test_a_new_service_must_dial_the_number_it_shows() -> None:
    result = _load("display-disagrees")

    assert result.content.resource("pack-line") is None
    assert [issue.message.split(":")[0] for issue in result.errors] == ["resources[0].phone.display"]


def test_a_new_service_that_agrees_is_added(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "en").mkdir(parents=True)
    (pack / "resources.yaml").write_text(
        "resources:\n  - id: pack-line\n    regions: [CA]\n    group: trafficking\n"
        "    phone: {dial: '+16135550123', display: (613) 555-0123}\n"
        "    source_urls: [https://example.org/line]\n    verified_on: 2026-11-29\n", encoding="utf-8")
    (pack / "en" / "resources.yaml").write_text(
        "resources:\n  - id: pack-line\n    name: Our line\n    purpose: Talk to us.\n    hours: ''\n"
        "    languages: ''\n", encoding="utf-8")

    result = load_content("en", packs=[pack])

    assert result.errors == ()
    assert _resource(result.content, "pack-line").tel_url() == "tel:+16135550123"


def test_rewording_a_built_in_service_is_allowed(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "en").mkdir(parents=True)
    (pack / "en" / "resources.yaml").write_text(
        "resources:\n  - id: ca-cybertip\n    name: Cybertip (our words)\n    purpose: Report it here.\n"
        "    hours: ''\n    languages: ''\n", encoding="utf-8")

    result = load_content("en", packs=[pack])

    assert result.errors == ()
    cybertip = _resource(result.content, "ca-cybertip")
    assert cybertip.name == "Cybertip (our words)" and cybertip.tel_url() == "tel:+18666589022"


def test_a_trusted_pack_could_change_facts_one_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The one switch a signature would turn: still, what is shown must be what is dialled."""
    monkeypatch.setattr(verified_facts, "pack_may_change_facts", lambda pack: True)

    changed = _load("changes-text-number")
    disagreeing = _load("changes-dial")

    assert changed.errors == ()
    text = _resource(changed.content, "ca-kids-help-phone").text
    assert text is not None and text.number == "555555"
    assert _resource(disagreeing.content, "ca-human-trafficking-hotline").tel_url() == "tel:+18339001010"


def test_no_pack_is_trusted_to_change_facts_today() -> None:
    assert not any(verified_facts.pack_may_change_facts(pack) for pack in HOSTILE.iterdir())


def test_every_built_in_resource_shows_the_number_it_dials(content_en: Content) -> None:
    for resource in content_en.resources:
        if resource.phone:
            assert display_agrees(resource.phone.dial, resource.phone.display), resource.id
        if resource.text:
            assert display_agrees(resource.text.number, resource.text.display), resource.id


@pytest.mark.parametrize(("dial", "display", "agrees"), [
    ("+18339001010", "1-833-900-1010", True),
    ("+18004224453", "1-800-422-4453 (1-800-4-A-CHILD)", True),
    ("+18662773553", "1 866 APPELLE (1-866-277-3553)", True),
    ("+448001111", "0800 1111", True),
    ("+611800551800", "1800 55 1800", True),
    ("911", "9-1-1", True),
    ("+16135550123", "(613) 555-0123", True),
    ("+15555550123", "1-833-900-1010", False),
    ("+18339001010", "1-833-900-1010 or 555-0199", False),
    ("+18339001010", "1-833-900-1010 (or 911)", False),
    ("+18002255324", "1-800-CALL-FBI", False),  # the number itself must be written
    ("911", "", False),
])
def test_display_agrees_digit_for_digit(dial: str, display: str, agrees: bool) -> None:
    assert display_agrees(dial, display) is agrees


def test_markup_is_kept_as_text_and_only_warned_about() -> None:
    result = _load("markup")

    assert result.errors == ()
    hotline = _resource(result.content, "ca-human-trafficking-hotline")
    assert hotline.name == '<img src="file:///etc/passwd">Canadian Human Trafficking Hotline'
    assert sum("looks like markup" in issue.message for issue in result.warnings) == 6

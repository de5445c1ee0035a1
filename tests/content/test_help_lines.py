"""Which lines Get help now shows first, and what it says is missing, for every region and situation."""

from __future__ import annotations

import pytest

from guardian_app.content.help_lines import default_leads, general_target, help_lines
from guardian_app.content.loader import load_content
from guardian_app.content.model import LANGUAGES, REGIONS, Content


@pytest.fixture(scope="module", params=LANGUAGES)
def shipped(request: pytest.FixtureRequest) -> Content:
    return load_content(request.param).content


def _ids(resources: tuple[object, ...]) -> list[str]:
    return [resource.id for resource in resources]  # type: ignore[attr-defined]


def test_with_no_situation_the_default_leads_come_first(shipped: Content) -> None:
    assert _ids(help_lines(shipped, "CA").leads) == ["ca-human-trafficking-hotline", "ca-cybertip"]
    assert _ids(help_lines(shipped, "US").leads) == ["us-ncmec-cybertipline"]
    assert _ids(help_lines(shipped, "GB").leads) == ["uk-nspcc-helpline", "uk-ceop"]
    assert _ids(help_lines(shipped, "AU").leads) == ["au-accce", "au-esafety"]
    assert default_leads(shipped, "XX") == ()


def test_a_situation_puts_its_lines_first_in_every_region(shipped: Content) -> None:
    for situation in shipped.help_situations:
        for region in REGIONS:
            lines = help_lines(shipped, region, situation.id)
            assert lines.situation == situation
            assert _ids(lines.leads) == list(situation.leads_for(region).resources)
            assert lines.leads or lines.fallback
            shown = _ids(lines.leads) + [res.id for group in lines.groups for res in group.resources]
            assert sorted(shown) == sorted(_ids(shipped.resources_for(region))), (situation.id, region)


def test_missing_kinds_of_line_are_said_plainly(shipped: Content) -> None:
    def missing(region: str) -> set[str]:
        return {group.group.id for group in help_lines(shipped, region).groups if group.missing}

    def part_only(region: str) -> set[str]:
        return {group.group.id for group in help_lines(shipped, region).groups if group.part_of_region_only}

    assert missing("US") == {"trafficking", "parent-support"}
    assert missing("AU") == {"trafficking", "parent-support"}
    assert missing("GB") == set() and missing("CA") == set()
    assert part_only("CA") == {"parent-support"}


def test_a_general_link_never_lands_on_a_quebec_only_line(shipped: Content) -> None:
    assert general_target(shipped, "CA", "parent-support") is None
    crisis = general_target(shipped, "CA", "crisis")
    assert crisis is not None and crisis.id == "ca-988"
    for region in REGIONS:
        for group in shipped.groups:
            target = general_target(shipped, region, group.id)
            assert target is None or not target.subregion

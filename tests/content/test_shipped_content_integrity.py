"""The content Guardian ships: it loads without errors, ids are unique and every reference resolves."""

from __future__ import annotations

import pytest

from guardian_app.content.loader import LoadResult, load_content
from guardian_app.content.model import LEVELS, REGIONS, Content
from guardian_app.paths import content_dir


@pytest.fixture(scope="module")
def shipped() -> LoadResult:
    return load_content("en")


def test_shipped_english_has_no_errors(shipped: LoadResult) -> None:
    assert [str(issue) for issue in shipped.errors] == []


def test_shipped_french_has_no_errors() -> None:
    result = load_content("fr")
    assert [str(issue) for issue in result.errors] == []


def test_shipped_content_is_found(shipped: LoadResult) -> None:
    assert (content_dir() / "resources.yaml").is_file()
    content = shipped.content
    assert content.stages and content.signs and content.starters and content.guides and content.resources
    assert {level.id for level in content.levels} == set(LEVELS)
    assert {region.id for region in content.regions} == set(REGIONS)


def test_ids_are_unique(shipped: LoadResult) -> None:
    content = shipped.content
    for kind in ("sections", "stages", "levels", "categories", "signs", "age_bands", "situations", "starters",
                 "phrases", "guides", "groups", "regions", "resources"):
        ids = [item.id for item in getattr(content, kind)]
        assert len(ids) == len(set(ids)), kind
    for guide in content.guides:
        step_ids = [step.id for step in guide.steps]
        assert len(step_ids) == len(set(step_ids)), guide.id


def _assert_references_resolve(content: Content) -> None:
    for sign in content.signs:
        assert content.category(sign.category), sign.id
        assert content.level(sign.level), sign.id
        assert all(content.stage(stage) for stage in sign.stages), sign.id
        assert all(content.situation(situation) for situation in sign.situations), sign.id
        assert all(content.guide(guide) for guide in sign.guides), sign.id
        assert all(content.group(group) for group in sign.help_groups), sign.id
    for starter in content.starters:
        assert content.situation(starter.situation), starter.id
        assert all(content.age_band(band) for band in starter.age_bands), starter.id
    for guide in content.guides:
        for step in guide.steps:
            assert all(content.group(group) for group in step.help_groups), (guide.id, step.id)
    for resource in content.resources:
        assert content.group(resource.group), resource.id
        assert all(content.region(region) for region in resource.regions), resource.id
        assert resource.source_urls and all(url.startswith("https://") for url in resource.source_urls)
    for region in content.regions:
        emergency = content.resource(region.emergency)
        primary = content.resource(region.primary)
        assert emergency is not None and region.id in emergency.regions, region.id
        assert primary is not None and region.id in primary.regions, region.id


def test_every_reference_resolves(shipped: LoadResult) -> None:
    _assert_references_resolve(shipped.content)


def test_every_region_has_its_resources(shipped: LoadResult) -> None:
    for region in REGIONS:
        assert shipped.content.resources_for(region), region

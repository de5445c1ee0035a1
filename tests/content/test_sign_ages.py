"""Signs by age: the bands a sign fits and a level that may differ by age, checked by the validator.

Fixture cases assert the ``path:line:col: message`` a counselor would see; the shipped content is checked
for what a parent of a young child must not read, and for ``plans-to-meet`` agreeing with the 16-18 starter.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guardian_app.content.ages import at_age, signs_for_age
from guardian_app.content.checklist import summarize
from guardian_app.content.loader import load_content
from guardian_app.content.model import AGE_BANDS, Content, Sign

SIGN = """signs:
  - id: meets-up
    category: secrecy
    label: Plans to meet someone
    why: It can be risky.
    stages: [secrecy]
    level: urgent
{extra}"""


@pytest.fixture
def tree(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(data_dir / "valid", tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return Path("content")


def _load_with_sign(tree: Path, extra: str) -> tuple[list[str], Sign | None]:
    (tree / "en" / "zz.yaml").write_text(SIGN.format(extra=extra), encoding="utf-8")
    result = load_content("en", base_dir=tree)
    return [str(issue) for issue in result.issues], result.content.sign("meets-up")


def test_ages_and_a_level_by_age_load_into_the_sign(tree: Path) -> None:
    messages, sign = _load_with_sign(tree, "    ages: ['6-9', '10-12']\n    level_by_age: {'10-12': concern}\n")
    assert messages == []
    assert sign is not None and sign.ages == ("6-9", "10-12")
    assert sign.level_by_age == (("10-12", "concern"),)
    assert (sign.level_for("6-9"), sign.level_for("10-12"), sign.level_for(None)) == ("urgent", "concern", "urgent")
    assert sign.fits_age("6-9") and sign.fits_age(None) and not sign.fits_age("16-18")


def test_a_sign_without_ages_fits_every_age(tree: Path) -> None:
    messages, sign = _load_with_sign(tree, "")
    assert messages == [] and sign is not None
    assert all(sign.fits_age(band) and sign.level_for(band) == "urgent" for band in AGE_BANDS)


def test_an_age_band_that_is_not_one_of_the_four_is_refused_where_written(tree: Path) -> None:
    messages, sign = _load_with_sign(tree, "    ages: ['6-9', '5-9']\n")
    assert sign is None
    assert messages == ["content/en/zz.yaml:8:19: signs[0].ages[1]: '5-9' is not one of 6-9, 10-12, 13-15,"
                        " 16-18"]


def test_a_level_for_an_unknown_band_or_an_unknown_level_is_refused(tree: Path) -> None:
    messages, sign = _load_with_sign(tree, "    level_by_age: {'17-18': concern, '6-9': calm}\n")
    assert sign is None
    assert messages == [
        "content/en/zz.yaml:8:20: signs[0].level_by_age: unknown field '17-18' (did you mean '16-18'?)",
        "content/en/zz.yaml:8:45: signs[0].level_by_age.6-9: 'calm' is not one of watch, concern, urgent",
    ]


def test_a_level_for_a_band_the_sign_leaves_out_is_refused_at_that_field(tree: Path) -> None:
    messages, sign = _load_with_sign(tree, "    ages: ['6-9']\n    level_by_age: {'10-12': concern}\n")
    assert sign is None
    assert messages == ["content/en/zz.yaml:9:5: signs[0].level_by_age: a level is given for ages 10-12, but"
                        " 'ages' leaves them out (the sign fits 6-9)"]


def test_a_band_the_content_does_not_define_is_a_broken_reference(tree: Path) -> None:
    # The fixture's starters define only 6-9 and 10-12.
    messages, sign = _load_with_sign(tree, "    ages: ['13-15']\n")
    assert sign is None
    assert messages == ["content/en/zz.yaml:8:12: signs[0].ages[0]: unknown age band '13-15'"]


# --- the shipped content ------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["en", "fr"])
def shipped(request: pytest.FixtureRequest) -> Content:
    result = load_content(request.param)
    assert result.errors == ()
    return result.content


def test_every_band_a_sign_names_is_a_starter_band(shipped: Content) -> None:
    starter_bands = {band for starter in shipped.starters for band in starter.age_bands}
    assert starter_bands == set(AGE_BANDS) == {band.id for band in shipped.age_bands}
    for sign in shipped.signs:
        assert set(sign.ages) <= starter_bands, sign.id
        assert {band for band, _ in sign.level_by_age} <= set(sign.ages or AGE_BANDS), sign.id


def test_a_young_child_s_parent_does_not_read_about_hotels_or_tattoos(shipped: Content) -> None:
    for sign_id in ("hotel-visits", "tattoo-or-branding", "new-manager", "older-partner", "second-phone"):
        sign = shipped.sign(sign_id)
        assert sign is not None and not sign.fits_age("6-9"), sign_id
        assert sign.fits_age("16-18"), sign_id
    # Whatever the age, the signs that a child is in danger or being threatened stay.
    for sign in shipped.signs:
        if sign.stages == ("blackmail",) or sign.id in ("talks-of-self-harm", "runs-away", "asked-for-nudes"):
            assert all(sign.fits_age(band) for band in AGE_BANDS), sign.id
    young = [sign for sign in shipped.signs if sign.fits_age("6-9")]
    assert 30 <= len(young) < len(shipped.signs)


def test_plans_to_meet_agrees_with_the_16_18_starter(shipped: Content) -> None:
    sign = shipped.sign("plans-to-meet")
    starter = shipped.starter("new-friends-meeting-up")
    assert sign is not None and starter is not None
    assert starter.age_bands == ("16-18",)
    # Urgent for a child; for an older teen the starter plans a safe meeting, and so does the sign's level...
    assert [sign.level_for(band) for band in AGE_BANDS] == ["urgent", "urgent", "urgent", "concern"]
    # ...while both say when to step in at once.
    plan, adult = ("safety plan", "adult") if shipped.language == "en" else ("plan de sécurité", "adulte")
    for text in (sign.why, starter.if_they_tell_you):
        assert plan in text and adult in text, text


def test_the_content_at_an_age_reads_each_sign_at_that_age(shipped: Content) -> None:
    older = at_age(shipped, "16-18")
    meet = older.sign("plans-to-meet")
    assert meet is not None and meet.level == "concern"
    assert at_age(shipped, "6-9") is shipped and at_age(shipped, None) is shipped
    assert [sign.id for sign in older.signs] == [sign.id for sign in shipped.signs]  # nothing left out
    # What is worked out from levels follows the age: plans-to-meet alone is urgent for a child only.
    assert [sign.id for sign in summarize(shipped, ["plans-to-meet"]).urgent] == ["plans-to-meet"]
    assert summarize(older, ["plans-to-meet"]).urgent == ()
    young = signs_for_age(shipped, "6-9")
    assert all(sign.fits_age("6-9") for sign in young)
    assert signs_for_age(shipped, None) == shipped.signs

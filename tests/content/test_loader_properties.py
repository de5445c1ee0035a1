"""Property tests: whatever text a content file holds, loading it gives content or issues, never a crash.

"Never a crash" is checked strictly: the loader turns unexpected exceptions into an "internal error" issue so
the app still opens, so such an issue counts as a failure here too.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardian_app.content.loader import LoadResult, load_content
from guardian_app.content.yaml_reader import parse_yaml_text

# Every code point, surrogates included: text from a broken editor or a bad copy-paste can hold anything.
ANY_TEXT = st.text(alphabet=st.characters(codec=None, categories=None), max_size=300)
YAMLISH_WORDS = st.sampled_from(["id", "signs", "stages", "phrases", "avoid", "instead", "no", "yes", "911",
                                 "'6-9'", "[", "]", "{", "}", ":", "- ", "&a", "*a", "!!str", "~", "\n", "  ",
                                 "#", "---", "\t", "\r\n", "\ufeff", "é", "\x00"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20),
                    st.dates())
KEYS = st.sampled_from(["id", "signs", "phrases", "avoid", "instead", "stages", "level", "x"])
TREES = st.recursive(
    SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(KEYS, children, max_size=4)),
    max_leaves=20,
)


def _load_text_as_file(data: bytes, language_file: bool = True) -> LoadResult:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "en").mkdir()
        (root / ("en/zz.yaml" if language_file else "resources.yaml")).write_bytes(data)
        result = load_content("en", base_dir=root)  # never raises, whatever the bytes
    assert isinstance(result, LoadResult)
    for issue in result.issues:
        assert "internal error" not in issue.message, str(issue)
        assert issue.line >= 1 and issue.column >= 1
    return result


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_any_text_gives_content_or_issues(text: str) -> None:
    _load_text_as_file(text.encode("utf-8", errors="surrogatepass"))
    node, issues = parse_yaml_text(text, "zz.yaml")
    assert (node is None) == bool(issues)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(YAMLISH_WORDS, max_size=60), st.booleans())
def test_yaml_looking_noise_gives_content_or_issues(words: list[str], facts_file: bool) -> None:
    _load_text_as_file("".join(words).encode("utf-8"), language_file=not facts_file)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TREES, st.booleans())
def test_any_dumped_tree_gives_content_or_issues(tree: object, facts_file: bool) -> None:
    text = yaml.safe_dump(tree, allow_unicode=True)
    _load_text_as_file(text.encode("utf-8"), language_file=not facts_file)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["id", "avoid", "instead", "extra"]), min_size=0, max_size=5),
       st.sampled_from(["'no'", "no", "911", "'911'", "''", "[]", "{}", "~", "text", "2026-01-01"]))
def test_phrase_items_are_kept_only_when_valid(fields: list[str], value: str) -> None:
    lines = ["phrases:", "  - id: p"] + [f"    {name}: {value}" for name in fields if name != "id"]
    result = _load_text_as_file(("\n".join(lines) + "\n").encode("utf-8"))
    kept = [phrase for phrase in result.content.phrases if phrase.id == "p"]
    expected_valid = (set(fields) >= {"avoid", "instead"} and "extra" not in fields
                      and len(set(fields) - {"id"}) == len([name for name in fields if name != "id"])
                      and value in ("'no'", "'911'", "text"))
    assert bool(kept) == expected_valid
    if kept:
        assert isinstance(kept[0].avoid, str) and kept[0].avoid == value.strip("'")

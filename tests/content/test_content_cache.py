"""The precompiled built-in content: committed fresh, equal to what the loader makes, ignored when stale.

When this fails after a content change, run ``python -m guardian_app.content.cache build`` and commit the
files under ``guardian_app/_content_cache/``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guardian_app.content import cache
from guardian_app.content.loader import load_content
from guardian_app.content.model import LANGUAGES
from guardian_app.paths import content_dir


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_cache_is_fresh(language: str, tmp_path: Path) -> None:
    cache.build(cache_dir=tmp_path)
    committed = cache.cache_path(language).read_bytes()
    assert committed == cache.cache_path(language, tmp_path).read_bytes(), (
        "guardian_app/_content_cache is stale: run `python -m guardian_app.content.cache build`, commit it")


@pytest.mark.parametrize("language", LANGUAGES)
def test_cached_content_equals_the_loaded_content(language: str) -> None:
    cached = cache.load_builtin(language)
    result = load_content(language)
    assert not result.issues
    assert cached is not None
    assert cached == result.content
    assert cached.sign(result.content.signs[0].id) == result.content.signs[0]  # the indexes are rebuilt too


def test_a_changed_content_file_makes_the_cache_stale(tmp_path: Path) -> None:
    copy = tmp_path / "content"
    shutil.copytree(content_dir(), copy)
    assert cache.load_builtin("en", content_dir=copy) is not None
    signs = copy / "en" / "signs.yaml"
    signs.write_bytes(signs.read_bytes() + b"\n# edited\n")
    assert cache.load_builtin("en", content_dir=copy) is None


def test_a_new_content_file_makes_the_cache_stale(tmp_path: Path) -> None:
    copy = tmp_path / "content"
    shutil.copytree(content_dir(), copy)
    (copy / "fr" / "extra.yaml").write_text("sections: []\n", encoding="utf-8")
    assert cache.load_builtin("en", content_dir=copy) is not None  # English does not read fr/
    assert cache.load_builtin("fr", content_dir=copy) is None


def test_a_missing_or_broken_cache_is_ignored(tmp_path: Path) -> None:
    assert cache.load_builtin("en", cache_dir=tmp_path) is None
    cache.cache_path("en", tmp_path).write_bytes(b"not marshal data")
    assert cache.load_builtin("en", cache_dir=tmp_path) is None


def test_the_app_uses_the_loader_for_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from guardian_app.app import content_loader

    monkeypatch.setattr(cache, "load_builtin", lambda language: pytest.fail("the cache must not serve packs"))
    content, _issues = content_loader([tmp_path / "missing-pack"])("en")
    assert content == load_content("en").content

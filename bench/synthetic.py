"""Synthetic content for benchmarks: the shipped content, every list repeated N times with fresh ids."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from guardian_app.paths import content_dir

# Fixed vocabularies: repeating them would only produce invalid ids, not more content.
FIXED_KEYS = {"regions", "levels", "groups", "age_bands"}


def _repeat(items: list[dict[str, object]], times: int, first: int = 0) -> list[dict[str, object]]:
    out = []
    for copy in range(first, first + times):
        for item in items:
            clone = dict(item)
            if copy:
                clone["id"] = f"{item['id']}-x{copy}"
            out.append(clone)
    return out


class _NoAliasDumper(yaml.CSafeDumper):
    """Writes shared values out in full: content files may not use anchors."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _grow_file(source: Path, target: Path, times: int, copies_per_file: int = 10) -> None:
    """Write ``times`` copies of ``source``'s lists, split so that no file passes the 2 MB cap."""
    data = yaml.load(source.read_text(encoding="utf-8-sig"), Loader=yaml.CSafeLoader) or {}
    for part, first in enumerate(range(0, times, copies_per_file)):
        count = min(copies_per_file, times - first)
        grown = {}
        for key, value in data.items():
            if key in FIXED_KEYS or not isinstance(value, list):
                if part == 0:
                    grown[key] = value
                continue
            grown[key] = _repeat(value, count, first)
        name = target.name if part == 0 else f"{target.stem}-part{part}.yaml"
        (target.parent / name).write_text(
            yaml.dump(grown, Dumper=_NoAliasDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")


def make_content(target: Path, times: int, languages: tuple[str, ...] = ("en",)) -> Path:
    """Write a content folder ``times`` as large as the shipped one into ``target``; returns ``target``."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    source = content_dir()
    # The loader reads one facts file at the top; it stays under the cap even at 100x.
    _grow_file(source / "resources.yaml", target / "resources.yaml", times, copies_per_file=times)
    for language in languages:
        (target / language).mkdir()
        for path in sorted((source / language).glob("*.yaml")):
            _grow_file(path, target / language / path.name, times)
    return target

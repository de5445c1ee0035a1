"""A precompiled copy of the BUILT-IN content, shipped in the package, so start-up skips YAML and validation.

``python -m guardian_app.content.cache build`` loads the built-in content with the full loader (read,
validate, merge, check references) and writes, per language, ``guardian_app/_content_cache/<lang>.marshal``:
the model objects flattened to tuples of str, int, bool and None (``marshal``, never ``pickle``: loading it
cannot run code). Each file starts with a key: a hash of the bytes of every built-in file that language reads.

At start-up :func:`load_builtin` hashes those files again (~120 KB, about a millisecond); when the key
matches it rebuilds the :class:`~guardian_app.content.model.Content` from the tuples, without importing YAML,
the reader, the validator or the spec. Any mismatch, a missing or unreadable cache, content packs, or content
with problems go through :func:`guardian_app.content.loader.load_content` as before. ``guardian-app validate``
always validates the YAML itself. ``tests/content/test_content_cache.py`` fails when the committed cache is
stale.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import sys
from pathlib import Path
from typing import Any

from guardian_app.content import model, practice_model, situations_model
from guardian_app.content.model import Content

try:  # hashlib would load OpenSSL (~4 ms); blake2b is built in
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Python builds
    from hashlib import blake2b

# Bump when the layout below changes; part of the key, so old caches are simply ignored.
FORMAT_VERSION = 2
CACHE_DIR = Path(__file__).resolve().parent.parent / "_content_cache"
REFERENCE_LANGUAGE = "en"
_NEUTRAL_FILE = "resources.yaml"
# Content's fields in order, with each one's model class (Content(language, *kinds)).
_KINDS = model.CONTENT_KINDS


def cache_path(language: str, cache_dir: Path | None = None) -> Path:
    return (cache_dir or CACHE_DIR) / f"{language}.marshal"


def _content_files(content_dir: Path, language: str) -> list[Path]:
    """Every file the loader may read for ``language``: resources.yaml, then en/ and the language's folder."""
    files = [content_dir / _NEUTRAL_FILE]
    for folder_name in dict.fromkeys((REFERENCE_LANGUAGE, language)):
        folder = content_dir / folder_name
        try:
            names = sorted(name for name in os.listdir(folder) if name.endswith(".yaml"))
        except OSError:
            continue
        files += [folder / name for name in names]
    return files


def content_key(content_dir: Path, language: str) -> str:
    """A hash of the names and bytes of the built-in files for ``language`` (line endings normalised)."""
    digest = blake2b(digest_size=20)
    digest.update(f"guardian-content-cache {FORMAT_VERSION} {language}\n".encode())
    for path in _content_files(content_dir, language):
        data = path.read_bytes()  # a missing file raises OSError: no cache
        name = f"{path.parent.name}/{path.name}" if path.parent != content_dir else path.name
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data.replace(b"\r\n", b"\n"))
    return digest.hexdigest()


# --- flattening the model to plain tuples and back --------------------------------------------------------


def _flatten(kind: str, item: Any) -> tuple[Any, ...]:
    values = list(item.__dict__.values())  # frozen dataclasses without slots: fields in declaration order
    if kind == "guides":
        values[3] = tuple(tuple(step.__dict__.values()) for step in item.steps)
    elif kind == "resources":
        values[8] = item.verified_on.toordinal()
        values[9] = None if item.phone is None else tuple(item.phone.__dict__.values())
        values[10] = None if item.text is None else tuple(item.text.__dict__.values())
    elif kind == "help_situations":
        values[3] = tuple(tuple(step.__dict__.values()) for step in item.steps)
        values[4] = tuple(tuple(leads.__dict__.values()) for leads in item.leads)
    elif kind == "scenarios":
        values[4] = tuple((*tuple(node.__dict__.values())[:2],
                           tuple(tuple(reply.__dict__.values()) for reply in node.replies),
                           *tuple(node.__dict__.values())[3:]) for node in item.nodes)
    return tuple(values)


def _unflatten(kind: str, cls: type, values: tuple[Any, ...]) -> Any:
    if kind == "guides":
        values = (*values[:3], tuple(model.GuideStep(*step) for step in values[3]), *values[4:])
    elif kind == "resources":
        phone, text = values[9], values[10]
        values = (*values[:8], dt.date.fromordinal(values[8]),
                  None if phone is None else model.Phone(*phone),
                  None if text is None else model.TextLine(*text), *values[11:])
    elif kind == "help_situations":
        values = (*values[:3], tuple(situations_model.SituationStep(*step) for step in values[3]),
                  tuple(situations_model.RegionLeads(*leads) for leads in values[4]), *values[5:])
    elif kind == "scenarios":
        nodes = tuple(practice_model.ScenarioNode(node[0], node[1],
                                                  tuple(practice_model.ScenarioReply(*reply) for reply in node[2]),
                                                  *node[3:]) for node in values[4])
        values = (*values[:4], nodes, *values[5:])
    return cls(*values)


def encode(content: Content) -> tuple[Any, ...]:
    return tuple(tuple(_flatten(kind, item) for item in getattr(content, kind)) for kind, _ in _KINDS)


def decode(language: str, data: tuple[Any, ...]) -> Content:
    kinds = [tuple(_unflatten(kind, cls, values) for values in items)
             for (kind, cls), items in zip(_KINDS, data, strict=True)]
    return Content(language, *kinds)  # type: ignore[arg-type]


# --- reading and writing ----------------------------------------------------------------------------------


def load_builtin(language: str, content_dir: Path | None = None,
                 cache_dir: Path | None = None) -> Content | None:
    """The built-in content in ``language`` from the shipped cache, or None when it is missing or stale."""
    try:
        if content_dir is None:
            from guardian_app.paths import content_dir as builtin_dir

            content_dir = builtin_dir()
        raw = cache_path(language, cache_dir).read_bytes()
        stored_key, data = marshal.loads(raw)
        if stored_key != content_key(content_dir, language) or data is None:
            return None
        return decode(language, data)
    except Exception:  # a bad cache only means the full loader runs
        return None


def build(cache_dir: Path | None = None, content_dir: Path | None = None) -> list[Path]:
    """Write the cache of every language from the validated built-in content; returns the files written.

    A language whose content has any problem (error or warning) is written without data, so the full loader,
    which reports those problems, keeps running for it.
    """
    from guardian_app.content.loader import load_content
    from guardian_app.paths import content_dir as builtin_dir

    content_dir = content_dir or builtin_dir()
    cache_dir = cache_dir or CACHE_DIR
    cache_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in model.LANGUAGES:
        result = load_content(language, base_dir=content_dir)
        data = encode(result.content) if not result.issues else None
        if data is not None and decode(language, data) != result.content:
            raise RuntimeError(f"the {language} content does not survive the cache round trip")
        path = cache_path(language, cache_dir)
        path.write_bytes(marshal.dumps((content_key(content_dir, language), data)))
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    if argv != ["build"]:
        print("usage: python -m guardian_app.content.cache build", file=sys.stderr)
        return 2
    for path in build():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""``guardian-app validate``: check the built-in content, or organisations' packs over it, without Qt.

Prints every problem as ``path:line:col: message`` (the form editors and CI understand) on ``out``, a one-line
summary, and returns 0 (valid, maybe with warnings), 1 (errors) or 2 (usage error, e.g. a folder that does
not exist). It never shows a traceback: an unexpected failure becomes one more error line. Every name and value
from a pack is printed through :func:`~guardian_app.content.safe_text.printable`, so no file name can start a
line of its own or send a terminal escape code.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from guardian_app.content.loader import _inside, load_content
from guardian_app.content.model import LANGUAGES, Content, ContentIssue
from guardian_app.content.safe_text import printable
from guardian_app.content.yaml_reader import display_path

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


def _internal_error(target: str, error: BaseException) -> ContentIssue:
    return ContentIssue(target, 1, 1, f"internal error while validating ({type(error).__name__}: {error});"
                                      " please report this")


def _counts(content: Content) -> str:
    parts = [("stages", content.stages), ("signs", content.signs), ("starters", content.starters),
             ("guides", content.guides), ("resources", content.resources)]
    return ", ".join(f"{len(items)} {name}" for name, items in parts)


def _check(target: str, pack: Path | None, strict: bool) -> tuple[list[ContentIssue], Content | None]:
    """Every issue for one folder, all languages; for a pack, only the issues located inside it."""
    issues: list[ContentIssue] = []
    english: Content | None = None
    for language in LANGUAGES:
        try:
            result = load_content(language, packs=(pack,) if pack else (), strict_languages=strict)
        except Exception as error:  # load_content should never raise; if it does, say so plainly
            issues.append(_internal_error(target, error))
            continue
        issues.extend(issue for issue in result.issues if pack is None or _inside(issue.path, pack))
        if language == "en":
            english = result.content
    return list(dict.fromkeys(issues)), english


def run_validate(dirs: Sequence[Path], out: TextIO, err: TextIO, *, strict: bool = False) -> int:
    """Validate the built-in content (no ``dirs``) or each folder in ``dirs`` as a pack over it.

    The built-in content must be complete in every language, so a missing translation there is always an
    error; a pack may add English-only items (the app shows English) unless ``strict`` is set.
    """
    missing = [folder for folder in dirs if not Path(folder).is_dir()]
    if missing:
        for folder in missing:
            err.write(f"guardian-app validate: {printable(str(folder))}: no such folder\n")
        return EXIT_USAGE
    targets: list[tuple[str, Path | None]] = [(display_path(Path(folder)), Path(folder)) for folder in dirs]
    if not targets:
        from guardian_app.paths import content_dir

        targets = [(display_path(content_dir()), None)]
    total_errors = total_warnings = 0
    for shown, pack in targets:
        try:
            issues, english = _check(shown, pack, strict or pack is None)
        except Exception as error:
            issues = [_internal_error(shown, error)]
            english = None
        errors = sum(1 for issue in issues if issue.severity == "error")
        warnings = len(issues) - errors
        for issue in issues:
            out.write(f"{issue}\n")
        total_errors += errors
        total_warnings += warnings
        if not errors:
            summary = _counts(english) if english is not None else "no content"
            noun = "pack" if pack is not None else "content"
            note = f", {warnings} warning(s)" if warnings else ""
            out.write(f"{printable(shown)}: valid {noun} ({summary}{note})\n")
    if total_errors:
        err.write(f"{total_errors} error(s), {total_warnings} warning(s): the content is not valid\n")
        return EXIT_INVALID
    return EXIT_OK

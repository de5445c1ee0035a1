"""The ``guardian-app`` command: the GUI by default, plus ``validate``, ``schema`` and ``screenshots``.

Sub-commands that need no window (``validate``, ``schema``) never import Qt, so they work on any server.
Opening the window with only GUI options (what the desktop shortcut does) skips argparse, which with its
gettext, locale and help-formatter imports costs ~40 ms of start-up; anything else goes through argparse.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from guardian_app import __version__

if TYPE_CHECKING:
    import argparse

REGION_CHOICES = ("CA", "US", "GB", "AU")
LOCALE_CHOICES = ("en", "fr")


class GuiOptions(NamedTuple):
    content: list[Path]
    locale: str | None
    region: str | None


def _fast_gui_options(argv: Sequence[str]) -> GuiOptions | None:
    """The GUI options when ``argv`` holds nothing else (well-formed), else None: argparse then decides."""
    content: list[Path] = []
    values: dict[str, str] = {}
    choices = {"--locale": LOCALE_CHOICES, "--region": REGION_CHOICES}
    args = list(argv)
    while args:
        name, has_value, value = args.pop(0).partition("=")
        if name not in ("--content", "--locale", "--region"):
            return None
        if not has_value:
            if not args or args[0].startswith("-"):
                return None
            value = args.pop(0)
        if name == "--content":
            if not value:
                return None
            content.append(Path(value))
        elif value not in choices[name]:
            return None
        else:
            values[name] = value
    return GuiOptions(content, values.get("--locale"), values.get("--region"))


def _add_gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", metavar="DIR", action="append", type=Path, default=[],
                        help="add an organisation's content pack over the built-in content (repeatable)")
    parser.add_argument("--locale", choices=LOCALE_CHOICES, default=None,
                        help="language of the app (default: the system language)")
    parser.add_argument("--region", choices=REGION_CHOICES, default=None,
                        help="region for help lines (default: from the system locale, else CA)")


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="guardian-app",
        description="Guardian: recognise online luring and sextortion, talk with your child, reach help.",
    )
    parser.add_argument("--version", action="version", version=f"Guardian {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="load the content, build every page offscreen, and exit 0 if all is well")
    _add_gui_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate",
                                   help="check content folders; print every error as path:line:col")
    validate.add_argument("dirs", nargs="*", type=Path, metavar="DIR",
                          help="content folders (default: the built-in content)")
    validate.add_argument("--strict", action="store_true",
                          help="in a pack, a missing translation is an error (always so for built-in content)")

    commands.add_parser("schema", help="print the JSON Schema of the content format")

    shots = commands.add_parser("screenshots", help="render every page to PNG files in DIR")
    shots.add_argument("out_dir", type=Path, metavar="DIR")
    _add_gui_options(shots)
    return parser


def _never_fail_to_print() -> None:
    """A terminal that cannot show a character gets an escape instead of a traceback (e.g. LANG=C)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``guardian-app``; returns the process exit code (0 ok, 1 failure, 2 usage error)."""
    gui = _fast_gui_options(sys.argv[1:] if argv is None else argv)
    if gui is not None:
        # Start-up makes only objects that live as long as the app (Qt's Python enums, the content, the
        # widgets): the cyclic collector would walk them again and again for nothing (~3% of start-up).
        # run_gui turns it back on once the window is up.
        gc.disable()
        from guardian_app.app import run_gui

        return run_gui(packs=gui.content, locale=gui.locale, region=gui.region)
    args = build_parser().parse_args(argv)
    if args.command == "validate":
        from guardian_app.content.validate_cli import run_validate

        _never_fail_to_print()

        return run_validate(args.dirs, out=sys.stdout, err=sys.stderr, strict=args.strict)
    if args.command == "schema":
        import json

        from guardian_app.content.schema import json_schema

        json.dump(json_schema(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if args.command == "screenshots":
        from guardian_app.ui.screenshots import render_screenshots

        return render_screenshots(args.out_dir, locale=args.locale, region=args.region, packs=args.content)
    from guardian_app.app import run_gui, self_test

    if args.self_test:
        return self_test(packs=args.content, locale=args.locale, region=args.region)
    return run_gui(packs=args.content, locale=args.locale, region=args.region)


def gui_main() -> int:
    """Entry point of the ``guardian`` GUI script (desktop shortcuts)."""
    return main()


if __name__ == "__main__":
    sys.exit(main())

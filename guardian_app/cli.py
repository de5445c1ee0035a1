"""The ``guardian-app`` command: the GUI by default, plus ``validate``, ``schema`` and ``screenshots``.

Sub-commands that need no window (``validate``, ``schema``) never import Qt, so they work on any server.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from guardian_app import __version__

REGION_CHOICES = ("CA", "US", "GB", "AU")
LOCALE_CHOICES = ("en", "fr")


def _add_gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", metavar="DIR", action="append", type=Path, default=[],
                        help="add an organisation's content pack over the built-in content (repeatable)")
    parser.add_argument("--locale", choices=LOCALE_CHOICES, default=None,
                        help="language of the app (default: the system language)")
    parser.add_argument("--region", choices=REGION_CHOICES, default=None,
                        help="region for help lines (default: from the system locale, else CA)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guardian-app",
        description="Guardian: recognise online luring and sextortion, talk with your child, reach help.",
    )
    parser.add_argument("--version", action="version", version=f"Guardian {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="load the content, build every page offscreen, and exit 0 if all is well")
    _add_gui_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check content folders; print every error as path:line:col")
    validate.add_argument("dirs", nargs="*", type=Path, metavar="DIR",
                          help="content folders (default: the built-in content)")
    validate.add_argument("--strict", action="store_true",
                          help="treat a missing translation as an error instead of a warning")

    commands.add_parser("schema", help="print the JSON Schema of the content format")

    shots = commands.add_parser("screenshots", help="render every page to PNG files in DIR")
    shots.add_argument("out_dir", type=Path, metavar="DIR")
    _add_gui_options(shots)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``guardian-app``; returns the process exit code (0 ok, 1 failure, 2 usage error)."""
    args = build_parser().parse_args(argv)
    if args.command == "validate":
        from guardian_app.content.validate_cli import run_validate

        return run_validate(args.dirs, out=sys.stdout, err=sys.stderr, strict=args.strict)
    if args.command == "schema":
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

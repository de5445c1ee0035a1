"""PyInstaller entry point: the bundled ``guardian`` executable runs the same CLI as ``guardian-app``."""

import sys

from guardian_app.cli import main

if __name__ == "__main__":
    sys.exit(main())

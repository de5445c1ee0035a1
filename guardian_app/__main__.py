"""Entry point for ``python -m guardian_app``."""

import sys

from guardian_app.cli import main

sys.exit(main())

"""Entry point for ``python -m diary``."""

import sys

from diary.cli import main

sys.exit(main())

"""``python -m benchmarks [--runs N] [--quick]``: print the benchmark table."""

import sys

from benchmarks.run import main

sys.exit(main())

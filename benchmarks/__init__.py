"""Performance benchmarks: each figure against its floor, measured in the same run."""

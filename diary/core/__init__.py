"""Qt-free domain: records, validation and the relief rules.

Nothing in this package may import Qt, pyqtgraph or the store; an import-linter
contract (pyproject.toml) and tests/test_layers.py check that.
"""

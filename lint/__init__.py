"""darklint: a dark-pattern linter for mobile UI definitions."""

__version__ = "0.1.0"

"""factlint: a consistency and fact-check linter for news articles."""

__version__ = "0.1.0"

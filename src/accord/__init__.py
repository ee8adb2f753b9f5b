"""accord: track the commitments made in diplomatic documents."""

__version__ = "0.42.0"


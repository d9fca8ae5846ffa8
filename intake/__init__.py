"""Pro'pulse intake: the applications inbox of the Pro'pulse programme."""

__version__ = "0.1.0"

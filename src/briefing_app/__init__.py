"""briefing-app: turn a meeting readout into an annotated, classified briefing note."""

__version__ = "0.1.0"

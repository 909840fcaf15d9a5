"""Bundled data: the built-in sample readout and the example project."""

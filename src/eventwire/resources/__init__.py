"""Loaders for eventwire's shipped data files, one module per kind of file."""

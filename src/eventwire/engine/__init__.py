"""Engines that run the extractor over many documents: on one machine's cores (local)."""

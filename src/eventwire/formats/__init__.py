"""Readers of external formats (CoNLL-U, IOB, PETRARCH, TimeML, brat, the geoparsing XML) for evaluate and training."""

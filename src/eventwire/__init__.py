"""eventwire: news in, political event data out."""

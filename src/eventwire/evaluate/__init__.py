"""Scoring eventwire against gold sets: one reader per gold format, one scorer per task."""

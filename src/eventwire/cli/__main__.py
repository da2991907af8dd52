"""`python -m eventwire.cli`: the command line."""

from eventwire.cli import main

main()

"""Allow ``python -m readoutdiff``."""

from readoutdiff.cli.entry import main

main()

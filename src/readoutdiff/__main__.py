"""Allow ``python -m readoutdiff``."""

from readoutdiff.cli import main

main()

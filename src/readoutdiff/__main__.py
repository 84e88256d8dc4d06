"""Allow ``python -m readoutdiff``."""

from readoutdiff.entry import main

main()

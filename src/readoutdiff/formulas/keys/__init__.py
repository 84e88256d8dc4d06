"""Formulas told to a reader: a formula named by its words, what kind a change is, how two
wordings differ word by word, and the key changes of a comparison ranked, each with both
wordings quoted and its places. Every view and ``check`` read them; they import no view."""

"""A readout's words: stems with offsets, roles, spans, names, word diffs, wordings compared."""

"""Finding formulas in a readout: wordings matched on stems, then fuzzily; where each stands."""

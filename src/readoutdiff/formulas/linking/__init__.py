"""Formulas only one side has, linked to their rewordings in the other readout."""

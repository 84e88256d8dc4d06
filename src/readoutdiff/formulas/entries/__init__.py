"""The entries of a comparison: each formula's fate, told once, with what was said of it."""

"""Phrases that look fixed though no lexicon has them, and the noise they must not be."""

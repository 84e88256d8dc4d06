"""Text helpers every stage shares and that know no stage: text folded as a caseless regex
compares it, sentences joined and spaced as every view shows them, runs two word
sequences share, text shortened at a word, where a span stands in its readout, and the
check that lets text without wide characters skip the costly patterns."""

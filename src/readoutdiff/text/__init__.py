"""Text helpers every stage shares and that know no stage: text folded as a caseless regex
compares it, sentences joined as every view shows them, runs two word sequences share,
text shortened at a word, and the check that lets text without wide characters skip the
costly patterns. Leaves: they import nothing outside text/ (the data model imports them)."""

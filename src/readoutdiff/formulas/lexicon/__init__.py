"""Formula lexicons, and what is built once from each: entries, matcher, frames, background."""

"""The last linking steps, over sentences the aligner did not pair with each other."""

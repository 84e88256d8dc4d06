"""Formulas in aligned passages: replaced phrases named by the formula they touch, successors."""

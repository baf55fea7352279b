"""Extraction stages: numbers, quantities, commitments, areas, persons, entities, dates."""

"""Benchmarks: every number is a ratio against a reference measured in the same run."""

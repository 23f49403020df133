"""Baselines: the least a program could do for the same job, measured beside our figure."""

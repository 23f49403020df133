"""The performance suite: ``make bench`` (``python -m bench.run``).

Every figure is a median over repeated runs, measured beside a baseline in the same run, and
compared with its budget. One module per benchmark; the baselines live in ``bench/baselines``.
Nothing here is imported by the app: pandas and psutil are a bench-only extra.
"""

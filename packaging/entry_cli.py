"""Frozen entry point of the ``maturity`` command line."""

import multiprocessing
import sys

import frozen_startup  # noqa: F401  (before anything imports matplotlib)

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a merge's reading workers start this executable again
    from assessments.cli import main

    sys.exit(main())

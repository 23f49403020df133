"""Frozen entry point of the ``maturity`` command line."""

import sys

import frozen_startup  # noqa: F401  (before anything imports matplotlib)

if __name__ == "__main__":
    from assessments.cli import main

    sys.exit(main())

"""Fixtures for the packaging tests: the packaging/ helper modules, loaded by path.

packaging/ is not a Python package on purpose (its name would shadow the "packaging"
library), so its modules are loaded from their files, as build.spec does.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_packaging_module(name: str):
    module_name = f"_packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses and the like look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def rules():
    return load_packaging_module("bundle_rules")


@pytest.fixture(scope="session")
def icu_data():
    return load_packaging_module("icu_data")


@pytest.fixture(scope="session")
def version_info():
    return load_packaging_module("version_info")


@pytest.fixture(scope="session")
def bundle_size():
    return load_packaging_module("bundle_size")


@pytest.fixture(scope="session")
def strip_binaries():
    return load_packaging_module("strip_binaries")


@pytest.fixture(scope="session")
def screenshot_hook():
    return load_packaging_module("screenshot_hook")


@pytest.fixture(scope="session")
def startup():
    return load_packaging_module("frozen_startup")

"""Print the project's version for the Windows build scripts: ``0.1.0``, or with ``--four``
the four numbers Windows' version resources want (``0.1.0.0``)."""

import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PACKAGING))

import bundle_rules  # noqa: E402  (packaging/ is not a package: loaded from its folder)
import version_info  # noqa: E402


def main(argv: list[str]) -> int:
    version = bundle_rules.project_version()
    if "--four" in argv:
        version = ".".join(str(n) for n in version_info.version_tuple(version))
    print(version)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

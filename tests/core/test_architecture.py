"""Guards of the architecture (docs/architecture.md): only ``assessments/store/`` runs SQL.

Outside it no module imports sqlite3, calls ``.execute``/``.executemany``/``.executescript``
with a statement, holds an SQL statement in a string, or reaches for a store's connection
(``.db``, ``._conn``). bench/ and tests/ are exempt (they measure and inspect the store).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = ("assessments", "desktop", "tools")
STORE = ROOT / "assessments" / "store"
SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|BEGIN|COMMIT|ROLLBACK|CREATE|ALTER|"
    r"DROP|REPLACE|VACUUM|ATTACH)\b(\s+\S|\s*$|\s*;)"
)
EXECUTE = {"execute", "executemany", "executescript"}
CONNECTION = {"db", "_conn"}


def _modules():
    for top in CHECKED:
        for path in sorted((ROOT / top).rglob("*.py")):
            if STORE not in path.parents:
                yield path


def _is_statement(node: ast.AST) -> bool:
    """A string (plain, f-string or concatenation) that starts like an SQL statement."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(SQL.match(node.value))
    if isinstance(node, ast.JoinedStr):
        first = node.values[0] if node.values else None
        return isinstance(first, ast.Constant) and bool(SQL.match(str(first.value)))
    if isinstance(node, ast.BinOp):
        return _is_statement(node.left) or _is_statement(node.right)
    return False


def violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import) and any(
            a.name.split(".")[0] == "sqlite3" for a in node.names
        ):
            found.append(f"{where}: imports sqlite3")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlite3":
            found.append(f"{where}: imports from sqlite3")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in EXECUTE
            and node.args
            and _is_statement(node.args[0])
        ):
            found.append(f"{where}: runs SQL ({node.func.attr})")
        elif _is_statement(node) and not isinstance(node, ast.BinOp):
            found.append(f"{where}: holds an SQL statement")
        elif (
            isinstance(node, ast.Attribute)
            and node.attr in CONNECTION
            and isinstance(node.ctx, ast.Load)
            and _looks_like_store(node.value)
        ):
            found.append(f"{where}: reaches the store's connection (.{node.attr})")
    return found


def _looks_like_store(node: ast.AST) -> bool:
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
    return "store" in name.lower() or name in ("coordinator", "self")


def test_only_the_store_runs_sql():
    found = [line for path in _modules() for line in violations(path)]
    assert found == [], "SQL outside assessments/store/:\n" + "\n".join(found)


def test_the_guard_sees_each_kind_of_violation(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlite3\n"
        "from sqlite3 import connect\n"
        "store.db.execute('SELECT 1')\n"
        "conn.execute(f'PRAGMA user_version = {v}')\n"
        "QUERY = '''\n    INSERT INTO units (name) VALUES (?)'''\n"
        "self.store._conn.executemany('DELETE FROM answers WHERE id = ?', rows)\n"
        "layout.execute(figure)  # not SQL: matplotlib's layout engine\n"
        "label = 'Select a file'\n",
        encoding="utf-8",
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = violations(sample)
    finally:
        ROOT = saved
    kinds = sorted({line.split(": ", 1)[1] for line in found})
    assert kinds == [
        "holds an SQL statement",
        "imports from sqlite3",
        "imports sqlite3",
        "reaches the store's connection (._conn)",
        "reaches the store's connection (.db)",
        "runs SQL (execute)",
        "runs SQL (executemany)",
    ]
    assert not any(":8:" in line or ":9:" in line for line in found)


# ---- function length -------------------------------------------------------------------------
# A function longer than a screen hides more than one job; the limit is the customer's.
LONGEST = 80
SIZED = ("assessments", "desktop")


def long_functions(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            if length > LONGEST:
                found.append(
                    f"{path.relative_to(root)}:{node.lineno}: {node.name} has {length} lines"
                )
    return found


def test_no_function_passes_80_lines():
    found = [
        line
        for top in SIZED
        for path in sorted((ROOT / top).rglob("*.py"))
        for line in long_functions(path)
    ]
    assert found == [], f"functions over {LONGEST} lines:\n" + "\n".join(found)


def test_the_length_guard_sees_a_long_function(tmp_path):
    sample = tmp_path / "sample.py"
    body = "".join(f"    x{i} = {i}\n" for i in range(79))
    sample.write_text(
        f"def fits():\n{body}\n\ndef too_long():\n{body}    x = 1\n    return x\n", encoding="utf-8"
    )
    found = long_functions(sample, tmp_path)
    assert found == ["sample.py:83: too_long has 82 lines"]


# ---- private names ---------------------------------------------------------------------------
# A leading underscore says "only this module relies on it": a module that imports another
# module's private name (or reads ``module._name``) couples to what may change without notice.
# Third-party private names are allowed only with a comment on that line or the one above it
# saying why the library's public API does not serve.
OURS = ("assessments", "desktop", "tools")


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _is_ours(module: str | None, level: int) -> bool:
    return level > 0 or (module or "").split(".")[0] in OURS


def _commented(lines: list[str], lineno: int) -> bool:
    here, above = lines[lineno - 1], lines[lineno - 2] if lineno > 1 else ""
    return "#" in here or above.lstrip().startswith("#")


def private_uses(path: Path, root: Path = ROOT) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    tree = ast.parse(text, filename=str(path))
    modules: set[str] = set()  # local names bound to one of our modules
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {
                (a.asname or a.name.split(".")[0]) for a in node.names if _is_ours(a.name, 0)
            }
        elif isinstance(node, ast.ImportFrom) and _is_ours(node.module, node.level):
            # ``from . import clock`` binds a module; a class or function is not told apart
            # here, which is harmless: only its underscored attributes would be reported.
            modules |= {a.asname or a.name for a in node.names}
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(root)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if not _private(alias.name):
                    continue
                if _is_ours(node.module, node.level):
                    found.append(f"{where}: imports private {alias.name}")
                elif not _commented(lines, node.lineno):
                    found.append(f"{where}: imports private {alias.name} without saying why")
        elif (
            isinstance(node, ast.Attribute)
            and _private(node.attr)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
        ):
            found.append(f"{where}: uses private {node.value.id}.{node.attr}")
    return found


def test_no_module_uses_another_modules_private_name():
    found = [
        line
        for top in OURS
        for path in sorted((ROOT / top).rglob("*.py"))
        for line in private_uses(path)
    ]
    assert found == [], "private names used across modules:\n" + "\n".join(found)


def test_the_private_guard_sees_each_kind(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from .repository import _item_json\n"
        "from assessments.clock import _parse as parse\n"
        "from assessments import clock\n"
        "import desktop.qt as qt\n"
        "from docx.table import _Cell\n"
        "# python-docx has no public cell constructor\n"
        "from docx.table import _Cell as Cell\n"
        "from openpyxl.utils import get_column_letter\n"
        "x = clock._moment(1) + qt._app\n"
        "y = clock.moment(1) + self._cache + argparse._ + clock.__name__\n",
        encoding="utf-8",
    )
    found = private_uses(sample, tmp_path)
    assert sorted(found) == [
        "sample.py:1: imports private _item_json",
        "sample.py:2: imports private _parse",
        "sample.py:5: imports private _Cell without saying why",
        "sample.py:9: uses private clock._moment",
        "sample.py:9: uses private qt._app",
    ]

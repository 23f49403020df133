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
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|BEGIN|COMMIT|ROLLBACK|CREATE|ALTER|"
                 r"DROP|REPLACE|VACUUM|ATTACH)\b(\s+\S|\s*$|\s*;)")
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
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "sqlite3"
                                                for a in node.names):
            found.append(f"{where}: imports sqlite3")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlite3":
            found.append(f"{where}: imports from sqlite3")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in EXECUTE and node.args and _is_statement(node.args[0]):
            found.append(f"{where}: runs SQL ({node.func.attr})")
        elif _is_statement(node) and not isinstance(node, ast.BinOp):
            found.append(f"{where}: holds an SQL statement")
        elif isinstance(node, ast.Attribute) and node.attr in CONNECTION \
                and isinstance(node.ctx, ast.Load) and _looks_like_store(node.value):
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
        "label = 'Select a file'\n", encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = violations(sample)
    finally:
        ROOT = saved
    kinds = sorted({line.split(": ", 1)[1] for line in found})
    assert kinds == ["holds an SQL statement", "imports from sqlite3", "imports sqlite3",
                     "reaches the store's connection (._conn)",
                     "reaches the store's connection (.db)", "runs SQL (execute)",
                     "runs SQL (executemany)"]
    assert not any(":8:" in line or ":9:" in line for line in found)

"""build.spec and its rules, checked without building: the spec runs against stand-ins for
PyInstaller's build classes, which record what it asks for."""

from __future__ import annotations

import ast
import sys
import tomllib
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

UNUSED_QT = (
    "QtQml",
    "QtQuick",
    "QtQuickWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtDesigner",
    "QtHelp",
    "QtNetwork",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtSql",
    "QtTest",
    "QtUiTools",
    "QtXml",
    "QtConcurrent",
    "QtDBus",
    "QtSvgWidgets",
    "QtMultimedia",
    "Qt3DCore",
    "QtWebEngineCore",
)


class Recorded:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps its arguments."""

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs


class FakeAnalysis(Recorded):
    def __init__(self, scripts, **kwargs):
        super().__init__(scripts, **kwargs)
        self.scripts = [("entry", scripts[0], "PYSOURCE")]
        self.pure = []
        self.datas = [
            ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", "/x/DejaVuSans.ttf", "DATA"),
            ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", "/x/STIXGeneral.ttf", "DATA"),
            ("PySide6/Qt/translations/qtbase_tr.qm", "/x/qtbase_tr.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
        ]
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqwayland.so", "/x/libqwayland.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/qwindows.dll", "/x/qwindows.dll", "BINARY"),
        ]


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    """The namespace build.spec leaves behind, run with stand-ins for PyInstaller."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [f"{package}.collected"]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda path, search_paths=None: set()
    fakes = {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.depend": types.ModuleType("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": bindepend,
    }
    saved_modules = {name: sys.modules.get(name) for name in fakes}
    saved_path = list(sys.path)
    sys.modules.update(fakes)
    namespace = {
        "SPECPATH": str(ROOT),
        "workpath": str(tmp_path_factory.mktemp("work")),
        "Analysis": FakeAnalysis,
        "PYZ": Recorded,
        "EXE": Recorded,
        "COLLECT": Recorded,
        "BUNDLE": Recorded,
        "__file__": str(ROOT / "build.spec"),
    }
    try:
        source = (ROOT / "build.spec").read_text(encoding="utf-8")
        exec(compile(source, "build.spec", "exec"), namespace)
    finally:
        sys.path[:] = saved_path
        for name, module in saved_modules.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    return namespace


def test_the_spec_is_python():
    ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))


def test_one_folder_with_a_windowed_app_and_a_console_cli(spec):
    desktop, cli = spec["desktop_exe"].kwargs, spec["cli_exe"].kwargs
    assert (desktop["name"], desktop["console"]) == ("maturity-desktop", False)
    assert (cli["name"], cli["console"]) == ("maturity", True)
    assert desktop["exclude_binaries"] and cli["exclude_binaries"]  # one folder, not one file
    collected = spec["bundle"].args
    assert spec["desktop_exe"] in collected and spec["cli_exe"] in collected
    assert spec["bundle"].kwargs["name"] == "AkilliSehirOlgunluk"
    assert not any(
        part.kwargs.get("upx") for part in (spec["desktop_exe"], spec["cli_exe"], spec["bundle"])
    )
    assert Path(desktop["icon"]).is_file()


def test_excludes_every_unused_qt_module_and_the_dev_tools(spec):
    excludes = set(spec["desktop"].kwargs["excludes"])
    for name in UNUSED_QT:
        assert f"PySide6.{name}" in excludes, name
    for name in (
        "tkinter",
        "pandas",
        "pytest",
        "hypothesis",
        "IPython",
        "setuptools",
        "pip",
        "numpy.random",
        "matplotlib.tests",
        "ssl",
    ):
        assert name in excludes, name
    for name in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"):
        assert name not in excludes, name


def test_keeps_every_qt_module_the_desktop_imports(spec, rules):
    imported = rules.qt_modules_imported_by(ROOT / "desktop" / "qt.py")
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    excludes = set(spec["desktop"].kwargs["excludes"])
    assert not {f"PySide6.{name}" for name in imported} & excludes


def test_the_cli_is_analysed_without_qt(spec):
    excludes = set(spec["cli"].kwargs["excludes"])
    assert {"PySide6", "shiboken6", "desktop"} <= excludes


def test_collects_our_modules_the_lazy_libraries_and_the_resources(spec):
    from assessments.selftest import LIBRARIES

    hidden = spec["desktop"].kwargs["hiddenimports"]
    assert {"assessments.collected", "desktop.collected", *LIBRARIES} <= set(hidden)
    destinations = {dest for _source, dest in spec["desktop"].kwargs["datas"]}
    assert {"resources/questionnaires", "resources/icons"} <= destinations


def test_matplotlib_collects_only_the_backends_the_app_draws_with(spec):
    backends = spec["desktop"].kwargs["hooksconfig"]["matplotlib"]["backends"]
    assert set(backends) == {"QtAgg", "Agg", "PDF", "SVG"}
    assert "QtAgg" not in spec["cli"].kwargs["hooksconfig"]["matplotlib"]["backends"]


def test_the_collected_files_are_pruned(spec):
    kept_binaries = {dest for dest, _, _ in spec["desktop"].binaries}
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in kept_binaries
    assert "PySide6/Qt/plugins/platforms/qwindows.dll" in kept_binaries
    assert "PySide6/Qt/plugins/platforms/libqwayland.so" not in kept_binaries
    kept_datas = {dest for dest, _, _ in spec["desktop"].datas}
    assert kept_datas == {
        "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
        "PySide6/Qt/translations/qtbase_tr.qm",
    }


def test_the_version_comes_from_its_one_source(spec):
    import assessments

    assert spec["VERSION"] == assessments.__version__
    with (ROOT / "pyproject.toml").open("rb") as f:  # pyproject reads it from the package
        setuptools = tomllib.load(f)["tool"]["setuptools"]
    assert setuptools["dynamic"]["version"] == {"attr": "assessments.__version__"}


def test_no_desktop_module_imports_qt_except_through_qt_py(rules):
    """The excludes trust desktop/qt.py to list every Qt module the app uses."""
    offenders = [
        path.name
        for path in sorted((ROOT / "desktop").glob("*.py"))
        if path.name != "qt.py" and rules.qt_modules_imported_by(path)
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/qcocoa.dylib", True),
        ("PySide6\\Qt\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        (
            "PySide6/Qt/qml/QtQuick/libqtquick2plugin.so",
            True,
        ),  # not a plugin folder: excludes handle it
        ("PySide6/Qt/translations/qt_tr.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", False),
        ("PySide6/Qt/translations/qt_help_tr.qm", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/opengl32sw.dll", False),
        ("numpy/random/_generator.cpython-311-x86_64-linux-gnu.so", False),
        ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
        ("matplotlib/mpl-data/sample_data/goog.npz", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSansMono.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf", True),
        ("matplotlib/mpl-data/matplotlibrc", True),
        ("resources/questionnaires/akilli-sehir/questionnaire.toml", True),
    ],
)
def test_keep(rules, dest, kept):
    assert rules.keep(dest) is kept


def test_libraries_nothing_kept_links_to_are_dropped(rules):
    toc = [
        ("numpy/_core/_umath.so", "/s/_umath.so", "EXTENSION"),
        ("numpy.libs/libopenblas.so", "/s/libopenblas.so", "BINARY"),
        ("numpy.libs/libgfortran.so.5", "/s/libgfortran.so.5", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),  # only a pruned plugin needed it
        ("libpango.so.0", "/s/libpango.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
        ("libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "SYMLINK"),
        ("libpango-link.so.0", "libpango.so.0", "SYMLINK"),
        ("base_library.zip", "/s/base_library.zip", "DATA"),
    ]
    links = {
        "/s/_umath.so": {"libopenblas.so"},
        "/s/libopenblas.so": {"libgfortran.so.5", "libc.so.6"},
        "/s/libqxcb.so": {"libQt6XcbQpa.so.6"},
        "/s/libgtk-3.so.0": {"libpango.so.0"},
    }
    kept = {
        dest
        for dest, _, _ in rules.drop_unreachable_libraries(toc, lambda path: links.get(path, set()))
    }
    assert kept == {
        "numpy/_core/_umath.so",
        "numpy.libs/libopenblas.so",
        "numpy.libs/libgfortran.so.5",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libpython3.11.so.1.0",
        "libQt6XcbQpa.so.6",
        "base_library.zip",
    }


def test_resource_datas_include_compiled_translations_only(rules, tmp_path):
    (tmp_path / "resources" / "questionnaires").mkdir(parents=True)
    (tmp_path / "resources" / "icons").mkdir()
    translations = tmp_path / "resources" / "translations"
    translations.mkdir()
    (translations / "maturity_tr.ts").write_text("<TS/>")
    guide = (str(tmp_path / "docs" / "user-guide.md"), "docs")
    assert [dest for _, dest in rules.resource_datas(tmp_path)] == [
        "resources/questionnaires",
        "docs",
    ]
    (translations / "maturity_tr.qm").write_bytes(b"qm")
    (tmp_path / "resources" / "icons" / "app.png").write_bytes(b"png")
    assert rules.resource_datas(tmp_path)[1:] == [
        (str(tmp_path / "resources" / "icons"), "resources/icons"),
        (str(translations / "maturity_tr.qm"), "resources/translations"),
        guide,
    ]


def test_windows_version_resource_is_a_valid_expression(version_info):
    assert version_info.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    assert version_info.version_tuple("2") == (2, 0, 0, 0)
    text = version_info.version_text(
        "0.1.0", "maturity", "Komut satırı", "Akıllı Şehir", "Balıkesir BB"
    )
    tree = ast.parse(text, mode="eval")
    strings = {
        node.args[0].value: node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct"
    }
    assert strings["FileVersion"] == "0.1.0"
    assert strings["OriginalFilename"] == "maturity.exe"
    assert strings["ProductName"] == "Akıllı Şehir"


def test_app_icon_exists_in_every_format():
    icons = ROOT / "resources" / "icons"
    assert (icons / "app.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert (icons / "app.png").read_bytes().startswith(b"\x89PNG")
    assert (icons / "app.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"

"""What goes into the PyInstaller bundle and what is pruned from it.

build.spec loads this file by path (``packaging/`` is deliberately not a Python package: its
name would shadow the ``packaging`` library). Plain data and pure functions, no PyInstaller
import, so the tests check the rules without building anything.
"""

from __future__ import annotations

import ast
import posixpath
import re
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

# The executables, and the folder that holds them (ASCII: it ends up in paths and shortcuts).
BUNDLE_NAME = "AkilliSehirOlgunluk"
DESKTOP_EXE = "maturity-desktop"
CLI_EXE = "maturity"
DISPLAY_NAME = "Akıllı Şehir Olgunluk"
PUBLISHER = "Balıkesir Büyükşehir Belediyesi"

# Qt modules the app and matplotlib's QtAgg backend need (its qt_compat imports QtSvg with
# PySide6); the desktop's own come from desktop/qt.py, the single Qt import point, so a module
# added there is never excluded.
QT_ALWAYS_USED = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg"})

# Every PySide6 (Essentials and Addons) Qt module we know of. Whatever of these is not used is
# excluded, along with any other PySide6 module found in the build environment.
QT_KNOWN_MODULES = frozenset(
    {
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtAxContainer",
        "QtBluetooth",
        "QtCanvasPainter",
        "QtCharts",
        "QtConcurrent",
        "QtCore",
        "QtDBus",
        "QtDataVisualization",
        "QtDesigner",
        "QtGraphs",
        "QtGraphsWidgets",
        "QtGui",
        "QtHelp",
        "QtHttpServer",
        "QtLabsStyleKit",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNetwork",
        "QtNetworkAuth",
        "QtNfc",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtPositioning",
        "QtPrintSupport",
        "QtQml",
        "QtQmlFeatures",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtSvg",
        "QtSvgWidgets",
        "QtTest",
        "QtTextToSpeech",
        "QtUiTools",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
        "QtXml",
    }
)

# Python packages that are dev-only, or that a dependency imports optionally and we never use.
PYTHON_EXCLUDES = (
    # test and development tools
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "IPython",
    "jedi",
    "pydoc_data",
    "setuptools",
    "pkg_resources",
    "pip",
    "wheel",
    "distutils",
    "lib2to3",
    "PyInstaller",
    "ruff",
    "pypdf",
    # GUI toolkits other than Qt (matplotlib and Pillow support them)
    "tkinter",
    "_tkinter",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PIL.ImageQt",
    "matplotlib.backends.backend_tkagg",
    "matplotlib.backends.backend_tkcairo",
    "matplotlib.backends._backend_tk",
    "matplotlib.backends.backend_gtk3",
    "matplotlib.backends.backend_gtk4",
    "matplotlib.backends.backend_wx",
    "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_nbagg",
    # big optional libraries: openpyxl uses pandas/numpy only when present (lxml stays: python-docx)
    "pandas",
    "psutil",
    "scipy",
    # lxml parts python-docx and openpyxl never use (they need lxml.etree only)
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.builder",
    # test suites shipped inside packages
    "numpy.testing",
    "numpy.f2py",
    "numpy._pyinstaller",
    "matplotlib.testing",
    "matplotlib.tests",
    # numpy parts matplotlib only uses in docstrings and analysis functions we never call
    # (random numbers, FFT); pylab drags in all of numpy
    "numpy.random",
    "numpy.fft",
    "matplotlib.pylab",
    "pylab",
    "PIL.tests",
    "openpyxl.tests",
    "mpl_toolkits.mplot3d.tests",
    # image codecs matplotlib never asks Pillow for (each pulls a native library)
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    # TLS and OpenSSL: the app makes no network connection, so the bundle cannot make an
    # encrypted one either (hashlib falls back to its built-in SHA-256)
    "ssl",
    "_ssl",
    "_hashlib",
    # servers, event loops and process pools the app never starts (pulled in through unittest,
    # pydoc and concurrent.futures' lazy imports): less code, and nothing that listens
    "asyncio",
    "unittest.async_case",
    "multiprocessing",
    "concurrent.futures.process",
    "xmlrpc",
    "defusedxml.xmlrpc",
    "http.server",
    "pydoc",
    "pdb",
    "doctest",
    # interactive-console support pulled in by the standard library
    "readline",
    # East Asian legacy text encodings (our files are UTF-8 XML, TOML and SQLite)
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
)

# Qt plugins kept, by plugin folder: names without the "lib" prefix and file extension, for
# Linux, Windows and macOS. Plugin folders not listed (qml, wayland, eglfs, sql drivers, tls,
# network information, designer, ...) are dropped entirely.
QT_PLUGINS_KEPT = {
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
    "imageformats": {"qsvg", "qico"},  # PNG is built into QtGui
    "iconengines": {"qsvgicon"},
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "printsupport": {"cupsprintersupport"},
}

# Qt libraries that only the dropped plugins and modules load (PyInstaller collects a plugin's
# libraries during analysis, before the plugin is pruned).
QT_LIBRARIES_DROPPED = re.compile(
    r"Qt6(Pdf|Quick|Qml|Wayland|Wl|EglFs|EglFS|Lottie|VirtualKeyboard|Labs|Network|SvgWidgets"
    r"|OpenGLWidgets)",
)

# Translations kept: Qt's own catalogues ("qt_", "qtbase_") in the app's languages.
LANGUAGES = ("tr", "en")
QT_CATALOGUES = ("qt", "qtbase")

# Windows-only Qt files for OpenGL, which a widgets-and-raster app never loads:
# Mesa's software OpenGL (about 20 MB) and the Direct3D shader compiler.
WINDOWS_OPENGL_FILES = ("opengl32sw.dll", "d3dcompiler_47.dll")

# matplotlib's data files never used at run time.
# The charts use DejaVu Sans only (and no maths text); PDFs embed TrueType, never the AFM
# metrics of the 14 PDF core fonts.
MPL_DATA_DROPPED = (
    "sample_data/",
    "plot_directive/",
    "kpsewhich.lua",
    "fonts/ttf/STIX",
    "fonts/ttf/DejaVuSerif",
    "fonts/ttf/DejaVuSansMono",
    "fonts/ttf/cm",
    "fonts/afm/",
    "fonts/pdfcorefonts/",
)

# matplotlib backends collected: QtAgg for the window, Agg for PNG files, PDF for reports.
MPL_BACKENDS = ["QtAgg", "Agg", "PDF", "SVG"]


def project_version(root: Path = ROOT) -> str:
    """The version, from its one source (pyproject.toml reads it from there too)."""
    source = (root / "assessments" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', source, re.MULTILINE).group(1)


def qt_modules_imported_by(path: Path) -> set[str]:
    """The PySide6 modules a source file imports at module level (``from PySide6.QtX import
    ...``). Imports inside functions are left out on purpose: qt.py imports QtTest that way
    for the test-only autopilot, which the bundle does not need."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in tree.body:
        names = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                found.add(parts[1])
    return found


def qt_modules_used(root: Path = ROOT) -> set[str]:
    return QT_ALWAYS_USED | qt_modules_imported_by(root / "desktop" / "qt.py")


def installed_qt_modules() -> set[str]:
    """The Qt modules of the PySide6 in the build environment (without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return set()
    folder = Path(next(iter(spec.submodule_search_locations)))
    return {
        p.name.split(".")[0]
        for p in folder.iterdir()
        if p.name.startswith("Qt") and p.suffix in (".so", ".pyd")
    }


def qt_excludes(root: Path = ROOT) -> list[str]:
    unused = (QT_KNOWN_MODULES | installed_qt_modules()) - qt_modules_used(root)
    return sorted(f"PySide6.{name}" for name in unused)


def excludes(root: Path = ROOT) -> list[str]:
    return [*qt_excludes(root), *PYTHON_EXCLUDES]


def _posix(dest: str) -> PurePosixPath:
    return PurePosixPath(dest.replace("\\", "/"))


def _plugin_name(filename: str) -> str:
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) stays in the bundle."""
    path = _posix(dest)
    parts = path.parts
    if "plugins" in parts and parts[0] in ("PySide6", "PyQt6"):
        at = parts.index("plugins")
        if len(parts) < at + 3:
            return True
        kind = parts[at + 1]
        return _plugin_name(parts[-1]) in QT_PLUGINS_KEPT.get(kind, ())
    if "translations" in parts and parts[0] == "PySide6" and path.suffix == ".qm":
        catalogue, _, lang = path.stem.rpartition("_")
        return catalogue in QT_CATALOGUES and lang in LANGUAGES
    if QT_LIBRARIES_DROPPED.search(parts[-1]) or parts[-1].lower() in WINDOWS_OPENGL_FILES:
        return False
    if parts[:2] in (("numpy", "random"), ("numpy", "fft")):
        return False  # numpy's hook collects every numpy binary, excluded modules or not
    if parts[:2] == ("matplotlib", "mpl-data"):
        inner = "/".join(parts[2:])
        return not inner.startswith(MPL_DATA_DROPPED)
    return True


def prune(toc):
    """A TOC (list of (dest, source, typecode)) without the files ``keep`` rejects."""
    return [entry for entry in toc if keep(entry[0])]


def _is_root_binary(dest: str, typecode: str) -> bool:
    """Loaded by the bootloader, the importer or Qt itself (not by another library)."""
    parts = _posix(dest).parts
    return (
        typecode == "EXTENSION"
        or "plugins" in parts
        or parts[-1].lower().startswith(("libpython", "python3"))
    )


def drop_unreachable_libraries(toc, needed):
    """``toc`` without the shared libraries that nothing kept links to, directly or not.

    PyInstaller collects each plugin's libraries during analysis; once a plugin is pruned,
    its libraries (the GTK stack behind the GTK theme plugin, Wayland's, ...) would stay.
    ``needed(source_path)`` names the libraries a binary links to (their file names). Roots
    are Python extension modules, Qt plugins and the Python library; a symlink stays when
    its target does.
    """
    binaries = [e for e in toc if e[2] in ("BINARY", "EXTENSION")]
    by_name: dict[str, list] = {}
    for entry in binaries:
        by_name.setdefault(_posix(entry[0]).name, []).append(entry)
    todo = [e for e in binaries if _is_root_binary(e[0], e[2])]
    reached: set[str] = set()
    while todo:
        dest, source, _ = todo.pop()
        if dest in reached:
            continue
        reached.add(dest)
        for name in needed(source):
            todo.extend(by_name.get(name, ()))
    dropped = {e[0] for e in binaries} - reached
    kept = []
    for dest, target, typecode in toc:
        if dest in dropped:
            continue
        if typecode == "SYMLINK":
            resolved = posixpath.normpath(posixpath.join(_posix(dest).parent.as_posix(), target))
            if resolved in dropped:
                continue
        kept.append((dest, target, typecode))
    return kept


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """The app's own resources as (source, destination folder) pairs for Analysis(datas=)."""
    resources = root / "resources"
    datas = [(str(resources / "questionnaires"), "resources/questionnaires")]
    if (resources / "action-library").is_dir():  # the action plan's suggestions
        datas.append((str(resources / "action-library"), "resources/action-library"))
    if (resources / "units").is_dir():  # the starting unit register
        datas.append((str(resources / "units"), "resources/units"))
    icons = resources / "icons"
    if any(icons.glob("*")):
        datas.append((str(icons), "resources/icons"))
    datas += [
        (str(qm), "resources/translations")
        for qm in sorted((resources / "translations").glob("*.qm"))
    ]
    datas.append((str(root / "docs" / "user-guide.md"), "docs"))  # Help -> user guide
    return datas

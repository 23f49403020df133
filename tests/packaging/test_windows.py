"""The Windows build's sources: the lock file, the NSIS installer script, the frozen app's
Windows start-up and its hidden screenshot option.

The build itself and the installer are proven under Wine by packaging/windows/selftest.sh
(CI: `make windows-selftest`); these tests keep the sources honest without Wine.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
WINDOWS = PACKAGING / "windows"
PIN = re.compile(r"(?P<name>[a-z0-9-]+)==(?P<version>[\w.]+) --hash=sha256:[0-9a-f]{64}")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.fixture(scope="module")
def lock() -> dict[str, str]:
    pins = {}
    for line in (WINDOWS / "requirements-win.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        match = PIN.fullmatch(line.strip())
        assert match, f"not an exact pin with its hash: {line}"
        assert match["name"] not in pins, f"pinned twice: {line}"
        pins[match["name"]] = match["version"]
    return pins


def test_the_lock_pins_every_dependency_within_the_projects_ranges(lock):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    build = project["optional-dependencies"]["build"]
    needed = [Requirement(r) for r in project["dependencies"] + build]
    for requirement in needed:
        name = canonical(requirement.name)
        assert name in lock, f"{name} is not in the Windows lock"
        assert requirement.specifier.contains(lock[name], prereleases=True), (name, lock[name])


def test_the_lock_names_the_windows_only_dependencies(lock):
    # pip evaluates markers for the Linux host: these would silently be missing.
    for name in ("pefile", "pywin32-ctypes", "colorama", "shiboken6", "pyinstaller-hooks-contrib"):
        assert name in lock, name
    assert lock["shiboken6"] == lock["pyside6-essentials"]


# --- the NSIS installer ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nsi() -> str:
    return (WINDOWS / "installer.nsi").read_text(encoding="utf-8")


def uninstall_section(nsi: str) -> list[str]:
    body = nsi.split('Section "Uninstall"', 1)[1].split("SectionEnd", 1)[0]
    return [line.strip() for line in body.splitlines() if line.strip()]


def test_installs_per_user_without_admin_rights(nsi):
    assert "RequestExecutionLevel user" in nsi
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_DIR}"' in nsi
    assert '!define APP_DIR "AkilliSehirOlgunluk"' in nsi
    assert "Target amd64-unicode" in nsi and "Unicode true" in nsi
    # HKCU only: an HKLM write would need administrator rights.
    assert not re.search(r"\b(WriteReg\w+|DeleteRegKey)\s+HKLM", nsi)


def test_turkish_first_then_english_with_every_text_in_both(nsi):
    languages = re.findall(r'!insertmacro MUI_LANGUAGE "(\w+)"', nsi)
    assert languages == ["Turkish", "English"]
    strings = re.findall(r"LangString (\w+) \$\{LANG_(\w+)\} \"([^\"]*)\"", nsi)
    by_name: dict[str, dict[str, str]] = {}
    for name, language, text in strings:
        by_name.setdefault(name, {})[language] = text
    assert by_name and all(set(texts) == {"TURKISH", "ENGLISH"} for texts in by_name.values())
    assert by_name["AppName"]["TURKISH"] == "Akıllı Şehir Olgunluk"
    assert "kaldır" in by_name["UninstallName"]["TURKISH"]


def test_optional_desktop_shortcut_and_a_start_menu_shortcut(nsi):
    assert re.search(r'Section /o "\$\(SecDesktop\)"', nsi), "the desktop shortcut is opt-in"
    assert 'CreateShortcut "$SMPROGRAMS\\$(AppName)\\$(AppName).lnk"' in nsi
    assert '${GetOptions} $0 "/DESKTOP" $1' in nsi  # silent installs can ask for it


def test_the_uninstaller_removes_exactly_what_the_bundle_holds(nsi, rules):
    lines = uninstall_section(nsi)
    assert 'RMDir /r "$INSTDIR\\_internal"' in lines
    for exe in ("${APP_EXE}", "${CLI_EXE}", "uninstall.exe"):
        assert f'Delete "$INSTDIR\\{exe}"' in lines
    assert f'!define APP_EXE "{rules.DESKTOP_EXE}.exe"' in nsi
    assert f'!define CLI_EXE "{rules.CLI_EXE}.exe"' in nsi
    # The folder itself only when empty, never recursively: it may hold someone else's files.
    assert 'RMDir "$INSTDIR"' in lines
    assert not any(re.match(r'RMDir /r "\$INSTDIR"$', line) for line in lines)


def test_never_touches_the_user_data_folder_or_settings(nsi):
    from assessments.paths import APP_AUTHOR

    code = [line for line in nsi.splitlines() if not line.lstrip().startswith(";")]
    for line in code:
        assert APP_AUTHOR not in line, line  # ...\BalikesirBB\... is the data and settings
        assert "$APPDATA" not in line and "$LOCALAPPDATA\\BalikesirBB" not in line, line
    assert "SetShellVarContext all" not in nsi


def test_upgrade_in_place_replaces_the_old_program_files(nsi):
    assert 'InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"' in nsi
    install = nsi.split('Section "!$(SecProgram)"', 1)[1].split("SectionEnd", 1)[0]
    assert install.index('RMDir /r "$INSTDIR\\_internal"') < install.index('File /r "${BUNDLE}/*"')


def test_the_version_helper_gives_windows_four_numbers(rules):
    script = str(WINDOWS / "version.py")
    plain = subprocess.run([sys.executable, script], capture_output=True, text=True, check=True)
    four = subprocess.run(
        [sys.executable, script, "--four"], capture_output=True, text=True, check=True
    )
    assert plain.stdout.strip() == rules.project_version()
    assert re.fullmatch(r"\d+\.\d+\.\d+\.\d+", four.stdout.strip())
    assert four.stdout.strip().startswith(plain.stdout.strip().split("rc")[0])


# --- the frozen app's Windows start-up ------------------------------------------------------------


@pytest.fixture
def frozen_startup(startup, monkeypatch):
    module = startup
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    return module


def test_platform_from_the_command_line(frozen_startup, monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    argv = ["maturity-desktop.exe", "--self-test", "-platform", "offscreen"]
    monkeypatch.setattr(sys, "argv", argv)
    frozen_startup.platform_from_command_line()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_no_platform_option_leaves_qt_to_choose(frozen_startup, monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(sys, "argv", ["maturity-desktop.exe", "-platform"])  # no value
    frozen_startup.platform_from_command_line()
    assert "QT_QPA_PLATFORM" not in os.environ


def test_offscreen_fonts_point_at_the_bundled_dejavu(frozen_startup, monkeypatch, tmp_path):
    fonts = tmp_path / "matplotlib" / "mpl-data" / "fonts" / "ttf"
    fonts.mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delenv("QT_QPA_FONTDIR", raising=False)
    frozen_startup.offscreen_fonts()
    assert os.environ["QT_QPA_FONTDIR"] == str(fonts)


def test_redirected_output_in_an_ansi_code_page_never_crashes(frozen_startup, monkeypatch):
    import io

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")  # English Windows, output redirected
    monkeypatch.setattr(sys, "stdout", stream)
    monkeypatch.setattr(sys, "stderr", None)  # a windowed program has none
    frozen_startup.printable_output()
    print("Balıkesir: 3 dışa aktarım yazıldı")
    stream.flush()
    assert raw.getvalue().decode("cp1252") == "Bal?kesir: 3 d??a aktar?m yaz?ld?\n"


# --- the hidden --screenshot option ---------------------------------------------------------------


def test_screenshot_option_is_taken_out_of_the_arguments(screenshot_hook):
    hook = screenshot_hook
    argv = [
        "maturity-desktop.exe",
        "--lang",
        "tr",
        "--screenshot",
        "C:\\a b\\ş.png",
        "-platform",
        "offscreen",
    ]
    assert hook.take_option(argv) == "C:\\a b\\ş.png"
    assert argv == ["maturity-desktop.exe", "--lang", "tr", "-platform", "offscreen"]
    assert hook.take_option(argv) is None
    with pytest.raises(SystemExit):
        hook.take_option(["maturity-desktop.exe", "--screenshot"])


@pytest.mark.gui
def test_screenshot_run_opens_an_assessment_and_saves_the_window(tmp_path, screenshot_hook):
    """The frozen entry point, run from source: the real start-up, window, database and close."""
    png = tmp_path / "Ekran görüntüsü" / "ana pencere.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "MATURITY_SETTINGS": str(tmp_path / "settings.ini"),
    }
    env.pop("MATURITY_DB", None)
    db = tmp_path / "olgunluk.sqlite3"
    result = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "entry_desktop.py"),
            "--screenshot",
            str(png),
            "--db",
            str(db),
            "--lang",
            "tr",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = (
        int.from_bytes(png.read_bytes()[16:20], "big"),
        int.from_bytes(png.read_bytes()[20:24], "big"),
    )
    assert (width, height) == (1366, 768)
    from assessments.store import Store

    with Store(db) as store:  # the demo assessment the window opened, with its answers
        (info,) = store.assessments()
        assert info.unit == screenshot_hook.UNIT
        assert store.answers(info.uuid)


def test_the_workflow_builds_and_proves_the_installer_the_way_ci_does():
    workflow = (ROOT / ".github" / "workflows" / "windows-installer.yml").read_text(
        encoding="utf-8"
    )
    assert "container: debian:bookworm" in workflow  # the same Wine 8 as the project's machines
    for step in ("make package-windows", "bash packaging/windows/selftest.sh", "kurulum.exe"):
        assert step in workflow, step
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "package-windows:" in makefile and "bash packaging/windows/build.sh" in makefile
    assert "windows-selftest: package-windows" in makefile


def test_wine_prefixes_stay_out_of_the_source_tree():
    # A prefix links Z: to /; inside the tree, pip install -e . would walk the whole disk.
    for script in ("build.sh", "selftest.sh"):
        text = (WINDOWS / script).read_text(encoding="utf-8")
        assert re.search(r"^export WINEPREFIX=\$\(wine_prefixes\)/\w+$", text, re.MULTILINE), script
    env = (WINDOWS / "wine_env.sh").read_text(encoding="utf-8")
    assert "${TMPDIR:-/tmp}" in env


def test_ci_runs_the_wine_self_test_after_the_linux_build():
    lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    commands = [line for line in lines if line.startswith("make ")]
    assert commands == ["make system-deps", "make test", "make package", "make windows-selftest"]


def test_the_wine_checks_cover_the_network_drive_and_turkish_sorting():
    checks = (WINDOWS / "windows_checks.sh").read_text(encoding="utf-8")
    body = checks[checks.index("windows_checks() {") :]
    for check in (
        "_turkish_paths",
        "_long_path",
        "_locked_workbook",
        "_network_drive",
        "_turkish_sorting",
    ):
        assert check in body, check
    # Wine reports N: as DRIVE_REMOTE only when its registry marks the drive "network".
    assert "HKLM\\Software\\Wine\\Drives" in checks and "/d network" in checks

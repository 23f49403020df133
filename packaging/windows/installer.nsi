; NSIS 3 script: the Windows installer of Akıllı Şehir Olgunluk (packaging/windows/build.sh runs
; makensis on it, on Linux: `make package-windows`).
;
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DROOT=$PWD \
;            -DBUNDLE=dist/windows/AkilliSehirOlgunluk \
;            -DOUTFILE=dist/windows/AkilliSehirOlgunluk-0.1.0-kurulum.exe installer.nsi
;
; Per user, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\AkilliSehirOlgunluk, its shortcuts to the user's Start menu (and
; desktop, if chosen), its "Apps & features" entry to HKCU.
; Installing again (the same or a newer version) upgrades in place: same folder, the old
; program files replaced. Wizard in Turkish or English (Windows' display language decides;
; the first page offers the choice).
;
; The user's data (database, backups, logs: %LOCALAPPDATA%\BalikesirBB\AkilliSehirOlgunluk) and
; settings (HKCU\Software\BalikesirBB) are never named here: neither installing, upgrading nor
; uninstalling touches them. The uninstaller deletes only the files this installer puts down.
;
; Silent use, for IT (docs/it-guide.md):
;   AkilliSehirOlgunluk-0.1.0-kurulum.exe /S [/DESKTOP] [/D=C:\other\folder]
;   "%LOCALAPPDATA%\Programs\AkilliSehirOlgunluk\uninstall.exe" /S

Unicode true
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef VERSION4
  !define VERSION4 "0.0.0.0"
!endif
!ifndef ROOT
  !define ROOT "../.."
!endif
!ifndef BUNDLE
  !define BUNDLE "${ROOT}/dist/windows/AkilliSehirOlgunluk"
!endif
!ifndef OUTFILE
  !define OUTFILE "${ROOT}/dist/windows/AkilliSehirOlgunluk-${VERSION}-kurulum.exe"
!endif

!define APP_DIR "AkilliSehirOlgunluk"
!define APP_EXE "maturity-desktop.exe"
!define CLI_EXE "maturity.exe"
!define PUBLISHER "Balıkesir Büyükşehir Belediyesi"
; The program's own entry in "Apps & features"; it also remembers the installer's choices.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_DIR}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "$(AppName)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_DIR}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PUBLISHER}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "Akıllı Şehir Olgunluk"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "© ${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "Akıllı Şehir Olgunluk kurulumu"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"

!define MUI_ICON "${ROOT}/resources/icons/app.ico"
!define MUI_UNICON "${ROOT}/resources/icons/app.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback when Windows speaks neither.
!insertmacro MUI_LANGUAGE "Turkish"
!insertmacro MUI_LANGUAGE "English"

LangString AppName ${LANG_TURKISH} "Akıllı Şehir Olgunluk"
LangString AppName ${LANG_ENGLISH} "Smart City Maturity"
LangString AppComment ${LANG_TURKISH} "Birimlerin akıllı şehir olgunluk öz değerlendirmesi"
LangString AppComment ${LANG_ENGLISH} "Smart-city maturity self-assessment of municipal units"
LangString SecProgram ${LANG_TURKISH} "Program ve Başlat menüsü kısayolu"
LangString SecProgram ${LANG_ENGLISH} "Program and Start-menu shortcut"
LangString SecDesktop ${LANG_TURKISH} "Masaüstü kısayolu"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString UninstallName ${LANG_TURKISH} "Akıllı Şehir Olgunluk uygulamasını kaldır"
LangString UninstallName ${LANG_ENGLISH} "Uninstall Smart City Maturity"
LangString AppRunning ${LANG_TURKISH} "Akıllı Şehir Olgunluk şu anda açık. \
Programı kapatıp kurulumu yeniden çalıştırın (yanıtlarınız zaten kaydedilmiştir)."
LangString AppRunning ${LANG_ENGLISH} "Smart City Maturity is running. \
Close it and run the setup again (your answers are already saved)."

; A running copy keeps its files locked on Windows: deleting the executables first tells. The
; user is asked to close it (every answer is already on disk); a silent install stops with
; exit code 3 and changes nothing.
!macro DeleteOrStop FILE
    ${If} ${FileExists} "${FILE}"
        ClearErrors
        Delete "${FILE}"
        ${If} ${Errors}
            MessageBox MB_OK|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDOK
            SetErrorLevel 3
            Quit
        ${EndIf}
    ${EndIf}
!macroend

Section "!$(SecProgram)" SecProgram
    SectionIn RO
    SetShellVarContext current
    !insertmacro DeleteOrStop "$INSTDIR\${APP_EXE}"
    !insertmacro DeleteOrStop "$INSTDIR\${CLI_EXE}"
    SetOutPath "$INSTDIR"
    ; Upgrade in place: the previous build's libraries go (only inside our own folder), so no
    ; stale file of an older version stays beside the new ones.
    RMDir /r "$INSTDIR\_internal"
    File /r "${BUNDLE}/*"
    WriteUninstaller "$INSTDIR\uninstall.exe"

    ; The shortcut's name is in the wizard's language: remembered for the uninstaller.
    CreateDirectory "$SMPROGRAMS\$(AppName)"
    CreateShortcut "$SMPROGRAMS\$(AppName)\$(AppName).lnk" "$INSTDIR\${APP_EXE}" "" \
        "$INSTDIR\${APP_EXE}" 0 SW_SHOWNORMAL "" "$(AppComment)"
    CreateShortcut "$SMPROGRAMS\$(AppName)\$(UninstallName).lnk" "$INSTDIR\uninstall.exe"

    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(AppName)"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "ShortcutFolder" "$SMPROGRAMS\$(AppName)"
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "$(SecDesktop)" SecDesktop
    SetShellVarContext current
    CreateShortcut "$DESKTOP\$(AppName).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
        SW_SHOWNORMAL "" "$(AppComment)"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DesktopShortcut" "$DESKTOP\$(AppName).lnk"
SectionEnd

Function .onInit
    ; /DESKTOP on the command line ticks the desktop shortcut (for silent installs).
    ${GetParameters} $0
    ClearErrors
    ${GetOptions} $0 "/DESKTOP" $1
    ${IfNot} ${Errors}
        SectionSetFlags ${SecDesktop} ${SF_SELECTED}
    ${EndIf}
    !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
    !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; Only what the installer put down, named one by one: never a recursive delete of $INSTDIR
; (someone may have chosen a folder with other files in it).
Section "Uninstall"
    SetShellVarContext current
    ReadRegStr $0 HKCU "${UNINSTALL_KEY}" "ShortcutFolder"
    ${If} $0 != ""
        Delete "$0\*.lnk"
        RMDir "$0"
    ${EndIf}
    ReadRegStr $0 HKCU "${UNINSTALL_KEY}" "DesktopShortcut"
    ${If} $0 != ""
        Delete "$0"
    ${EndIf}
    RMDir /r "$INSTDIR\_internal"
    Delete "$INSTDIR\${APP_EXE}"
    Delete "$INSTDIR\${CLI_EXE}"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

; Inno Setup 6 script: the Windows installer of Akıllı Şehir Olgunluk.
;
; Installs the PyInstaller one-folder bundle (dist\AkilliSehirOlgunluk) for the current user,
; without administrator rights, into %LOCALAPPDATA%\Programs\AkilliSehirOlgunluk, with Turkish
; (or English) Start-menu shortcuts. Build it on Windows after `pyinstaller build.spec`:
;
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\installer.iss
;
; -> dist\AkilliSehirOlgunluk-0.1.0-kurulum.exe (.github/workflows/windows-installer.yml does it).
;
; User data lives elsewhere: %LOCALAPPDATA%\BalikesirBB\AkilliSehirOlgunluk (database,
; backups, logs; see assessments/paths.py). This script never names that folder: installing,
; upgrading and uninstalling leave it alone. Silent use, for IT (docs/it-guide.md):
;   setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CLOSEAPPLICATIONS
;   unins000.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Saved as UTF-8 with a byte-order mark: Inno Setup then reads the Turkish letters right.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\AkilliSehirOlgunluk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppExe "maturity-desktop.exe"

[Setup]
; The AppId never changes: a new version upgrades the installed one in place.
AppId={{57389472-BB01-4FF0-8719-AA33510C5C1E}
AppName=Akıllı Şehir Olgunluk
AppVersion={#AppVersion}
AppVerName=Akıllı Şehir Olgunluk {#AppVersion}
AppPublisher=Balıkesir Büyükşehir Belediyesi
AppCopyright=© Balıkesir Büyükşehir Belediyesi
VersionInfoVersion={#AppVersion}
VersionInfoDescription=Akıllı Şehir Olgunluk kurulumu
; Per user, no administrator rights; {autopf} is %LOCALAPPDATA%\Programs in that mode. IT may
; install for all users into Program Files with /ALLUSERS (as administrator).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\AkilliSehirOlgunluk
DefaultGroupName={cm:AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=AkilliSehirOlgunluk-{#AppVersion}-kurulum
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={cm:AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy (through Windows' Restart Manager) before replacing its files: every
; answer is already on disk, so nothing is lost. Never restart Windows.
CloseApplications=yes
RestartApplications=no
RestartIfNeededByRun=no
; Turkish unless Windows speaks English (the first language is the fallback).
LanguageDetectionMethod=uilanguage
ShowLanguageDialog=auto

[Languages]
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
turkish.AppName=Akıllı Şehir Olgunluk
english.AppName=Smart City Maturity
turkish.AppComment=Birimlerin akıllı şehir olgunluk öz değerlendirmesi
english.AppComment=Smart-city maturity self-assessment of municipal units
turkish.UninstallShortcut=Akıllı Şehir Olgunluk uygulamasını kaldır
english.UninstallShortcut=Uninstall Smart City Maturity

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files (inside the install folder only), so that no stale
; library of an older build is left beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallShortcut}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the uninstaller removes what it installed and nothing else.

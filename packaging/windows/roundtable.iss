; Inno Setup script for the Windows installer (untested on this project's Linux machines: built
; and smoke-tested by .github/workflows/release.yml on a Windows runner).
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\roundtable /DOutputDir=dist /DRootDir=. roundtable.iss
;
; packaging/build.py passes these. Per-user install by default (no administrator needed on an NGO
; laptop the user does not administer); an administrator may choose "for all users".

#ifndef AppVersion
  #error Pass /DAppVersion=...
#endif

[Setup]
; A fixed AppId: upgrades replace the old version and the uninstaller finds it.
AppId={{8C7E2A31-5B0D-4F6A-9E3C-2D41B7A6C915}
AppName=Roundtable
AppVersion={#AppVersion}
AppVerName=Roundtable {#AppVersion}
AppPublisher=Roundtable
DefaultDirName={autopf}\Roundtable
DefaultGroupName=Roundtable
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#RootDir}\LICENSE
OutputDir={#OutputDir}
OutputBaseFilename=Roundtable-{#AppVersion}-windows-x86_64-setup
SetupIconFile={#RootDir}\resources\icons\roundtable.ico
UninstallDisplayIcon={app}\roundtable-gui.exe
UninstallDisplayName=Roundtable
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Nothing of the user's is under {app}: the vault lives in the user's data folder and is never
; removed by the uninstaller (README: "Uninstall").

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; roundtable-gui.exe is built with cx_Freeze's "gui" base: no console window behind the app.
Name: "{group}\Roundtable"; Filename: "{app}\roundtable-gui.exe"; WorkingDir: "{userdocs}"
Name: "{group}\Licence and notices"; Filename: "{app}\NOTICES.md"
Name: "{group}\Uninstall Roundtable"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Roundtable"; Filename: "{app}\roundtable-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\roundtable-gui.exe"; Description: "{cm:LaunchProgram,Roundtable}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python's bytecode caches are the only files the program may add under {app}.
Type: filesandordirs; Name: "{app}\lib\__pycache__"

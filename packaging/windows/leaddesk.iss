; Inno Setup script for LEAD Desk on Windows. UNTESTED: written beside the Linux build, which is the
; only one built and run here (packaging/windows/README.md says how to build and what to check).
; Input: the folder `python -m leaddesk.packaging build` makes on Windows (dist\leaddesk-<version>-win-amd64).

#define AppVersion "0.1.0"
#define Bundle "..\..\dist\leaddesk-" + AppVersion + "-win-amd64"

[Setup]
AppId={{6B0F2E2C-4B8E-4D59-9C61-1EAD0DE5C017}
AppName=LEAD Desk
AppVersion={#AppVersion}
AppPublisher=LEAD Desk
DefaultDirName={autopf}\LEAD Desk
DefaultGroupName=LEAD Desk
; Per-user install needs no administrator; IT deploying to every user runs it with /ALLUSERS.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
OutputDir=..\..\dist
OutputBaseFilename=leaddesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\leaddesk.exe

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\LEAD Desk"; Filename: "{app}\leaddesk.exe"
Name: "{group}\LEAD Desk demo"; Filename: "{app}\leaddesk.exe"; Parameters: "demo"

; Profiles live in the user's data folder (%LOCALAPPDATA%\LEADDesk) and are never removed by the
; uninstaller: they hold the participants' records until synced.

; perfdesk's per-user Windows installer. Built by installer/build.py (scripts/dev.sh installer), which passes
; VERSION, FILE_VERSION, PUBLISHER, STAGE (the folder of files to install) and OUTFILE with -D.
; No administrator: everything goes to the user's own profile and HKCU; nothing is written to HKLM.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!define APP "perfdesk"
!define PROGID "perfdesk.report"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define ENVIRONMENT_KEY "Environment"
!define SHCNE_ASSOCCHANGED 0x08000000

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${FILE_VERSION}"
VIFileVersion "${FILE_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} setup (per-user)"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "WordFunc.nsh"
!include "WinMessages.nsh"

!define MUI_ICON "${STAGE}\perfdesk.ico"
!define MUI_UNICON "${STAGE}\perfdesk.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\bin\perfdesk.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "TradChinese"
!insertmacro MUI_LANGUAGE "English"

Section "perfdesk" main
  SetShellVarContext current
  ; An update replaces the program whole: files an older version had and this one has not must not linger.
  RMDir /r "$INSTDIR\bin"
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\python"
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Start menu: the window. The shortcut starts in the user's Documents, where reports usually are.
  SetOutPath "$DOCUMENTS"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\bin\perfdesk.exe" "" "$INSTDIR\perfdesk.ico" 0
  SetOutPath "$INSTDIR"

  ; .perfdesk files open in perfdesk and show its icon (this user only).
  WriteRegStr HKCU "Software\Classes\.perfdesk" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "perfdesk 報告"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\perfdesk.ico,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\bin\perfdesk.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'

  ; perfdesk-cli as a command in every new console: bin\ on this user's PATH.
  ReadRegStr $0 HKCU "${ENVIRONMENT_KEY}" "Path"
  ${WordAdd} "$0" ";" "+$INSTDIR\bin" $1
  WriteRegExpandStr HKCU "${ENVIRONMENT_KEY}" "Path" "$1"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000

  ; Apps & features (this user's list).
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\perfdesk.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; Removes what the installer put there. The user's reports, backups and settings (in %LOCALAPPDATA%\perfdesk
; and wherever the reports are) are never touched; the install folder itself goes only if nothing else is in it.
Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\bin"
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\python"
  Delete "$INSTDIR\perfdesk.ico"
  Delete "$INSTDIR\ARPHIC-PUBLIC-LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; The association only if it is still ours (another program may have taken .perfdesk since).
  ReadRegStr $0 HKCU "Software\Classes\.perfdesk" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.perfdesk"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'

  ReadRegStr $0 HKCU "${ENVIRONMENT_KEY}" "Path"
  ${un.WordAdd} "$0" ";" "-$INSTDIR\bin" $1
  StrCmp $1 "" 0 +3
    DeleteRegValue HKCU "${ENVIRONMENT_KEY}" "Path"
    Goto +2
  WriteRegExpandStr HKCU "${ENVIRONMENT_KEY}" "Path" "$1"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

#!/usr/bin/env bash
# Builds SafeLedger for 64-bit Windows on Debian 12, runs the whole test suite under Wine, writes the installer,
# installs it silently into a Wine prefix and runs the installed programs as the clerk would.
#
#   installer/windows/build-on-linux.sh KIT_DIR OUT_DIR
#
# KIT_DIR: the Windows kit (Qt 6.4.2 and the libraries, cross-compiled with MinGW-w64): a folder holding
# safeledger-mingw-kit.tar.xz (../shared/windows-kit) or the unpacked kit (with toolchain-mingw64.cmake).
# OUT_DIR: build/ (the build), wine-tests/ and wine-install/ (the two Wine prefixes), checks/ (what the installed
# programs wrote, the window's screenshot) and SafeLedger-<version>-win64-setup.exe.
# Installs what it needs (apt-get). Exits non-zero at the first thing that is not right.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 KIT_DIR OUT_DIR" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
kit_arg=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)
started=$(date +%s)
step() { printf '\n== %s (%d s)\n' "$*" $(($(date +%s) - started)); }
fail() { echo "build-on-linux: $*" >&2; exit 1; }

step "Packages"
packages=(cmake ninja-build pkg-config file xz-utils g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix
          wine64 nsis qt6-base-dev qt6-base-dev-tools qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          fonts-wqy-microhei poppler-utils xvfb xauth imagemagick unzip locales)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    $(command -v sudo) sh -c "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}"
fi
# Wine takes the Windows locale from the Linux one: the Chinese runs need zh_CN.UTF-8 to exist.
if ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
    $(command -v sudo) sh -c "sed -i 's/^# *zh_CN.UTF-8 UTF-8/zh_CN.UTF-8 UTF-8/' /etc/locale.gen && locale-gen zh_CN.UTF-8" >/dev/null
fi
wine=/usr/lib/wine/wine64
wineserver=/usr/lib/wine/wineserver
[ -x "$wine" ] || fail "wine64 is not at $wine"

step "Kit"
if [ -f "$kit_arg/toolchain-mingw64.cmake" ]; then
    kit=$kit_arg
else
    tarball=$kit_arg/safeledger-mingw-kit.tar.xz
    [ -f "$tarball" ] || fail "$kit_arg holds neither the kit nor safeledger-mingw-kit.tar.xz"
    kit=$out/kit/safeledger-mingw
    stamp=$(sha256sum "$tarball" | cut -d' ' -f1)
    if [ "$(cat "$out/kit/.stamp" 2>/dev/null)" != "$stamp" ]; then
        rm -rf "$out/kit" && mkdir -p "$out/kit"
        tar -xJf "$tarball" -C "$out/kit"
        echo "$stamp" > "$out/kit/.stamp"
    fi
fi
[ -f "$kit/toolchain-mingw64.cmake" ] || fail "no toolchain-mingw64.cmake in $kit"

step "Build"
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# The kit's .pc files name /opt/safeledger-mingw as their prefix; --define-prefix takes it from where each .pc
# file lies, so the kit works wherever it is unpacked.
cmake -S "$src" -B "$out/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$kit/toolchain-mingw64.cmake" -DPKG_CONFIG_ARGN=--define-prefix "${launcher[@]}" > "$out/configure.log" \
    || { cat "$out/configure.log"; fail "configure failed"; }
cmake --build "$out/build"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$out/build/CMakeCache.txt")

step "Tests under Wine"
# A fresh prefix for every run (made by the first test, see tests/windows/run-under-wine.sh.in).
export WINEPREFIX=$out/wine-tests
export WINEDEBUG=-all
"$wineserver" -k 2>/dev/null || true
rm -rf "$WINEPREFIX" "$WINEPREFIX.lock"
bridge=$out/pdf-bridge
rm -rf "$bridge" && mkdir -p "$bridge"
"$here/pdf-bridge.sh" "$bridge" &
bridge_pid=$!
trap 'touch "$bridge/stop"; kill $bridge_pid 2>/dev/null || true; "$wineserver" -k 2>/dev/null || true' EXIT
export SAFELEDGER_PDF_BRIDGE="Z:${bridge//\//\\}"
set +e
ctest --test-dir "$out/build" --output-on-failure --timeout 900 2>&1 | tee "$out/wine-tests.log"
tests_status=${PIPESTATUS[0]}
set -e
unset SAFELEDGER_PDF_BRIDGE
"$wineserver" -k 2>/dev/null || true
summary=$(grep -E '^[0-9]+% tests passed' "$out/wine-tests.log" || true)
echo "Windows tests under Wine: ${summary:-no summary}"
[ "$tests_status" -eq 0 ] || fail "tests failed under Wine"

step "Installer"
rm -f "$out/build"/SafeLedger-*-win64-setup.exe
(cd "$out/build" && cpack -G NSIS > "$out/cpack.log" 2>&1) || { tail -n 40 "$out/cpack.log"; fail "cpack failed"; }
setup=$out/SafeLedger-$version-win64-setup.exe
cp "$out/build/SafeLedger-$version-win64-setup.exe" "$setup"
# What the installer packed is CPack's staging folder: PE32+ programs and DLLs, Qt6Core.dll, and nothing for Linux.
staging=$(find "$out/build/_CPack_Packages" -maxdepth 3 -type d -name "SafeLedger-$version-win64-setup" | head -n 1)
[ -n "$staging" ] || fail "no CPack staging folder"
elf=$(find "$staging" -type f -exec file {} + | grep -c ' ELF ' || true)
[ "$elf" -eq 0 ] || fail "the installer holds $elf ELF files"
for f in bin/safeledger.exe bin/safeledger-cli.exe bin/Qt6Core.dll bin/platforms/qwindows.dll \
         bin/sqldrivers/qsqlite.dll bin/styles/qwindowsvistastyle.dll bin/translations/qtbase_zh_CN.qm \
         bin/translations/safeledger_zh_CN.qm bin/libstdc++-6.dll bin/libwinpthread-1.dll bin/libgcc_s_seh-1.dll; do
    [ -s "$staging/$f" ] || fail "the installer lacks $f"
done
file "$staging/bin/safeledger.exe" "$staging/bin/safeledger-cli.exe" "$staging/bin/Qt6Core.dll" | tee "$out/pe-files.txt"
[ "$(grep -c 'PE32+ executable' "$out/pe-files.txt")" -eq 3 ] || fail "the programs are not PE32+"
ls -l "$setup"

step "Installed under Wine"
# A clean prefix that has never seen the build: only what setup.exe installs is there (no WINEPATH).
export WINEPREFIX=$out/wine-install
"$wineserver" -k 2>/dev/null || true
rm -rf "$WINEPREFIX"
"$wine" wineboot.exe -i > /dev/null 2>&1
cp /usr/share/fonts/truetype/wqy/wqy-microhei.ttc "$WINEPREFIX/drive_c/windows/Fonts/"
"$wineserver" -w
checks=$out/checks
rm -rf "$checks" && mkdir -p "$checks"
"$wine" "$setup" /S
"$wineserver" -w
bin="$WINEPREFIX/drive_c/Program Files/SafeLedger/bin"
[ -f "$bin/safeledger-cli.exe" ] || fail "setup.exe /S did not install bin/safeledger-cli.exe"
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\SafeLedger'
"$wine" reg.exe query "$uninstall_key" /v DisplayVersion 2>/dev/null | tr -d '\r' | tee "$checks/arp.txt"
grep -q "$version" "$checks/arp.txt" || fail "Add/Remove Programs does not show version $version"
shortcuts=$(find "$WINEPREFIX/drive_c" -iname '*SafeLedger*.lnk' | wc -l)
echo "shortcuts: $shortcuts"
[ "$shortcuts" -ge 2 ] || fail "the Start-menu and desktop shortcuts are missing"

# The clerk's world: a Chinese Windows (zh_CN), a user folder and files with Chinese names.
export LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8
cli() { "$wine" 'C:\Program Files\SafeLedger\bin\safeledger-cli.exe' "$@"; }
docs='C:\users\张三\文档'
docs_unix="$WINEPREFIX/drive_c/users/张三/文档"
mkdir -p "$docs_unix" "$docs_unix/新电脑" "$docs_unix/U盘" "$docs_unix/另一台"
db="$docs\\台账.sqlite"
cli --db "$db" --as-of 2026-11-30 demo --enterprises 120 --years 3 --seed 7
cli --db "$db" check
cli --db "$db" --as-of 2026-11-30 subsidies --year 2025 --out "$docs\\补助清单.xlsx"
cli --db "$db" --as-of 2026-11-30 report annual --year 2025 --out "$docs\\年度报告.pdf"
printf '%s\r\n' '单位名称,统一社会信用代码,所属社区' '新华商贸有限公司,91110000600037341L,河西村' \
    | iconv -f UTF-8 -t GB18030 > "$docs_unix/企业名单.csv"
cli --db "$db" import enterprises "$docs\\企业名单.csv" 2>&1 | tee "$checks/import.txt"
# The handover package (the workbook and every evidence file) and a backup that travels, each taken to a new PC.
cli --db "$db" export-all --out "$docs\\交接包.zip"
[ -s "$docs_unix/交接包.zip" ] || fail "export-all wrote nothing"
unzip -p "$docs_unix/交接包.zip" ledger.xlsx > "$checks/ledger.xlsx"
# (The workbook is written in constant memory: its strings are inline in the sheets, there is no sharedStrings.xml.
# Read into files first: grep -q stops at the first match, and under pipefail unzip's broken pipe would fail it.)
unzip -p "$checks/ledger.xlsx" 'xl/worksheets/*.xml' > "$checks/ledger-sheets.xml"
unzip -p "$checks/ledger.xlsx" xl/workbook.xml > "$checks/ledger-workbook.xml"
grep -q '新华商贸有限公司' "$checks/ledger-sheets.xml" || fail "the GB18030 file's Chinese name did not come in"
grep -q 'name="企业"' "$checks/ledger-workbook.xml" || fail "export-all's sheets are not named in Chinese"
cli --db "$docs\\新电脑\\台账.sqlite" import-all "$docs\\交接包.zip" || fail "import-all did not take the handover package"
cli --db "$docs\\新电脑\\台账.sqlite" check | tee "$checks/import-all-check.txt" || fail "check refused the imported package"
cli --db "$db" backup --out "$docs\\U盘\\备份.zip" || fail "backup --out failed"
cli --db "$docs\\另一台\\台账.sqlite" restore "$docs\\U盘\\备份.zip" || fail "restore onto a new PC failed"
cli --db "$docs\\另一台\\台账.sqlite" check | tee "$checks/restore-check.txt" || fail "check refused the restored copy"
grep -q 'evidence file' "$checks/restore-check.txt" || grep -q '证据' "$checks/restore-check.txt" \
    || fail "check of the restored copy says nothing of its evidence"
[ -s "$docs_unix/补助清单.xlsx" ] || fail "subsidies wrote no workbook"
[ -s "$docs_unix/年度报告.pdf" ] || fail "report annual wrote no PDF"
pdftotext -enc UTF-8 "$docs_unix/年度报告.pdf" "$checks/annual.txt"
grep -q '安全生产社会化服务工作报告' "$checks/annual.txt" || fail "the annual report's text does not read back"
if grep -qP '[\x{2E80}-\x{2FDF}]' "$checks/annual.txt"; then fail "the annual report's text holds radicals"; fi
pdffonts "$docs_unix/年度报告.pdf" | tee "$checks/annual-fonts.txt"
grep -qi 'CID TrueType.* yes ' "$checks/annual-fonts.txt" || fail "the annual report's font is not embedded"
pdftoppm -r 60 -png -f 1 -l 1 "$docs_unix/年度报告.pdf" "$checks/annual"

# The window: the installed program on Wine's own display driver under Xvfb, seen in a screenshot.
export DISPLAY=:77
Xvfb "$DISPLAY" -screen 0 1366x768x24 > /dev/null 2>&1 &
xvfb_pid=$!
sleep 2
"$wine" 'C:\Program Files\SafeLedger\bin\safeledger.exe' --db "$db" --as-of 2026-11-30 > "$checks/window.log" 2>&1 &
gui_pid=$!
sleep 25
import -display "$DISPLAY" -window root "$checks/window.png"
kill $gui_pid 2>/dev/null || true
"$wineserver" -k 2>/dev/null || true
kill $xvfb_pid 2>/dev/null || true
unset DISPLAY
[ -s "$checks/window.png" ] || fail "no screenshot of the window"

step "Uninstall keeps the data"
cli init > "$checks/init.txt" 2>&1  # the default database, in %APPDATA%\SafeLedger
appdata=$(find "$WINEPREFIX/drive_c/users" -path '*/AppData/Roaming/SafeLedger' -type d | head -n 1)
[ -n "$appdata" ] || fail "the default database is not under %APPDATA%\\SafeLedger"
"$wine" 'C:\Program Files\SafeLedger\Uninstall.exe' /S '_?=C:\Program Files\SafeLedger'
"$wineserver" -w
[ ! -e "$bin/safeledger.exe" ] || fail "the uninstaller left the program"
[ -n "$(find "$appdata" -name '*.sqlite' | head -n 1)" ] || fail "the uninstaller removed the clerk's data"
"$wineserver" -k 2>/dev/null || true

step "Done"
echo "Windows build, tests and installer: $(( ($(date +%s) - started) / 60 )) min; $setup"

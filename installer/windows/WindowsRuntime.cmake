# What ships beside the Windows programs in bin/, in one list for both ways of deploying it (WindowsDeploy.cmake.in):
# windeployqt on a Windows host, or copied from the Qt installation when the Windows build is made on Linux
# (installer/windows/build-on-linux.sh), where windeployqt does not exist. Either way the deploy step checks that
# every item below is in place; the dependency scan after it adds the DLLs these need (the compiler's runtime,
# libxlsxwriter and zlib when they are DLLs) and nothing from Windows itself.

# Qt's modules, as Qt6<name>.dll.
set(SAFELEDGER_WINDOWS_QT_MODULES Core Gui Widgets Sql PrintSupport Charts)

# Qt's plugins, as <folder>/<name>.dll beside the programs: the Windows platform, the offscreen platform (the
# command line and the tests run without a window), the native style, the SQLite driver (SafeLedger's only
# database), and the image formats of the evidence photos and the icon. Qt 6's Windows printing is inside
# Qt6PrintSupport.dll.
set(SAFELEDGER_WINDOWS_QT_PLUGINS
    platforms/qwindows
    platforms/qoffscreen
    styles/qwindowsvistastyle
    sqldrivers/qsqlite
    imageformats/qjpeg
    imageformats/qgif
    imageformats/qico)

# Qt's own Chinese catalogue for the standard dialogs, as translations/<file>. (SafeLedger's own catalogue and this
# one are also embedded in the programs; the files are what windeployqt installs too.)
set(SAFELEDGER_WINDOWS_QT_TRANSLATIONS qtbase_zh_CN.qm)

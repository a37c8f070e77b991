# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE): settings that differ between the packages.
if(CPACK_GENERATOR STREQUAL "NSIS")
    # SafeLedger-0.1.0-win64-setup.exe
    set(CPACK_PACKAGE_FILE_NAME "SafeLedger-${CPACK_PACKAGE_VERSION}-win64-setup")
elseif(CPACK_GENERATOR STREQUAL "DEB")
    # The DEB installs below /usr (usr/bin/safeledger, usr/share/applications/safeledger.desktop, ...).
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()

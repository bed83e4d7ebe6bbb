# Debian packages (cpack -G DEB, scripts/package.sh): the desktop application and its command
# line (mandatdesk), the modules both load (mandatdesk-common), and the reference portal with
# its systemd unit (mandatdesk-portal). Their dependencies are read from the binaries
# (dpkg-shlibdeps); each carries its changelog and copyright file, as Debian policy asks.
include(GNUInstallDirs)

set(MANDATDESK_DEB_DOCS "${PROJECT_BINARY_DIR}/debian-docs")
# The changelog, compressed as policy wants it (gzip -9n: no name, no time: reproducible).
add_custom_command(OUTPUT "${MANDATDESK_DEB_DOCS}/changelog.Debian.gz"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${MANDATDESK_DEB_DOCS}"
  COMMAND sh -c "gzip -9n < '${PROJECT_SOURCE_DIR}/resources/debian/changelog' > '${MANDATDESK_DEB_DOCS}/changelog.Debian.gz'"
  DEPENDS "${PROJECT_SOURCE_DIR}/resources/debian/changelog" VERBATIM)
add_custom_target(mandatdesk_deb_docs ALL DEPENDS "${MANDATDESK_DEB_DOCS}/changelog.Debian.gz")

set(mandatdesk_packages common mandatdesk-common desktop mandatdesk portal mandatdesk-portal)
while(mandatdesk_packages)
  list(POP_FRONT mandatdesk_packages component package)
  install(FILES "${MANDATDESK_DEB_DOCS}/changelog.Debian.gz" "${PROJECT_SOURCE_DIR}/resources/debian/copyright"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${package}" COMPONENT ${component})
endwhile()

# The portal's unit and the reverse proxy's configuration, as an example to adapt.
install(FILES "${PROJECT_SOURCE_DIR}/portal/deploy/mandatdesk-portal.service"
  DESTINATION lib/systemd/system COMPONENT portal)
install(FILES "${PROJECT_SOURCE_DIR}/portal/deploy/nginx.conf.in"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/mandatdesk-portal/examples" COMPONENT portal)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mandatdesk)
set(CPACK_PACKAGE_VENDOR MandatDesk)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "MandatDesk <paquets@mandatdesk.fr>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL common desktop portal)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://mandatdesk.fr)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)

set(CPACK_DEBIAN_COMMON_PACKAGE_NAME mandatdesk-common)
# Loaded when first needed, not linked: Tesseract and its French data (scans read by OCR).
set(CPACK_DEBIAN_COMMON_PACKAGE_DEPENDS "libtesseract5, tesseract-ocr-fra")
set(CPACK_COMPONENT_COMMON_DESCRIPTION "third-party caller-ID mandates - shared modules
 The modules MandatDesk loads when a task first needs them (international
 numbers, OCR of scanned documents, PDF forms, the command line's commands),
 shared by the desktop application and the reference operator portal.")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME mandatdesk)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION misc)
set(CPACK_COMPONENT_DESKTOP_DEPENDS common)
# Plugins Qt loads, which no binary links: the SQLite driver, the window's platforms.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION "prepare and track third-party caller-ID mandates
 MandatDesk prepares the dossiers a French telecom operator asks for before a
 call centre may present its client's number: the mandate filled in and
 signed, an extrait Kbis and a phone invoice under three months old. It checks
 the documents, tracks each dossier's status, warns before mandates expire,
 works offline and syncs with the operator's portal. This package holds the
 window (mandatdesk) and the command line (mandatdesk-cli).")
set(CPACK_DEBIAN_PORTAL_PACKAGE_NAME mandatdesk-portal)
set(CPACK_DEBIAN_PORTAL_PACKAGE_SECTION net)
set(CPACK_COMPONENT_PORTAL_DEPENDS common)
set(CPACK_DEBIAN_PORTAL_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PORTAL_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PORTAL_PACKAGE_SUGGESTS "nginx-light | nginx, postgresql")
set(CPACK_COMPONENT_PORTAL_DESCRIPTION "reference operator portal for MandatDesk
 The operator's side of MandatDesk: the HTTPS API the desktops push their
 dossiers to and receive decisions from, on SQLite or PostgreSQL, with a
 systemd unit and an example configuration for the nginx reverse proxy in
 front of it.")
include(CPack)

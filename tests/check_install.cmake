# Installs into a scratch prefix and checks the desktop integration files are where
# desktops look for them.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(f
    bin/mandatdesk
    bin/mandatdesk-cli
    share/applications/fr.mandatdesk.MandatDesk.desktop
    share/metainfo/fr.mandatdesk.MandatDesk.metainfo.xml
    share/icons/hicolor/scalable/apps/fr.mandatdesk.MandatDesk.svg)
  if(NOT EXISTS "${PREFIX}/${f}")
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
file(READ "${PREFIX}/share/applications/fr.mandatdesk.MandatDesk.desktop" entry)
if(NOT entry MATCHES "Exec=mandatdesk" OR NOT entry MATCHES "Icon=fr.mandatdesk.MandatDesk")
  message(FATAL_ERROR "the desktop entry does not start mandatdesk with its icon")
endif()
message(STATUS "installed: ${PREFIX}")

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
# The installed CLI finds its modules (libdir/mandatdesk) from where it is installed.
foreach(module cli scans phonenumber pdfforms)
  file(GLOB found "${PREFIX}/lib*/mandatdesk/libmandatdesk_${module}.so"
       "${PREFIX}/lib/*/mandatdesk/libmandatdesk_${module}.so")
  if(NOT found)
    message(FATAL_ERROR "not installed: the module libmandatdesk_${module}.so")
  endif()
endforeach()
execute_process(COMMAND "${PREFIX}/bin/mandatdesk-cli" --json --profile "${PREFIX}/profile" dossier list
                RESULT_VARIABLE result OUTPUT_VARIABLE listed ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT listed MATCHES "^\\[")
  message(FATAL_ERROR "the installed mandatdesk-cli cannot run `dossier list` (${result}): ${errors}")
endif()
file(READ "${PREFIX}/share/applications/fr.mandatdesk.MandatDesk.desktop" entry)
if(NOT entry MATCHES "Exec=mandatdesk" OR NOT entry MATCHES "Icon=fr.mandatdesk.MandatDesk")
  message(FATAL_ERROR "the desktop entry does not start mandatdesk with its icon")
endif()
message(STATUS "installed: ${PREFIX}")

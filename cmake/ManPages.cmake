# mandatdesk_install_man(PAGE COMPONENT): resources/man/PAGE.1 and its French resources/man/fr/PAGE.1,
# installed compressed (gzip -9n: no name, no time, as Debian policy asks; man reads them so).
include(GNUInstallDirs)
function(mandatdesk_install_man page component)
  foreach(lang "" "fr/")
    set(out "${PROJECT_BINARY_DIR}/man/${lang}${page}.1.gz")
    add_custom_command(OUTPUT "${out}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/man/${lang}"
      COMMAND sh -c "gzip -9n < '${PROJECT_SOURCE_DIR}/resources/man/${lang}${page}.1' > '${out}'"
      DEPENDS "${PROJECT_SOURCE_DIR}/resources/man/${lang}${page}.1" VERBATIM)
    install(FILES "${out}" DESTINATION "${CMAKE_INSTALL_MANDIR}/${lang}man1" COMPONENT ${component})
    list(APPEND outputs "${out}")
  endforeach()
  add_custom_target(${page}_man ALL DEPENDS ${outputs})
endfunction()

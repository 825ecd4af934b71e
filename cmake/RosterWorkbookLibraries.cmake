# The libraries Excel workbooks need (docs/SPREADSHEETS.md, "Workbooks"), as one interface target,
# roster_workbook_libraries, that app/CMakeLists.txt links into roster_workbook:
#   zlib           inflates the parts of a .xlsx (a zip file)        storage/workbook_zip.cpp
#   expat          parses their XML, with no DOCTYPE or entities      storage/workbook_xml.cpp
#   libxlsxwriter  writes report workbooks (it bundles its own minizip)
# Natively they come from Debian's packages (tools/setup.sh); a missing one fails the configure
# naming the package. Under Emscripten they come from the copies tools/setup.sh builds from
# Debian's source packages (ROSTER_ZLIB_WASM_DIR, ROSTER_EXPAT_WASM_DIR, ROSTER_XLSXWRITER_WASM_DIR,
# written to paths.env and passed by tools/common.sh); without them the WebAssembly build leaves
# workbooks out (ROSTER_HAVE_WORKBOOK OFF) rather than failing, so the page still builds.
set(ROSTER_HAVE_WORKBOOK OFF)
if(EMSCRIPTEN)
  set(missing "")
  foreach(pair "ZLIB;libz.a" "EXPAT;libexpat.a" "XLSXWRITER;libxlsxwriter.a")
    list(GET pair 0 name)
    list(GET pair 1 file)
    if(NOT EXISTS "${ROSTER_${name}_WASM_DIR}/lib/${file}")
      list(APPEND missing "ROSTER_${name}_WASM_DIR")
    endif()
  endforeach()
  if(missing)
    message(WARNING "Excel workbooks are left out of this WebAssembly build: ${missing} do not hold "
                    "the libraries built for WebAssembly; run tools/setup.sh and configure with the "
                    "paths it writes to paths.env (tools/common.sh's build_wasm does)")
    return()
  endif()
  add_library(roster_workbook_libraries INTERFACE)
  # Every one is a system header to us: their warnings are not ours.
  target_include_directories(roster_workbook_libraries SYSTEM INTERFACE
    "${ROSTER_ZLIB_WASM_DIR}/include" "${ROSTER_EXPAT_WASM_DIR}/include" "${ROSTER_XLSXWRITER_WASM_DIR}/include")
  # libxlsxwriter needs zlib, so it comes first.
  target_link_libraries(roster_workbook_libraries INTERFACE
    "${ROSTER_XLSXWRITER_WASM_DIR}/lib/libxlsxwriter.a" "${ROSTER_EXPAT_WASM_DIR}/lib/libexpat.a"
    "${ROSTER_ZLIB_WASM_DIR}/lib/libz.a")
else()
  find_package(ZLIB)
  if(NOT ZLIB_FOUND)
    message(FATAL_ERROR "zlib is missing: install Debian's zlib1g-dev (tools/setup.sh does)")
  endif()
  find_package(EXPAT)
  if(NOT EXPAT_FOUND)
    message(FATAL_ERROR "expat is missing: install Debian's libexpat1-dev (tools/setup.sh does)")
  endif()
  find_package(PkgConfig)
  if(PKG_CONFIG_FOUND)
    pkg_check_modules(ROSTER_XLSXWRITER IMPORTED_TARGET xlsxwriter)
  endif()
  if(NOT ROSTER_XLSXWRITER_FOUND)
    message(FATAL_ERROR "libxlsxwriter is missing: install Debian's libxlsxwriter-dev and pkg-config "
                        "(tools/setup.sh does)")
  endif()
  add_library(roster_workbook_libraries INTERFACE)
  target_link_libraries(roster_workbook_libraries INTERFACE PkgConfig::ROSTER_XLSXWRITER EXPAT::EXPAT ZLIB::ZLIB)
endif()
set(ROSTER_HAVE_WORKBOOK ON)

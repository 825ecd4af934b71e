# Settings shared by every Roster target.

# Warnings for Roster's own code (not for third-party sources).
add_library(roster_warnings INTERFACE)
target_compile_options(roster_warnings INTERFACE -Wall -Wextra -Wshadow -Wnon-virtual-dtor)

if(EMSCRIPTEN)
  # C++ exceptions are off by default in Emscripten, and cereal reports bad input by throwing:
  # without them a malformed plan would abort the page. Native WebAssembly exceptions are
  # smaller and faster than the JS-based ones (one test module: 163 KB against 192 KB, with
  # Emscripten 3.1.6). Compile AND link.
  add_compile_options(-fwasm-exceptions)
  add_link_options(-fwasm-exceptions)
  # WebAssembly SIMD (every current browser; web/loader.js explains when it is missing): the
  # deduplication's passes over the overlap matrix run two doubles at a time, about 14% faster
  # for 1,000 creators (README, benchmarks).
  add_compile_options(-msimd128)
  # Link-time optimisation of Roster's code and Dear ImGui (the prebuilt SDL2, zlib, expat and
  # libxlsxwriter stay ordinary objects): the linker sees the whole page, drops and merges more,
  # and each function keeps the speed or size goal its file was compiled for. 15 KB less of the
  # compressed page and no slower a first frame (README, "Page weight").
  option(ROSTER_WASM_LTO "Link-time optimisation of the WebAssembly build" ON)
  if(ROSTER_WASM_LTO)
    add_compile_options(-flto)
    add_link_options(-flto)
  endif()

  # Never -I/usr/include for em++ (it drags in glibc's headers): a build-local folder links
  # only the header-only libraries Roster uses.
  set(ROSTER_WASM_INCLUDE "${CMAKE_BINARY_DIR}/wasm-include")
  file(MAKE_DIRECTORY "${ROSTER_WASM_INCLUDE}")
  foreach(lib cereal rapidjson doctest fast_float)
    if(NOT EXISTS "/usr/include/${lib}")
      message(FATAL_ERROR "/usr/include/${lib} is missing: run tools/setup.sh")
    endif()
    file(CREATE_LINK "/usr/include/${lib}" "${ROSTER_WASM_INCLUDE}/${lib}" SYMBOLIC)
  endforeach()
  add_library(roster_third_party_headers INTERFACE)
  target_include_directories(roster_third_party_headers SYSTEM INTERFACE "${ROSTER_WASM_INCLUDE}")
else()
  add_library(roster_third_party_headers INTERFACE)  # cereal, rapidjson, doctest, fast_float are in /usr/include
endif()

# Fails the build if a file of a pure layer includes a UI, window, GL or browser header.
function(roster_require_pure target)
  get_target_property(sources ${target} SOURCES)
  get_target_property(dir ${target} SOURCE_DIR)
  set(files "")
  foreach(s ${sources})
    list(APPEND files "${dir}/${s}")
    string(REGEX REPLACE "\\.cpp$" ".h" header "${dir}/${s}")
    if(EXISTS "${header}")
      list(APPEND files "${header}")
    endif()
  endforeach()
  # The list goes through a file: semicolons would split a custom command's arguments.
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/${target}.sources" "${files}")
  add_custom_command(
    OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/${target}.pure"
    COMMAND ${CMAKE_COMMAND} -DTARGET=${target} -DLIST=${CMAKE_CURRENT_BINARY_DIR}/${target}.sources
            -P "${PROJECT_SOURCE_DIR}/cmake/CheckPure.cmake"
    COMMAND ${CMAKE_COMMAND} -E touch "${CMAKE_CURRENT_BINARY_DIR}/${target}.pure"
    DEPENDS ${files} "${PROJECT_SOURCE_DIR}/cmake/CheckPure.cmake"
    COMMENT "Checking that ${target} includes no UI, window, GL or browser header")
  add_custom_target(${target}_is_pure DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/${target}.pure")
  add_dependencies(${target} ${target}_is_pure)
endfunction()

# Fails the build when a file of app/<layer>/ includes a project header of a layer it may not use
# (cmake/CheckLayers.cmake). `layer` is the folder under app/; the layers it may include follow,
# its own among them. Every .h and .cpp of the folder is checked, again whenever one changes.
function(roster_require_layers target layer)
  file(GLOB files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/app/${layer}/*.h" "${PROJECT_SOURCE_DIR}/app/${layer}/*.cpp")
  list(JOIN ARGN "," allowed)
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/${target}.layer-files" "${files}")
  add_custom_command(
    OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/${target}.layers"
    COMMAND ${CMAKE_COMMAND} -DTARGET=${target} -DLAYER=${layer} -DALLOWED=${allowed}
            -DLIST=${CMAKE_CURRENT_BINARY_DIR}/${target}.layer-files -DGENERATED=${CMAKE_BINARY_DIR}/generated
            -P "${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake"
    COMMAND ${CMAKE_COMMAND} -E touch "${CMAKE_CURRENT_BINARY_DIR}/${target}.layers"
    DEPENDS ${files} "${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake"
    COMMENT "Checking that ${target} includes only the layers ${layer} may use")
  add_custom_target(${target}_layers DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/${target}.layers")
  add_dependencies(${target} ${target}_layers)
endfunction()

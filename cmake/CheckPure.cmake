# cmake -DTARGET=name -DLIST=file-listing-sources -P CheckPure.cmake
# The engine, storage, document and presentation layers must stay plain C++ so they build and
# are tested anywhere: no Dear ImGui, SDL, OpenGL or Emscripten include.
set(forbidden "#[ \t]*include[ \t]*[<\"](imgui|SDL|GL/|GLES|OpenGL|emscripten|backends/imgui)")
file(READ "${LIST}" files)
foreach(f ${files})
  file(STRINGS "${f}" hits REGEX "${forbidden}")
  if(hits)
    message(FATAL_ERROR "${TARGET} must stay plain C++, but ${f} has: ${hits}")
  endif()
endforeach()

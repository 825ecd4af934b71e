# cmake -DTARGET=name -DLAYER=folder -DALLOWED=a,b,c -DLIST=file-listing-files -DGENERATED=dir -P CheckLayers.cmake
# The app is built in layers, each below the next (app/CMakeLists.txt lists which layers each
# may use): a file includes another layer's header with its folder ("engine/plan.h"), and one
# of its own folder by name alone.
# A quoted include of a layer the file's folder may not use fails the build here, naming the
# file and the include, so an arrow running back up the layers is caught where it is written
# rather than noticed later as a tangle. (Angle-bracket includes are the system's and the
# libraries'; cmake/CheckPure.cmake keeps the plain-C++ layers free of those of the UI.)
file(READ "${LIST}" files)
string(REPLACE "," ";" allowed "${ALLOWED}")
string(REPLACE ";" ", " allowed_text "${allowed}")
set(problems "")
foreach(f ${files})
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  foreach(line ${lines})
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*$" "\\1" included "${line}")
    if(included MATCHES "/")
      string(REGEX REPLACE "/.*$" "" layer "${included}")
      list(FIND allowed "${layer}" at)
      if(at EQUAL -1)
        string(APPEND problems "\n  ${f}: #include \"${included}\": the ${LAYER} layer may include only ${allowed_text}")
      endif()
    else()
      # No folder: a header beside the file, or one the build writes (version.h, the embedded files).
      get_filename_component(dir "${f}" DIRECTORY)
      if(NOT EXISTS "${dir}/${included}" AND NOT EXISTS "${GENERATED}/${included}")
        string(APPEND problems "\n  ${f}: #include \"${included}\": no such header in app/${LAYER}/; "
                               "write another layer's header with its folder, as in \"engine/plan.h\"")
      endif()
    endif()
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "${TARGET} includes across its layers (app/CMakeLists.txt lists what each layer may use):${problems}")
endif()

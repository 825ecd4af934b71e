# Runs `roster ARGS` and fails unless its output (standard output, then standard error) equals
# the golden file EXPECTED byte for byte and it exits with STATUS (0 unless given).
#   cmake -DROSTER=path/to/roster "-DARGS=reach tests/data/plan-format-3.roster.json --lang fr"
#         -DEXPECTED=tests/cli/golden/reach-fr.txt [-DSTATUS=1] -P tests/cli/golden_output.cmake
# ARGS is split like a POSIX shell command line. Paths in ARGS are relative to the test's
# working directory (the source tree), so messages that name the file read the same everywhere.
separate_arguments(args UNIX_COMMAND "${ARGS}")
if(NOT DEFINED STATUS)
  set(STATUS 0)
endif()
execute_process(COMMAND "${ROSTER}" ${args} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
set(actual "${out}${err}")
file(READ "${EXPECTED}" expected)
if(NOT status EQUAL STATUS OR NOT actual STREQUAL expected)
  message("--- roster ${ARGS} (exit ${status}, expected ${STATUS}) printed:\n${actual}")
  message(FATAL_ERROR "${EXPECTED} differs from the output: if the change is meant, regenerate it from the "
                      "source tree with `roster ${ARGS} > ${EXPECTED} 2>&1`")
endif()

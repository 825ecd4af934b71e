# Runs `roster assumptions` and fails if its output differs from the committed document.
execute_process(COMMAND "${ROSTER}" assumptions OUTPUT_VARIABLE actual RESULT_VARIABLE status)
file(READ "${EXPECTED}" expected)
if(NOT status EQUAL 0 OR NOT actual STREQUAL expected)
  message(FATAL_ERROR "${EXPECTED} is out of date: regenerate it with `roster assumptions > docs/ASSUMPTIONS.md`")
endif()

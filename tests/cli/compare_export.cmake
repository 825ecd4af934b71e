# Runs `roster [--lang LANG] export PLAN --table TABLE ARGS...` and fails unless its output is the
# golden file byte for byte. After a deliberate change of a table, regenerate the golden file
# with the command this prints.
separate_arguments(extra UNIX_COMMAND "${ARGS}")
execute_process(COMMAND "${ROSTER}" --lang "${LANG}" export "${PLAN}" --table "${TABLE}" ${extra}
                OUTPUT_VARIABLE actual RESULT_VARIABLE status)
file(READ "${EXPECTED}" expected)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "roster export exited with ${status}")
endif()
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "The ${TABLE} table (${LANG}) differs from ${EXPECTED}. If the change is meant, regenerate it:\n"
                      "  roster --lang ${LANG} export ${PLAN} --table ${TABLE} ${ARGS} > ${EXPECTED}")
endif()

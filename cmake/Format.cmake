# `cmake --build build --target format` rewrites every C++ source of the tree with .clang-format;
# `--target format-check` fails when any file differs from it, and clang-format names each such file.
find_program(SAFELEDGER_CLANG_FORMAT NAMES clang-format clang-format-14 clang-format-15 clang-format-16)
if(NOT SAFELEDGER_CLANG_FORMAT)
    return()
endif()

file(GLOB_RECURSE safeledger_format_sources CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h"
    "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h" "${PROJECT_SOURCE_DIR}/core/*.h.in"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
    "${PROJECT_SOURCE_DIR}/tests/*.cpp" "${PROJECT_SOURCE_DIR}/tests/*.h")

add_custom_target(format
    COMMAND "${SAFELEDGER_CLANG_FORMAT}" -i --style=file ${safeledger_format_sources}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "clang-format: every C++ source of the tree"
    VERBATIM)
add_custom_target(format-check
    COMMAND "${SAFELEDGER_CLANG_FORMAT}" --dry-run --Werror --style=file ${safeledger_format_sources}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "clang-format: checking every C++ source of the tree"
    VERBATIM)

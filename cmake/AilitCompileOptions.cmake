# Warnings and sanitizers for ailit's own targets. Third-party headers come in as SYSTEM includes,
# so -Werror judges only our code.
add_library(ailit_compile_options INTERFACE)
target_compile_options(ailit_compile_options INTERFACE -Wall -Wextra -Werror)

if(AILIT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "AILIT_FUZZ needs clang (libFuzzer): configure with CXX=clang++")
  endif()
  # Our code gets coverage feedback for libFuzzer and both sanitizers; the fuzz targets link
  # libFuzzer's main (tests/fuzz/CMakeLists.txt).
  # RapidJSON 1.1's member iterators declare operator!= so that C++20's reversed candidates make
  # every range-for over an object ambiguous to clang; the warning is about its header.
  set(_ailit_fuzz -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                  -fno-omit-frame-pointer -Wno-ambiguous-reversed-operator
                  -fsanitize-ignorelist=${CMAKE_CURRENT_LIST_DIR}/clang_sanitizer_ignorelist.txt)
  target_compile_options(ailit_compile_options INTERFACE ${_ailit_fuzz})
  target_link_options(ailit_compile_options INTERFACE -fsanitize=address,undefined)
elseif(AILIT_SANITIZE)
  set(_ailit_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_compile_options(ailit_compile_options INTERFACE ${_ailit_san})
  target_link_options(ailit_compile_options INTERFACE ${_ailit_san})
endif()

# Warnings and sanitizers for ailit's own targets. Third-party headers come in as SYSTEM includes,
# so -Werror judges only our code.
add_library(ailit_compile_options INTERFACE)
target_compile_options(ailit_compile_options INTERFACE -Wall -Wextra -Werror)

if(AILIT_SANITIZE)
  set(_ailit_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_compile_options(ailit_compile_options INTERFACE ${_ailit_san})
  target_link_options(ailit_compile_options INTERFACE ${_ailit_san})
endif()

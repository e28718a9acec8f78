# ailit_add_plugin(): builds an ailit sector plugin, in this repository and, installed with the
# SDK, in an association's own project (docs/plugins.md).
#
#   ailit_add_plugin(<target>
#     SOURCES plugin.cpp ...
#     [KNOWLEDGE_DIR data]            # rules.json, measures.json, sector_risk.json, facts.json
#     [OUTPUT_DIRECTORY dir])         # where the shared library is written
#
# The result is a shared library (lib<target>.so) that exports only ailit_plugin_entry (hidden
# visibility, and a version script for what the standard library's templates would export),
# carries its four JSON documents inside, and needs nothing from the host at link time. The
# documents are embedded again whenever one of them changes. Without KNOWLEDGE_DIR the sources
# define AilitPluginDocuments() themselves (ailit/plugin.hpp).
set(_ailit_plugin_knowledge_script ${CMAKE_CURRENT_LIST_DIR}/AilitPluginKnowledge.cmake)

function(ailit_add_plugin target)
  cmake_parse_arguments(ARG "" "KNOWLEDGE_DIR;OUTPUT_DIRECTORY" "SOURCES" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "ailit_add_plugin(${target}): SOURCES is required")
  endif()
  set(_generated)
  if(ARG_KNOWLEDGE_DIR)
    get_filename_component(_dir ${ARG_KNOWLEDGE_DIR} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
    set(_documents ${_dir}/rules.json ${_dir}/measures.json ${_dir}/sector_risk.json
                   ${_dir}/facts.json)
    set(_generated ${CMAKE_CURRENT_BINARY_DIR}/${target}_knowledge.cpp)
    add_custom_command(
      OUTPUT ${_generated}
      COMMAND ${CMAKE_COMMAND} -DOUTPUT=${_generated} -DKNOWLEDGE_DIR=${_dir}
              -P ${_ailit_plugin_knowledge_script}
      DEPENDS ${_documents} ${_ailit_plugin_knowledge_script}
      COMMENT "Embedding the knowledge of plugin ${target}"
      VERBATIM)
  endif()

  add_library(${target} MODULE ${ARG_SOURCES} ${_generated})
  target_link_libraries(${target} PRIVATE ailit::sdk)
  target_compile_features(${target} PRIVATE cxx_std_20)
  set_target_properties(${target} PROPERTIES
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    POSITION_INDEPENDENT_CODE ON)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GNU-unique symbols would make dlclose a no-op, so a stale plugin could outlive a reload.
    target_compile_options(${target} PRIVATE -fno-gnu-unique)
  endif()
  if(NOT APPLE)
    # Every symbol resolved at link time: a plugin that silently needs the host cannot load.
    # The version script exports ailit_plugin_entry alone, also hiding the weak symbols that
    # template instantiations from the standard library headers would otherwise export.
    set(_exports ${CMAKE_CURRENT_BINARY_DIR}/${target}_exports.map)
    file(WRITE ${_exports} "{ global: ailit_plugin_entry; local: *; };\n")
    target_link_options(${target} PRIVATE -Wl,--version-script=${_exports})
    # Not in ailit's fuzzing build: clang's sanitizer runtime lives in the fuzz executable, so
    # an instrumented plugin refers to it unresolved until it is loaded there.
    if(NOT AILIT_FUZZ)
      target_link_options(${target} PRIVATE -Wl,-z,defs)
    endif()
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${_exports})
  endif()
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  endif()
endfunction()

# `cmake --install` puts the ailit binary, the bundled plugins and the plugin SDK under a
# prefix:
#   bin/ailit
#   lib/ailit/plugins/lib*.so          (found by the binary as <exe>/../lib/ailit/plugins)
#   include/ailit/plugin.h, plugin.hpp
#   lib/cmake/ailit/                   (find_package(ailit): ailit::sdk, ailit_add_plugin)
include(CMakePackageConfigHelpers)
set(AILIT_CMAKE_INSTALL_DIR lib/cmake/ailit)

install(TARGETS ailit RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/core/include/ailit/plugin.h
              ${PROJECT_SOURCE_DIR}/core/include/ailit/plugin.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/ailit)
set_target_properties(ailit_sdk PROPERTIES EXPORT_NAME sdk)
install(TARGETS ailit_sdk EXPORT ailitTargets)
install(EXPORT ailitTargets NAMESPACE ailit:: DESTINATION ${AILIT_CMAKE_INSTALL_DIR})

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/ailitConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/ailitConfig.cmake
                              INSTALL_DESTINATION ${AILIT_CMAKE_INSTALL_DIR})
# A plugin built against 0.x loads in any 0.x host with the same plugin ABI major; the package
# version follows the project, the ABI is checked at load time (docs/plugins.md).
write_basic_package_version_file(${PROJECT_BINARY_DIR}/ailitConfigVersion.cmake
                                 COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/ailitConfig.cmake ${PROJECT_BINARY_DIR}/ailitConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/AilitPlugin.cmake
              ${PROJECT_SOURCE_DIR}/cmake/AilitPluginKnowledge.cmake
        DESTINATION ${AILIT_CMAKE_INSTALL_DIR})

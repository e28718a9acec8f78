# Every dependency comes from Debian packages (scripts/setup.sh installs them).
find_package(RapidJSON REQUIRED)
add_library(ailit_rapidjson INTERFACE)
target_include_directories(ailit_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIRS})
# std::string overloads. RAPIDJSON_ASSERT stays the default assert(): our code type-checks every
# value before reading it, so an assertion firing is a bug in our code, not a bad input.
target_compile_definitions(ailit_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)

# Boost.DLL loads the sector plugins. With BOOST_DLL_USE_STD_FS it works on std::filesystem and
# needs only Boost's headers, not the Boost.Filesystem library.
find_package(Boost 1.74 REQUIRED)
add_library(ailit_boost_dll INTERFACE)
target_link_libraries(ailit_boost_dll INTERFACE Boost::headers)
target_compile_definitions(ailit_boost_dll INTERFACE BOOST_DLL_USE_STD_FS)

find_package(spdlog REQUIRED)
# Poco's package pushes definitions (_XOPEN_SOURCE, _REENTRANT, _DEBUG) on whoever links it, so
# only ailit_server links it, privately.
find_package(Poco REQUIRED COMPONENTS Net Foundation)

if(AILIT_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
if(AILIT_BUILD_BENCHMARKS)
  find_package(benchmark REQUIRED)
endif()

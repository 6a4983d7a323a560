# tearline_test(NAME SOURCES... LIBS ...): a GoogleTest binary registered with CTest.
# Tests run with the source tree as working directory so that testdata paths are stable.
function(tearline_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
  if(NOT TEARLINE_BUILD_TESTS)
    return()
  endif()
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main GTest::gmock)
  target_compile_definitions(${name} PRIVATE TEARLINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})  # tests may include src/<module>/*.h
  gtest_discover_tests(${name} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} DISCOVERY_TIMEOUT 60)
endfunction()

# tearline_library(NAME SOURCES... DEPS ...): a static module library.
function(tearline_library name)
  cmake_parse_arguments(L "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${L_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/include)
  target_link_libraries(${name} PUBLIC ${L_DEPS})
endfunction()

# tearline_fuzz(NAME SOURCE LIBS ...): a fuzz target exporting LLVMFuzzerTestOneInput.
# With -DTEARLINE_LIBFUZZER=ON (clang) it links libFuzzer; otherwise it links
# fuzz/replay_main.cc, and CTest replays every file of fuzz/corpus/NAME/ through it
# as a regression test.
option(TEARLINE_LIBFUZZER "Build fuzz targets with libFuzzer (clang only)" OFF)
if(TEARLINE_LIBFUZZER)
  # Instrument every module for coverage and AddressSanitizer, not only the
  # fuzz executables: the code libFuzzer explores lives in the libraries.
  add_compile_options(-fsanitize=fuzzer-no-link,address)
  add_link_options(-fsanitize=address)
endif()
function(tearline_fuzz name source)
  cmake_parse_arguments(F "" "" "LIBS" ${ARGN})
  if(TEARLINE_LIBFUZZER)
    add_executable(${name} ${source})
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer,address)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,address)
  else()
    add_executable(${name} ${source} ${PROJECT_SOURCE_DIR}/fuzz/replay_main.cc)
  endif()
  target_link_libraries(${name} PRIVATE ${F_LIBS})
  if(TEARLINE_BUILD_TESTS AND NOT TEARLINE_LIBFUZZER)
    add_test(NAME ${name}_corpus COMMAND ${name} ${PROJECT_SOURCE_DIR}/fuzz/corpus/${name})
  endif()
endfunction()

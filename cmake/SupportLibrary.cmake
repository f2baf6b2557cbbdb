# coroplugin_support_library(TARGET): the settings of a Clang-free static
# library that both the plugin (a shared module: position-independent) and
# coroplugin-report link: attrs/'s coroplugin-markers and format/'s
# coroplugin-format.
function(coroplugin_support_library target)
  target_include_directories(${target} SYSTEM PUBLIC ${LLVM_INCLUDE_DIRS})
  separate_arguments(_defs NATIVE_COMMAND "${LLVM_DEFINITIONS}")
  target_compile_definitions(${target} PUBLIC ${_defs})
  target_compile_features(${target} PUBLIC cxx_std_17)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  # The plugin, a shared module, exports nothing (plugin/CMakeLists.txt).
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  if(NOT LLVM_ENABLE_RTTI)
    target_compile_options(${target} PRIVATE -fno-rtti)
  endif()
  if(COROPLUGIN_SANITIZE)
    target_compile_options(${target} PRIVATE ${_coro_sanitize_compile_flags})
  endif()
endfunction()

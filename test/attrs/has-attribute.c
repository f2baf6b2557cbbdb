// What headers can test. __COROPLUGIN__ is defined exactly when the plugin is
// loaded, on every version. __has_attribute() of a marker is 1 with the plugin
// from Clang 19 on only (14-16 do not ask plugins; 17 and 18 are not
// supported) and 0 without it everywhere, as for a name that is no marker.
// RUN: %coro -DPLUGIN=1 -Xclang -verify %s
// RUN: %clang -fsyntax-only -DPLUGIN=0 -Xclang -verify %s
// expected-no-diagnostics

#if defined(__COROPLUGIN__) != PLUGIN
#error "__COROPLUGIN__ is defined exactly when the plugin is loaded"
#endif

#if PLUGIN && __clang_major__ >= 19
#define VISIBLE 1
#else
#define VISIBLE 0
#endif
#if __has_attribute(coroutine_fn) != VISIBLE
#error "__has_attribute(coroutine_fn) is wrong for this version"
#endif
#if __has_attribute(no_co_wrapper_bdrv_wrlock) != VISIBLE
#error "__has_attribute(no_co_wrapper_bdrv_wrlock) is wrong for this version"
#endif

#if __has_attribute(coroutine_function) || __has_attribute(qemu_coroutine_fn)
#error "__has_attribute() is 1 for a name that is no marker"
#endif

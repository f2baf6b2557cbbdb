// Headers can tell the plugin is loaded, on every supported version.
// RUN: %coro -Xclang -verify %s
// RUN: %clang -fsyntax-only -Xclang -verify=plain %s
// plain-no-diagnostics

#ifdef __COROPLUGIN__
#if __COROPLUGIN__ < 100
#error "__COROPLUGIN__ is the plugin version, major*10000 + minor*100 + patch"
#endif
// expected-warning@+1 {{plugin loaded}}
#warning plugin loaded
#endif

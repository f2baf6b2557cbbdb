// Found by the differential fuzzer: markers on a redeclaration that follows the
// definition. "A marker on any declaration of a function applies to all of
// them": the plugin honours every marker it can see there, written as a marker
// macro before or after the parameter list (a1, a2, a4, bdrv_a5). A raw
// attribute there (a3) is dropped by clang itself, which says so
// ("attribute declaration must precede definition"), before the plugin sees it.
// RUN: %coro -fplugin-arg-coroplugin-checks=-declaration-mismatch -Xclang -verify -Xclang -verify-ignore-unexpected=note %s
#define coroutine_fn __attribute__((annotate("coroutine_fn")))
#define co_wrapper __attribute__((co_wrapper))
int a1(void) { return 0; }
coroutine_fn int a1(void); // expected-warning {{attribute declaration must precede definition}}
int a2(void) { return 0; }
int coroutine_fn a2(void); // expected-warning {{attribute declaration must precede definition}}
int a3(void) { return 0; }
__attribute__((annotate("coroutine_fn"))) int a3(void); // expected-warning {{attribute declaration must precede definition}}
int a4(void) { return 0; }
int a4(void) coroutine_fn; // expected-warning {{attribute declaration must precede definition}}
int bdrv_a5(void) { return 0; }
int bdrv_a5(void) co_wrapper; // expected-warning {{attribute declaration must precede definition}}
int plain(void) {
  return
         a1() + // expected-warning {{calls 'coroutine_fn' function 'a1'}}
         a2() + // expected-warning {{calls 'coroutine_fn' function 'a2'}}
         a3() + // dropped by clang: no marker
         a4(); // expected-warning {{calls 'coroutine_fn' function 'a4'}}
}
int coroutine_fn co(void) {
  return
         bdrv_a5(); // expected-warning {{calls generated wrapper 'bdrv_a5'}}
}

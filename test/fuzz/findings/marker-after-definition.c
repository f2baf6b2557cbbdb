// Finding (differential fuzzer, gen.KNOWN_ISSUES "marker-after-definition").
// "A marker on any declaration of a function applies to all of them." On a
// redeclaration after the definition clang drops the attribute (its own
// -Wignored-attributes "attribute declaration must precede definition"); the
// plugin still honours the marker when it is written as a marker macro before
// the parameter list (a1, a2), but loses it when written raw (a3) or after the
// parameter list (a4, a5).
// Expected: coroutine-caller on lines 25-29; wrapper-call on line 32.
// Seen (clang 14 and 22): only lines 25 and 26 (plus clang's own warnings).
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
         a3() + // expected-warning {{calls 'coroutine_fn' function 'a3'}}
         a4(); // expected-warning {{calls 'coroutine_fn' function 'a4'}}
}
int coroutine_fn co(void) {
  return
         bdrv_a5(); // expected-warning {{calls generated wrapper 'bdrv_a5'}}
}

// Finding (differential fuzzer, gen.KNOWN_ISSUES "trailing-macro-next-to-attribute").
// Zero-patch marker macros work after the parameter list (`void f(void)
// coroutine_fn;`, test/macro-markers/empty-macros.c), also two of them in a row,
// but not next to a real attribute: p1 and p3 below lose coroutine_mixed_fn.
// Expected: mixed-caller for p1, p2, p3 (lines 17-19).
// Seen (clang 14 and 22): only p2 (line 18).
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,mixed-caller -Xclang -verify -Xclang -verify-ignore-unexpected=note %s
#define coroutine_mixed_fn
#define no_coroutine_fn __attribute__((annotate("no_coroutine_fn")))

int p1(int a) coroutine_mixed_fn no_coroutine_fn;
int p2(int a) coroutine_mixed_fn;
int p3(int a) no_coroutine_fn coroutine_mixed_fn;

int ordinary(void) {
  return
         p1(1) + // expected-warning {{calls 'coroutine_mixed_fn' function 'p1'}}
         p2(1) + // expected-warning {{calls 'coroutine_mixed_fn' function 'p2'}}
         p3(1);  // expected-warning {{calls 'coroutine_mixed_fn' function 'p3'}}
}

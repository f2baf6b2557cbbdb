// Found by the differential fuzzer. Marker macros after the parameter list
// (`void f(void) coroutine_fn;`, test/macro-markers/empty-macros.c) mark the
// function also next to a real attribute, on either side of it (p1, p3), not
// only alone (p2). Pins a mixed-caller warning for each of p1, p2 and p3.
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

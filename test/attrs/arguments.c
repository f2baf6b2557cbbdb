// Markers take no arguments.
// RUN: %coro -Xclang -verify %s
void __attribute__((coroutine_fn(1))) with_args(void); // expected-error {{'coroutine_fn' attribute takes no arguments}}
void __attribute__((__no_coroutine_fn__)) underscored(void);
void __attribute__((no_coroutine_fn)) underscored(void);

// Markers take no arguments: an error, the one the plugin adds to code plain
// clang accepts (which ignores the unknown attribute with a warning).
// RUN: %coro -Xclang -verify=args -DARGS %s
// Without arguments each form marks the function, which the checks then see:
// the reserved __name__ spelling and empty parentheses.
// RUN: %coro -Xclang -verify %s

#ifdef ARGS
void __attribute__((coroutine_fn(1))) with_args(void); // args-error {{'coroutine_fn' attribute takes no arguments}}
void __attribute__((__no_coroutine_fn__("x", 2))) with_two(void); // args-error {{'__no_coroutine_fn__' attribute takes no arguments}}
#else
void __attribute__((__no_coroutine_fn__)) underscored(void); // expected-note {{'underscored' is declared 'no_coroutine_fn' here}}
void __attribute__((coroutine_fn())) empty_parens(void); // expected-note {{'empty_parens' is declared 'coroutine_fn' here}}

void __attribute__((__coroutine_fn__)) co(void) { // expected-note {{'co' is declared 'coroutine_fn' here}}
  underscored(); // expected-warning {{'coroutine_fn' function 'co' calls 'no_coroutine_fn' function 'underscored'}}
}
void ordinary(void) {
  empty_parens(); // expected-warning {{non-coroutine function 'ordinary' calls 'coroutine_fn' function 'empty_parens'}}
  co(); // expected-warning {{non-coroutine function 'ordinary' calls 'coroutine_fn' function 'co'}}
}
#endif

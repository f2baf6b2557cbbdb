// A header's inline and static functions are walked in the units that use
// them: called, or their address taken, in code the unit walks (its own
// functions and initializers, the header functions those use, transitively,
// and the header's initializers). A function used by none of these, or only
// in unevaluated code, is not walked here; a function with external linkage
// that the header defines always is.
// RUN: %coro -Wno-unused-function -Xclang -verify %s
#include "Inputs/header-functions.h"

// expected-note@Inputs/header-functions.h:4 6 {{'co_sleep' is declared 'coroutine_fn' here}}
// expected-warning@Inputs/header-functions.h:13 {{non-coroutine function 'called' calls 'coroutine_fn' function 'co_sleep'}}
// expected-warning@Inputs/header-functions.h:14 {{non-coroutine function 'called_by_called' calls 'coroutine_fn' function 'co_sleep'}}
// expected-warning@Inputs/header-functions.h:16 {{non-coroutine function 'address_taken' calls 'coroutine_fn' function 'co_sleep'}}
// expected-warning@Inputs/header-functions.h:17 {{non-coroutine function 'in_header_table' calls 'coroutine_fn' function 'co_sleep'}}
// expected-warning@Inputs/header-functions.h:21 {{non-coroutine function 'external_definition' calls 'coroutine_fn' function 'co_sleep'}}

void (*hook)(void);

void user(void) {
  called();
  calls_more();
  hook = address_taken;
  (void)sizeof(in_sizeof(), 0);
  (void)_Generic(0, int: 1, long: (in_other_branch(), 2));
}

// The main file's own unused static function is walked all the same.
static void main_unused(void) { // expected-note {{mark 'main_unused' 'coroutine_fn'}}
  co_sleep(); // expected-warning {{non-coroutine function 'main_unused' calls 'coroutine_fn' function 'co_sleep'}}
}

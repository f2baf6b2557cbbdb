// QEMU 7.2 defines coroutine_fn and generated_co_wrapper as empty macros, and
// QEMU 8+ the co_wrapper family: a use of the macro in a declaration marks it,
// so an unmodified tree is checked as it is.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,coroutine-caller,wrapper-call -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-macro-markers=off -Xclang -verify=off %s
// off-no-diagnostics
#include "Inputs/empty-markers.h"

#define WRAP coroutine_fn

typedef struct BlockDriver {
  int coroutine_fn (*bdrv_co_flush)(void *bs); // expected-note {{'BlockDriver::bdrv_co_flush' is declared 'coroutine_fn' here}}
  int (*bdrv_probe)(void *bs);
} BlockDriver;
typedef void coroutine_fn CoroutineEntry(void *opaque); // expected-note {{typedef 'CoroutineEntry' is declared 'coroutine_fn' here}}
typedef int coroutine_fn (*AioTaskFunc)(void *task); // expected-note {{typedef 'AioTaskFunc' is declared 'coroutine_fn' here}}

coroutine_fn static void leading(void) {} // expected-note {{'leading' is declared 'coroutine_fn' here}}
void trailing(void) coroutine_fn; // expected-note {{'trailing' is declared 'coroutine_fn' here}}
int WRAP via_macro(void); // expected-note {{'via_macro' is declared 'coroutine_fn' here}}
int coroutine_fn first(void), second(void); // expected-note {{'first' is declared 'coroutine_fn' here}} expected-note {{'second' is declared 'coroutine_fn' here}}
struct s { int a; } coroutine_fn;
void plain_after(void);
void takes_callback(void coroutine_fn (*cb)(void)) { // expected-note {{mark 'takes_callback' 'coroutine_fn'}}
  cb(); // expected-warning {{non-coroutine function 'takes_callback' calls 'coroutine_fn' parameter 'cb'}}
} // expected-note@-2 {{'cb' is declared 'coroutine_fn' here}}

int coroutine_fn bdrv_co_pread(void *c, int n); // expected-note {{'bdrv_co_pread' is declared here}}
int coroutine_fn reader(void *c) {
  int coroutine_fn local = 0; // inside a body: not a declaration head we map
  return bdrv_pread(c, local); // expected-warning {{calls generated wrapper 'bdrv_pread'; call its coroutine version 'bdrv_co_pread' instead}}
}

void user(BlockDriver *d, CoroutineEntry *e, AioTaskFunc f) { // expected-note {{mark 'user' 'coroutine_fn'}}
  d->bdrv_co_flush(0); // expected-warning {{calls 'coroutine_fn' field 'BlockDriver::bdrv_co_flush'}}
  d->bdrv_probe(0);
  e(0); // expected-warning {{calls 'coroutine_fn' parameter 'e'}}
  f(0); // expected-warning {{calls 'coroutine_fn' parameter 'f'}}
  qemu_coroutine_yield(); // expected-warning {{calls 'coroutine_fn' function 'qemu_coroutine_yield'}}
  leading(); // expected-warning {{calls 'coroutine_fn' function 'leading'}}
  trailing(); // expected-warning {{calls 'coroutine_fn' function 'trailing'}}
  via_macro(); // expected-warning {{calls 'coroutine_fn' function 'via_macro'}}
  first(); // expected-warning {{calls 'coroutine_fn' function 'first'}}
  second(); // expected-warning {{calls 'coroutine_fn' function 'second'}}
  plain_after();
}

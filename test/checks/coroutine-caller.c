// Ordinary code must not call coroutine_fn code, directly or through a
// pointer, a field, a typedef or a macro.
// RUN: %coro -fblocks -fplugin-arg-coroplugin-checks=-*,coroutine-caller -Xclang -verify %s
// RUN: %coro -fblocks -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: %coro -fblocks -fplugin-arg-coroplugin-checks=-coroutine-caller -Xclang -verify=off %s
#include "../Inputs/qemu-markers.h"

void coroutine_fn co_sleep(void); // expected-note 9 {{'co_sleep' is declared 'coroutine_fn' here}}
typedef void coroutine_fn CoroutineEntry(void *opaque); // expected-note 4 {{typedef 'CoroutineEntry' is declared 'coroutine_fn' here}}
typedef CoroutineEntry *CoroutineEntryPtr;

typedef struct BlockDriver {
  int coroutine_fn (*bdrv_co_flush)(void *bs); // expected-note {{'BlockDriver::bdrv_co_flush' is declared 'coroutine_fn' here}}
  int (*bdrv_probe)(void *bs);
} BlockDriver;

void coroutine_fn (*co_hook)(void); // expected-note {{'co_hook' is declared 'coroutine_fn' here}}
CoroutineEntry *const entries[2];

// CHECK: fix-it:"{{.*}}coroutine-caller.c":{[[@LINE+1]]:5-[[@LINE+1]]:5}:" coroutine_fn"
void plain(void) { // expected-note {{mark 'plain' 'coroutine_fn'}}
  co_sleep(); // expected-warning {{non-coroutine function 'plain' calls 'coroutine_fn' function 'co_sleep'}}
  co_sleep(); // expected-warning {{non-coroutine function 'plain' calls 'coroutine_fn' function 'co_sleep'}}
}
// The fix-it is given once per function, so -fixit inserts the marker once.
// CHECK-NOT: fix-it:"{{.*}}":{[[@LINE-5]]:

void through_pointers(CoroutineEntry *entry, BlockDriver *drv, CoroutineEntryPtr p, int i) { // expected-note {{mark 'through_pointers' 'coroutine_fn'}}
  entry(0);           // expected-warning {{non-coroutine function 'through_pointers' calls 'coroutine_fn' parameter 'entry'}}
  (*entry)(0);        // expected-warning {{calls 'coroutine_fn' parameter 'entry'}}
  drv->bdrv_co_flush(0); // expected-warning {{calls 'coroutine_fn' field 'BlockDriver::bdrv_co_flush'}}
  drv->bdrv_probe(0);
  co_hook();          // expected-warning {{calls 'coroutine_fn' variable 'co_hook'}}
  p(0);               // expected-warning {{calls 'coroutine_fn' parameter 'p'}}
  entries[i](0);      // expected-warning {{calls 'coroutine_fn' variable 'entries'}}
}

#define SLEEP_TWICE() do { co_sleep(); co_sleep(); } while (0)
void from_macro(void) { // expected-note {{mark 'from_macro' 'coroutine_fn'}}
  SLEEP_TWICE(); // expected-warning 2 {{non-coroutine function 'from_macro' calls 'coroutine_fn' function 'co_sleep'}}
}

int in_statement_expression(void) { // expected-note {{mark 'in_statement_expression' 'coroutine_fn'}}
  return ({ co_sleep(); 1; }); // expected-warning {{calls 'coroutine_fn' function 'co_sleep'}}
}

// Clang 15+ also says K&R definitions are deprecated.
int knr(a) int a; { co_sleep(); return a; } // expected-warning {{non-coroutine function 'knr' calls 'coroutine_fn' function 'co_sleep'}} expected-warning 0-1 {{without a prototype is deprecated}} off-warning 0-1 {{without a prototype is deprecated}} expected-note {{mark 'knr' 'coroutine_fn'}}

void coroutine_fn co_unlock(int *p); // expected-note {{'co_unlock' is declared 'coroutine_fn' here}}
void cleanup(void) { // expected-note {{mark 'cleanup' 'coroutine_fn'}}
  int guard __attribute__((cleanup(co_unlock))) = 0; // expected-warning {{non-coroutine function 'cleanup' calls 'coroutine_fn' cleanup function 'co_unlock' of variable 'guard'}}
}

int int_sleep(void) coroutine_fn;
void unevaluated(void) {
  (void)sizeof(co_sleep(), 1);
  __typeof__(int_sleep()) x = 0;
  (void)_Generic(0, int: 1, default: (co_sleep(), 2));
  (void)__builtin_choose_expr(1, 0, (co_sleep(), 1));
  (void)x;
}

void selected_generic(void) { // expected-note {{mark 'selected_generic' 'coroutine_fn'}}
  (void)_Generic(0, int: (co_sleep(), 1), default: 2); // expected-warning {{calls 'coroutine_fn' function 'co_sleep'}}
}

void coroutine_fn co_caller(CoroutineEntry *entry) { co_sleep(); entry(0); }
void coroutine_mixed_fn mixed_caller(void) { co_sleep(); }

void allowed(void) { __allow_coroutine_fn_call(co_sleep()); }

void dispatch_sides(void) coroutine_mixed_fn;
void coroutine_mixed_fn dispatch_sides(void) {
  if (qemu_in_coroutine())
    co_sleep();
  else
    co_sleep(); // expected-warning {{function 'dispatch_sides' calls 'coroutine_fn' function 'co_sleep' where qemu_in_coroutine() is false}}
}

void ordinary_block(void) {
  void (^b)(void) = ^{ co_sleep(); }; // expected-warning {{block calls 'coroutine_fn' function 'co_sleep'}}
  b();
}

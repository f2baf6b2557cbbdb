// A coroutine_mixed_fn that asserts one context before any of its code can
// branch runs in that context only: reported once, with the marker it should
// have. coroutine_fn or no_coroutine_fn contradicted by an assertion too.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,asserted-context -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,asserted-context -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s "--implicit-check-not={{^}}fix-it:"
// The calls after the assertion are judged in its context, not as mixed code.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,no-coroutine-call,coroutine-caller -Xclang -verify=calls %s
// calls-no-diagnostics
#include <assert.h>
#include "../Inputs/qemu-markers.h"
#include "../Inputs/fake-glib.h"
#include "Inputs/asserted-context.h"

void coroutine_fn co_sleep(void);
void no_coroutine_fn aio_wait(void);
void poll(void);
#define IO_CODE() do { } while (0)

// CHECK: fix-it:"{{.*}}asserted-context.c":{[[@LINE+1]]:6-[[@LINE+1]]:24}:"no_coroutine_fn"
void coroutine_mixed_fn outside_only(void) { // expected-warning {{function 'outside_only' is declared 'coroutine_mixed_fn' but asserts !qemu_in_coroutine(); declare it 'no_coroutine_fn'}} expected-note {{'outside_only' is declared 'coroutine_mixed_fn' here}}
  int x = 0;
  IO_CODE();
  assert(!qemu_in_coroutine()); // expected-note {{!qemu_in_coroutine() is asserted here}}
  aio_wait();
  aio_wait();
  (void)x;
}

// Both declarations are edited.
// CHECK: fix-it:"{{.*}}asserted-context.c":{[[@LINE+1]]:6-[[@LINE+1]]:24}:"coroutine_fn"
void coroutine_mixed_fn inside_only(void);
// CHECK: fix-it:"{{.*}}asserted-context.c":{[[@LINE+1]]:6-[[@LINE+1]]:24}:"coroutine_fn"
void coroutine_mixed_fn inside_only(void) { // expected-warning {{function 'inside_only' is declared 'coroutine_mixed_fn' but asserts qemu_in_coroutine(); declare it 'coroutine_fn'}} expected-note {{'inside_only' is declared 'coroutine_mixed_fn' here}}
  g_assert(qemu_in_coroutine()); // expected-note {{qemu_in_coroutine() is asserted here}}
  co_sleep();
}

// CHECK: fix-it:"{{.*}}asserted-context.h":{2:6-2:24}:"coroutine_fn"
void header_marked(void) { // expected-warning {{function 'header_marked' is declared 'coroutine_mixed_fn' but asserts qemu_in_coroutine()}}
  assert(qemu_in_coroutine()); // expected-note {{asserted here}}
}
// expected-note@Inputs/asserted-context.h:2 {{'header_marked' is declared 'coroutine_mixed_fn' here}}

// Through a macro that means more than coroutine_mixed_fn: no fix-it.
#define MIXED_AND_MORE coroutine_mixed_fn
void MIXED_AND_MORE via_macro(void) { // expected-warning {{function 'via_macro' is declared 'coroutine_mixed_fn' but asserts qemu_in_coroutine()}} expected-note {{declared 'coroutine_mixed_fn' here}}
  assert(qemu_in_coroutine()); // expected-note {{asserted here}}
}
void __attribute__((annotate("coroutine_mixed_fn"))) via_annotate(void) { // expected-warning {{function 'via_annotate' is declared 'coroutine_mixed_fn'}} expected-note {{declared 'coroutine_mixed_fn' here}}
  assert(qemu_in_coroutine()); // expected-note {{asserted here}}
}

void coroutine_fn contradicts(void) { // expected-warning {{function 'contradicts' is declared 'coroutine_fn' but asserts !qemu_in_coroutine(), which then always fails}} expected-note {{'contradicts' is declared 'coroutine_fn' here}}
  assert(!qemu_in_coroutine()); // expected-note {{asserted here}}
}

void no_coroutine_fn contradicts_too(void) { // expected-warning {{function 'contradicts_too' is declared 'no_coroutine_fn' but asserts qemu_in_coroutine(), which then always fails}} expected-note {{declared 'no_coroutine_fn' here}}
  assert(qemu_in_coroutine()); // expected-note {{asserted here}}
}

// Every run passes an assertion after straight-line code, branches included.
// CHECK: fix-it:"{{.*}}asserted-context.c":{[[@LINE+1]]:6-[[@LINE+1]]:24}:"no_coroutine_fn"
void coroutine_mixed_fn after_branches(int x) { // expected-warning {{function 'after_branches' is declared 'coroutine_mixed_fn' but asserts !qemu_in_coroutine()}} expected-note {{declared 'coroutine_mixed_fn' here}}
  if (x)
    poll();
  else
    co_sleep();
  assert(!qemu_in_coroutine()); // expected-note {{asserted here}}
}

// Not for the whole body: an earlier statement may return, or the assertion
// is in a nested block.
void coroutine_mixed_fn after_return(int x) {
  if (x)
    return;
  assert(qemu_in_coroutine());
}

void coroutine_mixed_fn after_early_return(void) {
  if (qemu_in_coroutine()) {
    co_sleep();
    return;
  }
  assert(!qemu_in_coroutine());
}

void coroutine_mixed_fn nested(int x) {
  if (x) {
    assert(qemu_in_coroutine());
  }
}

void coroutine_mixed_fn in_a_loop(int n) {
  for (int i = 0; i < n; i++)
    assert(!qemu_in_coroutine());
}

// Agreeing markers, wrappers and unmarked functions: nothing to say.
void coroutine_fn agrees(void) { assert(qemu_in_coroutine()); }
void no_coroutine_fn agrees_too(void) { assert(!qemu_in_coroutine()); }
void unmarked(void) { assert(qemu_in_coroutine()); }
int co_wrapper bdrv_flush(void *bs);
int bdrv_flush(void *bs) { assert(!qemu_in_coroutine()); return 0; }
int co_wrapper_mixed bdrv_drain(void *bs);
int bdrv_drain(void *bs) { assert(!qemu_in_coroutine()); return 0; }
void no_coroutine_fn coroutine_mixed_fn spelled_out(void) { assert(!qemu_in_coroutine()); }


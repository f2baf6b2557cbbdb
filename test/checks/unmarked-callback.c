// Off by default: an ordinary function stored in a coroutine_fn pointer runs
// in coroutine context, and QEMU's convention is that it says so.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,unmarked-callback -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,unmarked-callback -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: %coro -Xclang -verify=default %s
// default-no-diagnostics
#include "../Inputs/qemu-markers.h"

typedef struct BlockDriverState BlockDriverState;
typedef void coroutine_fn CoroutineEntry(void *opaque); // expected-note 2 {{typedef 'CoroutineEntry' is declared 'coroutine_fn' here}}
typedef struct BlockDriver {
  int coroutine_fn (*bdrv_co_flush)(BlockDriverState *bs); // expected-note {{'BlockDriver::bdrv_co_flush' is declared 'coroutine_fn' here}}
  int (*bdrv_probe)(BlockDriverState *bs);
} BlockDriver;

// CHECK: fix-it:"{{.*}}unmarked-callback.c":{[[@LINE+1]]:11-[[@LINE+1]]:11}:" coroutine_fn"
static int drv_flush(BlockDriverState *bs) { return 0; }
static int drv_probe(BlockDriverState *bs) { return 0; }
int coroutine_fn drv_co_flush(BlockDriverState *bs);
void entry(void *opaque);
void *qemu_coroutine_create(CoroutineEntry *entry, void *opaque); // expected-note {{'entry' is declared here}}

static BlockDriver bdrv_x = {
  .bdrv_co_flush = drv_flush, // expected-warning {{function 'drv_flush' is stored in field 'BlockDriver::bdrv_co_flush', which is 'coroutine_fn', but is not declared 'coroutine_fn' itself}}
  .bdrv_probe = drv_probe,
};
static BlockDriver bdrv_y = { .bdrv_co_flush = drv_co_flush };

void create(void) {
  qemu_coroutine_create(entry, 0); // expected-warning {{function 'entry' is stored in parameter 'entry' of 'qemu_coroutine_create', which is 'coroutine_fn'}}
}

// Testing, comparing or converting to an integer or `void *` stores nothing
// callable; a detour through `void *` or an integer is followed.
typedef unsigned long uintptr_t;
void not_stored(CoroutineEntry *e, void **slot) {
  if (e == entry || !e) {}
  *slot = (void *)entry;
  uintptr_t u = (uintptr_t)entry;
  (void)u;
  (void)sizeof((CoroutineEntry *)entry);
  e = (CoroutineEntry *)(void *)entry; // expected-warning {{function 'entry' is stored in type 'CoroutineEntry *', which is 'coroutine_fn', but is not declared 'coroutine_fn' itself}}
}

// A function that must not run in coroutine context must not be stored where
// coroutine code calls it as coroutine_fn.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,no-coroutine-escape -Xclang -verify %s
#include "../Inputs/qemu-markers.h"

typedef struct BlockDriverState BlockDriverState;
typedef void coroutine_fn CoroutineEntry(void *opaque); // expected-note 3 {{typedef 'CoroutineEntry' is declared 'coroutine_fn' here}}
typedef struct BlockDriver {
  int coroutine_fn (*bdrv_co_flush)(BlockDriverState *bs); // expected-note {{'BlockDriver::bdrv_co_flush' is declared 'coroutine_fn' here}}
  int (*bdrv_flush)(BlockDriverState *bs);
} BlockDriver;

int no_coroutine_fn drv_blocking_flush(BlockDriverState *bs); // expected-note {{'drv_blocking_flush' is declared 'no_coroutine_fn' here}}
int co_wrapper blk_flush(BlockDriverState *bs); // expected-note {{'blk_flush' is declared 'co_wrapper' here}}
int co_wrapper_mixed blk_flush_mixed(BlockDriverState *bs);
void no_coroutine_fn blocking_entry(void *opaque); // expected-note 3 {{'blocking_entry' is declared 'no_coroutine_fn' here}}
void *qemu_coroutine_create(CoroutineEntry *entry, void *opaque); // expected-note {{'entry' is declared here}}

static BlockDriver bdrv_bad = {
  .bdrv_co_flush = drv_blocking_flush, // expected-warning {{'no_coroutine_fn' function 'drv_blocking_flush' is stored in field 'BlockDriver::bdrv_co_flush', which coroutine code calls as 'coroutine_fn'}}
  .bdrv_flush = drv_blocking_flush,
};
// Mixed wrappers may run in coroutine context.
static BlockDriver bdrv_mixed = { .bdrv_co_flush = blk_flush_mixed };

void create(void) {
  qemu_coroutine_create(blocking_entry, 0); // expected-warning {{'no_coroutine_fn' function 'blocking_entry' is stored in parameter 'entry' of 'qemu_coroutine_create'}}
  int coroutine_fn (*fp)(BlockDriverState *) = blk_flush; // expected-warning {{'co_wrapper' function 'blk_flush' is stored in variable 'fp'}} expected-note {{'fp' is declared 'coroutine_fn' here}}
  (void)fp;
}

// Testing, comparing or converting to an integer or `void *` stores nothing
// callable; a detour through `void *` or an integer is followed.
typedef unsigned long uintptr_t;
void not_stored(CoroutineEntry *e, void **slot) {
  if (e == blocking_entry || !e || (void *)e != (void *)blocking_entry) {}
  *slot = blocking_entry;
  uintptr_t u = (uintptr_t)blocking_entry;
  (void)u;
  (void)sizeof((CoroutineEntry *)blocking_entry);
  e = (CoroutineEntry *)(void *)blocking_entry; // expected-warning {{'no_coroutine_fn' function 'blocking_entry' is stored in type 'CoroutineEntry *', which coroutine code calls as 'coroutine_fn'}}
  e = (CoroutineEntry *)(uintptr_t)blocking_entry; // expected-warning {{'no_coroutine_fn' function 'blocking_entry' is stored in type 'CoroutineEntry *'}}
}

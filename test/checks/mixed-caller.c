// Off by default: ordinary callers of coroutine_mixed_fn functions, the first
// ones to change when a mixed function becomes coroutine_fn.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,mixed-caller -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,mixed-caller -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: %coro -Xclang -verify=default %s
// default-no-diagnostics
#include "../Inputs/qemu-markers.h"

typedef struct BlockDriverState BlockDriverState;
void coroutine_mixed_fn bdrv_drain(void *bs); // expected-note {{'bdrv_drain' is declared 'coroutine_mixed_fn' here}}
int generated_co_wrapper bdrv_flush(BlockDriverState *bs);
// QEMU master's co_wrapper_mixed: no_coroutine_fn coroutine_mixed_fn, with a twin.
int coroutine_fn bdrv_co_getlength(void *bs);
int no_coroutine_fn coroutine_mixed_fn bdrv_getlength(void *bs);

// CHECK: fix-it:"{{.*}}mixed-caller.c":{[[@LINE+1]]:5-[[@LINE+1]]:5}:" coroutine_mixed_fn"
void close_device(void *bs) {
  bdrv_drain(bs); // expected-warning {{non-coroutine function 'close_device' calls 'coroutine_mixed_fn' function 'bdrv_drain'; consider declaring 'close_device' 'coroutine_mixed_fn' too}}
  bdrv_flush(bs);
  bdrv_getlength(bs);
}

void coroutine_mixed_fn mixed(void *bs) { bdrv_drain(bs); }
void coroutine_fn co(void *bs) { bdrv_drain(bs); }

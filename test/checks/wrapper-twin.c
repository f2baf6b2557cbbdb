// Off by default: a wrapper's `_co_` twin must be declared, and coroutine_fn.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,wrapper-twin -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,wrapper-twin -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: %coro -Xclang -verify=default %s
// default-no-diagnostics
#include "../Inputs/qemu-markers.h"

typedef struct BlockDriverState BlockDriverState;

int coroutine_fn bdrv_co_flush(BlockDriverState *bs);
int generated_co_wrapper bdrv_flush(BlockDriverState *bs);

int generated_co_wrapper bdrv_check(BlockDriverState *bs); // expected-warning {{'generated_co_wrapper' wrapper 'bdrv_check' has no coroutine version: 'bdrv_co_check' is not declared}}

// CHECK: fix-it:"{{.*}}wrapper-twin.c":{[[@LINE+1]]:4-[[@LINE+1]]:4}:" coroutine_fn"
int bdrv_co_truncate(BlockDriverState *bs, long offset); // expected-note {{'bdrv_co_truncate' is declared here}}
int co_wrapper bdrv_truncate(BlockDriverState *bs, long offset); // expected-warning {{the coroutine version 'bdrv_co_truncate' of 'co_wrapper' wrapper 'bdrv_truncate' is not declared 'coroutine_fn'}}

// A twin declared later in the unit counts.
int co_wrapper_mixed blk_getlength(BlockDriverState *bs);
int coroutine_fn blk_co_getlength(BlockDriverState *bs);

// Reported once, however often the wrapper is declared.
int generated_co_wrapper bdrv_check(BlockDriverState *bs);

// What scripts/block-coroutine-wrapper.py cannot generate.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,wrapper-shape -Xclang -verify %s
#include "../Inputs/qemu-markers.h"

typedef struct BlockDriverState BlockDriverState;
typedef struct BdrvChild BdrvChild;
typedef struct BlockBackend BlockBackend;

int generated_co_wrapper bdrv_flush(BlockDriverState *bs);
int generated_co_wrapper bdrv_pread(BdrvChild *child, long offset);
int generated_co_wrapper blk_flush(BlockBackend *blk);

int coroutine_fn generated_co_wrapper bdrv_both(BlockDriverState *bs); // expected-warning {{'generated_co_wrapper' wrapper 'bdrv_both' cannot be generated: a wrapper runs outside coroutines and must not be 'coroutine_fn'}}
int generated_co_wrapper bdrv_co_twice(BlockDriverState *bs); // expected-warning {{'generated_co_wrapper' wrapper 'bdrv_co_twice' cannot be generated: its name has no '_' after which to insert 'co_', or already has '_co_'}}
int generated_co_wrapper flush(BlockDriverState *bs); // expected-warning {{its name has no '_' after which to insert 'co_'}}
int generated_co_wrapper bdrv_printf(BlockDriverState *bs, ...); // expected-warning {{'generated_co_wrapper' wrapper 'bdrv_printf' cannot be generated: it is variadic}}
int generated_co_wrapper bdrv_unnamed(BlockDriverState *); // expected-warning {{cannot be generated: every parameter needs a name}}
long generated_co_wrapper bdrv_size(BlockDriverState *bs); // expected-warning {{'generated_co_wrapper' wrapper 'bdrv_size' cannot be generated: generated_co_wrapper functions return int}}
int generated_co_wrapper bdrv_by_name(const char *name); // expected-warning {{cannot be generated: the first parameter must be a BlockDriverState *, BdrvChild * or BlockBackend *, which gives the AioContext}}
// QEMU 8+'s generator takes any return type and finds the AioContext itself.
long co_wrapper bdrv_by_name2(const char *name);

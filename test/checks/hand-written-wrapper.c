// Off by default: functions that do by hand what a generated wrapper does.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,hand-written-wrapper -Xclang -verify %s
// RUN: %coro -Xclang -verify=default %s -fplugin-arg-coroplugin-checks=-mixed-dispatch
// default-no-diagnostics
#include "../Inputs/qemu-markers.h"

typedef struct BlockDriverState BlockDriverState;
typedef struct Coroutine Coroutine;
typedef struct AioContext AioContext;
typedef void coroutine_fn CoroutineEntry(void *opaque);
Coroutine *qemu_coroutine_create(CoroutineEntry *entry, void *opaque);
void bdrv_coroutine_enter(BlockDriverState *bs, Coroutine *co);
_Bool aio_poll(AioContext *ctx, _Bool blocking);
AioContext *bdrv_get_aio_context(BlockDriverState *bs);
#define BDRV_POLL_WHILE(bs, cond) while ((cond)) aio_poll(bdrv_get_aio_context(bs), 1)

typedef struct FlushCo { BlockDriverState *bs; int ret; _Bool done; } FlushCo;

int coroutine_fn bdrv_co_flush(BlockDriverState *bs); // expected-note {{'bdrv_co_flush' is declared 'coroutine_fn' here}}
static void coroutine_fn bdrv_flush_co_entry(void *opaque) {
  FlushCo *s = opaque;
  s->ret = bdrv_co_flush(s->bs);
  s->done = 1;
}

int bdrv_flush(BlockDriverState *bs) { // expected-warning {{function 'bdrv_flush' is a hand-written wrapper around its coroutine version 'bdrv_co_flush'; declare it 'generated_co_wrapper'}}
  if (qemu_in_coroutine()) // expected-note {{qemu_in_coroutine() is tested here}}
    return bdrv_co_flush(bs);
  FlushCo s = { .bs = bs };
  bdrv_coroutine_enter(bs, qemu_coroutine_create(bdrv_flush_co_entry, &s));
  BDRV_POLL_WHILE(bs, !s.done);
  return s.ret;
}

// The QEMU 7.2 bdrv_create pattern: the entry function on both sides.
int coroutine_fn bdrv_co_create(BlockDriverState *bs); // expected-note {{'bdrv_co_create' is declared 'coroutine_fn' here}}
static void coroutine_fn bdrv_create_co_entry(void *opaque) {
  FlushCo *s = opaque;
  s->ret = bdrv_co_create(s->bs);
}
int bdrv_create(BlockDriverState *bs) { // expected-warning {{function 'bdrv_create' is a hand-written wrapper around its coroutine version 'bdrv_co_create'}}
  FlushCo s = { .bs = bs };
  if (qemu_in_coroutine()) { // expected-note {{qemu_in_coroutine() is tested here}}
    bdrv_create_co_entry(&s);
  } else {
    Coroutine *co = qemu_coroutine_create(bdrv_create_co_entry, &s);
    bdrv_coroutine_enter(bs, co);
    BDRV_POLL_WHILE(bs, !s.done);
  }
  return s.ret;
}

// Not wrappers: no polling; another signature; already generated.
int coroutine_fn bdrv_co_drain(BlockDriverState *bs);
int bdrv_drain(BlockDriverState *bs) {
  if (qemu_in_coroutine())
    return bdrv_co_drain(bs);
  bdrv_coroutine_enter(bs, qemu_coroutine_create(bdrv_flush_co_entry, 0));
  return 0;
}
int coroutine_fn bdrv_co_sync(BlockDriverState *bs, int flags);
int bdrv_sync(BlockDriverState *bs) {
  if (qemu_in_coroutine())
    return bdrv_co_sync(bs, 0);
  bdrv_coroutine_enter(bs, qemu_coroutine_create(bdrv_flush_co_entry, 0));
  BDRV_POLL_WHILE(bs, 1);
  return 0;
}
int coroutine_fn bdrv_co_pdiscard(BlockDriverState *bs);
int generated_co_wrapper bdrv_pdiscard(BlockDriverState *bs);
int bdrv_pdiscard(BlockDriverState *bs) {
  if (qemu_in_coroutine())
    return bdrv_co_pdiscard(bs);
  bdrv_coroutine_enter(bs, qemu_coroutine_create(bdrv_flush_co_entry, 0));
  BDRV_POLL_WHILE(bs, 1);
  return 0;
}

// Coroutine code calls the `_co_` twin, never the generated wrapper.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,wrapper-call -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,wrapper-call -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
#include "../Inputs/qemu-markers.h"

typedef struct BdrvChild BdrvChild;

int coroutine_fn bdrv_co_pread(BdrvChild *child, long offset, long bytes, void *buf, int flags); // expected-note 2 {{'bdrv_co_pread' is declared here}}
int generated_co_wrapper bdrv_pread(BdrvChild *child, long offset, long bytes, void *buf, int flags); // expected-note 2 {{'bdrv_pread' is declared 'generated_co_wrapper' here}}

// The old calling convention: the wrapper's parameters in another order.
int coroutine_fn bdrv_co_pwrite(BdrvChild *child, long offset, long bytes, const void *buf, int flags); // expected-note {{'bdrv_co_pwrite' is declared here}}
int generated_co_wrapper bdrv_pwrite(BdrvChild *child, long offset, const void *buf, long bytes, int flags); // expected-note {{'bdrv_pwrite' is declared 'generated_co_wrapper' here}}

int generated_co_wrapper bdrv_flush(void *bs); // expected-note {{'bdrv_flush' is declared 'generated_co_wrapper' here}}

// QEMU 8+ spellings.
int coroutine_fn blk_co_truncate(void *blk, long offset); // expected-note {{'blk_co_truncate' is declared here}}
int co_wrapper blk_truncate(void *blk, long offset); // expected-note {{'blk_truncate' is declared 'co_wrapper' here}}
int coroutine_fn bdrv_co_is_allocated(void *bs); // expected-note {{'bdrv_co_is_allocated' is declared here}}
int co_wrapper_mixed_bdrv_rdlock bdrv_is_allocated(void *bs); // expected-note {{'bdrv_is_allocated' is declared 'co_wrapper_mixed_bdrv_rdlock' here}}

// QEMU master: a wrapper is spelled only no_coroutine_fn; its twin says it.
int coroutine_fn bdrv_co_getlength(void *bs); // expected-note {{'bdrv_co_getlength' is declared here}}
int no_coroutine_fn bdrv_getlength(void *bs); // expected-note {{'bdrv_getlength' is declared 'no_coroutine_fn' here}}

int coroutine_fn reader(BdrvChild *c, void *buf) {
  // CHECK: fix-it:"{{.*}}wrapper-call.c":{[[@LINE+1]]:10-[[@LINE+1]]:20}:"bdrv_co_pread"
  return bdrv_pread(c, 0, 512, buf, 0); // expected-warning {{'coroutine_fn' function 'reader' calls generated wrapper 'bdrv_pread'; call its coroutine version 'bdrv_co_pread' instead}}
}

int coroutine_fn writer(BdrvChild *c, const void *buf) {
  // Different parameter order: renaming would not compile, so no fix-it.
  // CHECK-NOT: fix-it:"{{.*}}":{[[@LINE+1]]:
  return bdrv_pwrite(c, 0, buf, 512, 0); // expected-warning {{calls generated wrapper 'bdrv_pwrite'; call its coroutine version 'bdrv_co_pwrite' instead}}
}

int coroutine_fn flusher(void *bs) {
  return bdrv_flush(bs); // expected-warning {{'coroutine_fn' function 'flusher' calls generated wrapper 'bdrv_flush', but its coroutine version 'bdrv_co_flush' is not declared}}
}

int coroutine_fn qemu8(void *blk, void *bs) {
  return blk_truncate(blk, 0) + // expected-warning {{calls generated wrapper 'blk_truncate'; call its coroutine version 'blk_co_truncate' instead}}
         bdrv_is_allocated(bs); // expected-warning {{calls generated wrapper 'bdrv_is_allocated'; call its coroutine version 'bdrv_co_is_allocated' instead}}
}

int coroutine_fn master(void *bs) {
  return bdrv_getlength(bs); // expected-warning {{'coroutine_fn' function 'master' calls 'no_coroutine_fn' function 'bdrv_getlength'; call its coroutine version 'bdrv_co_getlength' instead}}
}

// The coroutine side of a dispatch is coroutine context too.
int coroutine_mixed_fn dispatch(BdrvChild *c, void *buf) {
  if (qemu_in_coroutine())
    return bdrv_pread(c, 0, 512, buf, 0); // expected-warning {{function 'dispatch' calls generated wrapper 'bdrv_pread' where qemu_in_coroutine() is true; call its coroutine version 'bdrv_co_pread' instead}}
  return bdrv_pread(c, 0, 512, buf, 0);
}

// Ordinary code, and mixed code calling mixed wrappers, is what wrappers are for.
int ordinary(BdrvChild *c, void *buf, void *blk) {
  return bdrv_pread(c, 0, 512, buf, 0) + blk_truncate(blk, 0);
}
int coroutine_mixed_fn mixed(BdrvChild *c, void *buf, void *bs) {
  return bdrv_pread(c, 0, 512, buf, 0) + bdrv_is_allocated(bs);
}

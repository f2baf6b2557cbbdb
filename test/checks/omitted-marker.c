// Off by default, a style check: a redeclaration that does not restate a
// marker of an earlier declaration. It still has the marker (markers are
// inherited); a reader of that declaration alone cannot tell.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,omitted-marker -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,omitted-marker -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: %coro %s 2>&1 | FileCheck %s --check-prefix=DEFAULT --allow-empty
#include "../Inputs/qemu-markers.h"

// DEFAULT-NOT: ,omitted-marker]
int coroutine_fn in_header(void); // expected-note {{'in_header' is declared 'coroutine_fn' here}}
// CHECK: fix-it:"{{.*}}omitted-marker.c":{[[@LINE+1]]:4-[[@LINE+1]]:4}:" coroutine_fn"
int in_header(void) { return 0; } // expected-warning {{redeclaration of 'in_header' does not restate 'coroutine_fn', which it inherits from a previous declaration}}

void no_coroutine_fn coroutine_mixed_fn twice(void); // expected-note {{'twice' is declared 'no_coroutine_fn' here}} expected-note {{'twice' is declared 'coroutine_mixed_fn' here}}
void twice(void); // expected-warning {{does not restate 'no_coroutine_fn'}} expected-warning {{does not restate 'coroutine_mixed_fn'}}
void coroutine_mixed_fn no_coroutine_fn twice(void) {}

int coroutine_fn restated(void);
int coroutine_fn restated(void) { return 0; }
int plain(void);
int plain(void) { return 0; }
// A redeclaration that adds a marker is declaration-mismatch's.
int adds(void);
int coroutine_fn adds(void) { return 0; }
// Generated wrappers carry their markers on the header only.
int generated_co_wrapper bdrv_pread(void *c);
int bdrv_pread(void *c) { return 0; }
int co_wrapper bdrv_flush(void *bs);
int bdrv_flush(void *bs) { return 0; }
// A hand-written function whose `_co_` twin is generated (QEMU 8+'s
// bdrv_open_child and no_co_wrapper bdrv_co_open_child) is not a wrapper.
int coroutine_fn bdrv_co_open_child(void *bs);
int no_coroutine_fn bdrv_open_child(void *bs); // expected-note {{'bdrv_open_child' is declared 'no_coroutine_fn' here}}
int bdrv_open_child(void *bs) { return 0; } // expected-warning {{redeclaration of 'bdrv_open_child' does not restate 'no_coroutine_fn'}}
// Contradictions are marker-conflict's.
void coroutine_mixed_fn contradicted(void);
void coroutine_fn contradicted(void);
void contradicted(void) {}

// A wrapper and its twin have the same return type and parameter types, in
// the same order: the generated code passes one's parameters to the other.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,wrapper-signature -Xclang -verify %s
#include "../Inputs/qemu-markers.h"

typedef struct BdrvChild BdrvChild;
typedef long int64_t;

// The old bdrv_pread: buffer and length swapped against bdrv_co_pread.
int coroutine_fn bdrv_co_pread(BdrvChild *child, int64_t offset, int64_t bytes, void *buf, int flags); // expected-note {{parameter 3 of 'bdrv_co_pread' is declared here}}
int generated_co_wrapper bdrv_pread(BdrvChild *child, int64_t offset, void *buf, int64_t bytes, int flags); // expected-warning {{parameter 3 of 'generated_co_wrapper' wrapper 'bdrv_pread' has type 'void *', but parameter 3 of its coroutine version 'bdrv_co_pread' has type 'int64_t'}}

int coroutine_fn bdrv_co_pwrite_sync(BdrvChild *child, int64_t offset, int64_t bytes); // expected-note {{'bdrv_co_pwrite_sync' is declared here}}
int generated_co_wrapper bdrv_pwrite_sync(BdrvChild *child, int64_t offset, int64_t bytes, int flags); // expected-warning {{'generated_co_wrapper' wrapper 'bdrv_pwrite_sync' takes 4 parameters, but its coroutine version 'bdrv_co_pwrite_sync' takes 3}}

int64_t coroutine_fn bdrv_co_getlength(BdrvChild *child); // expected-note {{'bdrv_co_getlength' is declared here}}
int co_wrapper bdrv_getlength(BdrvChild *child); // expected-warning {{'co_wrapper' wrapper 'bdrv_getlength' returns 'int', but its coroutine version 'bdrv_co_getlength' returns 'int64_t'}}

// Same types through typedefs and top-level const are the same.
typedef BdrvChild *ChildPtr;
int coroutine_fn bdrv_co_flush(BdrvChild *const child, int64_t n);
int generated_co_wrapper bdrv_flush(ChildPtr child, long n);

// One parameter is one, not "1 parameters".
int coroutine_fn bdrv_co_drain(BdrvChild *child, int flags); // expected-note {{'bdrv_co_drain' is declared here}}
int co_wrapper bdrv_drain(BdrvChild *child); // expected-warning {{'co_wrapper' wrapper 'bdrv_drain' takes 1 parameter, but its coroutine version 'bdrv_co_drain' takes 2 [-Wcoroutine,wrapper-signature]}}

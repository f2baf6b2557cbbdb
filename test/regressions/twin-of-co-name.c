// Found by the differential fuzzer: names that have no `_co_` twin. The twin of
// bdrv_pread is bdrv_co_pread (`co_` after the first `_`); a name that already
// reads x_co_y, or has no `_`, has none (the generator asserts on such
// wrappers, which wrapper-shape reports). Messages must not name an empty twin.
// RUN: %coro -Xclang -verify -Xclang -verify-ignore-unexpected=note %s
#define coroutine_fn __attribute__((coroutine_fn))
#define no_coroutine_fn __attribute__((no_coroutine_fn))
#define generated_co_wrapper __attribute__((generated_co_wrapper))
int coroutine_fn bdrv_co_co_flush(void);
int no_coroutine_fn bdrv_co_flush(void);
int generated_co_wrapper bdrv_co_sync(void); // expected-warning {{'generated_co_wrapper' wrapper 'bdrv_co_sync' cannot be generated: its name has no '_' after which to insert 'co_', or already has '_co_'}}
int generated_co_wrapper flush(void); // expected-warning {{'generated_co_wrapper' wrapper 'flush' cannot be generated}}
int coroutine_fn co(void) {
  return bdrv_co_flush() + // expected-warning {{'coroutine_fn' function 'co' calls 'no_coroutine_fn' function 'bdrv_co_flush', which must not run in coroutine context}}
         bdrv_co_sync() + // expected-warning {{'coroutine_fn' function 'co' calls generated wrapper 'bdrv_co_sync', which has no '_co_' coroutine version to call}}
         flush(); // expected-warning {{'coroutine_fn' function 'co' calls generated wrapper 'flush', which has no '_co_' coroutine version to call}}
}

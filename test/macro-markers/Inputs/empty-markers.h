/* As QEMU 7.2's include/qemu/coroutine.h and include/block/block-common.h. */
#define coroutine_fn
#define generated_co_wrapper

void coroutine_fn qemu_coroutine_yield(void); /* expected-note {{'qemu_coroutine_yield' is declared 'coroutine_fn' here}} */
int generated_co_wrapper bdrv_pread(void *c, int n); /* expected-note {{'bdrv_pread' is declared 'generated_co_wrapper' here}} */

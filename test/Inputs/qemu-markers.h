/* The markers as a tree that uses the plugin's attributes spells them. */
#ifndef QEMU_MARKERS_H
#define QEMU_MARKERS_H
#define coroutine_fn __attribute__((coroutine_fn))
#define coroutine_mixed_fn __attribute__((coroutine_mixed_fn))
#define no_coroutine_fn __attribute__((no_coroutine_fn))
#define generated_co_wrapper __attribute__((generated_co_wrapper))
#define co_wrapper __attribute__((co_wrapper))
#define co_wrapper_mixed __attribute__((co_wrapper_mixed))
#define co_wrapper_bdrv_rdlock __attribute__((co_wrapper_bdrv_rdlock))
#define co_wrapper_mixed_bdrv_rdlock __attribute__((co_wrapper_mixed_bdrv_rdlock))
#define __allow_coroutine_fn_call(call) (call)
_Bool qemu_in_coroutine(void);
#endif

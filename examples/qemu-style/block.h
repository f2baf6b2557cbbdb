/* A QEMU-shaped block layer in miniature, spelled the way QEMU 8+ spells its
 * markers when the plugin is there (see meson-integration/). */
#ifndef BLOCK_H
#define BLOCK_H

#define coroutine_fn __attribute__((coroutine_fn))
#define coroutine_mixed_fn __attribute__((coroutine_mixed_fn))
#define no_coroutine_fn __attribute__((no_coroutine_fn))
#define generated_co_wrapper __attribute__((generated_co_wrapper))

typedef struct BlockDriverState BlockDriverState;
typedef struct BdrvChild BdrvChild;
typedef void coroutine_fn CoroutineEntry(void *opaque);

typedef struct BlockDriver {
    const char *format_name;
    int coroutine_fn (*bdrv_co_flush)(BlockDriverState *bs);
    int (*bdrv_probe)(const unsigned char *buf, int buf_size);
} BlockDriver;

_Bool qemu_in_coroutine(void);
void qemu_coroutine_yield(void) coroutine_fn;
void aio_poll_until_idle(void) no_coroutine_fn;

int coroutine_fn bdrv_co_pread(BdrvChild *child, long offset, long bytes,
                               void *buf, int flags);
int generated_co_wrapper bdrv_pread(BdrvChild *child, long offset, long bytes,
                                    void *buf, int flags);
int bdrv_flush(BlockDriverState *bs);

#endif

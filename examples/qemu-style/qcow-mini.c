/* Each function below is a bug the plugin reports while this file compiles. */
#include "block.h"

/* A coroutine calls the blocking wrapper instead of its coroutine twin. */
static int coroutine_fn qcow_mini_co_read_header(BdrvChild *file, void *buf)
{
    return bdrv_pread(file, 0, 512, buf, 0);
}

/* Ordinary code calls a coroutine_fn: it may yield outside a coroutine. */
static int qcow_mini_flush_now(BlockDriverState *bs, const BlockDriver *drv)
{
    return drv->bdrv_co_flush(bs);
}

/* A coroutine waits for AIO by polling, which deadlocks. */
static void coroutine_fn qcow_mini_co_drain(void)
{
    aio_poll_until_idle();
    qemu_coroutine_yield();
}

/* Dispatches on the context without saying it runs in both. */
int bdrv_flush(BlockDriverState *bs)
{
    if (qemu_in_coroutine()) {
        qemu_coroutine_yield();
        return 0;
    }
    aio_poll_until_idle();
    return 0;
}

int qcow_mini_use(BlockDriverState *bs, BdrvChild *file, void *buf,
                  const BlockDriver *drv);
int qcow_mini_use(BlockDriverState *bs, BdrvChild *file, void *buf,
                  const BlockDriver *drv)
{
    (void)qcow_mini_co_read_header;
    (void)qcow_mini_co_drain;
    (void)file;
    (void)buf;
    return qcow_mini_flush_now(bs, drv);
}

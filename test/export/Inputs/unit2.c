#include "shared.h"

int coroutine_fn flush_twice(void *c)
{
    flush_all(c);
    wait_one();
    return flush_all(c);
}

int dispatch(void *c)
{
    if (qemu_in_coroutine()) {
        return bdrv_co_pread(c, 1);
    }
    return bdrv_pread(c, 1);
}

#include "shared.h"

int flush_all(void *c)
{
    co_sleep();
    return wait_one();
}

int coroutine_fn reader(void *c)
{
    return bdrv_pread(c, 1);
}

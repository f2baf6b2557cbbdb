#include "../../Inputs/qemu-markers.h"
static int helper(void) { return 2; }
int coroutine_fn bdrv_co_flush(void *bs);
int generated_co_wrapper bdrv_flush(void *bs);
int b_uses(void *bs) { return helper() + bdrv_flush(bs); }

/* A header two units include; its fix-its are exported by both
 * (shared-header.test, round-trip.test). */
#ifdef QEMU_7_2_MARKERS
#define coroutine_fn
#define coroutine_mixed_fn
#define generated_co_wrapper
_Bool qemu_in_coroutine(void);
#else
#include "qemu-markers.h"
#endif

typedef struct BdrvChild BdrvChild;
void coroutine_fn co_sleep(void);
int generated_co_wrapper bdrv_pread(BdrvChild *c, int n);
int coroutine_fn bdrv_co_pread(BdrvChild *c, int n);

int flush_all(void *c);

static inline int wait_one(void)
{
    co_sleep();
    return 0;
}

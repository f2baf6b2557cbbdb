/* One unit with every kind of fix-it the plugin exports (yaml.test). */
#include <assert.h>
#include "qemu-markers.h"

void coroutine_fn co_sleep(void);
typedef struct BdrvChild BdrvChild;
typedef struct BlockAIOCB BlockAIOCB;
int generated_co_wrapper bdrv_pread(BdrvChild *c, int n);
int coroutine_fn bdrv_co_pread(BdrvChild *c, int n);
int generated_co_wrapper bdrv_flush(BdrvChild *c);

BlockAIOCB *flush_all(void *c);

BlockAIOCB *flush_all(void *c) {
  co_sleep();
  return 0;
}

int coroutine_fn reader(void *c) { return bdrv_pread(c, 1); }

int coroutine_fn flusher(void *c) { return bdrv_flush(c); }

int dispatch(void *c) {
  if (qemu_in_coroutine())
    return bdrv_co_pread(c, 1);
  return bdrv_pread(c, 1);
}

int coroutine_mixed_fn in_coroutine_only(void) {
  assert(qemu_in_coroutine());
  return 0;
}

#define DEFINE_SLEEPER(name) int name(void) { co_sleep(); return 0; }
DEFINE_SLEEPER(sleeper)

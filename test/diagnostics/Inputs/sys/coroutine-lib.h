#include "../../../Inputs/qemu-markers.h"
void coroutine_fn co_sleep(void);
static inline void lib_helper(void) { co_sleep(); }

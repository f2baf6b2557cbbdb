#include "qemu-markers.h"
int coroutine_fn co_read(int n);
int read_sync(int n);
int helper(int n);

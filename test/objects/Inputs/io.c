#include "prog.h"
static int helper_local(int n) { return co_read(n); }
int coroutine_fn co_read(int n) { return n; }
int read_sync(int n) { return helper_local(n); }

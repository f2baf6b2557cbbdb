#include "prog.h"
static int helper_local(int n) { return n + 1; }
int main(void) { return read_sync(helper_local(1)) + helper(2); }

/* A system header: its findings are not shown, so not exported. */
void coroutine_fn co_sleep(void);
static inline int sys_wait(void) { co_sleep(); return 0; }

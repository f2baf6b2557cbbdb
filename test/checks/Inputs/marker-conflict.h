#include "../../Inputs/qemu-markers.h"

/* QEMU 10's migration/qemu-file.h */
/* expected-note@+1 {{'qemu_get_counted_string' is declared 'coroutine_mixed_fn' here}} */
unsigned coroutine_mixed_fn qemu_get_counted_string(void *f, char buf[256]);
void no_coroutine_fn header_noco(void); /* expected-note {{'header_noco' is declared 'no_coroutine_fn' here}} */

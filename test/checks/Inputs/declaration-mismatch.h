#include "../../Inputs/qemu-markers.h"

/* expected-note@+1 {{previous declaration is here}} */
int header_lacks(void);
int coroutine_fn definition_lacks(void);
int coroutine_fn both_say_it(void);
void no_coroutine_fn mixed_here(void); /* expected-note {{previous declaration is here}} */
int not_marked(void);
int generated_co_wrapper bdrv_pread(void *c);
int coroutine_fn restated_later(void);
int restated_later(void);
static int header_static(void); /* expected-note {{previous declaration is here}} */
void coroutine_mixed_fn contradicted(void);

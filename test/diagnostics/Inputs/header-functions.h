/* Functions a header defines, for header-functions.c. */
#include "../../Inputs/qemu-markers.h"

void coroutine_fn co_sleep(void); /* the note of every warning below */

static inline void unused_inline(void) { co_sleep(); }
static void unused_static(void) { co_sleep(); }
static inline void in_sizeof(void) { co_sleep(); }
static inline void in_other_branch(void) { co_sleep(); }
static inline int only_in_unused(void) { co_sleep(); return 0; }
static inline void calls_unused(void) { only_in_unused(); }

static inline void called(void) { co_sleep(); } // expected-note {{mark 'called' 'coroutine_fn'}}
static inline void called_by_called(void) { co_sleep(); } // expected-note {{mark 'called_by_called' 'coroutine_fn'}}
static inline void calls_more(void) { called_by_called(); }
static inline void address_taken(void) { co_sleep(); } // expected-note {{mark 'address_taken' 'coroutine_fn'}}
static inline void in_header_table(void) { co_sleep(); } // expected-note {{mark 'in_header_table' 'coroutine_fn'}}
static void (*const header_table[])(void) = { in_header_table };

/* External linkage: defined by the unit that includes it. */
void external_definition(void) { co_sleep(); } // expected-note {{mark 'external_definition' 'coroutine_fn'}}

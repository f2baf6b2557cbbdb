// Where a marker may be written, and what happens elsewhere.
// RUN: %coro -Xclang -verify %s
#include "../Inputs/qemu-markers.h"

// Functions, function pointers and typedefs of function(-pointer) type.
void coroutine_fn f(void);
void coroutine_fn (*fp)(void);
void coroutine_fn (*fps[4])(void);
typedef void coroutine_fn Entry(void *);
typedef void coroutine_fn (*EntryPtr)(void *);
struct Driver { int coroutine_fn (*co_flush)(void *); };
void takes(void coroutine_fn (*cb)(void), Entry entry);

// Anything else is ignored with a warning in -Wignored-attributes.
int coroutine_fn counter; // expected-warning {{'coroutine_fn' attribute only applies to functions, function pointers and typedefs of function type}}
struct coroutine_fn S { int x; }; // expected-warning {{'coroutine_fn' attribute only applies to functions, function pointers and typedefs of function type}}
typedef int coroutine_fn Int; // expected-warning {{'coroutine_fn' attribute only applies to functions, function pointers and typedefs of function type}}
struct Driver2 { int coroutine_fn size; }; // expected-warning {{'coroutine_fn' attribute only applies to functions, function pointers and typedefs of function type}}
// Wrappers are generated from function declarations only.
int (* generated_co_wrapper wrapper_ptr)(void); // expected-warning {{'generated_co_wrapper' attribute only applies to functions}}
typedef int co_wrapper Wrapped(void); // expected-warning {{'co_wrapper' attribute only applies to functions}}

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wignored-attributes"
int coroutine_fn quiet;
#pragma clang diagnostic pop

// Contradictory markers: test/checks/marker-conflict.c. QEMU master's
// co_wrapper_mixed is no_coroutine_fn coroutine_mixed_fn, which is fine.
int no_coroutine_fn coroutine_mixed_fn bdrv_is_inserted(void);

// On a statement: ignored with a warning, as plain clang ignores an unknown
// attribute there (clang's default for a plugin attribute is an error).
void statements(int x) {
  coroutine_fn ; // expected-warning {{'coroutine_fn' attribute only applies to functions, function pointers and typedefs of function type}}
  switch (x) { case 1: co_wrapper; } // expected-warning {{'co_wrapper' attribute only applies to functions}}
}

// coroutine_fn together with coroutine_mixed_fn or no_coroutine_fn, on one
// declaration or across declarations: a warning, never an error by default,
// and the entity is then checked as coroutine_mixed_fn, so calls of it are
// not reported a second time.
// RUN: %coro -Xclang -verify %s
// RUN: %coro %s 2>&1 | FileCheck %s --check-prefix=DEFAULT
// RUN: not %coro -Werror=coroutine %s 2>&1 | FileCheck %s --check-prefix=WERROR
// RUN: %coro -fplugin-arg-coroplugin-checks=-marker-conflict %s 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// RUN: %clang -c -o /dev/null -fplugin=%plugin %s
// Like clang's own attribute diagnostics, shown in a unit with errors too,
// where the checks of calls wait for code that compiles.
// RUN: not %coro -DBROKEN %s 2>&1 | FileCheck %s --check-prefix=BROKEN --implicit-check-not=coroutine-caller
#include "Inputs/marker-conflict.h"

#ifdef BROKEN
int broken = undeclared_identifier;
void coroutine_fn co_work(void);
void broken_caller(void) { co_work(); }
#endif
// BROKEN: error: use of undeclared identifier 'undeclared_identifier'
// BROKEN: warning: 'coroutine_fn' on 'qemu_get_counted_string' is not compatible with 'coroutine_mixed_fn' on a previous declaration; it is checked as 'coroutine_mixed_fn' [-Wcoroutine,marker-conflict]
// BROKEN: warning: 'no_coroutine_fn' and 'coroutine_fn' markers on 'both' are not compatible
// DEFAULT: warning: 'coroutine_fn' on 'qemu_get_counted_string' is not compatible with 'coroutine_mixed_fn' on a previous declaration; it is checked as 'coroutine_mixed_fn' [-Wcoroutine,marker-conflict]
// WERROR: error: 'coroutine_fn' on 'qemu_get_counted_string' {{.*}} [-Werror,-Wcoroutine,marker-conflict]
// OFF-NOT: marker-conflict
unsigned coroutine_fn qemu_get_counted_string(void *f, char buf[256]) { // expected-warning {{'coroutine_fn' on 'qemu_get_counted_string' is not compatible with 'coroutine_mixed_fn' on a previous declaration; it is checked as 'coroutine_mixed_fn'}}
  return 0;
}
void coroutine_fn header_noco(void) {} // expected-warning {{'coroutine_fn' on 'header_noco' is not compatible with 'no_coroutine_fn' on a previous declaration}}

// On one declaration.
void coroutine_fn both(void) no_coroutine_fn; // expected-warning {{'no_coroutine_fn' and 'coroutine_fn' markers on 'both' are not compatible; it is checked as 'coroutine_mixed_fn'}}
void coroutine_mixed_fn coroutine_fn mixed_and_co(void); // expected-warning {{'coroutine_mixed_fn' and 'coroutine_fn' markers on 'mixed_and_co' are not compatible}}
// Reported once, at the declaration that makes the conflict.
void coroutine_fn later(void); // expected-note {{'later' is declared 'coroutine_fn' here}}
void coroutine_mixed_fn later(void); // expected-warning {{'coroutine_mixed_fn' on 'later' is not compatible with 'coroutine_fn' on a previous declaration}}
void coroutine_mixed_fn later(void);
void coroutine_fn later(void);
// Pointers and their typedefs.
typedef void coroutine_fn CoEntry(void *); // expected-note {{typedef 'CoEntry' is declared 'coroutine_fn' here}}
CoEntry no_coroutine_fn *entry; // expected-warning {{'no_coroutine_fn' on 'entry' is not compatible with 'coroutine_fn' on its typedef 'CoEntry'}}
struct Driver { void coroutine_fn coroutine_mixed_fn (*cb)(void); }; // expected-warning {{'coroutine_mixed_fn' and 'coroutine_fn' markers on 'Driver::cb' are not compatible}}

// Fine: QEMU master's co_wrapper_mixed is exactly this pair.
int no_coroutine_fn coroutine_mixed_fn bdrv_is_inserted(void);

// Judged as coroutine_mixed_fn: ordinary and coroutine code may call them,
// and their bodies may call coroutine_fn functions like any mixed function.
void coroutine_fn co_sleep(void);
void plain_caller(void) {
  char buf[256];
  qemu_get_counted_string(0, buf);
  header_noco();
  both();
  later();
  entry(0);
}
void coroutine_fn co_caller(void) {
  header_noco();
  both();
  entry(0);
}
void coroutine_fn mixed_and_co(void) { co_sleep(); }
void (*plain_ptr)(void) = later;

// Notes and suppression follow -Wcoroutine like any check.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wcoroutine"
void coroutine_fn quiet(void) no_coroutine_fn;
#pragma clang diagnostic pop

// A coroutine_fn must not escape into a pointer that ordinary code may call.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,coroutine-escape -Xclang -verify %s
#include "../Inputs/qemu-markers.h"
#include <assert.h>

typedef struct BlockDriverState BlockDriverState;
typedef void coroutine_fn CoroutineEntry(void *opaque); // expected-note 3 {{typedef 'CoroutineEntry' is declared 'coroutine_fn' here}}
typedef CoroutineEntry *CoroutineEntryPtr;
typedef void QEMUBHFunc(void *opaque);
typedef struct BlockDriver {
  int coroutine_fn (*bdrv_co_flush)(BlockDriverState *bs);
  void (*bdrv_close)(BlockDriverState *bs); // expected-note 3 {{'BlockDriver::bdrv_close' is declared here}}
  struct { void (*inner)(void *); } nested; // expected-note-re {{'BlockDriver::({{anonymous|unnamed}} struct)::inner' is declared here}}
} BlockDriver;

void coroutine_fn co_entry(void *opaque); // expected-note 13 {{'co_entry' is declared 'coroutine_fn' here}}
void coroutine_fn drv_co_close(BlockDriverState *bs); // expected-note 4 {{'drv_co_close' is declared 'coroutine_fn' here}}
int coroutine_fn drv_co_flush(BlockDriverState *bs);
void bh(void *opaque);
void *qemu_coroutine_create(CoroutineEntry *entry, void *opaque);
void qemu_bh_schedule(QEMUBHFunc *cb, void *opaque); // expected-note 3 {{'cb' is declared here}}
void takes_any(int n, ...);
void takes_opaque(void *opaque);
typedef unsigned long uintptr_t;

// Designated and positional initializers, nested structs.
static BlockDriver bdrv_good = {
  .bdrv_co_flush = drv_co_flush,
};
static BlockDriver bdrv_bad = {
  .bdrv_close = drv_co_close, // expected-warning {{'coroutine_fn' function 'drv_co_close' escapes into field 'BlockDriver::bdrv_close', which is not 'coroutine_fn'}}
  .nested.inner = co_entry,   // expected-warning-re {{'coroutine_fn' function 'co_entry' escapes into field 'BlockDriver::({{anonymous|unnamed}} struct)::inner'}}
};
static BlockDriver bdrv_positional = { drv_co_flush, &drv_co_close }; // expected-warning {{'coroutine_fn' function 'drv_co_close' escapes into field 'BlockDriver::bdrv_close'}}

// Arrays of pointers, through typedef chains and const.
CoroutineEntryPtr const entries[] = { co_entry, co_entry };
QEMUBHFunc *const bhs[] = { bh, co_entry }; // expected-warning {{'coroutine_fn' function 'co_entry' escapes into an element of 'bhs'}} expected-note {{'bhs' is declared here}}
void coroutine_fn (*co_table[2])(void *) = { co_entry };

QEMUBHFunc *get_bh(int c) {
  return c ? bh : co_entry; // expected-warning {{'coroutine_fn' function 'co_entry' escapes into the return value of 'get_bh'}}
} // expected-note@-2 {{'get_bh' is declared here}}
CoroutineEntry *get_entry(void) { return co_entry; }

void conversions(int c, CoroutineEntry *e) {
  void (*fp)(void *) = co_entry; // expected-warning {{'coroutine_fn' function 'co_entry' escapes into variable 'fp'}} expected-note 4 {{'fp' is declared here}}
  fp = c ? bh : co_entry;        // expected-warning {{'coroutine_fn' function 'co_entry' escapes into variable 'fp'}}
  fp = e;                        // expected-warning {{'coroutine_fn' parameter 'e' escapes into variable 'fp'}}
  fp = get_entry();              // expected-warning {{'coroutine_fn' value of type 'CoroutineEntry *' escapes into variable 'fp'}}
  CoroutineEntry *ok = co_entry;
  ok = e;
  qemu_coroutine_create(co_entry, 0);
  qemu_bh_schedule(co_entry, 0); // expected-warning {{'coroutine_fn' function 'co_entry' escapes into parameter 'cb' of 'qemu_bh_schedule'}}
  takes_any(1, co_entry);        // expected-warning {{'coroutine_fn' function 'co_entry' escapes into a variadic argument of 'takes_any'}}
  // Through `void *` or an integer and back: the conversion back decides.
  void *p = (void *)co_entry;
  CoroutineEntry *back = (CoroutineEntry *)(void *)co_entry;
  fp = (QEMUBHFunc *)(void *)co_entry; // expected-warning {{'coroutine_fn' function 'co_entry' escapes into type 'QEMUBHFunc *'}}
  fp = (void (*)(void *))(uintptr_t)co_entry; // expected-warning {{'coroutine_fn' function 'co_entry' escapes into type 'void (*)(void *)'}}
  BlockDriver d = (BlockDriver){ .bdrv_close = drv_co_close }; // expected-warning {{'coroutine_fn' function 'drv_co_close' escapes into field 'BlockDriver::bdrv_close'}}
  d.bdrv_close = (void (*)(BlockDriverState *))drv_co_close; // expected-warning {{'coroutine_fn' function 'drv_co_close' escapes into type 'void (*)(BlockDriverState *)'}}
  // Comparing addresses, discarding, calling: no conversion that runs anything.
  if (fp == co_entry || &co_entry == fp) {}
  (void)co_entry;
  (void)sizeof((QEMUBHFunc *)co_entry);
  (void)ok; (void)p; (void)back; (void)ok;
}

#define SCHEDULE(fn) qemu_bh_schedule(fn, 0)
void via_macro(void) {
  SCHEDULE(co_entry); // expected-warning {{'coroutine_fn' function 'co_entry' escapes into parameter 'cb' of 'qemu_bh_schedule'}}
  qemu_bh_schedule(__allow_coroutine_fn_call(co_entry), 0);
}

// A function declared through a coroutine_fn typedef is coroutine_fn.
CoroutineEntry typedef_declared;
void uses_typedef_declared(void) {
  qemu_bh_schedule(typedef_declared, 0); // expected-warning {{'coroutine_fn' function 'typedef_declared' escapes into parameter 'cb'}}
}

// Only a conversion that yields something callable is an escape: testing a
// pointer for null, comparing it, converting it to bool, an integer or
// `void *` (QEMU's opaque pointers) runs nothing.
#define NONNULL(f) ((f) != 0)
#define CHECK_SET(f) ((f) ? (void)0 : __builtin_trap())
_Bool not_escapes(CoroutineEntry *e, QEMUBHFunc *fp) {
  if (e) {}
  if (!e || (e && fp)) {}
  int x = e ? 1 : 2;
  fp = e ? bh : 0;
  CHECK_SET(e);
  assert(e);
  assert(e != 0 && fp);
  CHECK_SET(e != 0);
  (void)NONNULL(e);
  _Bool b = e;
  b = !!e;
  uintptr_t u = (uintptr_t)e;
  long l = (long)co_entry + (_Bool)e;
  x = e == fp || fp != 0 || (void *)e == (void *)fp || e == co_entry;
  void *p = e;
  p = co_entry;
  takes_opaque(co_entry);
  takes_opaque((void *)e);
  takes_any(2, (void *)co_entry, (uintptr_t)e);
  (void)x; (void)u; (void)l; (void)p;
  return e;
}
uintptr_t as_integer(void) { return (uintptr_t)co_entry; }
void *as_opaque(void) { return co_entry; }

// Through macros, the conversion is reported where the macro is used.
#define AS_BH(f) ((QEMUBHFunc *)(f))
QEMUBHFunc *macro_cast(void) {
  return AS_BH(co_entry); // expected-warning {{'coroutine_fn' function 'co_entry' escapes into type 'QEMUBHFunc *'}}
}

// Unevaluated operands convert nothing.
void unevaluated(CoroutineEntry *e) {
  (void)sizeof((QEMUBHFunc *)co_entry);
  __typeof__((QEMUBHFunc *)e) t = 0;
  (void)_Generic(0, int: 0, long: (QEMUBHFunc *)co_entry);
  (void)_Generic((QEMUBHFunc *)e, default: 0);
  (void)__builtin_choose_expr(1, 0, (QEMUBHFunc *)co_entry);
  QEMUBHFunc *chosen = __builtin_choose_expr(0, 0, (QEMUBHFunc *)co_entry); // expected-warning {{'coroutine_fn' function 'co_entry' escapes into type 'QEMUBHFunc *'}}
  QEMUBHFunc *selected = _Generic(0, int: co_entry); // expected-warning {{'coroutine_fn' function 'co_entry' escapes into variable 'selected'}} expected-note {{'selected' is declared here}}
  (void)t; (void)chosen; (void)selected;
}

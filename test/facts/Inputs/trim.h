#include "../../Inputs/qemu-markers.h"

int lib_call(void);
int unused_proto(void);
int coroutine_fn marked_proto(void);
int coroutine_fn co_target(void);
void register_cb(int (*cb)(void));
int cb_plain(void);

static inline int coroutine_fn hdr_co(void) { return lib_call(); }
static inline int hdr_calls_co(void) { return co_target(); }
static inline void hdr_stores(void) { register_cb(cb_plain); }
/* No function of the unit uses it: not walked, marked callee or not. */
static inline int hdr_unused(void) { return co_target() + hdr_co(); }

#define DEFINE_GETTER(name) static inline int name(void) { return lib_call(); }
DEFINE_GETTER(hdr_getter)

static inline int hdr_inline(void) {
  hdr_stores();
  return lib_call() + hdr_getter() + hdr_calls_co();
}

struct Ops { int (*op)(void); };
static const struct Ops hdr_ops = { .op = cb_plain };

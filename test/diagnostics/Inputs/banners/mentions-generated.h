/*
 * Block coroutine wrapping core, used by auto-generated block/block-gen.c
 *
 * Hand-written, as QEMU 10's block/block-gen.h: only mentions generated code.
 */
static inline void mentions_generated(void) { co_sleep(); } // expected-note {{mark 'mentions_generated' 'coroutine_fn'}}

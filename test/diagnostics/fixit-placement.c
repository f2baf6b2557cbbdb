// Marker insertions go where QEMU writes markers: after the return type and
// the other specifiers, before attribute macros and the name, glued to a
// returned pointer's star, spelled as the macro, on prototypes and definitions
// alike. The result compiles without a coroutine warning whether the markers
// are the plugin's attributes, QEMU 8's annotate() or QEMU 7.2's empty macros.
// The fix-its are applied as a build applies them, exported and given to
// clang-apply-replacements: coroutine-caller's are a note's, which
// -Xclang -fixit leaves alone, as clang does.
// REQUIRES: clang-apply-replacements
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/attrs.c && cp %s %t/annotate.c && cp %s %t/empty.c
// RUN: %coro -I%S/../Inputs -fplugin-arg-coroplugin-export-fixes=%t/fixes %t/attrs.c 2>/dev/null
// RUN: %coro -I%S/../Inputs -DANNOTATE_MARKERS -fplugin-arg-coroplugin-export-fixes=%t/fixes %t/annotate.c 2>/dev/null
// RUN: %coro -I%S/../Inputs -DEMPTY_MARKERS -fplugin-arg-coroplugin-export-fixes=%t/fixes %t/empty.c 2>/dev/null
// RUN: %apply_replacements %t/fixes
// RUN: FileCheck %s --input-file=%t/attrs.c --match-full-lines --strict-whitespace
// RUN: FileCheck %s --input-file=%t/annotate.c --match-full-lines --strict-whitespace
// RUN: FileCheck %s --input-file=%t/empty.c --match-full-lines --strict-whitespace
// RUN: %coro -Werror=coroutine -I%S/../Inputs %t/attrs.c
// RUN: %coro -Werror=coroutine -I%S/../Inputs -DANNOTATE_MARKERS %t/annotate.c
// RUN: %coro -Werror=coroutine -I%S/../Inputs -DEMPTY_MARKERS %t/empty.c
#if defined(EMPTY_MARKERS)
#define coroutine_fn
#define coroutine_mixed_fn
_Bool qemu_in_coroutine(void);
#elif defined(ANNOTATE_MARKERS)
#define coroutine_fn __attribute__((__annotate__("coroutine_fn")))
#define coroutine_mixed_fn __attribute__((__annotate__("coroutine_mixed_fn")))
_Bool qemu_in_coroutine(void);
#else
#include "qemu-markers.h"
#endif
#define GRAPH_RDLOCK __attribute__((annotate("graph_rdlock")))
#define G_GNUC_WARN_UNUSED_RESULT __attribute__((warn_unused_result))
#define RET int
typedef struct BlockAIOCB BlockAIOCB;
typedef struct QIOChannel QIOChannel;
void coroutine_fn co_sleep(void);
void blocking(void);

// CHECK:int coroutine_fn plain(void);
int plain(void);
// CHECK:int coroutine_fn plain(void) { co_sleep(); return 0; }
int plain(void) { co_sleep(); return 0; }

// CHECK:static int coroutine_fn GRAPH_RDLOCK locked(void) { co_sleep(); return 0; }
static int GRAPH_RDLOCK locked(void) { co_sleep(); return 0; }

// CHECK:static int coroutine_fn G_GNUC_WARN_UNUSED_RESULT
// CHECK-NEXT:split(void)
static int G_GNUC_WARN_UNUSED_RESULT
split(void)
{
    co_sleep();
    return 0;
}

// CHECK:static inline int coroutine_fn
// CHECK-NEXT:split_inline(void)
static inline int
split_inline(void)
{
    co_sleep();
    return 0;
}

// CHECK:BlockAIOCB *coroutine_fn aio(void);
BlockAIOCB *aio(void);
// CHECK:BlockAIOCB *coroutine_fn aio(void) { co_sleep(); return 0; }
BlockAIOCB *aio(void) { co_sleep(); return 0; }

// CHECK:QIOChannel *coroutine_fn
// CHECK-NEXT:channel(void)
QIOChannel *
channel(void)
{
    co_sleep();
    return 0;
}

// CHECK:const char *coroutine_fn GRAPH_RDLOCK name_of(void) { co_sleep(); return 0; }
const char *GRAPH_RDLOCK name_of(void) { co_sleep(); return 0; }

// CHECK:char **coroutine_fn argv_of(void) { co_sleep(); return 0; }
char **argv_of(void) { co_sleep(); return 0; }

// CHECK:void *coroutine_fn spaced(void) { co_sleep(); return 0; }
void * spaced(void) { co_sleep(); return 0; }

// CHECK:RET coroutine_fn via_macro(void) { co_sleep(); return 0; }
RET via_macro(void) { co_sleep(); return 0; }

// CHECK:static void coroutine_mixed_fn GRAPH_RDLOCK either(void)
static void GRAPH_RDLOCK either(void)
{
    if (qemu_in_coroutine()) {
        co_sleep();
    } else {
        blocking();
    }
}

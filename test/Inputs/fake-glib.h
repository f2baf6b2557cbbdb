/* glib 2.74's g_assert and G_LIKELY, as gtestutils.h and gmacros.h define
 * them, without the rest of glib. */
#ifndef FAKE_GLIB_H
#define FAKE_GLIB_H
#define G_STMT_START do
#define G_STMT_END while (0)
#define G_PASTE_ARGS(a, b) a##b
#define G_PASTE(a, b) G_PASTE_ARGS(a, b)
#define _G_BOOLEAN_EXPR_IMPL(uniq, expr)                                       \
  __extension__({                                                              \
    int G_PASTE(_g_boolean_var_, uniq);                                        \
    if (expr)                                                                  \
      G_PASTE(_g_boolean_var_, uniq) = 1;                                      \
    else                                                                       \
      G_PASTE(_g_boolean_var_, uniq) = 0;                                      \
    G_PASTE(_g_boolean_var_, uniq);                                            \
  })
#define _G_BOOLEAN_EXPR(expr) _G_BOOLEAN_EXPR_IMPL(__COUNTER__, expr)
#define G_LIKELY(expr) (__builtin_expect(_G_BOOLEAN_EXPR(expr), 1))
_Noreturn void g_assertion_message_expr(const char *domain, const char *file,
                                        int line, const char *func,
                                        const char *expr);
#define g_assert(expr)                                                         \
  G_STMT_START {                                                               \
    if G_LIKELY (expr)                                                         \
      ;                                                                        \
    else                                                                       \
      g_assertion_message_expr(0, __FILE__, __LINE__, __func__, #expr);        \
  }                                                                            \
  G_STMT_END
#endif

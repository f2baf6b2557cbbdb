/*
 * Copyright (c) the authors.
 */
/* DO NOT EDIT: the table below is kept in sync by hand. */
static inline void banner_not_first(void) { co_sleep(); } // expected-note {{mark 'banner_not_first' 'coroutine_fn'}}

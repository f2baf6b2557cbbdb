/*
 * Copyright (c) the authors.
 */
/* DO NOT EDIT: the table below is kept in sync by hand. */
static inline void banner_not_first(void) { co_sleep(); }

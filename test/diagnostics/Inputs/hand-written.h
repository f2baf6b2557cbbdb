/*
 * A hand-written header.
 *
 * Copyright (c) 2024 Someone
 *
 * Permission is hereby granted, free of charge, to any person obtaining a
 * copy of this software and associated documentation files, to deal in it
 * without restriction, subject to the following conditions: none.
 *
 * This license text is long enough that what follows is not the start.
 */
/* The tables below are automatically generated (once, by hand). */
static inline void hand_written(void) { co_sleep(); } // expected-note {{mark 'hand_written' 'coroutine_fn'}}

/* The marker only in a header: the fix-it edits the header. */
void coroutine_mixed_fn header_marked(void);

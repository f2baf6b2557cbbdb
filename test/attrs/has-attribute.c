// __has_attribute() sees plugin attributes from Clang 19 on.
// REQUIRES: clang-19 || clang-22
// RUN: %coro -Xclang -verify %s
#if __has_attribute(coroutine_fn) && __has_attribute(no_co_wrapper_bdrv_wrlock)
// expected-warning@+1 {{has attribute}}
#warning has attribute
#endif

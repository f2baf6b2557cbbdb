#include "qemu-markers.h"
int flush_all(void *c);
int dispatch(void *c);

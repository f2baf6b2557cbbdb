"""Prints a TCP port on 127.0.0.1 that nothing listens on (for a private
sccache server)."""
import socket

s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])

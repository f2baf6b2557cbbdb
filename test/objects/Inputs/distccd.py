"""Starts or stops a distccd on 127.0.0.1 for distcc.test.

start DIR: listens on a free port, writes DIR/port and DIR/pid, logs to
DIR/distccd.log, and dies by itself after 5 minutes should the test never
stop it. stop DIR: stops it.
"""
import os
import signal
import socket
import subprocess
import sys
import time

action, work = sys.argv[1], sys.argv[2]
if action == "stop":
    with open(os.path.join(work, "pid")) as f:
        os.kill(int(f.read()), signal.SIGTERM)
    sys.exit(0)

s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
command = ["timeout", "300", "distccd", "--daemon", "--no-detach",
           "--listen", "127.0.0.1", "--allow", "127.0.0.1", "--port", str(port),
           "--jobs", "1", "--log-stderr", "--log-level", "info",
           # distccd runs only compilers linked into /usr/lib/distcc unless
           # told otherwise; it listens on the loopback only.
           "--enable-tcp-insecure"]
if os.getuid() == 0:
    command += ["--user", "nobody"]
log = open(os.path.join(work, "distccd.log"), "w")
# The daemon works in $TMPDIR, which must be its user's to write.
env = dict(os.environ, TMPDIR="/tmp")
daemon = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log,
                          stderr=log, start_new_session=True, env=env)
with open(os.path.join(work, "port"), "w") as f:
    f.write(str(port))
with open(os.path.join(work, "pid"), "w") as f:
    f.write(str(daemon.pid))
deadline = time.time() + 20
while True:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        break
    except OSError:
        if daemon.poll() is not None or time.time() > deadline:
            sys.exit("distccd did not start; see %s/distccd.log" % work)
        time.sleep(0.1)

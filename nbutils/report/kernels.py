"""Warm kernels: one process loads the heavy data once, and each kernel is a fork of it.

Loading NLTK's models and WordNet takes seconds, and a render of four notebooks would pay
that four times. :class:`_WarmKernels` starts one warm process instead (the script
:data:`_ZYGOTE`), which loads them and then forks one child per kernel; the kernel manager
class it makes starts :data:`_PROXY` in the kernel's place, which asks the warm process for
a fork and passes signals on to it. Should the warm process fail, the proxies start ordinary
kernels; ``NBUTILS_WARM_KERNELS=0`` (:data:`WARM_KERNELS_ENV`) starts every kernel from
scratch. :func:`warm_up` does once, in the render's own process, what each kernel would
otherwise do itself (fit and cache the sentiment models, build matplotlib's font cache).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from nbutils import config


def warm_up() -> None:
    """Do once, before the kernels start, what each kernel would otherwise do itself.

    The sentiment models are fitted and cached on disk (every kernel then
    reads the cached weights instead of training in parallel), and
    matplotlib's font cache is built.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.font_manager  # noqa: F401  (builds the font cache once)

    from nbutils import sentiment

    for name in sentiment.COMPONENTS:
        sentiment.component(name)


#: Set ``NBUTILS_WARM_KERNELS=0`` to start every kernel from scratch instead.
WARM_KERNELS_ENV = "NBUTILS_WARM_KERNELS"

# The warm process: loads the NLTK models and data the lessons use (WordNet
# takes seconds to load), then forks one child per kernel request; the child
# becomes an ordinary IPython kernel. It never imports matplotlib (the kernel
# sets its own backend) and starts no threads, so forking is safe. Requests
# come over a Unix socket: {"argv", "cwd", "env"} -> the child's pid, and
# later its exit status. A child whose requester goes away is killed, and so
# are all of them when the render process dies (a killed render leaves no
# process behind).
_ZYGOTE = r"""
import json, os, select, signal, socket, sys
path, parent = sys.argv[1], int(sys.argv[2])
if os.getppid() != parent:
    os._exit(0)
from ipykernel import kernelapp
import nbutils.attribution, nbutils.entities, nbutils.tokenise
nbutils.attribution.attribute('Mayor Ann Lee of Kyiv spoke. "We will build it," she said.')
nbutils.entities.place_of("Ukrainians")
server = socket.socket(socket.AF_UNIX)
server.bind(path + ".tmp"); os.rename(path + ".tmp", path); server.listen(16)
children = {}
def stop(*_):
    for pid in children:
        try: os.killpg(pid, signal.SIGKILL)
        except OSError: pass
    os._exit(0)
signal.signal(signal.SIGTERM, stop)
while True:
    if os.getppid() != parent:  # the render was killed: stop its kernels, and stop
        stop()
    ready, _, _ = select.select([server, *children.values()], [], [], 0.2)
    for conn in ready:
        if conn is server:
            c, _ = server.accept()
            request = json.loads(c.makefile().readline())
            pid = os.fork()
            if pid == 0:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                server.close()
                for other in children.values():
                    other.close()
                c.close()
                os.setpgid(0, 0)
                os.chdir(request["cwd"])
                os.environ.clear(); os.environ.update(request["env"])
                sys.argv = ["ipykernel_launcher", f"--IPKernelApp.parent_handle={os.getppid()}",
                            *request["argv"]]
                try:
                    kernelapp.launch_new_instance()
                finally:
                    os._exit(0)
            c.sendall(f"{pid}\n".encode()); children[pid] = c
        else:  # the requester went away: stop its kernel
            pid = next(p for p, c in children.items() if c is conn)
            try: os.killpg(pid, signal.SIGKILL)
            except OSError: pass
    for pid in list(children):
        try: done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError: done, status = pid, 0
        if done:
            c = children.pop(pid)
            try: c.sendall(f"{os.waitstatus_to_exitcode(status)}\n".encode())
            except OSError: pass
            c.close()
"""

# What jupyter_client starts for a kernel: asks the warm process for a fork,
# forwards signals to it and exits with its status; without a warm process
# (it failed to start), it becomes an ordinary kernel launcher.
_PROXY = r"""
import json, os, signal, socket, sys, time
path, argv = sys.argv[1], sys.argv[2:]
s = socket.socket(socket.AF_UNIX)
owner = int(os.environ.get("JPY_PARENT_PID") or os.getppid())
for _ in range(600):
    if os.getppid() != owner:  # the render is gone
        sys.exit(1)
    try:
        s.connect(path); break
    except OSError:
        if not os.path.exists(os.path.dirname(path) + "/starting"):
            os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *argv])
        time.sleep(0.1)
else:
    os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *argv])
s.sendall((json.dumps({"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ)}) + "\n").encode())
reader = s.makefile()
pid = int(reader.readline())
def forward(sig, _frame):
    try: os.killpg(pid, sig)
    except OSError: pass
for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT):
    signal.signal(sig, forward)
status = reader.readline()
sys.exit(int(status) if status.strip() else 1)
"""


class _WarmKernels:
    """The warm process of one render, and the kernel manager class that uses it."""

    def __init__(self) -> None:
        import subprocess

        self.folder = Path(tempfile.mkdtemp(prefix="nbutils-kernels-"))
        self.socket = str(self.folder / "zygote.sock")
        (self.folder / "starting").touch()
        env = dict(
            os.environ,
            MPLBACKEND="module://matplotlib_inline.backend_inline",
            OPENBLAS_NUM_THREADS="1",
            OMP_NUM_THREADS="1",
            MKL_NUM_THREADS="1",
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", _ZYGOTE, self.socket, str(os.getpid())],
            cwd=str(config.NOTEBOOKS_DIR),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
        )

    def wait_ready(self, timeout: float = 120) -> bool:
        """Wait until the warm process listens (kernels then bind their ports at once:
        a port chosen long before it is bound may be taken by another program)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end and self.process.poll() is None:
            if os.path.exists(self.socket):
                return True
            time.sleep(0.05)
        (self.folder / "starting").unlink(missing_ok=True)  # plain kernels instead
        return False

    def check(self) -> None:
        """Give up on the warm process if it died (the proxies then start plain kernels)."""
        if self.process.poll() is not None:
            (self.folder / "starting").unlink(missing_ok=True)

    def manager_class(self) -> type:
        from jupyter_client.manager import AsyncKernelManager

        proxy = [sys.executable, "-c", _PROXY, self.socket]
        warm = self

        class WarmKernelManager(AsyncKernelManager):
            def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
                warm.check()
                cmd = super().format_kernel_cmd(extra_arguments)
                return [*proxy, *cmd[cmd.index("-f") :]] if "-f" in cmd else cmd

        return WarmKernelManager

    def close(self) -> None:
        import subprocess

        self.process.terminate()  # it stops its kernels, then itself
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)

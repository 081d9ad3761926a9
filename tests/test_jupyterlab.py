"""JupyterLab: the server starts headless, lists the notebooks, and its
``python3`` kernel is this environment's — it imports ``nbutils``."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid

import pytest

from nbutils import config

TOKEN = uuid.uuid4().hex


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, method: str = "GET", body: dict | None = None) -> dict | list:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        url, data=data, method=method, headers={"Authorization": f"token {TOKEN}"}
    )
    with urllib.request.urlopen(req, timeout=10) as response:
        return json.loads(response.read() or b"null")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    runtime = tmp_path_factory.mktemp("jupyter-runtime")
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(runtime))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyter",
            "lab",
            "--no-browser",
            f"--port={port}",
            "--ip=127.0.0.1",
            f"--IdentityProvider.token={TOKEN}",
            f"--ServerApp.root_dir={config.ROOT}",
            "--ServerApp.open_browser=False",
        ]
        + (["--allow-root"] if os.geteuid() == 0 else []),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                _get(f"{base}/api/status")
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"jupyter lab exited: {proc.stderr.read().decode()[-2000:]}")
                time.sleep(0.5)
        else:
            pytest.fail("jupyter lab did not answer within 60 s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.mark.slow
def test_lab_lists_the_notebooks(server):
    listing = _get(f"{server}/api/contents/notebooks")
    names = {item["name"] for item in listing["content"]}
    assert {p.name for p in config.notebook_paths()} <= names
    lab = urllib.request.urlopen(
        urllib.request.Request(f"{server}/lab", headers={"Authorization": f"token {TOKEN}"}),
        timeout=10,
    )
    assert lab.status == 200


@pytest.mark.slow
def test_lab_kernel_imports_nbutils(server):
    specs = _get(f"{server}/api/kernelspecs")
    assert "python3" in specs["kernelspecs"]
    kernel = _get(f"{server}/api/kernels", "POST", {"name": "python3"})
    try:
        result = _execute(
            server, kernel["id"], "import sys, nbutils; print(nbutils.__file__, sys.prefix)"
        )
    finally:
        req = urllib.request.Request(
            f"{server}/api/kernels/{kernel['id']}",
            method="DELETE",
            headers={"Authorization": f"token {TOKEN}"},
        )
        urllib.request.urlopen(req, timeout=10)
    assert str(config.ROOT / "nbutils") in result
    assert result.split()[-1] == sys.prefix, "the kernel runs in this environment"


def _execute(server: str, kernel_id: str, code: str) -> str:
    """Run ``code`` in the kernel over the server's websocket channel; return stdout."""
    from tornado.httpclient import HTTPRequest
    from tornado.ioloop import IOLoop
    from tornado.websocket import websocket_connect

    async def run() -> str:
        url = server.replace("http", "ws") + f"/api/kernels/{kernel_id}/channels"
        conn = await websocket_connect(
            HTTPRequest(url, headers={"Authorization": f"token {TOKEN}"})
        )
        msg_id = uuid.uuid4().hex
        await conn.write_message(
            json.dumps(
                {
                    "header": {
                        "msg_id": msg_id,
                        "msg_type": "execute_request",
                        "username": "test",
                        "session": uuid.uuid4().hex,
                        "version": "5.3",
                    },
                    "parent_header": {},
                    "metadata": {},
                    "channel": "shell",
                    "content": {
                        "code": code,
                        "silent": False,
                        "store_history": False,
                        "user_expressions": {},
                        "allow_stdin": False,
                    },
                }
            )
        )
        out, deadline = [], time.monotonic() + 60
        while time.monotonic() < deadline:
            raw = await conn.read_message()
            if raw is None:
                break
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["header"]["msg_type"]
            if kind == "stream":
                out.append(msg["content"]["text"])
            elif kind == "error":
                raise AssertionError("\n".join(msg["content"]["traceback"]))
            elif kind == "status" and msg["content"]["execution_state"] == "idle":
                break
        conn.close()
        return "".join(out)

    return IOLoop.current().run_sync(run, timeout=90)

"""A bounded load test of the web app's ``POST /ask``: concurrent clients on loopback, errors by kind, latency."""

from __future__ import annotations

import ipaddress
import socket
import statistics
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

QUESTIONS = (
    "2011年地区生产总值是多少？",
    "2012年服务业收入目标是多少？",
    "GDP目标比去年多多少？",
    "哪两家企业上市了？",
    "2013年GDP目标是多少？",
    "2011年发明专利占专利授权的比例是多少？",
)
_KINDS = ("number", "passage", "none", "clarify", "list")


@dataclass(frozen=True)
class LoadResult:
    """What a load test saw: requests answered (``ok``), failures by kind, latency of the answered ones."""

    ok: int
    errors: Counter[str] = field(default_factory=Counter)
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    seconds: float = 0.0

    @property
    def requests(self) -> int:
        return self.ok + sum(self.errors.values())

    @property
    def passed(self) -> bool:
        """Every request answered, and at least one."""
        return self.ok > 0 and not self.errors

    def __str__(self) -> str:
        failed = ", ".join(f"{kind} {n}" for kind, n in self.errors.most_common()) or "none"
        rate = self.requests / self.seconds if self.seconds else 0.0
        return (
            f"{self.requests} requests in {self.seconds:.0f} s ({rate:.1f}/s): {self.ok} answered, "
            f"{sum(self.errors.values())} failed ({failed}); "
            f"answered p50 {self.p50_ms:.0f} ms, p95 {self.p95_ms:.0f} ms"
        )


def loopback_url(url: str) -> str:
    """The ``/ask`` address of ``url``, with its host replaced by the loopback address it resolves to (resolved once
    here, so a name cannot resolve to loopback now and elsewhere when the test connects). ValueError when the host
    resolves to any address that is not loopback, or to none (127.0.0.1@example.com is example.com; a user name or
    password in the URL is refused)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url}")
    if parts.username or parts.password:
        raise ValueError(f"the load test takes no user name or password in the URL: {url}")
    try:
        found = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise ValueError(f"cannot resolve {parts.hostname}: {exc}") from None
    addresses = sorted({info[4][0].split("%")[0] for info in found}, key=lambda a: ":" in a)  # IPv4 first
    if not addresses or not all(ipaddress.ip_address(a).is_loopback for a in addresses):
        raise ValueError(f"the load test runs on loopback only; {parts.hostname} is {', '.join(addresses)}")
    host = f"[{addresses[0]}]" if ":" in addresses[0] else addresses[0]
    netloc = f"{host}:{parts.port}" if parts.port else host
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme, netloc, path if path.endswith("/ask") else path + "/ask", "", ""))


def load_test(url: str, clients: int = 16, seconds: float = 60, max_requests: int = 100_000) -> LoadResult:
    """``clients`` threads, each with its own connection, asking in turn until ``seconds`` have passed."""
    import httpx

    if clients <= 0 or seconds <= 0:
        raise ValueError("clients and seconds must be > 0")
    endpoint = loopback_url(url)
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(offset: int) -> None:
        with httpx.Client(timeout=30) as client:
            i = offset
            while time.monotonic() < deadline:
                with lock:
                    if len(latencies) + sum(errors.values()) >= max_requests:
                        return
                start = time.perf_counter()
                failure = _ask_once(client, endpoint, QUESTIONS[i % len(QUESTIONS)])
                with lock:
                    if failure:
                        errors[failure] += 1
                    else:
                        latencies.append((time.perf_counter() - start) * 1000)
                i += 1

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ordered = sorted(latencies) or [0.0]
    return LoadResult(
        ok=len(latencies),
        errors=errors,
        p50_ms=statistics.median(ordered),
        p95_ms=ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
        seconds=time.monotonic() - started,
    )


def _ask_once(client, endpoint: str, question: str) -> str:
    """'' when the server answered; else the kind of failure (refused, timeout, HTTP 503, not an answer…)."""
    import httpx

    try:
        response = client.post(endpoint, json={"question": question, "history": []})
    except httpx.TimeoutException:
        return "timeout"
    except httpx.HTTPError as exc:
        return type(exc).__name__
    if response.status_code != 200:
        return f"HTTP {response.status_code}"
    try:
        answer = response.json()
    except ValueError:
        return "not JSON"
    return "" if isinstance(answer, dict) and answer.get("kind") in _KINDS else "not an answer"

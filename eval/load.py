"""A bounded load test of the web app's /ask endpoint: concurrent clients on loopback, errors and latency."""

from __future__ import annotations

import statistics
import threading
import time
from dataclasses import dataclass

QUESTIONS = (
    "2011年地区生产总值是多少？",
    "2012年服务业收入目标是多少？",
    "GDP目标比去年多多少？",
    "哪两家企业上市了？",
    "2013年GDP目标是多少？",
    "2011年发明专利占专利授权的比例是多少？",
)


@dataclass(frozen=True)
class LoadResult:
    requests: int
    errors: int
    p50_ms: float
    p95_ms: float
    seconds: float

    def __str__(self) -> str:
        return (
            f"{self.requests} requests in {self.seconds:.0f} s ({self.requests / self.seconds:.1f}/s), "
            f"{self.errors} errors, p50 {self.p50_ms:.0f} ms, p95 {self.p95_ms:.0f} ms"
        )


def load_test(url: str, clients: int = 16, seconds: float = 60, max_requests: int = 100_000) -> LoadResult:
    """``clients`` threads, each with its own gradio client, asking in turn until ``seconds`` have passed."""
    if not url.startswith(("http://127.0.0.1", "http://localhost")):
        raise ValueError(f"the load test runs on loopback only, got {url}")
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(offset: int) -> None:
        client = Client(url, verbose=False)
        i = offset
        while time.monotonic() < deadline:
            with lock:
                if len(latencies) + len(errors) >= max_requests:
                    return
            start = time.perf_counter()
            try:
                answer = client.predict(QUESTIONS[i % len(QUESTIONS)], None, api_name="/ask")
                ok = isinstance(answer, dict) and answer.get("kind") in ("number", "passage", "none")
            except Exception as exc:  # every failure counts, whatever its kind
                ok, answer = False, repr(exc)
            with lock:
                (latencies if ok else errors).append((time.perf_counter() - start) * 1000 if ok else str(answer))
            i += 1

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ordered = sorted(latencies) or [0.0]
    return LoadResult(
        requests=len(latencies) + len(errors),
        errors=len(errors),
        p50_ms=statistics.median(ordered),
        p95_ms=ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
        seconds=time.monotonic() - started,
    )

"""`GET /metrics` on `serve`'s port, for a bearer token only.

Prometheus (and KEDA's Prometheus scaler through it) sends `Authorization: Bearer <token>`
(`authorization: {credentials_file: ...}` in a scrape config). Without `METRICS_TOKEN` the route
does not exist (404), so nothing about the process's load or calls is readable by default; a
wrong or missing token gets 401. The token is compared in constant time.
"""

from __future__ import annotations

import hmac
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from loguru import logger

from agent.observability.registry import CONTENT_TYPE, Metrics

METRICS_PATH = "/metrics"


def bearer_matches(header: str | None, token: str) -> bool:
    scheme, _, offered = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not offered:
        return False
    return hmac.compare_digest(offered.strip().encode(), token.encode())


def add_metrics_route(app: FastAPI, token: str | None, admission: Any) -> Metrics | None:
    """Serve the app's metrics at `/metrics` when a token is set; the registry, or None."""
    if not token:
        logger.info("serve: /metrics is off (set METRICS_TOKEN to serve it)")
        return None
    metrics = Metrics(admission)

    @app.get(METRICS_PATH, include_in_schema=False)
    async def metrics_route(request: Request) -> Response:
        if not bearer_matches(request.headers.get("authorization"), token):
            return Response(
                "metrics need the bearer token (METRICS_TOKEN)",
                status_code=401,
                headers={"WWW-Authenticate": "Bearer"},
            )
        body = await metrics.render(request.app.state.salons.every_salon())
        return Response(body, media_type=CONTENT_TYPE)

    return metrics

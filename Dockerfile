# syntax=docker/dockerfile:1
# The salon receptionist's `serve` worker. One container runs `serve` (one worker process per
# core of its CPU share unless SERVE_WORKERS says otherwise); several containers share one
# PostgreSQL ledger (LEDGER_URL) and one calendar (CALCOM_API_KEY, or the sandbox service).
# See docs/deploy.md and compose.yaml.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# The project as pip installs it (its dependencies come from pyproject.toml). psycopg's binary
# wheel brings libpq, onnxruntime its own runtime: no compiler and no system libraries needed.
COPY pyproject.toml README.md run_agent.py ./
COPY agent ./agent
COPY tools ./tools
COPY calendar_adapter ./calendar_adapter
COPY prompts ./prompts
COPY replays ./replays
RUN pip install . \
    && mkdir -p /app/data \
    && useradd --system --uid 10001 --home-dir /app/data --shell /usr/sbin/nologin salon \
    && chown salon /app/data

USER salon
# Libraries that cache in $HOME write into the data directory (the code itself is read-only).
ENV HOME=/app/data
# SQLite files (a lone container without LEDGER_URL) and the sandbox's calendar live here.
VOLUME ["/app/data"]
EXPOSE 8765

# Liveness only (503 when the ledger fails); load balancers ask /healthz/ready instead.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8765/healthz', timeout=2).status != 200)"]

# SIGTERM drains (no new calls, running calls finish, at most DRAIN_TIMEOUT_SECONDS): give the
# container at least that long to stop (compose: stop_grace_period).
STOPSIGNAL SIGTERM
ENTRYPOINT ["python", "run_agent.py"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8765"]

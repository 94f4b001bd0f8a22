"""An embedded Cal.com v2-compatible server on SQLite, with faults on request (tests, demo, bench)."""

from calendar_adapter.sandbox.faults import Faults
from calendar_adapter.sandbox.server import Sandbox, SandboxBookingError

__all__ = ["Faults", "Sandbox", "SandboxBookingError"]

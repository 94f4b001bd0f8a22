"""uvicorn's websocket protocol, with a keepalive that does not count this server's lateness
against the peer.

uvicorn pings every websocket (`ws_ping_interval`) and fails it with 1011 ("keepalive ping
timeout") when no pong came within `ws_ping_timeout`. It also stops reading the socket after
each message until the app has taken it up (`pause_reading`): a pong that arrives behind media
frames the call has not read yet stays in the kernel's buffer, unseen. On a loaded server a call
that reads its stream late by more than the timeout (it is still starting, its event loop is
busy with other calls) was closed with 1011 though the provider answered every ping: overload
dropped established calls instead of slowing them down. Here the deadline is put off while
frames the app has not read are waiting: the peer sent them, so it is there, and its pong is
read with them. A peer that is gone still ends its call, once the app has read all it sent.
"""

from __future__ import annotations

from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol


class PatientKeepaliveProtocol(WebSocketsSansIOProtocol):
    """uvicorn's websockets protocol; the pong deadline waits for the app to catch up."""

    def keepalive_timeout(self) -> None:
        if self.read_paused and not (self.close_sent or self.transport.is_closing()):
            # Unread frames from the peer: its pong may be among them. Look again later.
            self.pong_timer = self.loop.call_later(self.ping_timeout, self.keepalive_timeout)
            return
        super().keepalive_timeout()

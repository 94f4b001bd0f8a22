"""Cal.com-shaped API errors: raised by the sandbox's engine, rendered as the error envelope."""

from __future__ import annotations

from typing import Any

# Cal.com's exact wording; clients decide on these, so they must not drift.
MSG_ALREADY_BOOKED = "Can't reserve a slot if the event is already booked."
MSG_ALREADY_RESERVED = (
    "This time slot is already reserved by another user. Please choose a different time."
)
MSG_HOST_BUSY = "User either already has booking at this time or is not available"
MSG_BOOKING_IN_PAST = "Attempting to book a meeting in the past."


def msg_reserved_before_you(seconds: int) -> str:
    return (
        "Someone else reserved this booking time slot before you. "
        f"This time slot will be freed up in {seconds} seconds."
    )


_CODES = {
    400: "BadRequestException",
    401: "UnauthorizedException",
    403: "ForbiddenException",
    404: "NotFoundException",
    409: "ConflictException",
    422: "UnprocessableEntityException",
    429: "TooManyRequestsException",
    500: "InternalServerErrorException",
    502: "BadGatewayException",
    504: "GatewayTimeoutException",
}


class ApiError(Exception):
    """An HTTP error with Cal.com's status, code and message."""

    def __init__(
        self, status: int, message: str, *, code: str | None = None, details: Any = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or _CODES.get(status, "HttpException")
        self.details = details

"""Phone bridges: Twilio Media Streams and Telnyx websockets feeding one call pipeline each."""

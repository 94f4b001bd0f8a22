"""Cal.com v2 client, the embedded Cal.com-compatible sandbox, and the booking ledger."""

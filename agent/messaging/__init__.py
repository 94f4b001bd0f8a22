"""Texts to callers and notifications to the salon: queued in the ledger's outbox, sent in the
background, retried with backoff, never on a call's path (see `outbox.OutboxSender`)."""

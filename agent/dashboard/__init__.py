"""The salon's web dashboard: appointments with their verdict against Cal.com, calls and their
conversations, what needs a person, numbers at a glance, and a call from the browser.

`agent.dashboard.app` has `create_dashboard` and `mount_dashboard` (imported from there, so the
password helper does not load the web app)."""

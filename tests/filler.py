"""The filler ("Einen Moment bitte, ich schaue nach.") has its own specs; the other specs compare
replies as the model wrote them, so on a loaded machine a slow tool turn must not begin with it."""

QUIET_TOOLS = 30.0  # `Settings.filler_after_seconds` for specs that are not about the filler

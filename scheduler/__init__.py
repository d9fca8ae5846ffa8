"""The daemon's jobs (APScheduler): triggers only, all durable state lives in the records store."""

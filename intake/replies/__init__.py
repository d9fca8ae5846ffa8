"""Replies to applicants: templates rendered safely (`render`), then stored as drafts (`drafts`)."""

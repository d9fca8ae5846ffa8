"""Interview scheduling by email: availability, held proposals, replies in the applicant's own words,
bookings that the database keeps unique, invitations and the day-before reminder."""

"""The referral page officers use from the street (issue 19): server-rendered HTML under /refer/, a small
style sheet and a few lines of script, signed-in sessions with CSRF protection, and the officer's list
of what they sent."""

#!/usr/bin/env python3
"""Signs in bench reviewers by writing their sessions straight into a store, for bench/dashboard.sh.

usage: dashboard_sessions.py STORE SESSIONS_FILE USER [USER ...]

For each user (already added with `vigil user add`): a signed-in session (a random token, stored as its
SHA-256 like the server stores it) and an equal share of the open alerts assigned to them, so every
alert a reviewer opens is in their queue. Writes SESSIONS_FILE: one line per user, the cookie token then
that user's alert ids. Bench only: a real session is made by signing in with both factors.
"""
import datetime
import hashlib
import secrets
import sqlite3
import sys

store, sessions_file, users = sys.argv[1], sys.argv[2], sys.argv[3:]
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
db = sqlite3.connect(store)
alerts = [row[0] for row in db.execute(
    "SELECT id FROM alert WHERE status IN ('NEW', 'UNDER_REVIEW', 'AWAITING_INFO', 'REOPENED') ORDER BY id")]
if len(alerts) < len(users):
    sys.exit(f"only {len(alerts)} open alerts for {len(users)} users")
lines = []
for index, user in enumerate(users):
    row = db.execute("SELECT id FROM app_user WHERE username = ?", (user,)).fetchone()
    if row is None:
        sys.exit(f"no user {user}: add it with vigil user add first")
    token = secrets.token_urlsafe(32)
    db.execute(
        "INSERT INTO user_session (token_hash, user_id, stage, csrf_token, client, created_at, last_seen_at) "
        "VALUES (?, ?, 'signed_in', ?, '127.0.0.1', ?, ?)",
        (hashlib.sha256(token.encode()).hexdigest(), row[0], secrets.token_urlsafe(32), now, now))
    mine = alerts[index::len(users)]
    db.executemany("UPDATE alert SET assigned_to = ? WHERE id = ?", [(user, alert) for alert in mine])
    lines.append(" ".join([token] + [str(alert) for alert in mine]))
db.commit()
with open(sessions_file, "w", encoding="utf-8") as handle:
    handle.write("\n".join(lines) + "\n")
print(f"{len(users)} sessions; {len(alerts)} open alerts assigned, about {len(alerts) // len(users)} each")

"""What an operator needs on a bad day: a calm answer when the database is down, error
reports without secrets, structured logs, and a backup that can be restored."""

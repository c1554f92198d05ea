"""Log lines as JSON for a log collector: time, level, logger and message, plus the path,
method and status of a request, and nothing about the visitor unless asked for."""

from datetime import UTC, datetime

from pythonjsonlogger.json import JsonFormatter


class JsonLogFormatter(JsonFormatter):
    """One JSON object a line. Django attaches the request object to its request logs; it is
    replaced by its path (without the query string, which may hold a search or an e-mail
    address) and method, and by the client address only with LOG_CLIENT_IP."""

    def __init__(self, client_ip=False):
        super().__init__(
            ["levelname", "name", "message"],
            rename_fields={"levelname": "level", "name": "logger"},
        )
        self.client_ip = client_ip

    def add_fields(self, log_data, record, message_dict):
        log_data["time"] = datetime.fromtimestamp(record.created, tz=UTC).isoformat()
        super().add_fields(log_data, record, message_dict)
        request = log_data.pop("request", None)
        if hasattr(request, "path") and hasattr(request, "META"):
            log_data["path"] = request.path
            log_data["method"] = request.method
            if self.client_ip:
                log_data["client_ip"] = request.META.get("REMOTE_ADDR")

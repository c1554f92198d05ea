"""A real SMTP server for the newsletter tests: aiosmtpd on a free 127.0.0.1 port.

Django's in-memory backend would pass a message that no SMTP server accepts (a bad header,
a line too long, an encoding error); this one makes the site speak SMTP over a socket, as
in production, and hands the tests each message as the recipient's mail program would.
"""

import email
import re
import socket
import time
from email.policy import default as default_policy

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """What the server received, as parsed messages; an aiosmtpd handler."""

    def __init__(self):
        self.messages = []
        self.refused = set()  # addresses this server refuses, as a full mailbox would

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return "550 5.2.2 Mailbox full"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=default_policy)
        message.envelope_recipients = list(envelope.rcpt_tos)
        message.raw = envelope.content
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for message in self.messages if address in message.envelope_recipients]

    def wait_for(self, address, count=1, timeout=5.0):
        """The messages to `address` once there are `count` of them."""
        deadline = time.monotonic() + timeout
        while len(self.to(address)) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.to(address)


def body_text(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def first_link(message, part):
    """The first link in the plain-text part whose path contains `part`."""
    for url in re.findall(r"https?://\S+", body_text(message)):
        if part in url:
            return url
    raise AssertionError(f"no link with {part!r} in:\n{body_text(message)}")


def start_server():
    controller = Controller(Mailbox(), hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller


def raw_header(message, name):
    """A header as it came over the wire, unfolded (RFC 5322: folding is CRLF + space)."""
    head = message.raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    unfolded = re.sub(r"\r\n(?=[ \t])", "", head)
    for line in unfolded.split("\r\n"):
        if line.lower().startswith(name.lower() + ":"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"no {name} header in:\n{head}")


def unsubscribe_header_link(message):
    """The address in the List-Unsubscribe header, read from the raw header as a mail
    program does: a link in angle brackets, not an encoded word (RFC 2369)."""
    found = re.fullmatch(r"<(https?://[^>\s]+)>", raw_header(message, "List-Unsubscribe"))
    assert found, (
        f"List-Unsubscribe is not one plain link: {raw_header(message, 'List-Unsubscribe')!r}"
    )
    return found.group(1)

"""A mail server for the reminder tests: aiosmtpd on 127.0.0.1, each message written whole to a folder.

Prints its port on stdout, then serves until stdin closes. With --user and --password it requires that
login (AUTH PLAIN or LOGIN, allowed without TLS on loopback); with --delay it waits that many seconds after
writing a message before answering 250, as a slow server would (a sender killed then has handed the
message over without hearing so). With --cert and --key it offers STARTTLS with that certificate and
requires it before anything else (login included), and writes the TLS version each message came over as
an X-Tls header ("none" without).
"""
import argparse
import asyncio
import logging
import os
import socket
import ssl
import sys
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

# Login without TLS is allowed here on purpose (loopback only); its warnings are noise in the test's output.
warnings.filterwarnings("ignore")
logging.getLogger("mail.log").setLevel(logging.ERROR)

parser = argparse.ArgumentParser()
parser.add_argument("--folder", required=True)
parser.add_argument("--user", default="")
parser.add_argument("--password", default="")
parser.add_argument("--delay", type=float, default=0.0)
parser.add_argument("--cert", default="")
parser.add_argument("--key", default="")
args = parser.parse_args()


class Handler:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = os.path.join(args.folder, "%06d-%d.eml" % (self.count, os.getpid()))
        with open(name + ".part", "wb") as out:
            out.write(("X-Envelope-From: %s\r\n" % envelope.mail_from).encode())
            out.write(("X-Envelope-To: %s\r\n" % ",".join(envelope.rcpt_tos)).encode())
            tls = session.ssl.get("ssl_object").version() if session.ssl else "none"
            out.write(("X-Tls: %s\r\n" % tls).encode())
            out.write(("X-Authenticated: %s\r\n" % ("yes" if session.authenticated else "no")).encode())
            out.write(envelope.original_content or envelope.content)
        os.rename(name + ".part", name)
        if args.delay:
            await asyncio.sleep(args.delay)
        return "250 Message accepted for delivery"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login == args.user.encode()
          and auth_data.password == args.password.encode())
    return AuthResult(success=ok, handled=False)


probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()

options = {}
if args.user:
    options = dict(authenticator=authenticator, auth_require_tls=bool(args.cert), auth_required=True)
if args.cert:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    options.update(tls_context=context, require_starttls=True)
controller = Controller(Handler(), hostname="127.0.0.1", port=port, **options)
controller.start()
print(port, flush=True)
try:
    sys.stdin.read()
finally:
    controller.stop()

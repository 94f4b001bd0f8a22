"""`dashboard-password`: make the DASHBOARD_PASSWORD_HASH line for the salon's password."""

from __future__ import annotations

import argparse
import getpass
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--stdin", action="store_true", help="read the password from standard input (scripts)"
    )


async def run(args: argparse.Namespace) -> int:
    from agent.dashboard.passwords import MIN_LENGTH, hash_password

    if args.stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Passwort / password: ")
        if getpass.getpass("Noch einmal / again: ") != password:
            print("Die Passwörter sind verschieden / the passwords differ.", file=sys.stderr)
            return 2
    if len(password) < MIN_LENGTH:
        print(
            f"Mindestens {MIN_LENGTH} Zeichen / at least {MIN_LENGTH} characters.", file=sys.stderr
        )
        return 2
    print(f"DASHBOARD_PASSWORD_HASH={hash_password(password)}")
    return 0

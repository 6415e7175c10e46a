"""Certificate codes: 120 random bits in Crockford's base32, shown in groups of four.

Crockford's alphabet has no I, L, O or U, so a code read aloud or typed from paper is
forgiving: lower case, spaces, dashes, and O/I/L typed for 0/1 are all accepted.
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 24  # 24 characters of 5 bits = 120 bits
GROUP = 4
_TYPING_MISTAKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code():
    """A fresh random code, without separators."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text):
    """The stored form of a typed code, or None when it cannot be a code."""
    cleaned = "".join(str(text).split()).replace("-", "").upper().translate(_TYPING_MISTAKES)
    if len(cleaned) != CODE_LENGTH or any(character not in ALPHABET for character in cleaned):
        return None
    return cleaned


def format_code(code):
    """XXXX-XXXX-… for people to read and type."""
    return "-".join(code[index : index + GROUP] for index in range(0, len(code), GROUP))

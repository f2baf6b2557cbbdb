"""json-corpus.py DIR: writes the inputs of json-reader.test into DIR, one
file per case, named after it: what RFC 8259 accepts at its edges, and
malformed text of every kind JsonReader must refuse."""
import os
import sys

CASES = {
    # Accepted.
    "ok-object": b'{"a": [1, "x", true, false, null], "b": {}}',
    "ok-scalar": b'"top-level scalar"',
    "ok-whitespace": b' \t\r\n[ 1 ,\n2 ] \n',
    "ok-escapes": b'"\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041 \\u00e9 \\u20ac"',
    "ok-surrogate-pair": b'"\\ud83d\\ude00"',
    "ok-utf8": '"\u00e9\u20ac\U0001f600"'.encode(),
    "ok-del": b'"\x7f"',
    "ok-numbers": b'[0, -0, 1.5, -1e3, 1E+2, 2e-2, 1.0, 123456789012345678]',
    "ok-int64-edges": b'[9223372036854775807, -9223372036854775808]',
    "ok-deep-512": b"[" * 512 + b"]" * 512,
    # Duplicate keys: RFC 8259 leaves the meaning open; both keep the last.
    "dup-keys": b'{"a": 1, "a": 2}',
    # Lone surrogates: RFC 8259 section 8.2 leaves them to the reader.
    "lone-high-surrogate": b'"\\ud800"',
    "lone-low-surrogate": b'"\\udc00x"',
    "high-then-bmp": b'"\\ud800\\u0041"',
    "high-then-pair": b'"\\ud800\\ud83d\\ude00"',
    # Numbers past int64 and double.
    "huge-int": b'[99999999999999999999]',
    "int64-max-plus-1": b'[9223372036854775808]',
    "int64-min-minus-1": b'[-9223372036854775809]',
    "uint64-max": b'[18446744073709551615]',
    "huge-exponent": b'[1e400]',
    "tiny-exponent": b'[1e-400]',
    "two-to-63-double": b'[9223372036854775808.0]',
    # Malformed.
    "empty": b"",
    "only-space": b" \n",
    "truncated-object": b'{"a": [1, 2',
    "truncated-string": b'"abc',
    "truncated-escape": b'"\\',
    "truncated-unicode": b'"\\u12"',
    "truncated-utf8": b'"\xc3"',
    "bad-escape": b'"\\x41"',
    "bad-escape-upper-u": b'"\\U0041"',
    "bad-hex": b'"\\u12g4"',
    "trailing-comma-array": b"[1, 2,]",
    "trailing-comma-object": b'{"a": 1,}',
    "leading-comma": b"[,1]",
    "nan": b"[NaN]",
    "infinity": b"[Infinity]",
    "minus-infinity": b"[-Infinity]",
    "leading-zero": b"[01]",
    "leading-zero-negative": b"[-01]",
    "double-zero": b"[00]",
    "trailing-dot": b"[1.]",
    "leading-dot": b"[.5]",
    "dot-exponent": b"[1.e5]",
    "plus-sign": b"[+1]",
    "bare-exponent": b"[1e]",
    "bare-minus": b"[-]",
    "hex-number": b"[0x10]",
    "control-char": b'"a\x01b"',
    "raw-newline": b'"a\nb"',
    "raw-tab": b'"a\tb"',
    "nul-in-string": b'"a\x00b"',
    "bom": b"\xef\xbb\xbf{}",
    "invalid-utf8": b'"\xff"',
    "overlong-utf8": b'"\xc0\xaf"',
    "utf8-surrogate": b'"\xed\xa0\x80"',
    "utf8-past-10ffff": b'"\xf4\x90\x80\x80"',
    "utf8-outside-string": b"[1]\xff",
    "two-values": b"{} {}",
    "single-quotes": b"{'a': 1}",
    "unquoted-key": b"{a: 1}",
    "number-key": b"{1: 2}",
    "missing-colon": b'{"a" 1}',
    "missing-comma": b"[1 2]",
    "missing-comma-object": b'{"a": 1 "b": 2}',
    "comment": b"[1 /* c */]",
    "line-comment": b"// c\n[1]",
    "literal-typo": b"[tru]",
    "literal-case": b"[True]",
    "trailing-nul": b"[1]\x00",
    "unclosed-array": b"[",
    "close-only": b"]",
    "mismatched": b"[}",
    "deep-600": b"[" * 600 + b"]" * 600,
}

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for name, text in CASES.items():
    with open(os.path.join(out, name + ".json"), "wb") as f:
        f.write(text)

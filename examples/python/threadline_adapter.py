#!/usr/bin/env python3
"""A complete Threadline adapter in plain Python 3 (standard library only).

It speaks the line-delimited JSON protocol of docs/adapter-protocol.md: one request per line on
stdin, one reply per line on stdout. The memory itself is deliberately small: every statement is
kept per tenant in a JSON file under the data directory (so it survives a restart), and a question
is answered with the few statements sharing the most keywords with it, the most recent first.

Run it through the harness:

    threadline run corpus --adapter stdio \\
      --adapter-config '{"command":"python3","args":["examples/python/threadline_adapter.py"]}'
"""

import json
import os
import re
import sys
import traceback

NAME = "python-keyword-memory"
VERSION = "0.1.0"
STORE_FILE = "keyword-memory.json"
TOP_K = 3

STOPWORDS = set(
    """a an and are as at be been but by can did do does for from had has have how i i'm im in is it
    its me my of on or our so that the their them then there they this to was we were what whats
    when where which who whom why will with you your am now""".split()
)

# Replies go to the real stdout; anything else printed by accident goes to stderr, so it can never
# corrupt the protocol stream.
PROTOCOL_OUT = sys.stdout
sys.stdout = sys.stderr


def log(message):
    print(f"[{NAME}] {message}", file=sys.stderr, flush=True)


def stem(word):
    """A crude stemmer: enough for "planted" to meet "plant" and "moving" to meet "move"."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def keywords(text):
    words = re.findall(r"[^\W_]+", text.lower())
    return {stem(w) for w in words if w not in STOPWORDS}


class KeywordMemory:
    """Statements per tenant, in the order they were said, saved to one JSON file."""

    def __init__(self, data_dir):
        os.makedirs(data_dir, exist_ok=True)
        self.path = os.path.join(data_dir, STORE_FILE)
        self.state = {"seq": 0, "tenants": {}}
        if os.path.exists(self.path):
            with open(self.path, encoding="utf-8") as f:
                self.state = json.load(f)
            log(f"reopened {self.path} with {self.state['seq']} statements")

    def save(self):
        # Write aside and rename, so a crash mid-write never leaves half a file.
        temporary = self.path + ".tmp"
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump(self.state, f)
        os.replace(temporary, self.path)

    def entries(self, scope):
        return self.state["tenants"].get(scope.get("tenant") or "", [])

    def reset(self):
        self.state = {"seq": 0, "tenants": {}}
        self.save()

    def ingest(self, turn, scope):
        text = turn["text"]
        if text.rstrip().endswith("?"):
            return {"inputClass": "question"}
        self.state["seq"] += 1
        entry = {"seq": self.state["seq"], "text": text}
        for key in ("time", "timestamp"):
            if key in turn:
                entry[key] = turn[key]
        self.state["tenants"].setdefault(scope.get("tenant") or "", []).append(entry)
        self.save()
        return {"inputClass": "statement", "facts": [{"text": text}]}

    def query(self, question, scope):
        wanted = keywords(question)
        scored = []
        for entry in self.entries(scope):
            score = len(wanted & keywords(entry["text"]))
            if score > 0:
                scored.append((score, entry["seq"], entry["text"]))
        scored.sort(reverse=True)
        top = scored[:TOP_K]
        return {
            "text": "\n".join(text for _, _, text in top),
            "candidates": [{"text": text, "score": score, "id": str(seq)} for score, seq, text in top],
        }

    def dump(self, scope):
        return {"text": "\n".join(entry["text"] for entry in self.entries(scope))}


class Adapter:
    def __init__(self):
        self.memory = None

    def handle(self, method, params):
        if method == "describe":
            return {"name": NAME, "version": VERSION, "llmInLoop": False, "persistent": True, "capabilities": {"dump": True}}
        if method == "open":
            self.memory = KeywordMemory(params["dataDir"])
            return None
        if method == "close":
            if self.memory:
                self.memory.save()
            self.memory = None
            return None
        if self.memory is None:
            raise RuntimeError(f"{method} before open")
        if method == "reset":
            self.memory.reset()
            return None
        if method == "ingest":
            return self.memory.ingest(params["turn"], params.get("scope") or {})
        if method == "query":
            return self.memory.query(params["question"], params.get("scope") or {})
        if method == "dump":
            return self.memory.dump(params.get("scope") or {})
        raise ValueError(f"unknown method {method!r}")


def reply(message):
    PROTOCOL_OUT.write(json.dumps(message) + "\n")
    PROTOCOL_OUT.flush()


def main():
    sys.stdin.reconfigure(encoding="utf-8")
    PROTOCOL_OUT.reconfigure(encoding="utf-8")
    adapter = Adapter()
    # readline() rather than `for line in sys.stdin`, which may wait to fill a buffer.
    for line in iter(sys.stdin.readline, ""):
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            request_id, method = request["id"], request["method"]
        except (ValueError, KeyError, TypeError) as error:
            log(f"ignoring a line that is not a request ({error}): {line[:200]!r}")
            continue
        try:
            reply({"id": request_id, "result": adapter.handle(method, request.get("params") or {})})
        except Exception as error:  # one failed call must not end the process
            log(traceback.format_exc())
            reply({"id": request_id, "error": {"message": f"{type(error).__name__}: {error}"}})
        if method == "close":
            break


if __name__ == "__main__":
    main()

# An uncaught JSONDecodeError ends the program with CPython's last line.
import json

print(json.loads('{"ok": true}'))
json.loads('{"a": }')

#!/usr/bin/env bash
# Runs triage.camel.yaml with Camel JBang 4.17.0 (through `java -cp`, see README.md) and the component built by
# `./mvnw verify`, against the standalone emulator, and fails unless the route printed the malicious messages the
# emulator served. CI runs it after the build (.ci/run).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
emulator_pid=""
cleanup() {
    if [ -n "$emulator_pid" ]; then kill "$emulator_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

component="$root/camel-email-security/target/classes"
[ -f "$component/META-INF/services/org/apache/camel/component/email-security" ] \
    || { echo "Build the component first: ./mvnw -B verify" >&2; exit 1; }

"$root/mvnw" -B -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/jbang.cp"
"$root/mvnw" -B -q -f "$root/camel-email-security-emulator/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$work/emulator.cp" -Dmdep.includeScope=runtime

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
java -cp "$root/camel-email-security-emulator/target/classes:$(cat "$work/emulator.cp")" \
    dev.emailsecurity.emulator.EmulatorMain --port "$port" --seed 42 > "$work/emulator.log" 2>&1 &
emulator_pid=$!
for _ in $(seq 1 50); do
    grep -q "listening" "$work/emulator.log" && break
    sleep 0.2
done
grep -q "listening" "$work/emulator.log" || { cat "$work/emulator.log" >&2; exit 1; }

# The command the README documents. The token comes from the environment, so it is not on the command line.
cd "$here"
export CLOUDFLARE_ACCOUNT_ID=023e105f4ecef8ad9ca31a8372d0c353
export CLOUDFLARE_API_TOKEN=es-emulator-read-token-0123456789abcdef
timeout 180 java -cp "$component:$(cat "$work/jbang.cp")" CamelJBang.java run triage.camel.yaml \
    --max-messages=5 --max-seconds=40 \
    --prop=camel.component.email-security.account-id='{{env:CLOUDFLARE_ACCOUNT_ID}}' \
    --prop=camel.component.email-security.api-token='{{env:CLOUDFLARE_API_TOKEN}}' \
    --prop=camel.component.email-security.base-url="http://127.0.0.1:$port/client/v4" > "$work/jbang.log" 2>&1 \
    || { tail -50 "$work/jbang.log" >&2; exit 1; }

lines=$(grep -c "TRIAGE MALICIOUS" "$work/jbang.log" || true)
if [ "$lines" -ne 5 ]; then
    echo "Expected 5 TRIAGE MALICIOUS lines from the JBang run, got $lines" >&2
    tail -50 "$work/jbang.log" >&2
    exit 1
fi
if grep -q "$CLOUDFLARE_API_TOKEN" "$work/jbang.log"; then
    echo "The API token appeared in the JBang output" >&2
    exit 1
fi
echo "Camel JBang 4.17.0 ran examples/jbang/triage.camel.yaml against the emulator: $lines malicious messages."

# ocsf.camel.yaml: every MALICIOUS message the emulator holds as one OCSF Email Activity line, through the data type
timeout 180 java -cp "$component:$(cat "$work/jbang.cp")" CamelJBang.java run ocsf.camel.yaml --max-seconds=30 \
    --prop=ocsf.dir="$work/ocsf" \
    --prop=camel.component.email-security.account-id='{{env:CLOUDFLARE_ACCOUNT_ID}}' \
    --prop=camel.component.email-security.api-token='{{env:CLOUDFLARE_API_TOKEN}}' \
    --prop=camel.component.email-security.base-url="http://127.0.0.1:$port/client/v4" > "$work/ocsf.log" 2>&1 \
    || { tail -50 "$work/ocsf.log" >&2; exit 1; }
python3 - "$work/ocsf/malicious-mail.ocsf.jsonl" "http://127.0.0.1:$port/client/v4" <<'PY'
import json, os, sys, urllib.request
path, base = sys.argv[1], sys.argv[2]
req = urllib.request.Request(f"{base}/accounts/{os.environ['CLOUDFLARE_ACCOUNT_ID']}/email-security/investigate"
                             "?final_disposition=MALICIOUS&per_page=1000",
                             headers={"Authorization": "Bearer " + os.environ["CLOUDFLARE_API_TOKEN"]})
expected = {m["id"] for m in json.load(urllib.request.urlopen(req))["result"]}
events = [json.loads(l) for l in open(path) if l.strip()] if os.path.exists(path) else []
wrong = [e.get("class_uid") for e in events if e.get("class_uid") != 4009]
if not expected or wrong or len(events) != len(expected):
    sys.exit(f"Expected {len(expected)} OCSF 4009 events, got {len(events)} (other classes: {wrong})")
print(f"Camel JBang 4.17.0 ran examples/jbang/ocsf.camel.yaml: {len(events)} OCSF Email Activity lines for "
      f"{len(expected)} MALICIOUS messages.")
PY
if grep -q "$CLOUDFLARE_API_TOKEN" "$work/ocsf.log"; then
    echo "The API token appeared in the JBang output" >&2
    exit 1
fi

# Discovery (docs/catalog.md): `camel doc component:email-security` finds the component through the catalog jar's
# org/apache/camel/catalog/components/email-security.json and prints its options
catalog="$root/catalog/target/classes"
[ -f "$catalog/org/apache/camel/catalog/components/email-security.json" ] \
    || { echo "Build the catalog module first: ./mvnw -B verify" >&2; exit 1; }
timeout 180 java -cp "$component:$catalog:$(cat "$work/jbang.cp")" CamelJBang.java doc component:email-security \
    > "$work/doc.log" 2>&1 || { tail -50 "$work/doc.log" >&2; exit 1; }
for expected in "Component Name: email-security" "email-security:operation" "finalDisposition"; do
    grep -q "$expected" "$work/doc.log" || { echo "camel doc printed no '$expected'" >&2; head -40 "$work/doc.log" >&2; exit 1; }
done
echo "Camel JBang 4.17.0: camel doc component:email-security printed the component and its options."

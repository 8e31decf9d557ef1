#!/usr/bin/env bash
# Loads a generated sample set (java -jar sample-data/target/consent-gateway-sample-data.jar --out samples/generated)
# into a running gateway on the embedded defaults: each JSON file to its channel over the API, each POS CSV into
# the store drop directory. Prints each batch's counts only, never the records.
#
#   samples/load.sh [samples/generated] [http://127.0.0.1:8080] [./data]
set -euo pipefail

SAMPLES=${1:-samples/generated}
GATEWAY=${2:-http://127.0.0.1:8080}
DATA_DIR=${3:-./data}
INTEGRATOR=${INTEGRATOR:-integrator:integrator-demo}
COMPLIANCE=${COMPLIANCE:-compliance:compliance-demo}
PARTNER=sample-partner

[ -f "$SAMPLES/expected.json" ] || { echo "no sample set in $SAMPLES (generate one first)" >&2; exit 2; }

# Partner feeds are accepted only from a registered, reviewed partner (PIPL Art. 23).
curl -sf -o /dev/null -u "$COMPLIANCE" -X PUT -H 'Content-Type: application/json' \
  -d "{\"contractRef\":\"C-SAMPLE-1\",\"allowedPurposes\":[\"membership\"],\"reviewedOn\":\"$(date -u -d yesterday +%F)\",\"expiresOn\":\"$(date -u -d 'next year' +%F)\"}" \
  "$GATEWAY/api/v1/partners/$PARTNER"

for file in "$SAMPLES"/*.json; do
  name=$(basename "$file" .json)
  [ "$name" = expected ] && continue
  channel=$name
  [ "$name" = unknown-channel ] && channel=weibo
  status=$(curl -s -o /tmp/consent-gateway-receipt.$$ -w '%{http_code}' -u "$INTEGRATOR" \
    -H 'Content-Type: application/json' -H "X-Partner: $PARTNER" \
    --data-binary @"$file" "$GATEWAY/api/v1/ingest/$channel")
  summary=$(grep -o '"received":[0-9]*,"stored":[0-9]*,"duplicate":[0-9]*,"quarantined":[0-9]*,"refused":[0-9]*' \
    /tmp/consent-gateway-receipt.$$ || true)
  printf '%-22s HTTP %s %s\n' "$channel" "$status" "$summary"
done
rm -f /tmp/consent-gateway-receipt.$$

# POS files: written beside the drop directory, then moved in, so the gateway never reads half a file.
if [ -d "$SAMPLES/pos" ]; then
  count=0
  for csv in "$SAMPLES"/pos/*/*.csv; do
    store=$(basename "$(dirname "$csv")")
    mkdir -p "$DATA_DIR/drop/pos/$store"
    cp "$csv" "$DATA_DIR/drop/pos/.$store-$(basename "$csv").part"
    mv "$DATA_DIR/drop/pos/.$store-$(basename "$csv").part" "$DATA_DIR/drop/pos/$store/$(basename "$csv")"
    count=$((count + 1))
  done
  echo "pos                    $count files dropped into $DATA_DIR/drop/pos (picked up within seconds)"
fi

#!/usr/bin/env bash
# Makes a throw-away certificate authority and a server certificate for 127.0.0.1 and
# localhost, for the tests and the local demo portal. Nothing it makes is committed.
#   scripts/make-test-certs.sh DIR [DAYS]
# DIR/ca.pem, DIR/server.pem, DIR/server.key (valid DAYS days, 30 by default); for negative
# tests DIR/other-ca.pem (a CA that signed nothing), DIR/wrong-host.pem and DIR/expired.pem
# (same key as server.pem).
set -euo pipefail
dir=$1
days=${2:-30}
mkdir -p "$dir"
cd "$dir"
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=MandatDesk Test CA" \
  -keyout ca.key -out ca.pem -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Unrelated CA" \
  -keyout other-ca.key -out other-ca.pem 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem \
  -extfile server.ext -days "$days" 2>/dev/null
# For negative tests: a certificate for another host name, and one that has already expired
# (valid until the second it was made).
printf 'subjectAltName=DNS:example.invalid\nextendedKeyUsage=serverAuth\n' > wrong-host.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out wrong-host.pem \
  -extfile wrong-host.ext -days 30 2>/dev/null
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out expired.pem \
  -extfile server.ext -days 0 2>/dev/null
rm -f server.csr server.ext wrong-host.ext ca.srl

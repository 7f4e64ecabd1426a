#!/usr/bin/env bash
# Installs everything the test suite needs and runs all of it: unit, component/integration
# (vitest) and browser tests (Playwright in Debian's Chromium). Ends with one summary line.
# Alone (a fresh clone) it installs and the browser tests build the app first. A caller that
# has just done both (.ci/run) sets FULCRUM_SKIP_INSTALL=1 and FULCRUM_PREBUILT=1: no second
# `npm ci`, and Playwright serves the existing dist/ (see playwright.config.ts).
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROME_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "› installing Debian's chromium for the browser tests"
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || exit 1
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || exit 1
  fi
fi

if [ "${FULCRUM_SKIP_INSTALL:-}" != "1" ]; then
  echo "› npm ci"
  npm ci --no-audit --no-fund || exit 1
fi

mkdir -p reports
rm -f reports/vitest.json reports/playwright.json reports/summary.txt
status=0
echo "› unit and integration tests (vitest)"
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=1

echo "› browser tests (Playwright, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json \
  node_modules/.bin/playwright test --reporter=list,json || status=1

node scripts/summarise-tests.mjs reports/vitest.json reports/playwright.json || status=1
exit $status

#!/usr/bin/env bash
# Package soundness: what `npm publish` would ship, and whether it resolves.
#
#   bash scripts/check-package.sh            # builds first
#   bash scripts/check-package.sh --no-build # uses the dist/ already built
#
# Steps: publint · attw (types resolve under node16 and bundler) · the packed
# file list · every path named in package.json "exports"/"main"/"bin" is
# packed · npm audit of the runtime dependencies. Exits non-zero on the first
# failing step; an unreachable audit endpoint is a warning, not a failure.
set -euo pipefail

cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }
fail() { printf 'check-package: FAIL: %s\n' "$1" >&2; exit 1; }

if [[ "${1:-}" != "--no-build" ]]; then
  step 'build'
  npm run build --silent >/dev/null
fi
[[ -f dist/index.js && -f dist/index.cjs ]] || fail 'dist/ is not built (run npm run build)'

step 'publint'
npx --no-install publint --strict || fail 'publint found problems'

step 'attw --pack . --profile node16'
# Profile node16: the package needs Node >= 20.19 ("engines"), so the
# node10 resolution (no "exports" support) cannot load it and is not checked.
# No rule is ignored.
npx --no-install attw --pack . --profile node16 || fail 'attw found type resolution problems'

step 'npm pack --dry-run'
pack_json="$(npm pack --dry-run --json --ignore-scripts 2>/dev/null)" || fail 'npm pack --dry-run failed'
PACK_JSON="$pack_json" node --input-type=module <<'EOF' || fail 'the packed file list is wrong'
import { readFileSync } from 'node:fs'

const [pack] = JSON.parse(process.env.PACK_JSON)
const files = pack.files.map((f) => f.path).sort()
const problems = []

for (const required of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
  if (!files.includes(required)) problems.push(`missing ${required}`)
}
// Only the build and the docs ship: no tests, benchmarks, sources, fixtures or corpora.
const FORBIDDEN = [/^test\//, /^bench\//, /^src\//, /^scripts\//, /^examples\//, /^scratch\//, /^docs\//, /fixtures?\//, /corpora\//, /\.jsonl$/, /^node_modules\//, /^\.ci\//]
for (const file of files) {
  if (FORBIDDEN.some((re) => re.test(file))) problems.push(`should not be packed: ${file}`)
  else if (!['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].includes(file) && !file.startsWith('dist/')) problems.push(`unexpected file: ${file}`)
}
// Every file that package.json points at must be in the tarball.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
const targets = new Set()
const walk = (value) => {
  if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''))
  else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v)
}
walk(pkg.exports)
walk(pkg.bin)
for (const field of ['main', 'module', 'types']) walk(pkg[field])
for (const target of targets) if (!target.includes('*') && !files.includes(target)) problems.push(`package.json points at ${target}, which is not packed`)

console.log(`${files.length} files, ${(pack.unpackedSize / 1024).toFixed(0)} kB unpacked, ${(pack.size / 1024).toFixed(0)} kB packed`)
if (problems.length > 0) {
  for (const p of problems) console.error(`  ${p}`)
  process.exit(1)
}
console.log('file list OK')
EOF

step 'npm audit --omit=dev --audit-level=high'
set +e
audit_out="$(npm audit --omit=dev --audit-level=high --json 2>/dev/null)"
audit_rc=$?
set -e
if [[ $audit_rc -eq 0 ]]; then
  echo 'no high or critical advisories in runtime dependencies'
elif AUDIT_OUT="$audit_out" node -e 'const o = JSON.parse(process.env.AUDIT_OUT); process.exit(o.error && !o.vulnerabilities ? 0 : 1)' 2>/dev/null; then
  echo 'check-package: WARNING: the registry audit endpoint could not be reached; audit skipped' >&2
elif ! AUDIT_OUT="$audit_out" node -e 'JSON.parse(process.env.AUDIT_OUT)' 2>/dev/null; then
  echo 'check-package: WARNING: npm audit gave no report (registry unreachable?); audit skipped' >&2
else
  npm audit --omit=dev --audit-level=high || true
  fail 'npm audit found high or critical advisories in runtime dependencies'
fi

printf '\ncheck-package: OK\n'

/** `--help` text and `--version`, read from the package's own package.json. */
import { readFileSync } from 'node:fs'

export const HELP = `Usage: news-attribution [options] [file|dir|-]...

Find who says what in English news: every attribution's source, cue and
content, and how each sentence is sourced.

Inputs are files, directories (searched recursively for .txt, .md,
.markdown, .html and .htm) or \`-\` for standard input. With no input and
piped stdin, stdin is read.

Options:
  -t, --type <type>      text | html | markdown (default: from the file
                         extension; text for stdin)
  -f, --format <format>  pretty | json | ndjson | html (default: pretty)
  -o, --out <file>       write the output to a file instead of stdout
  -c, --config <file>    JSON file with annotator options (see README "API")
      --ndjson           batch mode: read lines {"id","text"} from a file or
                         stdin and stream {"id", statements, attributions}
  -j, --jobs <n>         worker threads for --ndjson (default: CPU count)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 ok, 1 input or processing error, 2 usage or config error.
Colour is used only when stdout is a terminal and NO_COLOR is not set.

Examples:
  news-attribution story.txt
  news-attribution --format html --out report.html articles/
  curl -s https://example.com/story | news-attribution --type html -
  news-attribution --ndjson --jobs 4 stories.ndjson > results.ndjson
`

export function readVersion(): string {
  // Built as dist/cli/index.js; chunking may move this code one level up.
  for (const candidate of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown }
      if (pkg.name === 'news-attribution' && typeof pkg.version === 'string') return pkg.version
    } catch {
      // Try the next candidate.
    }
  }
  return 'unknown'
}

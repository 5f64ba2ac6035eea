#!/usr/bin/env node
/** The `news-attribution` command line: see `news-attribution --help`. */
import { main } from './main.js'

// exitCode, not exit(): pending stdout writes still flush to a pipe.
process.exitCode = await main(process.argv.slice(2))

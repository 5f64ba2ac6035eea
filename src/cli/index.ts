#!/usr/bin/env node
/** The `news-attribution` command line (filled in by the surfaces work). */
export {}

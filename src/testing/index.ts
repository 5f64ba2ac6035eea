/** `news-attribution/testing`: the RuleTester (filled in by the extension work). */
export {}

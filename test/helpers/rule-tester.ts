/** The RuleTester wired to vitest's imported `describe` / `it` (vitest runs without globals here). */
import { describe, it } from 'vitest'
import { RuleTester } from '../../src/testing/index.js'

RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

export { RuleTester }

/** `news-attribution/testing`: the RuleTester for built-in and custom rules. */
export { RuleTester, CONTENT_JOINER, type ExpectedAttribution, type InvalidCase, type RuleTests, type ValidCase } from './rule-tester.js'

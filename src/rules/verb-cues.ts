import { AUXILIARIES, CATENATIVES, DETERMINERS, IRREGULAR_PAST, NON_OCCURRENCE, PRONOUNS, TIME_WORDS, isCapitalized, isReducedPassive } from '../lexicon/words.js'
import { attitudeStart, findAttitudes } from '../pipeline/attitudes.js'
import { ADVERBS, QUANTIFIERS, QUANTITY_NOUNS, addPassive, clauseAfterThat, closingTag, documentsBefore, indefiniteBefore, nounByNeighbours, possessiveModified, titleAfterNoun } from '../pipeline/noun-or-verb.js'
import { isQuoteMark, isWord } from '../pipeline/syntax.js'
import { documentParticiple } from '../pipeline/noun-words.js'
import { issuedDocument, mediumVerb } from '../pipeline/subject-parts.js'
import { avoidedGerund, modalBefore, splitNonOccurrence } from '../pipeline/non-occurrence.js'
import { otherSense } from '../pipeline/other-senses.js'
import { BE, PERSONAL_OBJECTS, expletiveIt, infinitiveAfter, stateVerb } from '../pipeline/report-forms.js'
import type { Token } from '../pipeline/types.js'
import { defineRule } from './rule.js'

/** Adverbs that grade a participle used as an adjective: `the widely praised plan` (not any -ly word: `the family suggested`). */
const DEGREE_ADVERBS = new Set(['widely', 'highly', 'heavily', 'hotly', 'roundly', 'broadly', 'sharply', 'fiercely', 'strongly', 'bitterly', 'harshly', 'much', 'often', 'oft', 'frequently', 'repeatedly', 'publicly', 'previously', 'newly', 'recently', 'universally', 'internationally', 'nationally', 'well', 'little'])

/** Words after a participle that show a verb, not an adjective before a noun: `the widely reported by …`, `… praised as`. */
const ADJUNCT_AFTER = new Set(['by', 'that', 'as', 'for', 'in', 'on', 'at', 'to', 'of', 'with', 'from', 'about', 'and', 'or', 'but', 'the', 'a', 'an', 'this', 'his', 'her', 'their', 'its'])

/** Participles that cast something as something: `criticized as`, `painted as`. */
const AS_PARTICIPLES = new Set(['criticized', 'criticised', 'painted', 'described', 'branded', 'labeled', 'labelled', 'dubbed', 'dismissed', 'decried', 'denounced', 'hailed', 'praised', 'touted', 'characterized', 'characterised', 'portrayed', 'billed', 'condemned', 'slammed', 'blasted', 'derided', 'mocked', 'ridiculed', 'lambasted'])

/** What is claimed in an act of claiming: `victory`, `the seat`, `a majority`. */
const CLAIMED_THINGS = /^(?:victory|responsibility|ownership|control|power|(?:the|a) (?:win|victory|title|seat|crown|prize|nomination|majority|throne|presidency|lead))$/

/** `victory` or `the seat`: the word after `claimed`, with its article. */
function claimedObject(tokens: readonly Token[], at: number): string {
  const first = tokens[at]?.lower ?? ''
  return first === 'the' || first === 'a' ? `${first} ${tokens[at + 1]?.lower ?? ''}` : first
}

/** `claimed the seat was hers`: the object opens a clause when a verb follows it. */
function objectOfClause(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + (tokens[at]?.lower === 'the' || tokens[at]?.lower === 'a' ? 2 : 1)]
  return next !== undefined && next.kind === 'word' && (AUXILIARIES.has(next.lower) || IRREGULAR_PAST.has(next.lower) || /^[a-z]+ed$/.test(next.lower))
}

const PLURAL_SUBJECT = /(?:s|^i|^we|^you|^they|people|police|data|staff|military|public|crew|^who|^that|^which|^some|^many|^most|^few|^several|^both|^all|^others)$/
/** Verbs that are just as often nouns; their -s form needs a clear subject. */
const AMBIGUOUS_NOUNS = new Set(['state', 'tweet', 'claim', 'report', 'question', 'attack', 'call', 'rule', 'reason', 'concern', 'worry', 'email', 'post', 'charge', 'promise', 'demand', 'request', 'comment', 'estimate', 'note', 'answer', 'point to', 'text', 'fear', 'hope', 'doubt', 'document', 'reference', 'challenge'])
/** Base forms that are never nouns after a plain noun: `six in 10 say`, `those surveyed think`. */
const NEVER_NOUNS = new Set(['say', 'tell', 'think', 'believe', 'argue', 'insist', 'contend', 'admit', 'acknowledge', 'explain', 'suggest', 'agree', 'expect', 'predict', 'warn'])
const SINGULAR_SUBJECT = /^(?:he|she|it|who|that|which|one|everyone|nobody|somebody|someone|campaign|company|government|administration|agency|ministry|department|party|group|report|study|poll|survey|court|judge|official|spokesman|spokeswoman|spokesperson)$/
const MODIFIER_OPENERS = new Set(['the', 'a', 'an', 'these', 'those', 'of', 'in', 'on', 'after', 'about', 'by', 'with', 'from', 'for', 'over', 'since', 'amid', 'against'])
/** A numeral or number word: `27`, `twenty-seven`, `dozens`. */
const NUMBER = /^(?:[\d,.]+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$/

/** `advisers to Mr. Obama say, …`, `… say that …`: a base form that introduces content is a verb. */
function speechTagged(tokens: readonly Token[], i: number, length: number): boolean {
  const next = tokens[i + length]
  return next !== undefined && (next.text === ',' || next.text === ':' || next.lower === 'that' || isQuoteMark(next))
}

/** `Mr. King and Mr. Schultz say …`: a compound subject is plural. */
function compoundSubject(tokens: readonly Token[], i: number, floor: number): boolean {
  for (let k = i - 2; k >= Math.max(floor, i - 5); k--) if (tokens[k].lower === 'and') return true
  return false
}


/**
 * Find reporting verbs (every inflection, phrasal ones too) outside
 * quotations. Skipped: nouns (`the report`), infinitives and speech that did
 * not happen (`declined to comment`, `won't be able to brag`), and agentless
 * passives (`is expected to`, `it is believed`); `is reported to` becomes an
 * outlet cue.
 */
export const verbCues = defineRule({
  meta: { id: 'verb-cues', stage: 'cues', description: 'Find reporting verbs with their stance outside quotations' },
  run(ctx) {
    const { tokens, lexicon } = ctx
    const words = tokens.map((t) => t.lower)
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      if (t.kind !== 'word' || t.quote !== -1 || !lexicon.cueStarts.has(t.lower)) continue
      // `so frustrated that …`: the attitude pass below makes the cue, copula included.
      if (lexicon.adjectiveCues.has(t.lower) && attitudeStart(ctx, i) !== -1) continue
      const sentence = ctx.sentenceOf(i)
      const match = lexicon.cues.longest(words, i, sentence.tokenEnd)
      if (!match) continue
      const previous = tokens[i - 1]
      const before = previous && previous.sentence === t.sentence && isWord(previous) ? previous.lower : ''
      // Sentence-initial capitalised words are fine; a capital mid-sentence is a name (`Bill Said`),
      // and so is one right before a headline colon (`NY Post: …`).
      if (isCapitalized(t.text) && i > sentence.tokenStart && (!ctx.sentences[t.sentence].heading || tokens[i + match.length]?.text === ':')) continue
      // `the report`, `Trump's claim` are nouns; `Some believe`, `Many say` have a quantifier as subject.
      if ((DETERMINERS.has(before) && !(QUANTIFIERS.has(before) && !/[^s]s$/.test(t.lower))) || isPossessive(before)) continue
      if (possessiveModified(tokens, i)) continue
      // `That prompted calls for probes`, `drew claims that …`: an -s word right after a past tense is its object, a noun.
      if (/^[a-z]+ed$/.test(before) && !AUXILIARIES.has(before) && /[^s]s$/.test(t.lower) && previous?.sentence === t.sentence) continue
      // `amid calls for …`, `despite claims that …`: after a preposition, an -s word is a noun.
      if (/^(?:amid|despite|over|of|about|against|after|with)$/.test(before) && /[^s]s$/.test(t.lower)) continue
      // `in 14 emails that …`, `two tweets`: an -s word right after a number counts things (not after `Article 33`, a name).
      const numbered = /^\d[\d,]*$/.test(before) ? !isCapitalized(tokens[i - 2]?.text ?? '') : /^(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(before)
      if (numbered && /[^s]s$/.test(t.lower)) continue
      // `the jobs report was released`, `stepped-up attack ads`, `a few hints of`: the word's neighbours make it a noun.
      if (nounByNeighbours(ctx, i, match.length, match.value.lemma, before)) continue
      // `the engineers' report`: a plural possessive whose apostrophe the tokenizer split off.
      if (previous && /^['’]$/.test(previous.text) && tokens[i - 2]?.lower.endsWith('s') && tokens[i - 2].end === previous.start) continue
      // `a red warning`, `the latest warning`: an -ing word after a determiner and a modifier is a noun.
      // (`issued a statement saying …`: a participle describing an issued document is its cue.)
      if (/ing$/.test(t.lower) && /^(?:a|an|the|another|this|that|its|their|his|her)$/.test(tokens[i - 2]?.lower ?? '') && isWord(previous) && !isCapitalized(previous.text) && !/ly$/.test(before) && !BE.has(before) && !AUXILIARIES.has(before) && issuedDocument(ctx, i) === -1) continue
      // `Obama's highly criticized press conference`, `the widely praised plan`: a participle after a determiner and an adverb, before a noun, is an adjective.
      if (/ed$/.test(t.lower) && DEGREE_ADVERBS.has(before) && (DETERMINERS.has(tokens[i - 2]?.lower ?? '') || isPossessive(tokens[i - 2]?.lower ?? '')) && /^\p{Ll}+$/u.test(tokens[i + match.length]?.text ?? '') && !ADJUNCT_AFTER.has(tokens[i + match.length].lower)) continue
      // `a recent claim, first made …`: a base form after an indefinite article and a modifier is a noun
      // (not after a quantity: `a third say`, `a majority believe`).
      if (t.lower === match.value.lemma.split(' ')[0] && isWord(previous) && !QUANTITY_NOUNS.test(before) && indefiniteBefore(tokens, i)) continue
      // `was able to tout`, `continued to insist`: the infinitive of a catenative verb did happen.
      const medium = before === 'to' ? mediumVerb(tokens, i - 1) : -1
      const catenative = before === 'to' && ((CATENATIVES.has(tokens[i - 2]?.lower ?? '') && !negatedBefore(tokens, i - 2, sentence.tokenStart)) || (medium !== -1 && !negatedBefore(tokens, medium, sentence.tokenStart)))
      // `he does believe`, `did say`: an emphatic auxiliary right before the verb asserts the act.
      const emphatic = before === 'did' || before === 'does' || before === 'do'
      // `released in May found`: the month, not the modal.
      const month = previous?.text === 'May' && i - 1 > sentence.tokenStart
      if (NON_OCCURRENCE.has(before) && !emphatic && !catenative && !month) continue
      // `should formally ask`, `declined to directly respond`: an adverb between a modal or `to` and the verb changes nothing
      // (not `was able to consistently tout`, nor a gerund after the preposition `to`: `devotes her speech to effusively praising`).
      if (/^[a-z]+ly$/.test(before) && splitNonOccurrence(tokens, i)) continue
      if (before === 'not' || before === 'never') continue
      // `can reasonably campaign saying …`, `will be touting …`: a participle after a modal verb phrase tells what may happen.
      if (/ing$/.test(t.lower) && modalBefore(tokens, i - 1, sentence.tokenStart)) continue
      // `stopped short of saying …`, `without naming …`: the speech did not happen.
      if (avoidedGerund(tokens, i)) continue
      // `could have requested a recount`: a modal perfect tells what did not happen.
      if (before === 'have' && /^(?:could|would|might|should|must)$/.test(tokens[i - 2]?.lower ?? '') && /ed$/.test(t.lower)) continue
      // Lemmas with a sense that is no speech: `called off`, `went on to`, `continues to build`, `found it difficult`, `charged a fee`.
      if (otherSense(ctx, i, match.length, match.value.lemma, before)) continue
      const after = tokens[i + match.length]
      // `a director accused of taking bribes`, `a plan praised by critics`: a reduced passive
      // (`a fact first reported by the Courier`: with a by-agent, a passive cue).
      if (/ed$/.test(t.lower) && after && (after.lower === 'by' || (match.value.lemma === 'accuse' && after.lower === 'of')) && !AUXILIARIES.has(before)) {
        if (after.lower === 'by') addPassive(ctx, i, match.length, match.value)
        continue
      }
      if (isReducedPassive(t.lower, after?.lower) && !AUXILIARIES.has(before)) continue
      // `a bill criticized as anti-gay`: a participle of casting after a common noun and before `as` is a reduced passive
      // (not `which friends described as …`, `that the mayor described as …`, `everyone I interviewed criticized as …`: a subject before the verb).
      if (after?.lower === 'as' && AS_PARTICIPLES.has(t.lower) && /^\p{Ll}+$/u.test(previous?.text ?? '') && !/ed$/.test(before) && !AUXILIARIES.has(before) && !(before in PRONOUNS) && !/^(?:that|which|who|whom)$/.test(tokens[i - 2]?.lower ?? '')) continue
      // `a statement posted on the website said …`: a participle right after a document noun describes it.
      if (documentParticiple(ctx, i)) continue
      // `claimed victory`, `claimed responsibility for the attack`: taking something is an act, not a claim that something is so.
      if (match.value.lemma === 'claim' && /^(?:victory|responsibility|credit|ownership|control|power|the|a)$/.test(after?.lower ?? '') && CLAIMED_THINGS.test(claimedObject(tokens, i + match.length)) && !objectOfClause(tokens, i + match.length)) continue
      // `avoided all mention of`, `without any comment on`: a base form after all/any/no following a verb or preposition is a noun.
      if (t.lower === match.value.lemma.split(' ')[0] && /^(?:all|any|no)$/.test(before) && isWord(tokens[i - 2]) && /^(?:[a-z]+ed|without|with|of|for|by|made|make|makes|gave|give|gives)$/.test(tokens[i - 2].lower)) continue
      // `hopes to make a statement`: hoping to do something is wanting it, not a view with content.
      if (match.value.lemma === 'hope' && after?.lower === 'to') continue
      // `more say over what children read`, `a say in the matter`: `say` as a noun of influence.
      if (t.lower === 'say' && /^(?:over|in|on)$/.test(after?.lower ?? '') && /^(?:more|no|a|any|final|little|greater|bigger|equal|real|the|less)$/.test(before)) continue
      // `Terrorist attacks in Paris`, `attacks on civilians`: `attack` takes its target as a direct object, so a preposition after `attacks` makes it a noun.
      if (t.lower === 'attacks' && /^(?:in|on|at|by|from|against|across|near|inside)$/.test(after?.lower ?? '')) continue
      // `reports say`: a noun followed by the real cue (`shows State sent …`: a capital mid-sentence is a name).
      // (`Trump says praise …`: an -s form of a verb that is never a noun, `says`, `tells`, stays the cue.)
      if (after && after.kind === 'word' && lexicon.cueForms.has(after.lower) && /s$/.test(t.lower) && !isCapitalized(after.text) && !NEVER_NOUNS.has(match.value.lemma)) continue
      // A bare base form needs a plural or pronoun subject: not `a defence request to …`.
      // (`put it`: a past tense that looks like the base form is no bare base form.)
      // (`The weather service forecast on Thursday that …`: a past form that looks like the base form, before its content.)
      const pastBeforeContent = t.lower === 'forecast' && /^(?:that|on|last|this|in|early|late)$/.test(after?.lower ?? '')
      if (t.lower === match.value.lemma.split(' ')[0] && !IRREGULAR_PAST.has(t.lower) && !pastBeforeContent && !NEVER_NOUNS.has(t.lower) && !catenative && !documentsBefore(ctx, i, sentence.tokenStart, match.value.lemma) && before !== '' && !PLURAL_SUBJECT.test(before) && !AUXILIARIES.has(before) && !/ly$/.test(before) && !(speechTagged(tokens, i, match.length) && !(t.lower !== 'read' && titleAfterNoun(tokens, i + match.length, previous))) && !compoundSubject(tokens, i, sentence.tokenStart)) continue
      // `early-morning tweets`, `battleground states`: a plural noun after a modifier, not a verb.
      // (`emails that were sent`: `that` before a verb opens a relative clause, no content.)
      const relative = after?.lower === 'that' && isWord(tokens[i + match.length + 1]) && (AUXILIARIES.has(tokens[i + match.length + 1].lower) || /^[a-z]+ed$/.test(tokens[i + match.length + 1].lower))
      const introducesContent = after !== undefined && ((after.lower === 'that' && !relative) || after.text === ':' || isQuoteMark(after))
      // `Twenty-seven states`, `30 states`: a number counts nouns, even capitalised at the start of a sentence.
      const counted = NUMBER.test(before)
      // `the Paris attacks`, `of Clinton emails`: a name after a determiner or preposition modifies a noun.
      // (Not a month or a day after a preposition: `issued in March states that …` ends a time adjunct; `the Friday attacks` is a noun.)
      // (`growing Danish worries about …`: an -ing adjective before the name.)
      const opener = tokens[i - 2]?.lower ?? ''
      const namedModifier = isCapitalized(previous?.text ?? '') && (MODIFIER_OPENERS.has(opener) || /^[a-z]+ing$/.test(tokens[i - 2]?.text ?? '')) && tokens[i - 2]?.sentence === t.sentence && !(TIME_WORDS.has(previous.lower) && !DETERMINERS.has(opener))
      // `… and calls her “reckless”`: a coordinated verb with a personal object.
      const coordinated = before === 'and' && PERSONAL_OBJECTS.has(after?.lower ?? '')
      // (`…, the Tribune reports.`: a tag set off by a comma and closing the sentence is a verb;
      // `Marta Roe of the University of Almeda fears that …`: a name before a that-clause is the subject.)
      if (/[^s]s$/.test(t.lower) && AMBIGUOUS_NOUNS.has(match.value.lemma) && before !== '' && (!introducesContent || (namedModifier && !clauseAfterThat(tokens, i + match.length, match.value.lemma))) && !SINGULAR_SUBJECT.test(before) && !coordinated && (counted || namedModifier || !isCapitalized(previous?.text ?? '')) && !closingTag(ctx, i, match.length)) continue
      // `secretary of state`, `in states that …`: `state(s)` is a verb only after a subject and before its content.
      if (match.value.lemma === 'state' && (t.lower === 'state' || t.lower === 'states') && !stateVerb(tokens, i, before) && !closingTag(ctx, i, match.length)) continue
      // `was later revealed`: look past adverbs for the auxiliary.
      let k = i - 1
      while (k > sentence.tokenStart && isWord(tokens[k]) && (/ly$/.test(tokens[k].lower) || ADVERBS.has(tokens[k].lower))) k--
      const auxiliary = isWord(tokens[k]) ? tokens[k].lower : ''
      const passive = BE.has(auxiliary) || (AUXILIARIES.has(auxiliary) && BE.has(tokens[k - 1]?.lower ?? ''))
      const entry = match.value
      if (passive && /(?:ed|wn|ld|id|ght|lt|en)$/.test(t.lower)) {
        const next = tokens[i + match.length]
        // `is reported to have fled` (not `was reported to police`, `to them`: a recipient).
        // (`It has been reported that …`: with an expletive subject, the same outlet cue.)
        if (entry.lemma === 'report' && ((next?.lower === 'to' && infinitiveAfter(tokens[i + match.length + 1])) || (next?.lower === 'that' && expletiveIt(tokens, k, sentence.tokenStart)))) {
          ctx.addCue({ tokenStart: i - 1, tokenEnd: i + match.length, lemma: 'report', stance: 'neutral', type: 'passive-report', sentence: t.sentence, entry: entry.phrase, ruleId: 'verb-cues' })
        } else addPassive(ctx, i, match.length, entry)
        continue
      }
      ctx.addCue({ tokenStart: i, tokenEnd: i + match.length, lemma: entry.lemma, stance: entry.stance, type: 'verb', sentence: t.sentence, entry: entry.phrase, ruleId: 'verb-cues' })
      i += match.length - 1
    }
    // `seem confident they …`, `is so frustrated that …`: an attitude adjective after a copula.
    findAttitudes(ctx)
  },
})

const CONTRACTIONS = new Set(["he's", "she's", "it's", "that's", "there's", "who's", "what's", "here's", "where's", "let's"])

/** `won't be able to`, `never seemed to`: a negation among the three words before a catenative verb. */
function negatedBefore(tokens: readonly Token[], i: number, floor: number): boolean {
  for (let k = i - 1; k >= Math.max(floor, i - 3); k--) if (NON_OCCURRENCE.has(tokens[k].lower) || tokens[k].lower === "n't") return true
  return false
}

function isPossessive(word: string): boolean {
  return (word.endsWith("'s") && !CONTRACTIONS.has(word)) || word.endsWith("s'")
}

import { clauseSubject, objectAfterVerb } from '../pipeline/clause-subject.js'
import { contentAfter } from '../pipeline/content.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { isSubordinate } from '../pipeline/clause-edges.js'
import { isAcronymWho, isComma, isQuoteMark, isWord, nounPhraseAfter, nounPhraseBefore, skipBack } from '../pipeline/syntax.js'
import type { CueMatch, TokenRange } from '../pipeline/types.js'
import { classifyPhrase } from '../pipeline/kinds.js'
import { AUXILIARIES, IRREGULAR_PAST, PRONOUNS, isCapitalized } from '../lexicon/words.js'
import { afterDateline } from '../pipeline/dateline.js'
import { inVerbList } from '../pipeline/list-items.js'
import { ASPECTUAL, askedOfAddressee, asksAnonymity, catenativeStart, coordinatedSubject, cutAtComma, firstWord, issuedDocument, leadingName, namedSubject, restrictiveSubject, withoutTimeAdjunct } from '../pipeline/subject-parts.js'
import { relativeAntecedent, relativeHead, relativePronounBefore, relativeConjunctStart } from '../pipeline/relative-head.js'
import { interviewTail } from '../pipeline/via.js'
import { setOffSubject } from './subject/appositives.js'
import { defineRule } from './rule.js'
import { headlineSubject } from './subject/headline.js'
import { frontedParticiple, gerundObject, inRecording, withAbsolute, MAX_CLAUSE_SUBJECT, participleSubject, type Subject } from './subject/participles.js'
import { cleftContent } from './subject/cleft.js'
import { eventHead, freeRelativeAt } from './subject/inference.js'

const EVIDENTIAL = new Set(['show', 'find', 'indicate', 'suggest', 'reveal', 'conclude', 'signal'])

/**
 * Attribute the clause after a cue to the subject before it: `Dmitriev told
 * Axios that …`, `Marta Quill, who chairs …, argued that …`, `He said …`.
 * A participle after a comma (`…, adding that …`) shares the sentence's
 * source. A cue in a relative or adverbial clause is marked subordinate.
 */
export const subjectSource = defineRule({
  meta: { id: 'subject-source', stage: 'attribute', description: 'Attribute the content after a cue to the subject before it' },
  run(ctx) {
    for (const cue of ctx.cues) {
      if (cue.claimed || cue.type !== 'verb') continue
      const entry = ctx.cueEntry(cue)
      const subject = findSubject(ctx, cue)
      if (!subject || askedOfAddressee(ctx, subject.source, cue.sentence) || asksAnonymity(ctx, cue)) continue
      // `what Obama says and promises is the baseline`: in a free relative, `what` is the object; nothing is reported.
      // (Not `what they call “fraud”` nor `what Trump says his plan would do`: a label or a gapped clause follows those.)
      // (`That’s what Ida Roe wrote.`: a cleft reports what `That` points back to.)
      const cleft = cleftContent(ctx, subject.source, cue)
      // (`what our readers thought about the result`, `what Trump said of the plan`: a topic after the free relative, no clause.)
      const freeRelative = freeRelativeAt(ctx, subject.source)
      if (!cleft && freeRelative && /^(?:and|or|,|\.|about|of|on|regarding)$/.test(ctx.tokens[cue.tokenEnd]?.lower ?? '')) continue
      // `Polls show a close race`, `a study found 31 cases`: documents take a noun phrase as content.
      const decision = EVIDENTIAL.has(cue.lemma) && subject.source !== null ? classifyPhrase(ctx, [subject.source]) : null
      const evidential = decision?.document === true
      // `The mayor's visit suggests that …`, `Rising fares signal …`: an event or a state of things, no speaker, document or name, gives the writer's inference.
      if (decision && !decision.document && eventHead(ctx, subject.source)) continue
      const found = cleft ?? contentAfter(ctx, cue, evidential && entry ? { ...entry, takesNounContent: true } : entry)
      if (!found) continue
      // A cue in a relative clause (`which the commission said would take two days,`) ends at its comma.
      if (subject.subordinate && !subject.adjunct) found.content = found.content.map((span) => cutAtComma(ctx, span))
      // `called the ruling “a gift” in an interview with the broadcaster Ostravia One`: the interview is the via, not content.
      const last = found.content[found.content.length - 1]
      const tail = !found.via && last ? interviewTail(ctx, ctx.tokenAt(last.start), ctx.tokenAt(last.end - 1) + 1) : null
      if (tail && tail.cut > ctx.tokenAt(last.start)) {
        found.content = [...found.content.slice(0, -1), { start: last.start, end: ctx.tokens[tail.cut - 1].end }]
        found.via = tail.via
      }
      ctx.propose(
        {
          cue,
          source: subject.source && afterDateline(ctx, subject.source),
          sourceDescription: subject.description,
          content: found.content,
          via: found.via,
          quote: found.quote,
          confidence: subject.shared ? 0.7 : 0.85,
          // (`wants to protect what the surveys show is a lead`: a free relative inside a clause is one of its noun phrases.)
          subordinate: subject.subordinate || (freeRelative && (subject.source as TokenRange).tokenStart - 1 > ctx.sentences[cue.sentence].tokenStart),
          antecedent: subject.shared,
          ruleId: 'subject-source',
        },
        subject.shared !== null ? 'a participle shares the source of the clause it follows' : 'the subject before the cue is its source',
      )
    }
  },
})



const ADJUNCT_PREPOSITIONS = new Set(['despite', 'after', 'before', 'since', 'without', 'while', 'when', 'upon'])


/** The subject a list item leaves out: no span in the sentence. */
const ELLIPTICAL: Subject = { source: null, description: null, subordinate: false, shared: null }

function findSubject(ctx: AnnotationContext, cue: CueMatch): Subject | null {
  const tokens = ctx.tokens
  const sentence = ctx.sentences[cue.sentence]
  const j = skipBack(ctx, cue.tokenStart, sentence.tokenStart)
  const before = tokens[j - 1]
  // `Imagine that she:` … `Calls rivals “clowns”.`: a list item's verb has the colon line's subject.
  if (j <= sentence.tokenStart) return inVerbList(ctx, sentence.paragraph) ? ELLIPTICAL : frontedParticiple(ctx, cue)
  if (!before || before.sentence !== cue.sentence) return null
  // `the woman who accused him`: the relative pronoun stands for the phrase before it.
  // (`The WHO said`: the acronym of a body, not the pronoun.)
  if (isWord(before) && (before.lower === 'who' || before.lower === 'which') && !isAcronymWho(ctx, j - 1)) return relativeSubject(ctx, j, sentence.tokenStart)
  // `Ida Varga, who last year argued …`: a time adjunct between the relative pronoun and its verb.
  const pronoun = relativePronounBefore(ctx, j, sentence.tokenStart)
  if (pronoun !== -1) return relativeSubject(ctx, pronoun + 1, sentence.tokenStart)
  // `voters, many of whom say …`: a partitive relative pronoun with its quantifier.
  if (isWord(before) && before.lower === 'whom' && tokens[j - 2]?.lower === 'of' && isWord(tokens[j - 3]) && j - 3 >= sentence.tokenStart) {
    return { source: { tokenStart: j - 3, tokenEnd: j }, description: null, subordinate: true, shared: null }
  }
  // `X agreed, but also contended that …`, `… and said …`, `…, then says …`: a coordinated verb shares the subject.
  const then = isComma(before) && tokens[j]?.lower === 'then' && j < cue.tokenStart
  if ((isWord(before) && (before.lower === 'and' || before.lower === 'but')) || then) {
    // (`X watched it, according to their attorneys, and said …`: `according to` names no subject for the verb after it.)
    const previous = (ctx.bySentence.get(cue.sentence) ?? []).filter((c) => !c.removed && c.cue.tokenStart < cue.tokenStart && c.cue.type !== 'according-to').pop()
    if (previous) return { source: previous.source, description: previous.sourceDescription, subordinate: false, shared: previous.id }
    // `Roe, who endorsed Ida in May and said he would …, did not come`: the second verb of a relative clause.
    const relative = relativeConjunctStart(ctx, j - 1, sentence.tokenStart)
    if (relative !== -1) return relativeSubject(ctx, relative + 1, sentence.tokenStart)
    if (inVerbList(ctx, sentence.paragraph)) return ELLIPTICAL
    const name = leadingName(ctx, firstWord(ctx, sentence.tokenStart), j - 1)
    if (name) return { source: name, description: null, subordinate: false, shared: null }
    // `In an interview, Rhee doubled down on the plan and said …`: the subject of the first conjunct's clause.
    const subject = coordinatedSubject(ctx, sentence.tokenStart, j - 1)
    if (subject) return { source: subject, description: null, subordinate: isSubordinate(ctx, subject.tokenStart, sentence), shared: null }
    const np = nounPhraseAfter(ctx, sentence.tokenStart, j - 1)
    if (np && np.tokenEnd - np.tokenStart <= 6 && np.tokenStart === firstWord(ctx, sentence.tokenStart)) return { source: np, description: null, subordinate: false, shared: null }
    return null
  }
  // `…, adding that …`: a participle, never the verb of an appositive's subject.
  if (isComma(before) && tokens[cue.tokenStart].lower.endsWith('ing')) return participleSubject(ctx, cue, j)
  // `…,” adding that …`: the comma sits inside the quotation.
  if (isQuoteMark(before) && isComma(tokens[j - 2]) && tokens[cue.tokenStart].lower.endsWith('ing')) return participleSubject(ctx, cue, j)
  const headline = headlineSubject(ctx, cue, j)
  if (headline) return { source: headline, description: null, subordinate: false, shared: null }
  // `Ida Roe, who called it “a farce,” said …`: the closing comma may sit inside a quotation.
  const close = isComma(before) ? j - 1 : isQuoteMark(before) && isComma(tokens[j - 2]) && tokens[j - 2].quote !== -1 ? j - 2 : -1
  if (close !== -1) return setOffSubject(ctx, close, j, sentence)
  // `Ryan, despite admitting that …, said …`: a participle after a preposition has the clause's subject.
  if (isWord(before) && ADJUNCT_PREPOSITIONS.has(before.lower) && tokens[cue.tokenStart].lower.endsWith('ing')) {
    const previous = (ctx.bySentence.get(cue.sentence) ?? []).filter((c) => !c.removed && c.cue.tokenStart < cue.tokenStart).pop()
    if (previous) return { source: previous.source, description: previous.sourceDescription, subordinate: true, shared: previous.id }
    const start = firstWord(ctx, sentence.tokenStart)
    const subject = j - 1 > start ? clauseSubject(ctx, start, j - 1) ?? namedSubject(ctx, start, j - 1) : null
    if (subject && subject.tokenEnd - subject.tokenStart <= MAX_CLAUSE_SUBJECT) return { source: subject, description: null, subordinate: true, shared: null }
  }
  // `He pitched himself to voters by telling them that …`: a means adjunct shares the clause's subject.
  // (`took the last step of announcing …`, `joined Ruiz in saying …`: the gerund's subject too; not `for`: `called for X to resign for saying` is X's.)
  // (Not `that kind of thinking`: a gerund after `kind of` is a noun.)
  if (isWord(before) && /^(?:by|of|in)$/.test(before.lower) && tokens[cue.tokenStart].lower.endsWith('ing') && !(before.lower === 'of' && /^(?:kind|sort|type|way|line|mode|manner)$/.test(tokens[j - 2]?.lower ?? ''))) {
    // `On the eve of his election in March, Netanyahu rallied supporters by warning …`: after a long fronted adjunct, the clause after its comma.
    let comma = j - 1
    while (comma > sentence.tokenStart && !isComma(tokens[comma])) comma--
    const subject = clauseSubject(ctx, sentence.tokenStart, j - 1) ?? (comma > sentence.tokenStart ? clauseSubject(ctx, comma + 1, j - 1) : null)
    if (subject) return { source: subject, description: null, subordinate: true, shared: null, adjunct: true }
    // `Mr. Roe, a former mayor, responded by saying …`: the verb before `by` follows a set-off description.
    const verb = skipBack(ctx, j - 2, sentence.tokenStart)
    const setOff = verb === j - 2 && isComma(tokens[verb - 1]) ? setOffSubject(ctx, verb - 1, verb, sentence) : null
    if (setOff) return { ...setOff, subordinate: true, adjunct: true }
  }
  // `X issued a statement saying …`: the document's issuer, the subject of the issuing verb.
  const issuing = tokens[cue.tokenStart].lower.endsWith('ing') ? issuedDocument(ctx, cue.tokenStart) : -1
  if (issuing !== -1) {
    // (`The union, in its weekly summary, emailed a news article saying …`: the subject before an adjunct set off by commas.)
    const setOff = isComma(tokens[issuing - 1]) ? setOffSubject(ctx, issuing - 1, issuing, sentence)?.source ?? null : null
    const issuer = setOff ?? coordinatedSubject(ctx, sentence.tokenStart, issuing + 1) ?? nounPhraseBefore(ctx, skipBack(ctx, issuing, sentence.tokenStart), sentence.tokenStart)
    return issuer ? { source: issuer, description: null, subordinate: isSubordinate(ctx, issuer.tokenStart, sentence), shared: null } : null
  }
  // `an official who spoke anonymously to discuss strategy said …`
  const relative = tokens[cue.tokenStart].lower.endsWith('ing') ? null : relativeHead(ctx, j, sentence.tokenStart, false)
  if (relative) return { source: relative.source, description: relative.description, subordinate: isSubordinate(ctx, relative.source.tokenStart, sentence), shared: null }
  const catenative = catenativeStart(ctx, j, sentence.tokenStart)
  // `Tom Emanuel of Laconia, N.H., stood at an event to say …`: a set-off description before the catenative verb.
  if (catenative < j && isComma(tokens[catenative - 1])) return setOffSubject(ctx, catenative - 1, catenative, sentence)
  if (gerundObject(ctx, cue, j)) return null
  const np = nounPhraseBefore(ctx, catenative, sentence.tokenStart)
  if (!np) return null
  // `has written to the minister asking him to …`: after the object of `to`, a participle has the clause's subject.
  // (`responded to the question on Facebook writing, “…”`: after the object of `on` too; not `videos showing that …`: a document shows.)
  // (Not a sentence-opening `On September 27 they …`: a fronted time phrase.)
  const afterPreposition = /^(?:to|at)$/.test(tokens[np.tokenStart].lower) || (np.tokenStart - 1 > sentence.tokenStart && /^(?:on|to|at)$/.test(tokens[np.tokenStart - 1].lower)) || endsOnName(ctx, np)
  const shows = EVIDENTIAL.has(cue.lemma) && isDocumentHead(ctx, np)
  if (afterPreposition && tokens[cue.tokenStart].lower.endsWith('ing') && !shows) return participleSubject(ctx, cue, j)
  // (`respond to videos showing that …`: the document without the preposition before it.)
  if (shows && /^(?:to|at)$/.test(tokens[np.tokenStart].lower)) return { source: { tokenStart: np.tokenStart + 1, tokenEnd: np.tokenEnd }, description: null, subordinate: true, shared: null }
  // `Officials who spoke on condition of anonymity said …`: the head before a restrictive `who` clause is the subject.
  const restricted = np.tokenEnd - np.tokenStart === 1 && tokens[np.tokenStart].lower in PRONOUNS ? null : restrictiveSubject(ctx, np.tokenStart, sentence)
  if (restricted) return { source: restricted.source, description: restricted.description, subordinate: isSubordinate(ctx, restricted.source.tokenStart, sentence), shared: null }
  // `Keeps saying …` as a list item: the first word is the item's verb, not a subject.
  if (np.tokenStart === sentence.tokenStart && np.tokenEnd === np.tokenStart + 1 && inVerbList(ctx, sentence.paragraph)) return ELLIPTICAL
  // `talk of a rival challenging him`, `with officials saying …`: a participle with no auxiliary is a non-finite clause.
  const verbBefore = tokens[cue.tokenStart - 1]?.lower ?? ''
  const nonFinite = tokens[cue.tokenStart].lower.endsWith('ing') && !AUXILIARIES.has(verbBefore) && !ASPECTUAL.test(verbBefore) && j === cue.tokenStart
  const source = withAbsolute(ctx, inRecording(ctx, withoutTimeAdjunct(ctx, np), cue), cue)
  return { source, description: null, subordinate: nonFinite || source.tokenStart > np.tokenStart || isSubordinate(ctx, np.tokenStart, sentence), shared: null }
}

/** The subject of a cue right after `who` or `which` (at `j - 1`): the phrase the pronoun stands for. */
function relativeSubject(ctx: AnnotationContext, j: number, floor: number): Subject {
  const tokens = ctx.tokens
  // `Velmar, who said …`: the phrase before the comma.
  const np = nounPhraseBefore(ctx, isComma(tokens[j - 2]) ? j - 2 : j - 1, floor)
  // `Cruz endorses Trump, who says …`: the relative pronoun stands for the object, not the clause.
  // `… a lawsuit brought by residents who say …`: `who` stands for the person nearest it
  // (`the head of the Foundation for Peace, who …` keeps its whole description);
  // `voted for the resolution which said …`: `which` for the thing after the last preposition.
  const who = tokens[j - 1].lower === 'who'
  if (np) {
    // `The video has angered protesters, who …`: after an auxiliary, the phrase's first word is the main clause's verb.
    const object = participleAfterAuxiliary(ctx, np) ? { tokenStart: np.tokenStart + 1, tokenEnd: np.tokenEnd } : objectAfterVerb(ctx, np)
    return { source: who ? relativeAntecedent(ctx, object) : afterPreposition(ctx, object), description: null, subordinate: true, shared: null }
  }
  return { source: { tokenStart: j - 1, tokenEnd: j }, description: null, subordinate: true, shared: null }
}

/** `has angered protesters`: the phrase opens on a participle after an auxiliary, and its object follows (not `echoed by X`, whose agent the antecedent finder takes). */
function participleAfterAuxiliary(ctx: AnnotationContext, np: TokenRange): boolean {
  const tokens = ctx.tokens
  const first = tokens[np.tokenStart]
  if (np.tokenEnd - np.tokenStart < 2 || !AUXILIARIES.has(tokens[np.tokenStart - 1]?.lower ?? '')) return false
  return (/^[a-z]+(?:ed|en|wn|ght)$/.test(first.text) || IRREGULAR_PAST.has(first.text)) && !/^(?:by|to|of)$/.test(tokens[np.tokenStart + 1].lower)
}

/** `the question on Facebook`: the phrase ends in `on` and a name, a place or platform the clause's act happened on. */
function endsOnName(ctx: AnnotationContext, np: TokenRange): boolean {
  const tokens = ctx.tokens
  for (let k = np.tokenEnd - 2; k > np.tokenStart && np.tokenEnd - k <= 3; k--) if (tokens[k].lower === 'on') return isCapitalized(tokens[k + 1].text)
  return false
}

/** The phrase's head is a document or a recording (`videos`, `a report`), which can show or reveal. */
function isDocumentHead(ctx: AnnotationContext, np: TokenRange): boolean {
  const head = ctx.tokens[np.tokenEnd - 1].lower
  return ctx.lexicon.kinds.word(head)?.cls === 'document' || /^(?:videos?|footage|recordings?|tapes?|images?|photos?|clips?)$/.test(head)
}

const THING_PREPOSITIONS = new Set(['for', 'to', 'with', 'by', 'from', 'against', 'on', 'at', 'about', 'over', 'after', 'under'])

/** `voted for the resolution which said …`: `which` stands for the thing after the last preposition (a preposition inside a name stays). */
function afterPreposition(ctx: AnnotationContext, np: TokenRange): TokenRange {
  const tokens = ctx.tokens
  for (let k = np.tokenEnd - 2; k >= np.tokenStart; k--) {
    if (!THING_PREPOSITIONS.has(tokens[k].lower)) continue
    // `the Foundation for Middle East Peace`: a preposition inside a name.
    if (k > np.tokenStart && isCapitalized(tokens[k - 1].text) && isCapitalized(tokens[k + 1].text)) continue
    return { tokenStart: k + 1, tokenEnd: np.tokenEnd }
  }
  return np
}

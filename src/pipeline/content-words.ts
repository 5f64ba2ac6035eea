/**
 * The word classes that decide what a cue's content may be: which cues take
 * a bare clause, a topic, an object or an `as` predicate, and the adjunct
 * words that may stand between a cue and its content.
 */

/** Cues that take a bare finite clause: `said the talks reflected …`. */
export const CLAUSE_TAKERS = new Set([
  'say', 'tell', 'think', 'believe', 'feel', 'argue', 'claim', 'insist', 'add', 'note', 'explain', 'write', 'tweet', 'warn',
  'predict', 'expect', 'hope', 'fear', 'worry', 'suspect', 'doubt', 'assert', 'contend', 'maintain', 'acknowledge', 'admit',
  'concede', 'confirm', 'agree', 'suggest', 'indicate', 'show', 'find', 'reveal', 'report', 'announce', 'declare', 'state',
  'reply', 'respond', 'testify', 'stress', 'emphasize', 'emphasise', 'reckon', 'guess', 'estimate', 'allege', 'complain', 'boast',
  'brag', 'recall', 'remind', 'assure', 'promise', 'vow', 'swear', 'guarantee', 'conclude', 'learn', 'signal', 'muse', 'joke',
  'quip', 'post', 'wonder', 'ask', 'charge', 'counter', 'reiterate', 'observe', 'speculate', 'disclose', 'mention', 'caution', 'grouse', 'gripe',
  'point out', 'make clear', 'retort', 'concur', 'lament', 'grumble', 'fret', 'scoff', 'hint', 'imply', 'continue', 'go on',
  'confident', 'convinced', 'certain', 'sure', 'worried', 'concerned', 'hopeful', 'frustrated', 'afraid', 'adamant',
])
/** Cues whose topic after `about` / `of` is what they say: `brags about his debates`, `warned of a shortfall`. */
export const TOPIC_TAKERS = new Set(['brag', 'boast', 'complain', 'joke', 'warn', 'gush', 'grumble', 'lament'])
/** Cues whose object is what they say (`questioned his eligibility`), though their bare noun (`a question`) is no cue with content. */
export const OBJECT_CONTENT = new Set(['question'])
/** Verbs of a medium of speech, whose `about` names a topic: `tweeted about the debates`. */
export const MEDIUM_VERBS = new Set(['tweet', 'post', 'write', 'blog', 'speak', 'talk', 'testify', 'email'])
/** Cues that say something only as `X as Y`: `dismissed him as a crank`, `defended the remark as a joke`, `portrayed her as weak`. */
export const AS_PREDICATE = new Set(['dismiss', 'defend', 'portray', 'characterize', 'characterise', 'view', 'regard', 'refer to', 'see'])
/** Cues whose `to` and gerund is what they own up to: `admitted to lying`. */
export const ADMITTING = new Set(['admit', 'confess'])
export const ADVERBIAL = new Set(['because', 'since', 'although', 'though', 'while', 'when', 'whereas', 'if', 'unless', 'until', 'before', 'after'])
export const EPISTEMIC = new Set(['expect', 'believe', 'predict', 'think', 'suspect', 'fear', 'consider', 'anticipate', 'forecast'])
export const CONTENT_PREPOSITIONS = new Set(['to', 'with', 'on', 'in', 'at', 'during', 'from', 'for', 'after', 'before', 'via', 'through', 'over', 'outside', 'inside', 'near', 'at', 'ahead', 'following'])
export const PARENTHETICALS = new Set(['however', 'though', 'too', 'also', 'meanwhile', 'instead', 'moreover', 'nonetheless', 'nevertheless', 'again', 'indeed', 'further', 'furthermore', 'therefore'])
export const QUESTION_WORDS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who'])

/** `complained online that …`, `said here that …`: an adverb of place before the that-clause. */
export const PLACE_ADVERBS = new Set(['online', 'here', 'there', 'abroad', 'overseas', 'offline', 'onstage'])

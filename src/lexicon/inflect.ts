/**
 * English verb inflection for cue lemmas: `say` → says, said, saying.
 * Regular morphology plus a table of the irregular reporting verbs.
 */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  forecast: ['forecasts', 'forecast', 'forecasted', 'forecasting'],
  read: ['reads', 'read', 'reading'],
  put: ['puts', 'put', 'putting'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  take: ['takes', 'took', 'taken', 'taking'],
  make: ['makes', 'made', 'making'],
  go: ['goes', 'went', 'gone', 'going'],
  hit: ['hits', 'hit', 'hitting'],
  fire: ['fires', 'fired', 'firing'],
  lay: ['lays', 'laid', 'laying'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
  spell: ['spells', 'spelled', 'spelt', 'spelling'],
  sound: ['sounds', 'sounded', 'sounding'],
  weigh: ['weighs', 'weighed', 'weighing'],
  chime: ['chimes', 'chimed', 'chiming'],
  lash: ['lashes', 'lashed', 'lashing'],
  push: ['pushes', 'pushed', 'pushing'],
  text: ['texts', 'texted', 'texting'],
  shoot: ['shoots', 'shot', 'shooting'],
}

/** Verbs whose final consonant doubles: rip → ripped. */
const DOUBLING = new Set(['rip', 'slam', 'admit', 'quip', 'blog', 'plan', 'commit', 'regret', 'prefer', 'refer', 'confer', 'occur', 'concur', 'stop', 'chat', 'jab', 'snap', 'scrap', 'rebut', 'dub', 'hint'])

export function inflect(lemma: string): string[] {
  const irregular = Object.hasOwn(IRREGULAR, lemma) ? IRREGULAR[lemma] : undefined
  if (irregular) return [lemma, ...irregular]
  const forms = new Set([lemma])
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) forms.add(lemma + 'es')
  else if (/[^aeiou]y$/.test(lemma)) forms.add(lemma.slice(0, -1) + 'ies')
  else forms.add(lemma + 's')
  if (lemma.endsWith('e')) {
    forms.add(lemma + 'd')
    forms.add(lemma.slice(0, -1) + 'ing')
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(lemma.slice(0, -1) + 'ied')
    forms.add(lemma + 'ing')
  } else if (DOUBLING.has(lemma) && lemma !== 'hint') {
    const last = lemma[lemma.length - 1]
    forms.add(lemma + last + 'ed')
    forms.add(lemma + last + 'ing')
  } else {
    forms.add(lemma + 'ed')
    forms.add(lemma + 'ing')
  }
  return [...forms]
}

/** Our own fictional news prose, in plain text, HTML and Markdown versions. */
export const STORY_TEXT = [
  'Flood barrier delayed in Marrowby',
  'The mayor of Marrowby said on Monday that the flood barrier would open in June.',
  '“We will not cut corners,” said Ilse Varga, a spokeswoman for the Marrowby Water Authority.',
  'The Northfield Courier reported that the contractor’s costs had doubled.',
  'Heavy rain is forecast for the weekend.',
].join('\n')

export const STORY_HTML = `<!doctype html>
<html lang="en">
<head><title>Flood barrier delayed</title><style>p::before { content: "The governor said no." }</style></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<header>Marrowby Gazette &mdash; local news</header>
<article>
  <h1>Flood barrier delayed in Marrowby</h1>
  <p>The <b>mayor</b> of Marrowby said on Monday that the flood barrier
     would open in <em>June</em>.</p>
  <blockquote><p>&ldquo;We will not cut corners,&rdquo; said Ilse&nbsp;Varga, a spokeswoman for the Marrowby Water Authority.</p></blockquote>
  <script>document.title = "The senator claimed the barrier failed."</script>
  <p>The Northfield Courier reported that the contractor&rsquo;s costs had doubled.</p>
  <ul><li>Heavy rain is forecast for the weekend.</li></ul>
</article>
<aside>Police said the aside must be ignored.</aside>
<footer>&copy; Marrowby Gazette</footer>
</body>
</html>
`

export const STORY_MARKDOWN = `# Flood barrier delayed in Marrowby

The **mayor** of Marrowby said on Monday that the flood barrier
would open in *June*.

> &ldquo;We will not cut corners,&rdquo; said Ilse Varga, a spokeswoman for the Marrowby Water Authority.

\`\`\`
The senator claimed the barrier failed.
\`\`\`

- The Northfield Courier reported that the contractor\u2019s costs had doubled.
- Heavy rain is forecast for the weekend.
`

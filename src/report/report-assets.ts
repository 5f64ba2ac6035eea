/**
 * Inline style and script of the HTML report. Highlight colours are light
 * tints under near-black text (contrast above 11:1), and each category also
 * has its own border style so colour is never the only signal.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --text: #1b1b1b; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.7 Georgia, "Times New Roman", serif; color: var(--text); background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
h1, h2 { font-family: system-ui, sans-serif; line-height: 1.25; }
.legend { font-family: system-ui, sans-serif; font-size: 15px; border: 1px solid #767676; border-radius: 6px; padding: 0 1rem 0.5rem; margin-bottom: 1.5rem; }
.legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
.toggle { font: inherit; color: var(--text); background: #fff; border: 1px solid #767676; border-radius: 4px; padding: 0.15rem 0.5rem; cursor: pointer; }
.toggle[aria-pressed="false"] { text-decoration: line-through; }
.swatch { display: inline-block; width: 1.1em; height: 1.1em; vertical-align: -0.2em; margin-right: 0.4em; border-radius: 2px; }
.count { font-weight: 700; }
.summary { font-family: system-ui, sans-serif; font-size: 14px; color: #454545; }
.article p { margin: 0 0 0.9em; }
.st { padding: 0.1em 0; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.cat-confirmed-by-official { background: #c9efd6; border-bottom: 3px solid #1d6b37; }
.cat-claimed-by-party { background: #ffe0bd; border-bottom: 3px dashed #8f3f00; }
.cat-reported-by-outlet { background: #d5e3ff; border-bottom: 3px double #1f4a9e; }
.cat-unattributed { background: transparent; border-bottom: 1px dotted #6b6b6b; }
.swatch.cat-unattributed { border: 1px dotted #6b6b6b; }
.st.heading { font-family: system-ui, sans-serif; font-weight: 700; font-size: 1.2em; }
.hide-confirmed-by-official .st.cat-confirmed-by-official, .hide-claimed-by-party .st.cat-claimed-by-party,
.hide-reported-by-outlet .st.cat-reported-by-outlet, .hide-unattributed .st.cat-unattributed { background: transparent; border-bottom-color: transparent; }
.src { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.cue { font-weight: 700; }
.st[tabindex]:focus { outline: 3px solid #1b1b1b; outline-offset: 2px; }
.wrap { position: relative; }
.tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 10; width: max-content; max-width: 24rem;
  white-space: normal; font: 14px/1.4 system-ui, sans-serif; color: var(--text); background: #fff;
  border: 1px solid #1b1b1b; border-radius: 6px; padding: 0.5rem 0.75rem; box-shadow: 0 4px 14px rgba(0,0,0,.2); }
.st:hover + .tip, .st:focus + .tip { display: block; }
.tip strong { display: block; }
.tip .rows { display: grid; grid-template-columns: auto 1fr; gap: 0 0.75rem; margin: 0.4rem 0 0; }
.tip .rows + .rows { border-top: 1px solid #b0b0b0; padding-top: 0.4rem; }
.tip .k { font-weight: 600; }
`

/** Legend buttons switch one category's highlight; Escape leaves a focused statement. */
export const REPORT_JS = `
document.querySelectorAll('[data-toggle]').forEach(function (button) {
  button.addEventListener('click', function () {
    var on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    document.body.classList.toggle('hide-' + button.getAttribute('data-toggle'), !on);
  });
});
document.addEventListener('keydown', function (event) {
  var el = document.activeElement;
  if (event.key === 'Escape' && el && el.classList.contains('st')) el.blur();
});
`
